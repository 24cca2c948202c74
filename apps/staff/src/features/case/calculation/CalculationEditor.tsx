// The calculation panel of the case view: the editable input (month, members with role, date of birth and
// reduction, housing costs, incomes, expenses, assets) and the result line by line, updated as the caseworker
// types. The amount is repeated in a polite live region, so a screen reader hears the new amount after a change.

import { formatMonthInText, useLanguage, useT } from '@tuki/ui';
import {
  Button,
  ButtonSize,
  ButtonVariant,
  Checkbox,
  IconMinusCircle,
  IconPlusCircle,
  TextInput,
} from 'hds-react';
import { type ReactNode, useId } from 'react';
import './calculation.css';
import { CasePanel } from '../CasePanel.tsx';
import { type CalculationResult, formatEuros, lineText, resourceKinds } from './format.ts';
import {
  type CalculationDraftState,
  type CalculationForm,
  type ExpenseType,
  expenseTypeOptions,
  type IncomeType,
  incomeTypeOptions,
  type MemberRole,
  memberRoles,
  newKey,
  otherResidentByRole,
  type ReductionOption,
  reductionOptions,
} from './useCalculationDraft.ts';

export function CalculationEditor({ calc }: { calc: CalculationDraftState }) {
  const t = useT();
  if (!calc.enabled) return null;
  return (
    <CasePanel
      name="calculation"
      heading={t('calculator.editor.heading')}
      className="staff-panel staff-calculation"
      testId="calculation"
    >
      {calc.loadFailed ? (
        <p>{t('calculator.editor.loadFailed')}</p>
      ) : !calc.form ? (
        <p>{t('common.loading')}</p>
      ) : (
        <Editor calc={calc} form={calc.form} />
      )}
    </CasePanel>
  );
}

function memberNames(form: CalculationForm, fallback: (number: number) => string): Map<string, string> {
  return new Map(form.members.map((member, index) => [member.id, member.name || fallback(index + 1)]));
}

