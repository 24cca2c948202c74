// What a refused or failed write on the case tells the user: the case changed since it was loaded (412), someone
// got there first (409), the user may not (403), the request does not fit (400), or it failed otherwise.

import { isApiProblem } from '@tuki/api-client';
import type { Translator } from '@tuki/i18n';

/** The notice's title and text; `forbidden` and `invalid` are the screen's own texts for 403 and 400. */
export function caseWriteProblem(
  t: Translator,
  error: Error,
  texts: { forbidden: string; invalid?: string },
): [title: string, body: string] {
  if (isApiProblem(error, 412)) return [t('caseWork.assignment.staleTitle'), t('caseWork.assignment.stale')];
  if (isApiProblem(error, 409))
    return [t('caseWork.assignment.conflictTitle'), t('caseWork.assignment.conflict')];
  if (isApiProblem(error, 403)) return [t('caseWork.assignment.forbiddenTitle'), texts.forbidden];
  if (texts.invalid !== undefined && isApiProblem(error, 400)) {
    return [t('caseWork.assignment.conflictTitle'), texts.invalid];
  }
  return [t('caseWork.assignment.failedTitle'), t('caseWork.assignment.failed')];
}
