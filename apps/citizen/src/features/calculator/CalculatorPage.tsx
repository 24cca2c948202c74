// The public calculator (/calculator): "estimate your social assistance" without signing in. A short form (month,
// adults, children's ages, housing costs, incomes, optional expenses and assets) → the estimate from the same rules
// engine as the caseworkers' calculation, with its lines and a clear note that it is an estimate, not a decision.
// Loaded only when visited (React.lazy in AppRoutes).

import { isApiProblem } from '@tuki/api-client';
import { calculationExpenseTypeOptions, type IncomeType, incomeTypes } from '@tuki/domain';
import {
  formatEuros,
  formatMonth,
  formatMonthInText,
  MAX_CENTS,
  Notice,
  parseEuros,
  useDocumentTitle,
  useLanguage,
  useT,
} from '@tuki/ui';
import {
  Button,
  ButtonSize,
  ButtonVariant,
  Checkbox,
  IconMinusCircle,
  IconPlusCircle,
  RadioButton,
  SelectionGroup,
  TextInput,
} from 'hds-react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import '../common/application.css';
import './calculator.css';
import { FormErrorSummary, NativeSelect, type SummaryItem, selectableMonths } from '../application/index.ts';
import { type EstimateRequest, useEstimate } from './api.ts';
import { type Estimate, lineText, resourceKinds } from './line-text.ts';

type ExpenseType = EstimateRequest['expenses'] extends (infer T)[] | undefined
  ? T extends { type: infer U }
    ? U
    : never
  : never;

const expenseTypes: readonly ExpenseType[] = calculationExpenseTypeOptions;

interface IncomeRow {
  key: number;
  member: 'adult-1' | 'adult-2';
  type: IncomeType;
  amount: string;
}
interface ExpenseRow {
  key: number;
  type: ExpenseType;
  amount: string;
}
interface ChildRow {
  key: number;
  age: string;
}

/** The current month in Finland. */
function currentMonth(): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

let rowSequence = 0;
const nextKey = () => {
  rowSequence += 1;
  return rowSequence;
};

