// The months one may apply for, by the domain's rule (MONTHS_BACK months back … MONTHS_AHEAD ahead of the current
// month): the form's month question and the calculator offer the same ones.

import { MONTHS_AHEAD, MONTHS_BACK } from '@tuki/domain';
import { addMonths } from '@tuki/ui';

/** The selectable months (YYYY-MM) around `currentMonth` (YYYY-MM), oldest first. */
export function selectableMonths(currentMonth: string): string[] {
  const months: string[] = [];
  for (let offset = -MONTHS_BACK; offset <= MONTHS_AHEAD; offset += 1) {
    months.push(addMonths(currentMonth, offset));
  }
  return months;
}
