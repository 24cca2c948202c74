// The fields of the register and edit forms: name, contact, the scopes (checkboxes in a fieldset with a legend),
// the active state, and the error summary whose links move the focus to the field.

import { useT } from '@tuki/ui';
import { Checkbox, ErrorSummary, SelectionGroup, TextInput } from 'hds-react';
import type { ApiScope } from './api-clients-api.ts';
import {
  allScopes,
  type ClientFormValues,
  type FieldErrors,
  type FieldName,
  fieldOrder,
  scopeLabelKey,
} from './client-form.ts';

export const fieldId = (prefix: string, field: FieldName) =>
  field === 'scopes' ? `${prefix}-scope-${allScopes[0]?.replace(':', '-')}` : `${prefix}-${field}`;

export function FormErrorSummary({
  prefix,
  errors,
  attempt,
}: {
  prefix: string;
  errors: FieldErrors;
  attempt: number;
}) {
  const t = useT();
  const listed = fieldOrder.filter((field) => errors[field] !== undefined);
  if (listed.length === 0) return null;
  return (
    <ErrorSummary key={attempt} label={t('apiClients.errors.summary')} autofocus>
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

type Change = <F extends FieldName>(field: F, value: ClientFormValues[F]) => void;

export function ClientFields({
  prefix,
  values,
  errors,
  onChange,
}: {
  prefix: string;
  values: ClientFormValues;
  errors: FieldErrors;
  onChange: Change;
}) {
  const t = useT();
  const text = (field: 'name' | 'contact', autoComplete: string) => {
    const error = errors[field];
    return (
      <TextInput
        id={fieldId(prefix, field)}
        name={field}
        label={t(`apiClients.fields.${field}`)}
        helperText={t(`apiClients.fields.${field}Help`)}
        required
        {...(error ? { errorText: error } : {})}
        invalid={Boolean(error)}
        aria-invalid={Boolean(error)}
        value={values[field]}
        onChange={(event) => onChange(field, event.target.value)}
        autoComplete={autoComplete}
        spellCheck={false}
      />
    );
  };
  const helpId = `${prefix}-scopes-help`;
  const toggle = (scope: ApiScope, checked: boolean) =>
    onChange(
      'scopes',
      allScopes.filter((s) => (s === scope ? checked : values.scopes.includes(s))),
    );
  return (
    <>
      {text('name', 'off')}
      {text('contact', 'off')}
      <div className="tuki-roles">
        <SelectionGroup
          id={`${prefix}-scopes`}
          label={t('apiClients.fields.scopes')}
          aria-describedby={helpId}
        >
          {allScopes.map((scope) => (
            <Checkbox
              key={scope}
              id={`${prefix}-scope-${scope.replace(':', '-')}`}
              name="scopes"
              value={scope}
              label={t(scopeLabelKey[scope])}
              checked={values.scopes.includes(scope)}
              onChange={(event) => toggle(scope, event.target.checked)}
            />
          ))}
        </SelectionGroup>
        <p id={helpId} className="tuki-field-help">
          {t('apiClients.fields.scopesHelp')}
        </p>
      </div>
    </>
  );
}
