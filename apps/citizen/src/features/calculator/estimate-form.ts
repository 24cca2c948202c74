// The calculator's answers as the form keeps them (text as typed, a key a row) and their reading into the estimate
// request: each problem at its field and in the error summary with the field's name, like the application form's.

import { calculationExpenseTypeOptions, type IncomeType } from '@tuki/domain';
import type { Language, Translator } from '@tuki/i18n/web';
import { formatEuros, MAX_CENTS, parseEuros } from '@tuki/ui';
import type { SummaryItem } from '../application/index.ts';
import type { EstimateRequest } from './api.ts';

export type ExpenseType = EstimateRequest['expenses'] extends (infer T)[] | undefined
  ? T extends { type: infer U }
    ? U
    : never
  : never;

export const expenseTypes: readonly ExpenseType[] = calculationExpenseTypeOptions;

export interface IncomeRow {
  key: number;
  member: 'adult-1' | 'adult-2';
  type: IncomeType;
  amount: string;
}
export interface ExpenseRow {
  key: number;
  type: ExpenseType;
  amount: string;
}
export interface ChildRow {
  key: number;
  age: string;
}

export interface EstimateAnswers {
  month: string;
  adults: 1 | 2;
  children: readonly ChildRow[];
  otherAdults: string;
  livesWithParents: boolean;
  housing: string;
  incomes: readonly IncomeRow[];
  expenses: readonly ExpenseRow[];
  assets: string;
}

/** The current month in Finland. */
export function currentMonth(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

let rowSequence = 0;
export const nextKey = () => {
  rowSequence += 1;
  return rowSequence;
};

/** The request the answers make, with the problems found by field id and for the summary. */
export function readEstimateAnswers(
  answers: EstimateAnswers,
  t: Translator,
  language: Language,
): { body: EstimateRequest; errors: Record<string, string>; summary: SummaryItem[] } {
  const { adults } = answers;
  const errors: Record<string, string> = {};
  const summary: SummaryItem[] = [];
  const problem = (fieldId: string, field: string, message: string) => {
    errors[fieldId] = message;
    summary.push({ fieldId, text: t('application.errors.summaryItem', { field, message }) });
  };
  const cents = (text: string, id: string, field: string) => {
    const parsed = parseEuros(text);
    if (!parsed.ok) {
      const message =
        parsed.reason === 'tooLarge'
          ? t('calculator.estimate.amountTooLarge', { max: formatEuros(MAX_CENTS, language) })
          : t('calculator.estimate.invalidAmount');
      problem(id, field, message);
    }
    return parsed.ok ? (parsed.cents ?? 0) : 0;
  };
  const childrenAges = answers.children.map((child, index) => {
    const age = Number(child.age.trim());
    if (child.age.trim() === '' || !Number.isInteger(age) || age < 0 || age > 17) {
      problem(
        `child-${child.key}`,
        t('calculator.estimate.childAge', { number: index + 1 }),
        t('calculator.estimate.invalidAge'),
      );
    }
    return age;
  });
  const otherAdultsText = answers.otherAdults.trim();
  const otherAdultCount = Number(otherAdultsText === '' ? '0' : otherAdultsText);
  if (!Number.isInteger(otherAdultCount) || otherAdultCount < 0 || otherAdultCount > 10) {
    problem(
      'estimate-other-adults',
      t('calculator.estimate.otherAdults'),
      t('calculator.estimate.invalidOtherAdults'),
    );
  }
  const body: EstimateRequest = {
    month: answers.month,
    adults,
    childrenAges,
    otherAdults: Number.isInteger(otherAdultCount) ? otherAdultCount : 0,
    livesWithParents: adults === 1 && answers.livesWithParents,
    housingCostsCents: cents(answers.housing, 'estimate-housing', t('calculator.estimate.housingCosts')),
    incomes: answers.incomes
      .map((income, index) => ({
        member: adults === 2 ? income.member : ('adult-1' as const),
        type: income.type,
        amountCents: cents(
          income.amount,
          `income-${income.key}`,
          t('calculator.estimate.incomeAmountField', { number: index + 1 }),
        ),
      }))
      .filter((income) => income.amountCents > 0),
    expenses: answers.expenses
      .map((expense, index) => ({
        type: expense.type,
        amountCents: cents(
          expense.amount,
          `expense-${expense.key}`,
          t('calculator.estimate.expenseAmountField', { number: index + 1 }),
        ),
      }))
      .filter((expense) => expense.amountCents > 0),
    assetsCents: cents(answers.assets, 'estimate-assets', t('calculator.estimate.assets')),
  };
  return { body, errors, summary };
}
