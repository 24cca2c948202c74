// A panel of the case view: a section named by its heading (h2), whose id is the panel's name and "-heading".

import type { ReactNode } from 'react';

export function CasePanel({
  name,
  heading,
  className = 'staff-panel',
  testId,
  children,
}: {
  name: string;
  heading: ReactNode;
  className?: string;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${name}-heading`} className={className} data-testid={testId}>
      <h2 id={`${name}-heading`}>{heading}</h2>
      {children}
    </section>
  );
}
