// The calculator's state: the answers as typed, the problems found at the last attempt, and the estimate of the
// answers last sent. Sending clears the earlier estimate first, so that it never stays on the screen as if it were
// of the new answers.

import { useLanguage, useT } from '@tuki/ui';
import { useState } from 'react';
import type { SummaryItem } from '../application/index.ts';
import { useEstimate } from './api.ts';
import {
  type ChildRow,
  currentMonth,
  type ExpenseRow,
  type IncomeRow,
  nextKey,
  readEstimateAnswers,
} from './estimate-form.ts';
import type { Estimate } from './line-text.ts';

/** A list of rows, each with its own key: added at the end, changed and removed by key. */
export interface Rows<Row extends { key: number }> {
  rows: Row[];
  add: (row: Omit<Row, 'key'>) => void;
  change: (key: number, change: Partial<Row>) => void;
  remove: (key: number) => void;
}

function useRows<Row extends { key: number }>(initial: Row[]): Rows<Row> {
  const [rows, setRows] = useState<Row[]>(initial);
  return {
    rows,
    add: (row) => setRows((current) => [...current, { ...row, key: nextKey() } as Row]),
    change: (key, change) =>
      setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row))),
    remove: (key) => setRows((current) => current.filter((row) => row.key !== key)),
  };
}

export function useEstimateForm() {
  const t = useT();
  const { language } = useLanguage();
  const estimate = useEstimate();
  const thisMonth = currentMonth();
  const month = useState(thisMonth);
  const adults = useState<1 | 2>(1);
  const children = useRows<ChildRow>([]);
  const otherAdults = useState('0');
  const livesWithParents = useState(false);
  const housing = useState('');
  const incomes = useRows<IncomeRow>([
    { key: nextKey(), member: 'adult-1', type: 'labour_market_subsidy', amount: '' },
  ]);
  const expenses = useRows<ExpenseRow>([]);
  const assets = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Estimate | undefined>();

  const submit = () => {
    // An estimate of earlier answers must not stay on the screen as if it were of these.
    setResult(undefined);
    const answers = {
      month: month[0],
      adults: adults[0],
      children: children.rows,
      otherAdults: otherAdults[0],
      livesWithParents: livesWithParents[0],
      housing: housing[0],
      incomes: incomes.rows,
      expenses: expenses.rows,
      assets: assets[0],
    };
    const read = readEstimateAnswers(answers, t, language);
    setErrors(read.errors);
    setSummary(read.summary);
    setAttempt((value) => value + 1);
    if (read.summary.length > 0) return;
    estimate.mutate(read.body, { onSuccess: setResult });
  };

  return {
    thisMonth,
    month,
    adults,
    children,
    otherAdults,
    livesWithParents,
    housing,
    incomes,
    expenses,
    assets,
    errors,
    summary,
    attempt,
    result,
    estimate,
    submit,
  };
}

export type EstimateForm = ReturnType<typeof useEstimateForm>;
