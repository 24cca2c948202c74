// The error summary at the top of a step or the check page (HDS ErrorSummary): it takes the focus, and each
// item links to its field; a link to another step goes there and focuses the field.

import { useT } from '@tuki/ui';
import { ErrorSummary } from 'hds-react';
import type { MouseEvent } from 'react';

export interface SummaryItem {
  /** The id of the input to focus. */
  fieldId: string;
  text: string;
  /** Follows a link that leads elsewhere (another step); by default the field on this page is focused. */
  onFollow?: () => void;
}

export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus();
  element.scrollIntoView?.({ block: 'center' });
}

export function FormErrorSummary({
  items,
  attempt,
  autofocus = true,
  heading,
}: {
  items: readonly SummaryItem[];
  /** A new number for each attempt: the summary is rendered anew and takes the focus again. */
  attempt: number;
  autofocus?: boolean;
  heading?: string;
}) {
  const t = useT();
  if (items.length === 0) return null;
  const follow = (event: MouseEvent<HTMLAnchorElement>, item: SummaryItem) => {
    event.preventDefault();
    if (item.onFollow) item.onFollow();
    else focusField(item.fieldId);
  };
  return (
    <ErrorSummary
      key={attempt}
      label={heading ?? t('validation.summary')}
      autofocus={autofocus}
      className="tuki-error-summary"
    >
      <ul>
        {items.map((item, index) => (
          // The same field may have two problems; the position keeps the keys apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: a summary is rendered anew for each attempt
          <li key={`${item.fieldId}-${index}`}>
            <a href={`#${item.fieldId}`} onClick={(event) => follow(event, item)}>
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </ErrorSummary>
  );
}
