// The public calculator (/calculator): "estimate your social assistance" without signing in. A short form (month,
// adults, children's ages, housing costs, incomes, optional expenses and assets) → the estimate from the same rules
// engine as the caseworkers' calculation, with its lines and a clear note that it is an estimate, not a decision.
// Loaded only when visited (React.lazy in AppRoutes).

import { Notice, useDocumentTitle, useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import '../common/application.css';
import './calculator.css';
import { FormErrorSummary } from '../application/index.ts';
import { EstimateFailure, EstimateResult, estimateMemberNames } from './EstimateResult.tsx';
import { HouseholdFields } from './HouseholdFields.tsx';
import { ExpenseFields, HousingFields, IncomeFields } from './MoneyFields.tsx';
import { useEstimateForm } from './useEstimateForm.ts';

export default function CalculatorPage() {
  const t = useT();
  useDocumentTitle(t('calculator.estimate.pageTitle'));
  const form = useEstimateForm();
  const { estimate, result } = form;
  const failure = estimate.error;

  return (
    <>
      <h1>{t('calculator.estimate.title')}</h1>
      <p className="tuki-lead">{t('calculator.estimate.intro')}</p>
      <Notice type="info" label={t('calculator.estimate.noticeLabel')}>
        <p>{t('calculator.estimate.notDecision')}</p>
      </Notice>

      <FormErrorSummary
        items={form.summary}
        attempt={form.attempt}
        heading={t('calculator.estimate.fixErrors')}
      />

      <form
        className="tuki-calculator"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!estimate.isPending) form.submit();
        }}
      >
        <HouseholdFields form={form} />
        <HousingFields form={form} />
        <IncomeFields form={form} />
        <ExpenseFields form={form} />

        <div className="tuki-form-actions">
          <Button type="submit" variant={ButtonVariant.Primary} disabled={estimate.isPending}>
            {estimate.isPending ? t('calculator.estimate.calculating') : t('calculator.estimate.submit')}
          </Button>
        </div>
      </form>

      {failure ? <EstimateFailure failure={failure} /> : null}

      {result ? (
        <EstimateResult result={result} names={estimateMemberNames(form.children.rows.length, t)} />
      ) : null}
    </>
  );
}
