// The calculation of a case: the editable input, prefilled from getCalculationDraft, and the latest result,
// recalculated with calculateAssistance as the caseworker types (debounced; an older answer that arrives late is
// ignored). The form keeps what was typed as text, so a half-typed sum is never lost; a field that cannot be read
// or that the API refuses carries its message under the input's path (`members.0.dateOfBirth`).
// The decision panel reads the same state (`CalculationDraftState`): `input` with `result` when they match.

import { useQuery } from '@tanstack/react-query';
import {
  type ApiProblem,
  expectData,
  isApiProblem,
  type RequestBody,
  type ResponseBody,
} from '@tuki/api-client';
import { calculationExpenseTypeOptions, incomeTypes, isOpenStatus, type Language } from '@tuki/domain';
import { formatEuros, MAX_CENTS, useApi, useLanguage, useT } from '@tuki/ui';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StaffApplication } from '../api.ts';
import { type CalculationResult, dateForInput, eurosForInput, parseDate, parseEuros } from './format.ts';

export type CalculationInput = RequestBody<'calculateAssistance'>;
export type CalculationDraft = ResponseBody<'getCalculationDraft'>;
export type MemberRole = CalculationInput['members'][number]['role'];
export type IncomeType = CalculationInput['incomes'][number]['type'];
export type ExpenseType = CalculationInput['expenses'][number]['type'];

export const memberRoles: readonly MemberRole[] = [
  'applicant',
  'spouse',
  'child',
  'adult_child',
  'other_adult',
];
export const reductionOptions = ['0', '20', '40', '50'] as const;
export type ReductionOption = (typeof reductionOptions)[number];
/** The income types in the order the list offers them. */
export const incomeTypeOptions: readonly IncomeType[] = incomeTypes;
/** Every expense type the calculation accepts, in the order the list offers them. */
export const expenseTypeOptions: readonly ExpenseType[] = calculationExpenseTypeOptions;

/**
 * Whether a member is outside the family the calculation covers (TTL 3 §) by their role alone: an adult child or
 * another adult. A `child` aged 18 or more is outside it too; the engine decides that from the month (the
 * result's `family.otherResidentIds`).
 */
export function otherResidentByRole(role: MemberRole): boolean {
  return role === 'adult_child' || role === 'other_adult';
}

export const RECALCULATE_DELAY_MS = 300;

export interface MemberForm {
  key: string;
  id: string;
  role: MemberRole;
  /** As typed, d.m.yyyy. */
  dateOfBirth: string;
  reductionPercent: ReductionOption;
  /** The applicant lives with their parent(s): the 73 % share (applicant only). */
  livesWithParents: boolean;
  /** For showing: the name from the application, or empty for a member the caseworker added. */
  name: string;
}
export interface IncomeForm {
  key: string;
  memberId: string;
  type: IncomeType;
  /** As typed, in euros. */
  amount: string;
}
export interface ExpenseForm {
  key: string;
  type: ExpenseType;
  amount: string;
}
export interface CalculationForm {
  month: string;
  municipalityCode: string;
  members: MemberForm[];
  housingCosts: string;
  /** The family's share by a rental agreement, as typed; empty: the costs divided per head. */
  familyShare: string;
  normGraceEnded: boolean;
  incomes: IncomeForm[];
  expenses: ExpenseForm[];
  assets: string;
}

let keySequence = 0;
export const newKey = () => {
  keySequence += 1;
  return `row-${keySequence}`;
};

function formOf(draft: CalculationDraft, language: Language): CalculationForm {
  const names = new Map(
    draft.members.map((member) => [member.id, `${member.firstName} ${member.lastName}`.trim()]),
  );
  const { input } = draft;
  return {
    month: input.month,
    municipalityCode: input.municipalityCode,
    members: input.members.map((member) => ({
      key: newKey(),
      id: member.id,
      role: member.role,
      dateOfBirth: dateForInput(member.dateOfBirth),
      reductionPercent: String(member.reductionPercent ?? 0) as ReductionOption,
      livesWithParents: member.livesWithParents === true,
      name: names.get(member.id) ?? '',
    })),
    housingCosts: eurosForInput(input.housing.costsCents, language),
    familyShare:
      input.housing.familyShareCents === undefined
        ? ''
        : eurosForInput(input.housing.familyShareCents, language),
    normGraceEnded: input.housing.normGraceEnded ?? false,
    incomes: input.incomes.map((income) => ({
      key: newKey(),
      memberId: income.memberId,
      type: income.type,
      amount: eurosForInput(income.amountCents, language),
    })),
    expenses: input.expenses.map((expense) => ({
      key: newKey(),
      type: expense.type,
      amount: eurosForInput(expense.amountCents, language),
    })),
    assets: eurosForInput(input.assetsCents, language),
  };
}

