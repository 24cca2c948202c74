// The calculator's sums: the housing costs, the incomes (whose, of which type, how much; a row each), and the
// optional expenses and assets.

import { type IncomeType, incomeTypes } from '@tuki/domain';
import { useT } from '@tuki/ui';
import { RowButton } from '@tuki/ui/calculation';
import { TextInput } from 'hds-react';
import { type ExpenseType, expenseTypes, type IncomeRow } from './estimate-form.ts';
import { errorProps, PlainSelect } from './fields.tsx';
import type { EstimateForm } from './useEstimateForm.ts';

export function HousingFields({ form }: { form: EstimateForm }) {
  const t = useT();
  const [housing, setHousing] = form.housing;
  return (
    <>
      <h2>{t('calculator.estimate.housingHeading')}</h2>
      <TextInput
        id="estimate-housing"
        label={t('calculator.estimate.housingCosts')}
        helperText={t('calculator.estimate.housingHelp')}
        inputMode="decimal"
        value={housing}
        {...errorProps(form.errors, 'estimate-housing')}
        onChange={(event) => setHousing(event.target.value)}
      />
    </>
  );
}

export function IncomeFields({ form }: { form: EstimateForm }) {
  const t = useT();
  const { incomes } = form;
  const [adults] = form.adults;
  return (
    <>
      <h2>{t('calculator.estimate.incomesHeading')}</h2>
      <p className="tuki-help">{t('calculator.estimate.incomesHelp')}</p>
      {incomes.rows.map((income, index) => (
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
              onChange={(member) => incomes.change(income.key, { member: member as IncomeRow['member'] })}
            />
          ) : null}
          <PlainSelect
            label={t('calculator.estimate.incomeType')}
            value={income.type}
            options={incomeTypes.map((type) => ({
              value: type,
              label: t(`calculation.lines.income.${type}`),
            }))}
            onChange={(type) => incomes.change(income.key, { type: type as IncomeType })}
          />
          <TextInput
            id={`income-${income.key}`}
            label={t('calculator.estimate.amount')}
            inputMode="decimal"
            value={income.amount}
            {...errorProps(form.errors, `income-${income.key}`)}
            onChange={(event) => incomes.change(income.key, { amount: event.target.value })}
          />
          <RowButton
            remove
            label={t('calculator.estimate.removeIncome', { number: index + 1 })}
            onClick={() => incomes.remove(income.key)}
          />
        </fieldset>
      ))}
      <RowButton
        label={t('calculator.estimate.addIncome')}
        onClick={() => incomes.add({ member: 'adult-1', type: 'wage', amount: '' })}
      />
    </>
  );
}

export function ExpenseFields({ form }: { form: EstimateForm }) {
  const t = useT();
  const { expenses } = form;
  const [assets, setAssets] = form.assets;
  return (
    <>
      <h2>{t('calculator.estimate.expensesHeading')}</h2>
      <p className="tuki-help">{t('calculator.estimate.expensesHelp')}</p>
      {expenses.rows.map((expense, index) => (
        <fieldset key={expense.key} className="tuki-calculator-group">
          <legend>{t('calculator.estimate.expenseRow', { number: index + 1 })}</legend>
          <PlainSelect
            label={t('calculator.estimate.expenseType')}
            value={expense.type}
            options={expenseTypes.map((type) => ({
              value: type,
              label: t(`calculation.lines.expense.${type}`),
            }))}
            onChange={(type) => expenses.change(expense.key, { type: type as ExpenseType })}
          />
          <TextInput
            id={`expense-${expense.key}`}
            label={t('calculator.estimate.amount')}
            inputMode="decimal"
            value={expense.amount}
            {...errorProps(form.errors, `expense-${expense.key}`)}
            onChange={(event) => expenses.change(expense.key, { amount: event.target.value })}
          />
          <RowButton
            remove
            label={t('calculator.estimate.removeExpense', { number: index + 1 })}
            onClick={() => expenses.remove(expense.key)}
          />
        </fieldset>
      ))}
      <RowButton
        label={t('calculator.estimate.addExpense')}
        onClick={() => expenses.add({ type: 'medicine', amount: '' })}
      />
      <TextInput
        id="estimate-assets"
        className="tuki-section"
        label={t('calculator.estimate.assets')}
        inputMode="decimal"
        value={assets}
        {...errorProps(form.errors, 'estimate-assets')}
        onChange={(event) => setAssets(event.target.value)}
      />
    </>
  );
}
