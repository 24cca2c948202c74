// A calculation line's text: its label key translated (`calculation.lines.<label>`), with its params formatted
// (calculationLineText of @tuki/i18n, the same for the staff app and the letter).

import type { ResponseBody } from '@tuki/api-client';
import { calculationLineText, type Language, type Translator } from '@tuki/i18n/web';

export type Estimate = ResponseBody<'estimateAssistance'>;
export type EstimateLine = Estimate['result']['lines'][number];

export function lineText(
  line: Pick<EstimateLine, 'label' | 'params'>,
  t: Translator,
  language: Language,
): string {
  return calculationLineText(line, t, language);
}

/** The kinds of line that are resources, as the calculation table sorts them. */
export { resourceKinds } from '@tuki/ui/calculation';
