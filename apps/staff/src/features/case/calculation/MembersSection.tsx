// The members of the calculation: each with role, date of birth, reduction and (the applicant) living with one's
// parents; a member other than the applicant can be removed and members added.

import { useT } from '@tuki/ui';
import { RowButton } from '@tuki/ui/calculation';
import { Checkbox, TextInput } from 'hds-react';
import { NativeSelect } from './controls.tsx';
import { addRow, changeRow, type FormPartProps } from './form-edit.ts';
import {
  type MemberForm,
  type MemberRole,
  memberRoles,
  newKey,
  type ReductionOption,
  reductionOptions,
} from './useCalculationDraft.ts';

interface MembersProps extends FormPartProps {
  names: Map<string, string>;
  /** The members outside the family: their incomes go with them when they are removed. */
  otherResidents: Set<string>;
}

export function MembersSection(props: MembersProps) {
  const t = useT();
  const { form, setForm } = props;
  return (
    <>
      <h3>{t('calculator.editor.membersHeading')}</h3>
      {form.members.map((member, index) => (
        <MemberFieldset key={member.key} {...props} member={member} index={index} />
      ))}
      <RowButton
        label={t('calculator.editor.addMember')}
        onClick={() => {
          const key = newKey();
          setForm(
            addRow('members', {
              key,
              id: `added:${key}`,
              role: 'child',
              dateOfBirth: '',
              reductionPercent: '0',
              livesWithParents: false,
              name: '',
            }),
          );
        }}
      />
    </>
  );
}

function MemberFieldset({
  member,
  index,
  names,
  otherResidents,
  setForm,
  error,
}: MembersProps & { member: MemberForm; index: number }) {
  const t = useT();
  const name = names.get(member.id) ?? '';
  const setMember = (change: Partial<MemberForm>) => setForm(changeRow('members', index, change));
  return (
    <fieldset className="staff-calculation-group" data-testid={`member-${index}`}>
      <legend>{name}</legend>
      <NativeSelect
        label={t('calculator.editor.role')}
        value={member.role}
        disabled={member.role === 'applicant'}
        onChange={(role) => setMember({ role: role as MemberRole })}
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
        onChange={(event) => setMember({ dateOfBirth: event.target.value })}
      />
      <NativeSelect
        label={t('calculator.editor.reduction')}
        value={member.reductionPercent}
        onChange={(value) => setMember({ reductionPercent: value as ReductionOption })}
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
          onChange={(event) => setMember({ livesWithParents: event.target.checked })}
        />
      ) : null}
      {member.role === 'applicant' ? null : (
        <RowButton
          remove
          className="staff-calculation-remove"
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
}
