// The fields the add and edit forms share: names, e-mail, the roles (checkboxes in a fieldset with a legend), the
// active state, and the error summary whose links move the focus to the field.

import type { StaffRole } from '@tuki/api-client';
import { useT } from '@tuki/ui';
import { Checkbox, ErrorSummary, SelectionGroup, TextInput } from 'hds-react';
import { allRoles, type FieldErrors, type FieldName, fieldOrder, type UserFormValues } from './user-form.ts';

/** The id of the element a field's error links to. */
export const fieldId = (prefix: string, field: FieldName) =>
  field === 'roles' ? `${prefix}-role-${allRoles[0]}` : `${prefix}-${field}`;

export function FormErrorSummary({
  prefix,
  errors,
  attempt,
}: {
  prefix: string;
  errors: FieldErrors;
  /** Each attempt gets a new summary, which takes the focus. */
  attempt: number;
}) {
  const t = useT();
  const listed = fieldOrder.filter((field) => errors[field] !== undefined);
  if (listed.length === 0) return null;
  return (
    <ErrorSummary key={attempt} label={t('staffUsers.errorSummary')} autofocus>
      <ul>
        {listed.map((field) => (
          <li key={field}>
            <a
              href={`#${fieldId(prefix, field)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(fieldId(prefix, field))?.focus();
              }}
            >
              {errors[field]}
            </a>
          </li>
        ))}
      </ul>
    </ErrorSummary>
  );
}

type Change = <F extends FieldName>(field: F, value: UserFormValues[F]) => void;

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
  autoComplete = 'off',
}: {
  prefix: string;
  field: 'username' | 'firstName' | 'lastName' | 'email';
  label: string;
  helperText?: string;
  values: UserFormValues;
  errors: FieldErrors;
  onChange: Change;
  required?: boolean;
  type?: 'text' | 'email';
  autoComplete?: string;
}) {
  const error = errors[field];
  return (
    <TextInput
      id={fieldId(prefix, field)}
      name={field}
      type={type}
      label={label}
      required={required}
      {...(helperText ? { helperText } : {})}
      {...(error ? { errorText: error } : {})}
      invalid={Boolean(error)}
      aria-invalid={Boolean(error)}
      value={values[field]}
      onChange={(event) => onChange(field, event.target.value)}
      autoComplete={autoComplete}
      spellCheck={false}
    />
  );
}

export function NameFields(props: {
  prefix: string;
  values: UserFormValues;
  errors: FieldErrors;
  onChange: Change;
}) {
  const t = useT();
  return (
    <>
      <TextField {...props} field="firstName" label={t('staffUsers.fields.firstName')} required />
      <TextField {...props} field="lastName" label={t('staffUsers.fields.lastName')} required />
      <TextField {...props} field="email" type="email" label={t('staffUsers.fields.email')} />
    </>
  );
}

export function RoleFieldset({
  prefix,
  values,
  errors,
  onChange,
}: {
  prefix: string;
  values: UserFormValues;
  errors: FieldErrors;
  onChange: Change;
}) {
  const t = useT();
  const error = errors.roles;
  const helpId = `${prefix}-roles-help`;
  const errorId = `${prefix}-roles-error`;
  const toggle = (role: StaffRole, checked: boolean) =>
    onChange(
      'roles',
      allRoles.filter((r) => (r === role ? checked : values.roles.includes(r))),
    );
  return (
    <div className="tuki-roles">
      <SelectionGroup
        id={`${prefix}-roles`}
        label={t('staffUsers.fields.roles')}
        aria-describedby={error ? `${errorId} ${helpId}` : helpId}
      >
        {allRoles.map((role) => (
          <Checkbox
            key={role}
            id={`${prefix}-role-${role}`}
            name="roles"
            value={role}
            label={t(`common.roles.${role}`)}
            checked={values.roles.includes(role)}
            onChange={(event) => toggle(role, event.target.checked)}
            {...(error ? { 'aria-describedby': errorId } : {})}
          />
        ))}
      </SelectionGroup>
      {error ? (
        <p id={errorId} className="tuki-field-error">
          {error}
        </p>
      ) : null}
      <p id={helpId} className="tuki-field-help">
        {t('staffUsers.fields.rolesHelp')}
      </p>
    </div>
  );
}
