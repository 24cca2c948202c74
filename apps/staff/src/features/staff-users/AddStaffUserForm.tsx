// Adding a staff user: username, names, e-mail and roles. Errors are shown at the fields and in a summary that
// takes the focus; a taken username (409) is shown at the username.

import { useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { type FormEvent, useState } from 'react';
import { type StaffUser, useCreateStaffUser } from './staff-users-api.ts';
import { FormErrorSummary, NameFields, RoleFieldset, TextField } from './UserFields.tsx';
import { emptyValues, type FieldErrors, refusalOf, type UserFormValues, validate } from './user-form.ts';

const prefix = 'new-user';

export function AddStaffUserForm({ onAdded }: { onAdded: (user: StaffUser) => void }) {
  const t = useT();
  const create = useCreateStaffUser();
  const [values, setValues] = useState<UserFormValues>(emptyValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  const onChange = <F extends keyof UserFormValues>(field: F, value: UserFormValues[F]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setGeneral(undefined);
    const found = validate(values, t, true);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const email = values.email.trim();
    create.mutate(
      {
        username: values.username,
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
        ...(email !== '' ? { email } : {}),
        roles: values.roles,
      },
      {
        onSuccess: ({ user }) => {
          setValues(emptyValues);
          setErrors({});
          onAdded(user);
        },
        onError: (error) => {
          const refusal = refusalOf(error, t);
          setErrors(refusal?.fields ?? {});
          setGeneral(refusal?.general);
        },
      },
    );
  };

  return (
    <section aria-labelledby="add-user-heading" className="tuki-section">
      <h2 id="add-user-heading">{t('staffUsers.addHeading')}</h2>
      <form className="tuki-form" onSubmit={submit} noValidate>
        <FormErrorSummary prefix={prefix} errors={errors} attempt={attempt} />
        {general ? (
          <p className="tuki-field-error" role="alert">
            {general}
          </p>
        ) : null}
        <TextField
          prefix={prefix}
          field="username"
          label={t('staffUsers.fields.username')}
          helperText={t('staffUsers.fields.usernameHelp')}
          values={values}
          errors={errors}
          onChange={onChange}
          required
        />
        <NameFields prefix={prefix} values={values} errors={errors} onChange={onChange} />
        <RoleFieldset prefix={prefix} values={values} errors={errors} onChange={onChange} />
        <div className="tuki-form-actions">
          <Button type="submit" variant={ButtonVariant.Primary} disabled={create.isPending}>
            {t('staffUsers.add')}
          </Button>
        </div>
      </form>
    </section>
  );
}