export default function CalculatorPage() {
  const t = useT();
  const { language } = useLanguage();
  useDocumentTitle(t('calculator.estimate.pageTitle'));
  const estimate = useEstimate();
  const thisMonth = currentMonth();
  const [month, setMonth] = useState(thisMonth);
  const [adults, setAdults] = useState<1 | 2>(1);
  const [children, setChildren] = useState<ChildRow[]>([]);
  const [otherAdults, setOtherAdults] = useState('0');
  const [livesWithParents, setLivesWithParents] = useState(false);
  const [housing, setHousing] = useState('');
  const [incomes, setIncomes] = useState<IncomeRow[]>([
    { key: nextKey(), member: 'adult-1', type: 'labour_market_subsidy', amount: '' },
  ]);
  const [expenses, setExpenses] = useState<ExpenseRow[]>([]);
  const [assets, setAssets] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Estimate | undefined>();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const monthId = useId();

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  // The same months as the application form offers (the domain's rule).
  const months = selectableMonths(thisMonth);

  const submit = () => {
    // An estimate of earlier answers must not stay on the screen as if it were of these.
    setResult(undefined);
    const found: Record<string, string> = {};
    const items: SummaryItem[] = [];
    // Each problem at its field and in the summary with the field's name, like the application form's summary.
    const problem = (fieldId: string, field: string, message: string) => {
      found[fieldId] = message;
      items.push({ fieldId, text: t('application.errors.summaryItem', { field, message }) });
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
    const childrenAges = children.map((child, index) => {
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
    const otherAdultCount = Number(otherAdults.trim() === '' ? '0' : otherAdults.trim());
    if (!Number.isInteger(otherAdultCount) || otherAdultCount < 0 || otherAdultCount > 10) {
      problem(
        'estimate-other-adults',
        t('calculator.estimate.otherAdults'),
        t('calculator.estimate.invalidOtherAdults'),
      );
    }
    const body: EstimateRequest = {
      month,
      adults,
      childrenAges,
      otherAdults: Number.isInteger(otherAdultCount) ? otherAdultCount : 0,
      livesWithParents: adults === 1 && livesWithParents,
      housingCostsCents: cents(housing, 'estimate-housing', t('calculator.estimate.housingCosts')),
      incomes: incomes
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
      expenses: expenses
        .map((expense, index) => ({
          type: expense.type,
          amountCents: cents(
            expense.amount,
            `expense-${expense.key}`,
            t('calculator.estimate.expenseAmountField', { number: index + 1 }),
          ),
        }))
        .filter((expense) => expense.amountCents > 0),
      assetsCents: cents(assets, 'estimate-assets', t('calculator.estimate.assets')),
    };
    setErrors(found);
    setSummary(items);
    setAttempt((value) => value + 1);
    if (items.length > 0) return;
    estimate.mutate(body, { onSuccess: setResult });
  };

  const failure = estimate.error;
  const names = new Map<string, string>([
    ['adult-1', t('calculator.estimate.adultName', { number: 1 })],
    ['adult-2', t('calculator.estimate.adultName', { number: 2 })],
    ...children.map((_, index): [string, string] => [
      `child-${index + 1}`,
      t('calculator.estimate.childName', { number: index + 1 }),
    ]),
  ]);

  return (
    <>
      <h1>{t('calculator.estimate.title')}</h1>
      <p className="tuki-lead">{t('calculator.estimate.intro')}</p>
      <Notice type="info" label={t('calculator.estimate.noticeLabel')}>
        <p>{t('calculator.estimate.notDecision')}</p>
      </Notice>

      <FormErrorSummary items={summary} attempt={attempt} heading={t('calculator.estimate.fixErrors')} />

      <form
        className="tuki-calculator"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!estimate.isPending) submit();
        }}
      >
        <h2>{t('calculator.estimate.householdHeading')}</h2>
        <div className="tuki-select">
          <label htmlFor={monthId} className="tuki-select__label">
            {t('calculator.estimate.month')}
          </label>
          <div className="tuki-select__wrapper">
            <select id={monthId} value={month} onChange={(event) => setMonth(event.target.value)}>
              {months.map((value) => (
                <option key={value} value={value}>
                  {formatMonth(value, language)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <SelectionGroup label={t('calculator.estimate.adults')} className="tuki-radio-group">
          <RadioButton
            id="estimate-adults-1"
            name="adults"
            value="1"
            label={t('calculator.estimate.adultsOne')}
            checked={adults === 1}
            onChange={() => setAdults(1)}
          />
          <RadioButton
            id="estimate-adults-2"
            name="adults"
            value="2"
            label={t('calculator.estimate.adultsTwo')}
            checked={adults === 2}
            onChange={() => setAdults(2)}
          />
        </SelectionGroup>

        <TextInput
          id="estimate-other-adults"
          className="tuki-section"
          label={t('calculator.estimate.otherAdults')}
          helperText={t('calculator.estimate.otherAdultsHelp')}
          inputMode="numeric"
          value={otherAdults}
          errorText={errors['estimate-other-adults']}
          invalid={Boolean(errors['estimate-other-adults'])}
          onChange={(event) => setOtherAdults(event.target.value)}
        />
        {adults === 1 ? (
          <Checkbox
            id="estimate-lives-with-parents"
            label={t('calculator.estimate.livesWithParents')}
            checked={livesWithParents}
            onChange={(event) => setLivesWithParents(event.target.checked)}
          />
        ) : null}

        <h3>{t('calculator.estimate.childrenHeading')}</h3>
        <p className="tuki-help">{t('calculator.estimate.childrenHelp')}</p>
        {children.map((child, index) => (
          <div key={child.key} className="tuki-calculator-row">
            <TextInput
              id={`child-${child.key}`}
              label={t('calculator.estimate.childAge', { number: index + 1 })}
              inputMode="numeric"
              value={child.age}
              errorText={errors[`child-${child.key}`]}
              invalid={Boolean(errors[`child-${child.key}`])}
              onChange={(event) => {
                const age = event.target.value;
                setChildren((rows) => rows.map((row) => (row.key === child.key ? { ...row, age } : row)));
              }}
            />
            <RowButton
              remove
              label={t('calculator.estimate.removeChild', { number: index + 1 })}
              onClick={() => setChildren((rows) => rows.filter((row) => row.key !== child.key))}
            />
          </div>
        ))}
        <RowButton
          label={t('calculator.estimate.addChild')}
          onClick={() => setChildren((rows) => [...rows, { key: nextKey(), age: '' }])}
        />

        <h2>{t('calculator.estimate.housingHeading')}</h2>
        <TextInput
          id="estimate-housing"
          label={t('calculator.estimate.housingCosts')}
          helperText={t('calculator.estimate.housingHelp')}
          inputMode="decimal"
          value={housing}
          errorText={errors['estimate-housing']}
          invalid={Boolean(errors['estimate-housing'])}
          onChange={(event) => setHousing(event.target.value)}
        />

        <h2>{t('calculator.estimate.incomesHeading')}</h2>
        <p className="tuki-help">{t('calculator.estimate.incomesHelp')}</p>
        {incomes.map((income, index) => (
          <fieldset key={income.key} className="tuki-calculator-group">
            <legend>{t('calculator.estimate.incomeRow', { number: index + 1 })}</legend>
            {adults === 2 ? (
              <PlainSelect
                label={t('calculator.estimate.incomeWho')}
                value={income.member}
                options={[
                  { value: 'adult-1', label: t('calculator.estimate.incomeOwn') },
                  { value: 'adult-2', label: t('calculator.estimate.incomeSpouse') },
                ]}
                onChange={(member) =>
                  setIncomes((rows) =>
                    rows.map((row) =>
                      row.key === income.key ? { ...row, member: member as IncomeRow['member'] } : row,
                    ),
                  )
                }
              />
            ) : null}
            <PlainSelect
              label={t('calculator.estimate.incomeType')}
              value={income.type}
              options={incomeTypes.map((type) => ({
                value: type,
                label: t(`calculation.lines.income.${type}`),
              }))}
              onChange={(type) =>
                setIncomes((rows) =>
                  rows.map((row) => (row.key === income.key ? { ...row, type: type as IncomeType } : row)),
                )
              }
            />
            <TextInput
              id={`income-${income.key}`}
              label={t('calculator.estimate.amount')}
              inputMode="decimal"
              value={income.amount}
              errorText={errors[`income-${income.key}`]}
              invalid={Boolean(errors[`income-${income.key}`])}
              onChange={(event) => {
                const amount = event.target.value;
                setIncomes((rows) => rows.map((row) => (row.key === income.key ? { ...row, amount } : row)));
              }}
            />
            <RowButton
              remove
              label={t('calculator.estimate.removeIncome', { number: index + 1 })}
              onClick={() => setIncomes((rows) => rows.filter((row) => row.key !== income.key))}
            />
          </fieldset>
        ))}
        <RowButton
          label={t('calculator.estimate.addIncome')}
          onClick={() =>
            setIncomes((rows) => [...rows, { key: nextKey(), member: 'adult-1', type: 'wage', amount: '' }])
          }
        />

        <h2>{t('calculator.estimate.expensesHeading')}</h2>
        <p className="tuki-help">{t('calculator.estimate.expensesHelp')}</p>
        {expenses.map((expense, index) => (
          <fieldset key={expense.key} className="tuki-calculator-group">
            <legend>{t('calculator.estimate.expenseRow', { number: index + 1 })}</legend>
            <PlainSelect
              label={t('calculator.estimate.expenseType')}
              value={expense.type}
              options={expenseTypes.map((type) => ({
                value: type,
                label: t(`calculation.lines.expense.${type}`),
              }))}
              onChange={(type) =>
                setExpenses((rows) =>
                  rows.map((row) => (row.key === expense.key ? { ...row, type: type as ExpenseType } : row)),
                )
              }
            />
            <TextInput
              id={`expense-${expense.key}`}
              label={t('calculator.estimate.amount')}
              inputMode="decimal"
              value={expense.amount}
              errorText={errors[`expense-${expense.key}`]}
              invalid={Boolean(errors[`expense-${expense.key}`])}
              onChange={(event) => {
                const amount = event.target.value;
                setExpenses((rows) =>
                  rows.map((row) => (row.key === expense.key ? { ...row, amount } : row)),
                );
              }}
            />
            <RowButton
              remove
              label={t('calculator.estimate.removeExpense', { number: index + 1 })}
              onClick={() => setExpenses((rows) => rows.filter((row) => row.key !== expense.key))}
            />
          </fieldset>
        ))}
        <RowButton
          label={t('calculator.estimate.addExpense')}
          onClick={() => setExpenses((rows) => [...rows, { key: nextKey(), type: 'medicine', amount: '' }])}
        />
        <TextInput
          id="estimate-assets"
          className="tuki-section"
          label={t('calculator.estimate.assets')}
          inputMode="decimal"
          value={assets}
          errorText={errors['estimate-assets']}
          invalid={Boolean(errors['estimate-assets'])}
          onChange={(event) => setAssets(event.target.value)}
        />

        <div className="tuki-form-actions">
          <Button type="submit" variant={ButtonVariant.Primary} disabled={estimate.isPending}>
            {estimate.isPending ? t('calculator.estimate.calculating') : t('calculator.estimate.submit')}
          </Button>
        </div>
      </form>

      {failure ? (
        <div className="tuki-section" role="alert" data-testid="estimate-error">
          <Notice type="error" label={t('calculator.estimate.failed')}>
            <p>
              {isApiProblem(failure, 429)
                ? t('calculator.estimate.rateLimited')
                : isApiProblem(failure, 422) && failure.type.endsWith('no-parameters-for-month')
                  ? t('calculator.estimate.noParameters')
                  : isApiProblem(failure, 422) && failure.type.endsWith('unknown-municipality')
                    ? t('calculator.estimate.unknownMunicipality')
                    : t('calculator.estimate.failed')}
            </p>
          </Notice>
        </div>
      ) : null}

      {result ? (
        <section
          aria-labelledby="estimate-result-heading"
          className="tuki-section tuki-estimate"
          data-testid="estimate"
        >
          <h2 id="estimate-result-heading" ref={resultHeading} tabIndex={-1}>
            {t('calculator.estimate.resultHeading')}
          </h2>
          <p className="tuki-estimate-amount" data-testid="estimate-amount">
            {t('calculator.estimate.resultAmount', {
              amount: formatEuros(result.result.amountCents, language),
            })}
          </p>
          <p>
            <strong>{t('calculator.estimate.notDecision')}</strong>
          </p>
          <EstimateTable estimate={result} names={names} />
          <h3>{t('calculator.estimate.applyHeading')}</h3>
          <p>
            {t('calculator.estimate.apply')} <Link to="/">{t('calculator.estimate.toFrontPage')}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}

function EstimateTable({ estimate, names }: { estimate: Estimate; names: Map<string, string> }) {
  const t = useT();
  const { language } = useLanguage();
  const { result } = estimate;
  const needs = result.lines.filter((line) => !resourceKinds.includes(line.kind));
  const resources = result.lines.filter((line) => resourceKinds.includes(line.kind));
  const rows = (lines: typeof result.lines) =>
    lines.map((line, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: a result's lines are fixed and never reordered
      <tr key={`${line.label}-${line.memberId ?? ''}-${index}`}>
        <td>
          {lineText(line, t, language)}
          {line.memberId ? (
            <span className="tuki-estimate-member"> – {names.get(line.memberId) ?? ''}</span>
          ) : null}
        </td>
        <td className="tuki-amount">{formatEuros(line.amountCents, language)}</td>
      </tr>
    ));
  return (
    <div className="tuki-calculation-table tuki-estimate-table">
      <table>
        <caption>{t('calculation.caption', { month: formatMonthInText(result.month, language) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calculation.columns.line')}</th>
            <th scope="col" className="tuki-amount">
              {t('calculation.columns.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="tuki-calculation-section">
            <th scope="colgroup" colSpan={2}>
              {t('calculation.sections.expenses')}
            </th>
          </tr>
          {rows(needs)}
          <tr className="tuki-calculation-section">
            <th scope="colgroup" colSpan={2}>
              {t('calculation.sections.resources')}
            </th>
          </tr>
          {rows(resources)}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('calculation.totals.expenses')}</th>
            <td className="tuki-amount">{formatEuros(result.totalExpensesCents, language)}</td>
          </tr>
          <tr>
            <th scope="row">{t('calculation.totals.resources')}</th>
            <td className="tuki-amount">{formatEuros(result.totalIncomeCents, language)}</td>
          </tr>
          <tr className="tuki-calculation-total">
            <th scope="row">{t('calculation.totals.amount')}</th>
            <td className="tuki-amount">{formatEuros(result.amountCents, language)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function PlainSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return <NativeSelect id={useId()} label={label} value={value} options={options} onChange={onChange} />;
}

function RowButton({
  label,
  onClick,
  remove = false,
}: {
  label: string;
  onClick: () => void;
  remove?: boolean;
}) {
  return (
    <Button
      type="button"
      variant={ButtonVariant.Supplementary}
      size={ButtonSize.Small}
      iconStart={remove ? <IconMinusCircle aria-hidden /> : <IconPlusCircle aria-hidden />}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
