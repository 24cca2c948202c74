// One fact in a list of facts (<dl className="tuki-facts">): its name and its value, grouped so that the pair
// stays together when the list wraps.

import type { ReactNode } from 'react';

export function Fact({
  label,
  children,
  className,
  testId,
}: {
  label: string;
  children: ReactNode;
  /** The value's class. */
  className?: string;
  testId?: string;
}) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className={className} data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
