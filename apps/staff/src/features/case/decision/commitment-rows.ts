// The payment commitments (maksusitoumus) of the decision form: a row per commitment as typed, its checks before
// the confirmation step (the payee, a maximum in euros the way people write it, both days of the validity in
// order), and the request the server takes (decideApplication's `commitments`, the maximum in cents). The server's
// field errors (`commitments.<row>.<field>`) are matched back to the rows.

import type { RequestBody } from '@tuki/api-client';

export type CommitmentRequest = NonNullable<RequestBody<'decideApplication'>['commitments']>[number];
export type CommitmentKind = CommitmentRequest['kind'];
export const commitmentKinds: readonly CommitmentKind[] = ['rent_deposit', 'rent', 'medicines', 'other'];
export const payeeLanguages: readonly CommitmentRequest['payeeLanguage'][] = ['fi', 'sv', 'en'];

export interface CommitmentRow {
  /** The row's own key, kept when rows before it are removed. */
  key: number;
  kind: CommitmentKind;
  payeeName: string;
  payeeLanguage: CommitmentRequest['payeeLanguage'];
  covers: string;
  /** The maximum as typed, in euros: `850`, `850,50`, `1 200.00`. */
  maxAmount: string;
  validFrom: string;
  validTo: string;
}

export type CommitmentField = 'payeeName' | 'maxAmount' | 'validFrom' | 'validTo';
export type CommitmentError = 'payeeName' | 'maxAmount' | 'validFrom' | 'validTo' | 'validity';
export interface RowError {
  row: number;
  field: CommitmentField;
  error: CommitmentError;
}

/** The most the server takes for one commitment (1 000 000,00 €). */
const maxCents = 100_000_000;

/**
 * Euros as people type them into cents: a comma or a point before at most two decimals, spaces (also no-break
 * ones) between thousands, an optional euro sign. Undefined for anything else, zero or more than the server takes.
 */
export function parseEuros(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return undefined;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents >= 1 && cents <= maxCents ? cents : undefined;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The errors of the rows, in the order of the rows and their fields. */
export function checkCommitments(rows: readonly CommitmentRow[]): RowError[] {
  const errors: RowError[] = [];
  rows.forEach((row, index) => {
    if (row.payeeName.trim() === '') errors.push({ row: index, field: 'payeeName', error: 'payeeName' });
    if (parseEuros(row.maxAmount) === undefined)
      errors.push({ row: index, field: 'maxAmount', error: 'maxAmount' });
    const from = isoDate.test(row.validFrom);
    const to = isoDate.test(row.validTo);
    if (!from) errors.push({ row: index, field: 'validFrom', error: 'validFrom' });
    if (!to) errors.push({ row: index, field: 'validTo', error: 'validTo' });
    else if (from && row.validTo < row.validFrom)
      errors.push({ row: index, field: 'validTo', error: 'validity' });
  });
  return errors;
}

/** The request of checked rows (checkCommitments found nothing). */
export function commitmentRequests(rows: readonly CommitmentRow[]): CommitmentRequest[] {
  return rows.map((row) => ({
    kind: row.kind,
    payeeName: row.payeeName.trim(),
    payeeLanguage: row.payeeLanguage,
    covers: row.covers.trim(),
    maxAmountCents: parseEuros(row.maxAmount) ?? 0,
    validFrom: row.validFrom,
    validTo: row.validTo,
  }));
}

const fields: Record<string, CommitmentField> = {
  payeeName: 'payeeName',
  maxAmountCents: 'maxAmount',
  validFrom: 'validFrom',
  validTo: 'validTo',
};

/** Where a server field error (`commitments.0.validTo`) belongs: the row and its field, if it names one. */
export function commitmentFieldOf(
  path: string,
): { row: number; field: CommitmentField | undefined } | undefined {
  const match = /^commitments\.(\d+)(?:\.(\w+))?/.exec(path);
  if (!match) return undefined;
  return { row: Number(match[1]), field: match[2] === undefined ? undefined : fields[match[2]] };
}

/** A new row: rent by default, the payee's document in the client's language, valid this month. */
export function newCommitmentRow(
  key: number,
  language: CommitmentRequest['payeeLanguage'],
  today: string,
): CommitmentRow {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    key,
    kind: 'rent',
    payeeName: '',
    payeeLanguage: language,
    covers: '',
    maxAmount: '',
    validFrom: today,
    validTo: `${today.slice(0, 7)}-${String(lastDay).padStart(2, '0')}`,
  };
}