type Messages = { amount: string; amountTooLarge: string; date: string; month: string };

/** The input the form stands for, or the fields that cannot be read (path → message). */
function readForm(
  form: CalculationForm,
  messages: Messages,
):
  | { input: CalculationInput; errors: Record<string, never> }
  | { input: undefined; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const cents = (text: string, path: string) => {
    const value = parseEuros(text);
    if (value === 'format') errors[path] = messages.amount;
    if (value === 'tooLarge') errors[path] = messages.amountTooLarge;
    return typeof value === 'number' ? value : 0;
  };
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(form.month.trim())) errors.month = messages.month;
  const members = form.members.map((member, index) => {
    const dateOfBirth = parseDate(member.dateOfBirth);
    if (dateOfBirth === undefined) errors[`members.${index}.dateOfBirth`] = messages.date;
    const reductionPercent = Number(member.reductionPercent) as 0 | 20 | 40 | 50;
    return {
      id: member.id,
      role: member.role,
      dateOfBirth: dateOfBirth ?? '',
      ...(reductionPercent > 0 ? { reductionPercent } : {}),
      ...(member.livesWithParents ? { livesWithParents: true } : {}),
    };
  });
  const input: CalculationInput = {
    month: form.month.trim(),
    municipalityCode: form.municipalityCode,
    members,
    housing: {
      costsCents: cents(form.housingCosts, 'housing.costsCents'),
      normGraceEnded: form.normGraceEnded,
      ...(form.familyShare.trim() === ''
        ? {}
        : { familyShareCents: cents(form.familyShare, 'housing.familyShareCents') }),
    },
    incomes: form.incomes.map((income, index) => ({
      memberId: income.memberId,
      type: income.type,
      amountCents: cents(income.amount, `incomes.${index}.amountCents`),
    })),
    expenses: form.expenses.map((expense, index) => ({
      type: expense.type,
      amountCents: cents(expense.amount, `expenses.${index}.amountCents`),
    })),
    assetsCents: cents(form.assets, 'assetsCents'),
  };
  return Object.keys(errors).length > 0 ? { input: undefined, errors } : { input, errors: {} };
}

/** The API's field errors by path; a problem without field errors under '' (shown with the result). */
function problemErrors(problem: ApiProblem): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const error of problem.errors) errors[error.path] = error.message;
  return errors;
}

/** The prefilled draft of an application's calculation. */
function useDraftQuery(applicationId: string, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['staff-calculation-draft', applicationId],
    enabled,
    meta: { silent: true },
    // The read is audited: loaded once per visit of the case, not again on focus.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    queryFn: () =>
      expectData(
        api.GET('/api/v1/applications/{applicationId}/calculation-draft', {
          params: { path: { applicationId } },
        }),
      ),
  });
}

/** The messages of the fields that cannot be read, in the current language. */
function useReadMessages(): Messages {
  const t = useT();
  const { language } = useLanguage();
  return useMemo(
    () => ({
      amount: t('calculator.editor.invalidAmount'),
      amountTooLarge: t('calculator.editor.amountTooLarge', { max: formatEuros(MAX_CENTS, language) }),
      date: t('calculator.editor.invalidDate'),
      month: t('calculator.editor.invalidMonth'),
    }),
    [t, language],
  );
}

