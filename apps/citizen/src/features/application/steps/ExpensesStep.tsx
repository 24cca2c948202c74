// Step 6: expenses applied for besides the basic amount and housing (health care, medicines, moving…).

import { expenseTypes } from '@tuki/domain';
import { useT } from '@tuki/ui';
import { MoneyField, SelectField, TextField } from '../fields/fields.tsx';
import { RepeatableList } from '../fields/RepeatableList.tsx';
import { useDraft } from '../form/form-context.tsx';
import { StepForm } from '../form/StepForm.tsx';

export function ExpensesStep() {
  const t = useT();
  const { content, update } = useDraft();
  const expenses = content.expenses ?? [];
  return (
    <StepForm step="expenses">
      <RepeatableList
        count={expenses.length}
        max={50}
        heading={(index) => t('application.expenses.rowHeading', { number: index + 1 })}
        addLabel={t('application.expenses.add')}
        removeLabel={(index) => t('application.expenses.remove', { number: index + 1 })}
        emptyText={t('application.expenses.none')}
        onAdd={() => update((current) => ({ ...current, expenses: [...(current.expenses ?? []), {}] }))}
        onRemove={(index) =>
          update((current) => ({
            ...current,
            expenses: (current.expenses ?? []).filter((_, i) => i !== index),
          }))
        }
        renderItem={(index) => (
          <>
            <SelectField
              path={`expenses.${index}.type`}
              options={expenseTypes.map((value) => ({
                value,
                label: t(`application.options.expenseType.${value}`),
              }))}
            />
            <MoneyField
              path={`expenses.${index}.amountCents`}
              helperText={t('application.expenses.amountHelp')}
            />
            <TextField
              path={`expenses.${index}.description`}
              helperText={t('application.expenses.descriptionHelp')}
              optional={expenses[index]?.type !== 'other'}
              maxLength={500}
            />
          </>
        )}
      />
    </StepForm>
  );
}
