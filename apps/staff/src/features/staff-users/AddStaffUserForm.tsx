// Adding a staff user: username, names, e-mail and roles. Errors are shown at the fields and in a summary that
// takes the focus; a taken username (409) is shown at the username.

import { useT } from '@tuki/ui';
import type { FormEvent } from 'react';
import { useAdminForm } from '../admin/index.ts';
import { type StaffUser, useCreateStaffUser } from './staff-users-api.ts';
import { TextField, UserForm } from './UserFields.tsx';
import { emptyValues, refusalOf, type UserFormValues, validate } from './user-form.ts';

const prefix = 'new-user';

export function AddStaffUserForm({ onAdded }: { onAdded: (user: StaffUser) => void }) {
  const t = useT();
  const create = useCreateStaffUser();
  const form = useAdminForm<UserFormValues>(emptyValues);
  const { values } = form;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!form.begin(event, validate(values, t, true))) return;
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
          form.reset(emptyValues);
          onAdded(user);
        },
        onError: (error) => form.refused(refusalOf(error, t)),
      },
    );
  };

  return (
    <section aria-labelledby="add-user-heading" className="tuki-section">
      <h2 id="add-user-heading">{t('staffUsers.addHeading')}</h2>
      <UserForm
        prefix={prefix}
        form={form}
        onSubmit={submit}
        pending={create.isPending}
        username={
          <TextField
            prefix={prefix}
            field="username"
            label={t('staffUsers.fields.username')}
            helperText={t('staffUsers.fields.usernameHelp')}
            values={values}
            errors={form.errors}
            onChange={form.onChange}
            required
          />
        }
      />
    </section>
  );
}
