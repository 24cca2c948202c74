// Step 7: the month applied for (the months the rules allow) and the bank account the assistance is paid to.

import { formatIban, isValidIban, MONTHS_AHEAD, MONTHS_BACK } from '@tuki/domain';
import { addMonths, formatMonth, useLanguage, useT } from '@tuki/ui';
import { RadioField, TextField } from '../fields/fields.tsx';
import { StepForm } from '../form/StepForm.tsx';
import { todayInFinland } from '../form/steps.ts';

/** The months one may apply for today, oldest first. */
export function selectableMonths(today = todayInFinland()): string[] {
  const current = today.slice(0, 7);
  const months: string[] = [];
  for (let offset = -MONTHS_BACK; offset <= MONTHS_AHEAD; offset += 1)
    months.push(addMonths(current, offset));
  return months;
}

export function PaymentStep() {
  const t = useT();
  const { language } = useLanguage();
  const current = todayInFinland().slice(0, 7);
  return (
    <StepForm step="payment">
      <div className="tuki-fields">
        <RadioField
          path="month"
          label={t('application.fields.month')}
          helperText={t('application.payment.monthHelp')}
          options={selectableMonths().map((month) => ({
            value: month,
            label:
              month === current
                ? t('application.payment.currentMonth', { month: formatMonth(month, language) })
                : formatMonth(month, language),
          }))}
        />
        <TextField
          path="iban"
          label={t('application.fields.iban')}
          helperText={t('application.payment.ibanHelp')}
          autoComplete="off"
          maxLength={42}
          onBlurFormat={(value) => (isValidIban(value) ? formatIban(value) : value)}
        />
      </div>
    </StepForm>
  );
}
