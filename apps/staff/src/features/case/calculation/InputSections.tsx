// The calculation's input apart from its members: the month (with the municipality), the housing costs, the
// incomes and expenses (a row each) and the assets.

import { useT } from '@tuki/ui';
import { RowButton } from '@tuki/ui/calculation';
import { Checkbox, TextInput } from 'hds-react';
import { NativeSelect } from './controls.tsx';
import { addRow, changeRow, type FormPartProps, removeRow, setField } from './form-edit.ts';
import {
  type ExpenseForm,
  type ExpenseType,
  expenseTypeOptions,
  type IncomeForm,
  type IncomeType,
  incomeTypeOptions,
  newKey,
} from './useCalculationDraft.ts';

export function MonthRow({ form, setForm, error }: FormPartProps) {
  const t = useT();
  return (
    <div className="staff-calculation-row">
      <TextInput
        id="calculation-month"
        label={t('calculator.editor.month')}
        helperText={t('calculator.editor.monthHelp')}
        value={form.month}
        errorText={error('month')}
        invalid={Boolean(error('month'))}
        onChange={(event) => setForm(setField('month', event.target.value))}
      />
      <p className="staff-calculation-fact">
        <span>{t('calculator.editor.municipality')}</span> {form.municipalityCode}
      </p>
    </div>
  );
}

export function HousingSection({ form, setForm, error }: FormPartProps) {
  const t = useT();
  return (
    <>
      <h3>{t('calculator.editor.housingHeading')}</h3>
      <div className="staff-calculation-group staff-calculation-group--plain">
        <TextInput
          id="calculation-housing"
          label={t('calculator.editor.housingCosts')}
          value={form.housingCosts}
          inputMode="decimal"
          errorText={error('housing.costsCents')}
          invalid={Boolean(error('housing.costsCents'))}
          onChange={(event) => setForm(setField('housingCosts', event.target.value))}
        />
        <TextInput
          id="calculation-family-share"
          label={t('calculator.editor.familyShare')}
          helperText={t('calculator.editor.familyShareHelp')}
          value={form.familyShare}
          inputMode="decimal"
          errorText={error('housing.familyShareCents')}
          invalid={Boolean(error('housing.familyShareCents'))}
          onChange={(event) => setForm(setField('familyShare', event.target.value))}
        />
        <Checkbox
          id="calculation-grace-ended"
          label={t('calculator.editor.normGraceEnded')}
          checked={form.normGraceEnded}
          errorText={error('housing.normGraceEnded')}
          onChange={(event) => setForm(setField('normGraceEnded', event.target.checked))}
        />
      </div>
    </>
  );
}

interface IncomesProps extends FormPartProps {
  names: Map<string, string>;
  otherResidents: Set<string>;
}

export function IncomesSection({ form, setForm, error, names, otherResidents }: IncomesProps) {
  const t = useT();
  // Whose income: the members by name, another resident's marked as such (their incomes are not counted).
  const memberOptions = form.members.map((member) => {
    const name = names.get(member.id) ?? member.id;
    return {
      value: member.id,
      label: otherResidents.has(member.id) ? t('calculator.editor.otherResidentOption', { name }) : name,
    };
  });
  return (
    <>
      <h3>{t('calculator.editor.incomesHeading')}</h3>
      {form.incomes.length === 0 ? <p>{t('calculator.editor.none')}</p> : null}
      {form.incomes.map((income, index) => {
        const number = index + 1;
        const setIncome = (change: Partial<IncomeForm>) => setForm(changeRow('incomes', index, change));
        return (
          <fieldset key={income.key} className="staff-calculation-group" data-testid={`income-${index}`}>
            <legend>{t('calculator.editor.incomeRow', { number })}</legend>
            <NativeSelect
              label={t('calculator.editor.incomeMember')}
              value={income.memberId}
              onChange={(memberId) => setIncome({ memberId })}
              options={memberOptions}
              error={error(`incomes.${index}.memberId`)}
            />
            <NativeSelect
              label={t('calculator.editor.incomeType')}
              value={income.type}
              onChange={(type) => setIncome({ type: type as IncomeType })}
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
              onChange={(event) => setIncome({ amount: event.target.value })}
            />
            <RowButton
              remove
              className="staff-calculation-remove"
              label={t('calculator.editor.removeIncome', { number })}
              onClick={() => setForm(removeRow('incomes', index))}
            />
          </fieldset>
        );
      })}
      <RowButton
        label={t('calculator.editor.addIncome')}
        onClick={() =>
          setForm(addRow('incomes', { key: newKey(), memberId: 'applicant', type: 'wage', amount: '' }))
        }
      />
    </>
  );
}

export function ExpensesSection({ form, setForm, error }: FormPartProps) {
  const t = useT();
  return (
    <>
      <h3>{t('calculator.editor.expensesHeading')}</h3>
      {form.expenses.length === 0 ? <p>{t('calculator.editor.none')}</p> : null}
      {form.expenses.map((expense, index) => {
        const number = index + 1;
        const setExpense = (change: Partial<ExpenseForm>) => setForm(changeRow('expenses', index, change));
        return (
          <fieldset key={expense.key} className="staff-calculation-group" data-testid={`expense-${index}`}>
            <legend>{t('calculator.editor.expenseRow', { number })}</legend>
            <NativeSelect
              label={t('calculator.editor.expenseType')}
              value={expense.type}
              onChange={(type) => setExpense({ type: type as ExpenseType })}
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
              onChange={(event) => setExpense({ amount: event.target.value })}
            />
            <RowButton
              remove
              className="staff-calculation-remove"
              label={t('calculator.editor.removeExpense', { number })}
              onClick={() => setForm(removeRow('expenses', index))}
            />
          </fieldset>
        );
      })}
      <RowButton
        label={t('calculator.editor.addExpense')}
        onClick={() => setForm(addRow('expenses', { key: newKey(), type: 'medicine', amount: '' }))}
      />
    </>
  );
}

export function AssetsSection({ form, setForm, error }: FormPartProps) {
  const t = useT();
  return (
    <>
      <h3>{t('calculator.editor.assetsHeading')}</h3>
      <div className="staff-calculation-group staff-calculation-group--plain">
        <TextInput
          id="calculation-assets"
          label={t('calculator.editor.assets')}
          value={form.assets}
          inputMode="decimal"
          errorText={error('assetsCents')}
          invalid={Boolean(error('assetsCents'))}
          onChange={(event) => setForm(setField('assets', event.target.value))}
        />
      </div>
    </>
  );
}