function Editor({ calc, form }: { calc: CalculationDraftState; form: CalculationForm }) {
  const t = useT();
  const { language } = useLanguage();
  const { setForm, fieldErrors } = calc;
  const names = memberNames(form, (number) => t('calculator.editor.memberName', { number }));
  const error = (path: string) => fieldErrors[path];
  const notes = calc.draft?.notes ?? [];
  // Members outside the family (TTL 3 §): by role, and a `child` aged 18+ as the engine last decided.
  const otherResidents = new Set([
    ...form.members.filter((member) => otherResidentByRole(member.role)).map((member) => member.id),
    ...(calc.upToDate ? (calc.result?.family?.otherResidentIds ?? []) : []),
  ]);

  const setMember = (index: number, change: Partial<CalculationForm['members'][number]>) =>
    setForm((current) => ({
      ...current,
      members: current.members.map((member, i) => (i === index ? { ...member, ...change } : member)),
    }));
  const setIncome = (index: number, change: Partial<CalculationForm['incomes'][number]>) =>
    setForm((current) => ({
      ...current,
      incomes: current.incomes.map((income, i) => (i === index ? { ...income, ...change } : income)),
    }));
  const setExpense = (index: number, change: Partial<CalculationForm['expenses'][number]>) =>
    setForm((current) => ({
      ...current,
      expenses: current.expenses.map((expense, i) => (i === index ? { ...expense, ...change } : expense)),
    }));

  return (
    <>
      <p className="staff-muted">{t('calculator.editor.intro')}</p>
      {notes.length > 0 ? (
        <div className="staff-calculation-notes" data-testid="calculation-notes">
          <h3>{t('calculator.editor.notesHeading')}</h3>
          <ul>
            {notes.map((note) => (
              <li key={`${note.code}-${note.path}`}>
                {t(`calculator.editor.notes.${note.code}`, { path: note.path })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="staff-calculation-row">
        <TextInput
          id="calculation-month"
          label={t('calculator.editor.month')}
          helperText={t('calculator.editor.monthHelp')}
          value={form.month}
          errorText={error('month')}
          invalid={Boolean(error('month'))}
          onChange={(event) => {
            const month = event.target.value;
            setForm((current) => ({ ...current, month }));
          }}
        />
        <p className="staff-calculation-fact">
          <span>{t('calculator.editor.municipality')}</span> {form.municipalityCode}
        </p>
      </div>

      <h3>{t('calculator.editor.membersHeading')}</h3>
      {form.members.map((member, index) => {
        const name = names.get(member.id) ?? '';
        return (
          <fieldset key={member.key} className="staff-calculation-group" data-testid={`member-${index}`}>
            <legend>{name}</legend>
            <NativeSelect
              label={t('calculator.editor.role')}
              value={member.role}
              disabled={member.role === 'applicant'}
              onChange={(role) => setMember(index, { role: role as MemberRole })}
              options={memberRoles
                .filter((role) => role !== 'applicant' || member.role === 'applicant')
                .map((role) => ({ value: role, label: t(`calculator.roles.${role}`) }))}
              error={error(`members.${index}.role`)}
            />
            <TextInput
              id={`member-${member.key}-born`}
              label={t('calculator.editor.dateOfBirth')}
              helperText={t('calculator.editor.dateOfBirthHelp')}
              value={member.dateOfBirth}
              errorText={error(`members.${index}.dateOfBirth`)}
              invalid={Boolean(error(`members.${index}.dateOfBirth`))}
              onChange={(event) => setMember(index, { dateOfBirth: event.target.value })}
            />
            <NativeSelect
              label={t('calculator.editor.reduction')}
              value={member.reductionPercent}
              onChange={(value) => setMember(index, { reductionPercent: value as ReductionOption })}
              options={reductionOptions.map((percent) => ({
                value: percent,
                label:
                  percent === '0'
                    ? t('calculator.editor.noReduction')
                    : t('calculator.editor.reductionPercent', { percent }),
              }))}
              error={error(`members.${index}.reductionPercent`)}
            />
            {member.role === 'applicant' || member.livesWithParents ? (
              <Checkbox
                id={`member-${member.key}-lives-with-parents`}
                className="staff-calculation-check"
                label={t('calculator.editor.livesWithParents')}
                checked={member.livesWithParents}
                errorText={error(`members.${index}.livesWithParents`)}
                onChange={(event) => setMember(index, { livesWithParents: event.target.checked })}
              />
            ) : null}
            {member.role === 'applicant' ? null : (
              <RemoveButton
                label={t('calculator.editor.removeMember', { name })}
                onClick={() =>
                  setForm((current) => ({
                    ...current,
                    members: current.members.filter((_, i) => i !== index),
                    // A family member's incomes still count, as the applicant's; another resident's incomes are
                    // never counted and go with them.
                    incomes: otherResidents.has(member.id)
                      ? current.incomes.filter((income) => income.memberId !== member.id)
                      : current.incomes.map((income) =>
                          income.memberId === member.id ? { ...income, memberId: 'applicant' } : income,
                        ),
                  }))
                }
              />
            )}
          </fieldset>
        );
      })}
      <AddButton
        label={t('calculator.editor.addMember')}
        onClick={() =>
          setForm((current) => {
            const key = newKey();
            return {
              ...current,
              members: [
                ...current.members,
                {
                  key,
                  id: `added:${key}`,
                  role: 'child',
                  dateOfBirth: '',
                  reductionPercent: '0',
                  livesWithParents: false,
                  name: '',
                },
              ],
            };
          })
        }
      />

      <h3>{t('calculator.editor.housingHeading')}</h3>
      <div className="staff-calculation-group staff-calculation-group--plain">
        <TextInput
          id="calculation-housing"
          label={t('calculator.editor.housingCosts')}
          value={form.housingCosts}
          inputMode="decimal"
          errorText={error('housing.costsCents')}
          invalid={Boolean(error('housing.costsCents'))}
          onChange={(event) => {
            const housingCosts = event.target.value;
            setForm((current) => ({ ...current, housingCosts }));
          }}
        />
        <TextInput
          id="calculation-family-share"
          label={t('calculator.editor.familyShare')}
          helperText={t('calculator.editor.familyShareHelp')}
          value={form.familyShare}
          inputMode="decimal"
          errorText={error('housing.familyShareCents')}
          invalid={Boolean(error('housing.familyShareCents'))}
          onChange={(event) => {
            const familyShare = event.target.value;
            setForm((current) => ({ ...current, familyShare }));
          }}
        />
        <Checkbox
          id="calculation-grace-ended"
          label={t('calculator.editor.normGraceEnded')}
          checked={form.normGraceEnded}
          errorText={error('housing.normGraceEnded')}
          onChange={(event) => {
            const normGraceEnded = event.target.checked;
            setForm((current) => ({ ...current, normGraceEnded }));
          }}
        />
      </div>

      <h3>{t('calculator.editor.incomesHeading')}</h3>
      {form.incomes.length === 0 ? <p>{t('calculator.editor.none')}</p> : null}
      {form.incomes.map((income, index) => {
        const number = index + 1;
        return (
          <fieldset key={income.key} className="staff-calculation-group" data-testid={`income-${index}`}>
            <legend>{t('calculator.editor.incomeRow', { number })}</legend>
            <NativeSelect
              label={t('calculator.editor.incomeMember')}
              value={income.memberId}
              onChange={(memberId) => setIncome(index, { memberId })}
              options={form.members.map((member) => {
                const name = names.get(member.id) ?? member.id;
                return {
                  value: member.id,
                  label: otherResidents.has(member.id)
                    ? t('calculator.editor.otherResidentOption', { name })
                    : name,
                };
              })}
              error={error(`incomes.${index}.memberId`)}
            />
            <NativeSelect
              label={t('calculator.editor.incomeType')}
              value={income.type}
              onChange={(type) => setIncome(index, { type: type as IncomeType })}
              options={incomeTypeOptions.map((type) => ({
                value: type,
                label: t(`calculation.lines.income.${type}`),
              }))}
            />
            <TextInput
              id={`income-${income.key}-amount`}
              label={t('calculator.editor.amount')}
              value={income.amount}
              inputMode="decimal"
              errorText={error(`incomes.${index}.amountCents`)}
              invalid={Boolean(error(`incomes.${index}.amountCents`))}
              onChange={(event) => setIncome(index, { amount: event.target.value })}
            />
            <RemoveButton
              label={t('calculator.editor.removeIncome', { number })}
              onClick={() =>
                setForm((current) => ({ ...current, incomes: current.incomes.filter((_, i) => i !== index) }))
              }
            />
          </fieldset>
        );
      })}
      <AddButton
        label={t('calculator.editor.addIncome')}
        onClick={() =>
          setForm((current) => ({
            ...current,
            incomes: [...current.incomes, { key: newKey(), memberId: 'applicant', type: 'wage', amount: '' }],
          }))
        }
      />

      <h3>{t('calculator.editor.expensesHeading')}</h3>
      {form.expenses.length === 0 ? <p>{t('calculator.editor.none')}</p> : null}
      {form.expenses.map((expense, index) => {
        const number = index + 1;
        return (
          <fieldset key={expense.key} className="staff-calculation-group" data-testid={`expense-${index}`}>
            <legend>{t('calculator.editor.expenseRow', { number })}</legend>
            <NativeSelect
              label={t('calculator.editor.expenseType')}
              value={expense.type}
              onChange={(type) => setExpense(index, { type: type as ExpenseType })}
              options={expenseTypeOptions.map((type) => ({
                value: type,
                label: t(`calculation.lines.expense.${type}`),
              }))}
            />
            <TextInput
              id={`expense-${expense.key}-amount`}
              label={t('calculator.editor.amount')}
              value={expense.amount}
              inputMode="decimal"
              errorText={error(`expenses.${index}.amountCents`)}
              invalid={Boolean(error(`expenses.${index}.amountCents`))}
              onChange={(event) => setExpense(index, { amount: event.target.value })}
            />
            <RemoveButton
              label={t('calculator.editor.removeExpense', { number })}
              onClick={() =>
                setForm((current) => ({
                  ...current,
                  expenses: current.expenses.filter((_, i) => i !== index),
                }))
              }
            />
          </fieldset>
        );
      })}
      <AddButton
        label={t('calculator.editor.addExpense')}
        onClick={() =>
          setForm((current) => ({
            ...current,
            expenses: [...current.expenses, { key: newKey(), type: 'medicine', amount: '' }],
          }))
        }
      />

      <h3>{t('calculator.editor.assetsHeading')}</h3>
      <div className="staff-calculation-group staff-calculation-group--plain">
        <TextInput
          id="calculation-assets"
          label={t('calculator.editor.assets')}
          value={form.assets}
          inputMode="decimal"
          errorText={error('assetsCents')}
          invalid={Boolean(error('assetsCents'))}
          onChange={(event) => {
            const assets = event.target.value;
            setForm((current) => ({ ...current, assets }));
          }}
        />
      </div>

      <h3 id="calculation-result-heading">{t('calculator.editor.resultHeading')}</h3>
      <p className="staff-calculation-live" aria-live="polite" data-testid="calculation-amount">
        {calc.result && calc.upToDate
          ? t('calculator.editor.amountLive', { amount: formatEuros(calc.result.amountCents, language) })
          : calc.calculating
            ? t('calculator.editor.calculating')
            : null}
      </p>
      {calc.problem && !calc.calculating ? (
        <p className="staff-calculation-problem" role="alert">
          {calc.problem}
        </p>
      ) : null}
      {calc.result?.family ? (
        <FamilySummary family={calc.result.family} names={names} stale={!calc.upToDate} />
      ) : null}
      {calc.result ? <ResultTable result={calc.result} names={names} stale={!calc.upToDate} /> : null}
    </>
  );
}

type CalculationFamily = NonNullable<CalculationResult['family']>;

/**
 * Who the calculation covers and how the housing costs were divided (TTL 3 §): the family, the other residents,
 * the division, and the other residents' incomes that were not counted. In words, not by colour.
 */
export function FamilySummary({
  family,
  names,
  stale = false,
}: {
  family: CalculationFamily;
  names: Map<string, string>;
  stale?: boolean;
}) {
  const t = useT();
  const { language } = useLanguage();
  const headingId = useId();
  const name = (id: string) => names.get(id) ?? id;
  const { housingDivision: division } = family;
  const euros = (cents: number) => formatEuros(cents, language);
  const uncounted = family.uncountedIncomes ?? [];
  return (
    <section
      aria-labelledby={headingId}
      className={`staff-calculation-family${stale ? ' staff-calculation-family--stale' : ''}`}
      data-testid="calculation-family"
    >
      <h4 id={headingId}>{t('calculator.editor.familyHeading')}</h4>
      <dl>
        <div>
          <dt>{t('calculator.editor.familyMembers')}</dt>
          <dd>
            <ul>
              {family.memberIds.map((id) => (
                <li key={id}>{name(id)}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('calculator.editor.otherResidents')}</dt>
          <dd>
            {family.otherResidentIds.length === 0 ? (
              t('calculator.editor.noOtherResidents')
            ) : (
              <ul>
                {family.otherResidentIds.map((id) => (
                  <li key={id}>{name(id)}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="staff-calculation-family-wide">
          <dt>{t('calculator.editor.housingDivision')}</dt>
          <dd>
            {t(`calculator.editor.division.${division.method}`, {
              total: euros(division.totalCostsCents),
              share: euros(division.familyShareCents),
              residents: family.residents,
              family: family.memberIds.length,
            })}
          </dd>
        </div>
      </dl>
      {uncounted.length > 0 ? (
        <div className="staff-calculation-uncounted" data-testid="calculation-uncounted">
          <h5>{t('calculator.editor.uncountedHeading')}</h5>
          <p>{t('calculator.editor.uncountedExplanation')}</p>
          <ul>
            {uncounted.map((income, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a result's incomes are fixed and never reordered
              <li key={`${income.memberId}-${income.type}-${index}`}>
                {t('calculator.editor.uncountedIncome', {
                  name: name(income.memberId),
                  type: incomeTypeOptions.includes(income.type as IncomeType)
                    ? t(`calculation.lines.income.${income.type as IncomeType}`)
                    : income.type,
                  amount: euros(income.amountCents),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** The result line by line: a table with a caption, column headers and the totals in its footer. */
export function ResultTable({
  result,
  names,
  stale = false,
}: {
  result: CalculationResult;
  names: Map<string, string>;
  stale?: boolean;
}) {
  const t = useT();
  const { language } = useLanguage();
  const needs = result.lines.filter((line) => !resourceKinds.includes(line.kind));
  const resources = result.lines.filter((line) => resourceKinds.includes(line.kind));
  const rows = (lines: typeof result.lines) =>
    lines.map((line, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: a result's lines are fixed and never reordered
      <tr key={`${line.label}-${line.memberId ?? ''}-${index}`}>
        <td>{lineText(line, t, language)}</td>
        <td>{line.memberId ? (names.get(line.memberId) ?? line.memberId) : ''}</td>
        <td className="staff-calculation-reference">{line.legalReference}</td>
        <td className="tuki-amount">{formatEuros(line.amountCents, language)}</td>
      </tr>
    ));
  const section = (label: string) => (
    <tr className="tuki-calculation-section">
      <th scope="colgroup" colSpan={4}>
        {label}
      </th>
    </tr>
  );
  return (
    <div
      className={`tuki-calculation-table staff-calculation-table${stale ? ' staff-calculation-table--stale' : ''}`}
    >
      <table data-testid="calculation-result">
        <caption>{t('calculation.caption', { month: formatMonthInText(result.month, language) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calculation.columns.line')}</th>
            <th scope="col">{t('calculation.columns.member')}</th>
            <th scope="col">{t('calculation.columns.legalReference')}</th>
            <th scope="col" className="tuki-amount">
              {t('calculation.columns.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {section(t('calculation.sections.expenses'))}
          {rows(needs)}
          {section(t('calculation.sections.resources'))}
          {rows(resources)}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('calculation.totals.expenses')}
            </th>
            <td className="tuki-amount">{formatEuros(result.totalExpensesCents, language)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={3}>
              {t('calculation.totals.resources')}
            </th>
            <td className="tuki-amount">{formatEuros(result.totalIncomeCents, language)}</td>
          </tr>
          <tr className="tuki-calculation-total">
            <th scope="row" colSpan={3}>
              {t('calculation.totals.amount')}
            </th>
            <td className="tuki-amount">{formatEuros(result.amountCents, language)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="staff-muted">
        {t('calculation.parametersVersion', { version: result.parametersVersion })}
      </p>
    </div>
  );
}

function NativeSelect({
  label,
  value,
  options,
  onChange,
  disabled = false,
  error,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  disabled?: boolean;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className="staff-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <span id={`${id}-error`} className="staff-calculation-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function AddButton({ label, onClick }: { label: string; onClick: () => void }): ReactNode {
  return (
    <Button
      type="button"
      variant={ButtonVariant.Supplementary}
      size={ButtonSize.Small}
      iconStart={<IconPlusCircle aria-hidden />}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }): ReactNode {
  return (
    <Button
      type="button"
      variant={ButtonVariant.Supplementary}
      size={ButtonSize.Small}
      iconStart={<IconMinusCircle aria-hidden />}
      onClick={onClick}
      className="staff-calculation-remove"
    >
      {label}
    </Button>
  );
}
