// The fields the add and edit forms share: names, e-mail and the roles (checkboxes in a fieldset with a legend);
// the form around them (the error summary whose links move the focus to the field) is AdminForm's.

import { useT } from '@tuki/ui';
import type { FormEvent, ReactNode } from 'react';
import type { AdminFormState } from '../admin/index.ts';
import { AdminForm, CheckboxGroupField, ErrorTextField } from '../admin/index.ts';
import { allRoles, type FieldErrors, type FieldName, fieldOrder, type UserFormValues } from './user-form.ts';

/** The id of the element a field's error links to. */
export const fieldId = (prefix: string, field: FieldName) =>
  field === 'roles' ? `${prefix}-role-${allRoles[0]}` : `${prefix}-${field}`;

type Change = <F extends FieldName>(field: F, value: UserFormValues[F]) => void;

/** What a group of the form's fields is given: the form's id prefix, its values and errors, and its change. */
interface FieldsProps {
  prefix: string;
  values: UserFormValues;
  errors: FieldErrors;
  onChange: Change;
}

export function TextField({
  prefix,
  field,
  label,
  helperText,
  values,
  errors,
  onChange,
  required = false,
  type = 'text',
}: FieldsProps & {
  field: 'username' | 'firstName' | 'lastName' | 'email';
  label: string;
  helperText?: string;
  required?: boolean;
  type?: 'text' | 'email';
}) {
  return (
    <ErrorTextField
      id={fieldId(prefix, field)}
      name={field}
      type={type}
      label={label}
      required={required}
      helperText={helperText}
      error={errors[field]}
      value={values[field]}
      onChange={(value) => onChange(field, value)}
    />
  );
}

export function NameFields(props: FieldsProps) {
  const t = useT();
  return (
    <>
      <TextField {...props} field="firstName" label={t('staffUsers.fields.firstName')} required />
      <TextField {...props} field="lastName" label={t('staffUsers.fields.lastName')} required />
      <TextField {...props} field="email" type="email" label={t('staffUsers.fields.email')} />
    </>
  );
}

export function RoleFieldset({ prefix, values, errors, onChange }: FieldsProps) {
  const t = useT();
  return (
    <CheckboxGroupField
      id={`${prefix}-roles`}
      name="roles"
      label={t('staffUsers.fields.roles')}
      help={t('staffUsers.fields.rolesHelp')}
      options={allRoles}
      optionId={(role) => `${prefix}-role-${role}`}
      optionLabel={(role) => t(`common.roles.${role}`)}
      selected={values.roles}
      onChange={(roles) => onChange('roles', roles)}
      error={errors.roles}
    />
  );
}

/** The add or edit form: the error summary, the username, the names and roles, what follows, and the buttons. */
export function UserForm({
  prefix,
  form,
  onSubmit,
  pending,
  onCancel,
  username,
  children,
}: {
  prefix: string;
  form: AdminFormState<UserFormValues>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  /** An edit form's cancel. */
  onCancel?: () => void;
  /** The username's field or text, before the names. */
  username: ReactNode;
  children?: ReactNode;
}) {
  const t = useT();
  const { values, errors, onChange } = form;
  return (
    <AdminForm
      onSubmit={onSubmit}
      summaryLabel={t('staffUsers.errorSummary')}
      fieldOrder={fieldOrder}
      fieldId={(field) => fieldId(prefix, field)}
      errors={errors}
      attempt={form.attempt}
      general={form.general}
      texts="staffUsers"
      pending={pending}
      onCancel={onCancel}
    >
      {username}
      <NameFields prefix={prefix} values={values} errors={errors} onChange={onChange} />
      <RoleFieldset prefix={prefix} values={values} errors={errors} onChange={onChange} />
      {children}
    </AdminForm>
  );
}
