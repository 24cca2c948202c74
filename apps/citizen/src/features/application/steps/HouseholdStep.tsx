// Step 2: who lives in the same household. The spouse is asked only when the marital status says there is one;
// every other member's relationship to the applicant is a choice (the calculation tells a parent from a roommate).

import { memberRelationships } from '@tuki/domain';
import { useT } from '@tuki/ui';
import { DateField, FieldSection, SelectField, TextField } from '../fields/fields.tsx';
import { RepeatableList } from '../fields/RepeatableList.tsx';
import { useDraft } from '../form/form-context.tsx';
import { withoutMember } from '../form/household.ts';
import { StepForm } from '../form/StepForm.tsx';
import { hasSpouse } from '../form/steps.ts';

export function HouseholdStep() {
  const t = useT();
  const { content, update } = useDraft();
  const children = content.children ?? [];
  const others = content.otherMembers ?? [];
  const spouse = hasSpouse(content);
  // A draft from the earlier form has the relation as free text: shown beside the choice that replaces it.
  const relationshipHelp = (earlier: string | undefined) =>
    earlier?.trim()
      ? `${t('application.household.relationshipHelp')} ${t('application.household.earlierRelation', { relation: earlier.trim() })}`
      : t('application.household.relationshipHelp');
  return (
    <StepForm step="household">
      <FieldSection
        id="spouse"
        heading={t('application.household.spouseHeading')}
        help={spouse ? t('application.household.spouseHelp') : t('application.household.noSpouse')}
      >
        {spouse ? (
          <>
            <TextField path="spouse.firstName" autoComplete="off" />
            <TextField path="spouse.lastName" autoComplete="off" />
            <TextField
              path="spouse.personalIdentityCode"
              helperText={t('application.household.personalIdentityCodeHelp')}
              autoComplete="off"
              maxLength={20}
            />
            <TextField
              path="spouse.occupation"
              helperText={t('application.applicant.occupationHelp')}
              autoComplete="off"
            />
          </>
        ) : null}
      </FieldSection>

      <section aria-labelledby="children-heading">
        <h2 id="children-heading">{t('application.household.childrenHeading')}</h2>
        <p>{t('application.household.childrenHelp')}</p>
        <RepeatableList
          count={children.length}
          heading={(index) => t('application.household.childHeading', { number: index + 1 })}
          addLabel={t('application.household.addChild')}
          removeLabel={(index) => t('application.household.removeChild', { number: index + 1 })}
          emptyText={t('application.household.noChildren')}
          onAdd={() => update((current) => ({ ...current, children: [...(current.children ?? []), {}] }))}
          onRemove={(index) => update((current) => withoutMember(current, 'child', index))}
          renderItem={(index) => <PersonFields list="children" index={index} />}
        />
      </section>

      <section aria-labelledby="others-heading">
        <h2 id="others-heading">{t('application.household.othersHeading')}</h2>
        <p>{t('application.household.othersHelp')}</p>
        <RepeatableList
          count={others.length}
          heading={(index) => t('application.household.memberHeading', { number: index + 1 })}
          addLabel={t('application.household.addMember')}
          removeLabel={(index) => t('application.household.removeMember', { number: index + 1 })}
          emptyText={t('application.household.noMembers')}
          onAdd={() =>
            update((current) => ({ ...current, otherMembers: [...(current.otherMembers ?? []), {}] }))
          }
          onRemove={(index) => update((current) => withoutMember(current, 'member', index))}
          renderItem={(index) => (
            <>
              <PersonFields list="otherMembers" index={index} />
              <SelectField
                path={`otherMembers.${index}.relationship`}
                helperText={relationshipHelp(others[index]?.relation)}
                options={memberRelationships.map((value) => ({
                  value,
                  label: t(`application.options.relationship.${value}`),
                }))}
              />
            </>
          )}
        />
      </section>
    </StepForm>
  );
}

/** The names and the date of birth of a child or another member of the household. */
function PersonFields({ list, index }: { list: 'children' | 'otherMembers'; index: number }) {
  return (
    <>
      <TextField path={`${list}.${index}.firstName`} autoComplete="off" />
      <TextField path={`${list}.${index}.lastName`} autoComplete="off" />
      <DateField path={`${list}.${index}.dateOfBirth`} />
    </>
  );
}
