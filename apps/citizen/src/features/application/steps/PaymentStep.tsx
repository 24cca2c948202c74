// Step 7: the month applied for (the months the rules allow) and the bank account the assistance is paid to.

import { formatIban, isValidIban } from '@tuki/domain';
import { formatMonth, useLanguage, useT } from '@tuki/ui';
import { RadioField, TextField } from '../fields/fields.tsx';
import { StepForm } from '../form/StepForm.tsx';
import { todayInFinland } from '../form/steps.ts';
import { selectableMonths } from '../selectable-months.ts';

export function PaymentStep() {
  const t = useT();
  const { language } = useLanguage();
  const current = todayInFinland().slice(0, 7);
  return (
    <StepForm step="payment">
      <div className="tuki-fields">
        <RadioField
          path="month"
          helperText={t('application.payment.monthHelp')}
          options={selectableMonths(current).map((month) => ({
            value: month,
            label:
              month === current
                ? t('application.payment.currentMonth', { month: formatMonth(month, language) })
                : formatMonth(month, language),
          }))}
        />
        <TextField
          path="iban"
          helperText={t('application.payment.ibanHelp')}
          autoComplete="off"
          maxLength={42}
          onBlurFormat={(value) => (isValidIban(value) ? formatIban(value) : value)}
        />
      </div>
    </StepForm>
  );
}
