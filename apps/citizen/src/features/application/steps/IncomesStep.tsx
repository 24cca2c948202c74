// Step 4: the income of every member of the household in the month applied for. Whose income it is is chosen from
// the household as told in step 2 (no spouse, no spouse to choose).

import { incomeTypes } from '@tuki/domain';
import { useT } from '@tuki/ui';
import { householdMemberName } from '@tuki/ui/content';
import { MoneyField, SelectField } from '../fields/fields.tsx';
import { RepeatableList } from '../fields/RepeatableList.tsx';
import { useDraft } from '../form/form-context.tsx';
import { householdMembers } from '../form/household.ts';
import { StepForm } from '../form/StepForm.tsx';
import { hasSpouse } from '../form/steps.ts';

export function IncomesStep() {
  const t = useT();
  const { content, update } = useDraft();
  const incomes = content.incomes ?? [];
  const members = householdMembers(content, hasSpouse(content));
  const memberOptions = members.map((member) => ({
    value: member.value,
    label: householdMemberName(t, content, member.value, 'applicant') ?? member.value,
  }));
  return (
    <StepForm step="incomes">
      <RepeatableList
        count={incomes.length}
        max={100}
        heading={(index) => t('application.incomes.rowHeading', { number: index + 1 })}
        addLabel={t('application.incomes.add')}
        removeLabel={(index) => t('application.incomes.remove', { number: index + 1 })}
        emptyText={t('application.incomes.none')}
        onAdd={() =>
          update((current) => ({
            ...current,
            // Alone in the household: the income can only be the applicant's.
            incomes: [...(current.incomes ?? []), members.length === 1 ? { member: 'applicant' } : {}],
          }))
        }
        onRemove={(index) =>
          update((current) => ({
            ...current,
            incomes: (current.incomes ?? []).filter((_, i) => i !== index),
          }))
        }
        renderItem={(index) => (
          <>
            <SelectField path={`incomes.${index}.member`} options={memberOptions} />
            <SelectField
              path={`incomes.${index}.type`}
              options={incomeTypes.map((value) => ({
                value,
                label: t(`application.options.incomeType.${value}`),
              }))}
            />
            <MoneyField
              path={`incomes.${index}.amountCents`}
              helperText={t('application.incomes.amountHelp')}
            />
          </>
        )}
      />
    </StepForm>
  );
}
