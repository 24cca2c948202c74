// Editing a staff user: names, e-mail, roles and active state, based on the newest version (If-Match). When
// someone else changed the user meanwhile (412), the newest version is loaded into the form and the user is told.

import { useT } from '@tuki/ui';
import { Checkbox } from 'hds-react';
import type { FormEvent } from 'react';
import { EditPanel, useAdminForm } from '../admin/index.ts';
import {
  type StaffUser,
  staffUsersQueryKey,
  useStaffUser,
  useUpdateStaffUser,
  type VersionedStaffUser,
} from './staff-users-api.ts';
import { fieldId, UserForm } from './UserFields.tsx';
import { refusalOf, type UserFormValues, validate } from './user-form.ts';

const prefix = 'edit-user';

const valuesOf = (user: StaffUser): UserFormValues => ({
  username: user.username,
  firstName: user.firstName,
  lastName: user.lastName,
  email: user.email ?? '',
  roles: user.roles,
  active: user.active,
});

export function EditStaffUser({
  id,
  selfId,
  onSaved,
  onCancel,
}: {
  id: string;
  /** The signed-in admin, who cannot deactivate themselves. */
  selfId: string;
  onSaved: (user: StaffUser) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const loaded = useStaffUser(id);
  return (
    <EditPanel
      texts="staffUsers"
      headingId="edit-user-heading"
      heading={(data) =>
        t('staffUsers.editHeading', { name: data ? `${data.user.firstName} ${data.user.lastName}` : '' })
      }
      loaded={loaded}
      loadError={(error) => refusalOf(error, t)?.general}
      listQueryKey={staffUsersQueryKey}
      staleTitle={t('staffUsers.staleTitle')}
      staleText={t('staffUsers.errors.stale')}
      staleTestId="stale-notice"
      onCancel={onCancel}
    >
      {(data, onStale) => (
        <EditForm
          key={data.etag}
          loaded={data}
          self={selfId === id}
          onSaved={onSaved}
          onCancel={onCancel}
          onStale={onStale}
        />
      )}
    </EditPanel>
  );
}

function EditForm({
  loaded,
  self,
  onSaved,
  onCancel,
  onStale,
}: {
  loaded: VersionedStaffUser;
  self: boolean;
  onSaved: (user: StaffUser) => void;
  onCancel: () => void;
  onStale: () => Promise<void>;
}) {
  const t = useT();
  const update = useUpdateStaffUser(loaded.user.id);
  const form = useAdminForm<UserFormValues>(() => valuesOf(loaded.user));
  const { values, errors, onChange } = form;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!form.begin(event, validate(values, t, false))) return;
    const email = values.email.trim();
    update.mutate(
      {
        etag: loaded.etag,
        changes: {
          firstName: values.firstName.trim(),
          lastName: values.lastName.trim(),
          email: email === '' ? null : email,
          roles: values.roles,
          active: values.active,
        },
      },
      {
        onSuccess: ({ user }) => onSaved(user),
        onError: (error) => form.refused(refusalOf(error, t), onStale),
      },
    );
  };

  const activeError = errors.active;
  return (
    <UserForm
      prefix={prefix}
      form={form}
      onSubmit={submit}
      pending={update.isPending}
      onCancel={onCancel}
      username={
        <p>
          {t('staffUsers.fields.username')}: <strong>{loaded.user.username}</strong>
        </p>
      }
    >
      <Checkbox
        id={fieldId(prefix, 'active')}
        name="active"
        label={t('staffUsers.fields.active')}
        checked={values.active}
        disabled={self && values.active}
        helperText={self ? t('staffUsers.fields.activeSelf') : t('staffUsers.fields.activeHelp')}
        {...(activeError ? { errorText: activeError, 'aria-invalid': true } : {})}
        onChange={(event) => onChange('active', event.target.checked)}
      />
    </UserForm>
  );
}
