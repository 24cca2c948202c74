// The edits the calculation panel makes to its form, each an update of the whole form: a field set, a row of a
// list changed, added or removed. The panel's parts share them and the props they are given.

import type { CalculationDraftState, CalculationForm } from './useCalculationDraft.ts';

export type FormUpdate = (current: CalculationForm) => CalculationForm;
type RowList = 'members' | 'incomes' | 'expenses';
type RowOf<List extends RowList> = CalculationForm[List][number];

/** What each part of the editor is given: the form, its update and the message at an input path. */
export interface FormPartProps {
  form: CalculationForm;
  setForm: CalculationDraftState['setForm'];
  error: (path: string) => string | undefined;
}

export function setField<Key extends keyof CalculationForm>(
  key: Key,
  value: CalculationForm[Key],
): FormUpdate {
  return (current) => ({ ...current, [key]: value });
}

export function changeRow<List extends RowList>(
  list: List,
  index: number,
  change: Partial<RowOf<List>>,
): FormUpdate {
  return (current) => ({
    ...current,
    [list]: (current[list] as RowOf<List>[]).map((row, i) => (i === index ? { ...row, ...change } : row)),
  });
}

export function addRow<List extends RowList>(list: List, row: RowOf<List>): FormUpdate {
  return (current) => ({ ...current, [list]: [...current[list], row] });
}

export function removeRow(list: RowList, index: number): FormUpdate {
  return (current) => ({
    ...current,
    [list]: (current[list] as RowOf<RowList>[]).filter((_, i) => i !== index),
  });
}
