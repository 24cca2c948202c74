// Names of the questions and messages of their errors, for error summaries and the check page. A question's
// label is `application.fields.<path without list positions>`; an error's text is `validation.<code>`.

import { isTranslationKey, type Translator } from '@tuki/i18n/web';
import { questionOf } from '../content-paths.ts';
import { isValidationCode } from './validation-codes.ts';

/** Looks up a key built at run time; the key itself if there is no such text. */
export function textOf(t: Translator, key: string): string {
  return isTranslationKey(key) ? (t as (key: string) => string)(key) : key;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}

/** The heading of a list item: `Lapsi 2`, `Tulo 1`. */
export function itemHeading(t: Translator, list: string, index: number): string | undefined {
  const number = index + 1;
  switch (list) {
    case 'children':
      return t('application.household.childHeading', { number });
    case 'otherMembers':
      return t('application.household.memberHeading', { number });
    case 'incomes':
      return t('application.incomes.rowHeading', { number });
    case 'assets':
      return t('application.assets.rowHeading', { number });
    case 'expenses':
      return t('application.expenses.rowHeading', { number });
    default:
      return undefined;
  }
}

/** The question's label: `Postinumero`, or `Lapsi 2, syntymäaika` for an answer in a list. */
export function questionLabel(t: Translator, path: string): string {
  const field = textOf(t, `application.fields.${questionOf(path)}`);
  const [list, position] = path.split('.');
  if (list !== undefined && position !== undefined && /^\d+$/.test(position)) {
    const heading = itemHeading(t, list, Number(position));
    if (heading) return t('application.errors.itemField', { item: heading, field: lowerFirst(field) });
  }
  if (path === 'spouse' || path.startsWith('spouse.')) {
    return t('application.errors.itemField', {
      item: t('application.household.spouseHeading'),
      field: lowerFirst(field),
    });
  }
  return field;
}

/** The text of a validation code (the domain's codes); undefined for a code we do not know. */
export function validationMessage(t: Translator, code: string): string | undefined {
  return isValidationCode(code) ? t(`validation.${code}`) : undefined;
}
