// Editing a staff user: names, e-mail, roles and active state, based on the newest version (If-Match). When
// someone else changed the user meanwhile (412), the newest version is loaded into the form and the user is told.

import { useQueryClient } from '@tanstack/react-query';
import { LoadingIndicator, Notice, useT } from '@tuki/ui';
import { Button, ButtonVariant, Checkbox } from 'hds-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  type StaffUser,
  staffUsersQueryKey,
  useStaffUser,
  useUpdateStaffUser,
  type VersionedStaffUser,
} from './staff-users-api.ts';
import { FormErrorSummary, fieldId, NameFields, RoleFieldset } from './UserFields.tsx';
import { type FieldErrors, refusalOf, type UserFormValues, validate } from './user-form.ts';

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
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const name = loaded.data ? `${loaded.data.user.firstName} ${loaded.data.user.lastName}` : '';

  const ready = loaded.data !== undefined;
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);

  return (
    <section aria-labelledby="edit-user-heading" className="tuki-section tuki-edit-user">
      <h2 id="edit-user-heading" ref={headingRef} tabIndex={-1}>
        {t('staffUsers.editHeading', { name })}
      </h2>
      {loaded.isPending ? <LoadingIndicator /> : null}
      {loaded.isError ? (
        <p className="tuki-field-error" role="alert">
          {refusalOf(loaded.error, t)?.general ?? t('staffUsers.loadFailed')}
        </p>
      ) : null}
      {stale > 0 ? (
        <Notice key={stale} type="alert" label={t('staffUsers.staleTitle')} autofocus testId="stale-notice">
          {t('staffUsers.errors.stale')}
        </Notice>
      ) : null}
      {loaded.data ? (
        <EditForm
          key={loaded.data.etag}
          loaded={loaded.data}
          self={selfId === id}
          onSaved={onSaved}
          onCancel={onCancel}
          onStale={async () => {
            await Promise.all([
              loaded.refetch(),
              queryClient.invalidateQueries({ queryKey: staffUsersQueryKey, exact: true }),
            ]);
            setStale((n) => n + 1);
          }}
        />
      ) : (
        <div className="tuki-form-actions">
          <Button type="button" variant={ButtonVariant.Secondary} onClick={onCancel}>
            {t('staffUsers.cancel')}
          </Button>
        </div>
      )}
    </section>
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
  const [values, setValues] = useState<UserFormValues>(() => valuesOf(loaded.user));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  const onChange = <F extends keyof UserFormValues>(field: F, value: UserFormValues[F]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setGeneral(undefined);
    const found = validate(values, t, false);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
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
        onError: (error) => {
          const refusal = refusalOf(error, t);
          if (refusal?.stale) {
            void onStale();
            return;
          }
          setErrors(refusal?.fields ?? {});
          setGeneral(refusal?.general);
        },
      },
    );
  };

  const activeError = errors.active;
  return (
    <form className="tuki-form" onSubmit={submit} noValidate>
      <FormErrorSummary prefix={prefix} errors={errors} attempt={attempt} />
      {general ? (
        <p className="tuki-field-error" role="alert">
          {general}
        </p>
      ) : null}
      <p>
        {t('staffUsers.fields.username')}: <strong>{loaded.user.username}</strong>
      </p>
      <NameFields prefix={prefix} values={values} errors={errors} onChange={onChange} />
      <RoleFieldset prefix={prefix} values={values} errors={errors} onChange={onChange} />
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
      <div className="tuki-form-actions tuki-button-row">
        <Button type="submit" variant={ButtonVariant.Primary} disabled={update.isPending}>
          {t('staffUsers.save')}
        </Button>
        <Button type="button" variant={ButtonVariant.Secondary} onClick={onCancel}>
          {t('staffUsers.cancel')}
        </Button>
      </div>
    </form>
  );
}