export function useCalculationDraft(application: StaffApplication | undefined) {
  const api = useApi();
  const t = useT();
  const { language } = useLanguage();
  // The case view shows the calculation while the case is open.
  const enabled = application !== undefined && isOpenStatus(application.status);
  const draft = useDraftQuery(application?.id ?? '', enabled);

  const [form, setFormState] = useState<CalculationForm | undefined>();
  const [result, setResult] = useState<CalculationResult | undefined>();
  /** The input `result` was calculated from. */
  const [resultInput, setResultInput] = useState<CalculationInput | undefined>();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | undefined>();
  /** The input (its JSON) the API's errors and problem belong to; undefined: the draft's, until an edit. */
  const [problemFor, setProblemFor] = useState<string | undefined>();
  const [calculating, setCalculating] = useState(false);
  const [edited, setEdited] = useState(false);
  const sequence = useRef(0);

  // Take the draft in once it arrives (and again if another application is opened).
  const loadedFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    const data = draft.data;
    if (!data || loadedFor.current === data.applicationId) return;
    loadedFor.current = data.applicationId;
    setFormState(formOf(data, language));
    setResult(data.result ?? undefined);
    setResultInput(data.result ? data.input : undefined);
    setProblem(data.problem?.detail);
    const errors: Record<string, string> = {};
    for (const error of data.problem?.errors ?? []) errors[error.path] = error.message;
    setServerErrors(errors);
    setEdited(false);
  }, [draft.data, language]);

  const messages = useReadMessages();
  const read = useMemo(() => (form ? readForm(form, messages) : undefined), [form, messages]);
  const input = read?.input;

  // Recalculate after the caseworker stops typing; only the answer to the latest request counts.
  const inputKey = input ? JSON.stringify(input) : undefined;
  useEffect(() => {
    if (!edited || inputKey === undefined) return;
    const body = JSON.parse(inputKey) as CalculationInput;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      sequence.current += 1;
      const mine = sequence.current;
      setCalculating(true);
      expectData(api.POST('/api/v1/calculations', { body, signal: controller.signal }))
        .then((calculated) => {
          if (mine !== sequence.current) return;
          setResult(calculated);
          setResultInput(body);
          setServerErrors({});
          setProblem(undefined);
          setProblemFor(undefined);
        })
        .catch((error: unknown) => {
          if (mine !== sequence.current || controller.signal.aborted) return;
          setProblemFor(inputKey);
          if (isApiProblem(error, 400) || isApiProblem(error, 422)) {
            setServerErrors(problemErrors(error));
            setProblem(error.detail);
          } else {
            setServerErrors({});
            setProblem(t('calculator.editor.notComputed'));
          }
        })
        .finally(() => {
          if (mine === sequence.current) setCalculating(false);
        });
    }, RECALCULATE_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, inputKey, edited, t]);

  const setForm = useCallback((update: (current: CalculationForm) => CalculationForm) => {
    setFormState((current) => (current ? update(current) : current));
    setEdited(true);
  }, []);

  // The API's errors stand while they belong to the form's input: the draft's until the first edit, then the
  // input they were given for (typing a sum back to one already calculated clears them at once).
  const problemCurrent = edited ? problemFor !== undefined && problemFor === inputKey : true;
  const fieldErrors: Record<string, string> =
    read && read.input === undefined ? read.errors : problemCurrent ? serverErrors : {};
  const upToDate =
    input !== undefined && resultInput !== undefined && JSON.stringify(resultInput) === inputKey;

  return {
    /** Whether the case is in a state where it is calculated at all. */
    enabled,
    loading: enabled && draft.isPending,
    loadFailed: draft.isError,
    draft: draft.data,
    form,
    setForm,
    /** The input the form stands for now; undefined while a field cannot be read. */
    input,
    /** The latest result, and the input it belongs to (`upToDate` when that is the form's input). */
    result,
    resultInput,
    upToDate,
    calculating,
    /** Field messages by input path, from reading the form or from the API. */
    fieldErrors,
    /** Why the input could not be calculated (the API's message), if it could not. */
    problem:
      read?.input === undefined && form
        ? t('calculator.editor.fixFields')
        : problemCurrent
          ? problem
          : undefined,
  };
}

/** What useCalculationDraft returns: the decision panel reads it too. */
export type CalculationDraftState = ReturnType<typeof useCalculationDraft>;
