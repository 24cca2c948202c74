// The fields of the register and edit forms: name, contact and the scopes (checkboxes in a fieldset with a
// legend); the form around them (the error summary whose links move the focus to the field) is AdminForm's.

import { useT } from '@tuki/ui';
import type { FormEvent, ReactNode } from 'react';
import type { AdminFormState } from '../admin/index.ts';
import { AdminForm, CheckboxGroupField, ErrorTextField } from '../admin/index.ts';
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
  const text = (field: 'name' | 'contact') => (
    <ErrorTextField
      id={fieldId(prefix, field)}
      name={field}
      label={t(`apiClients.fields.${field}`)}
      helperText={t(`apiClients.fields.${field}Help`)}
      required
      error={errors[field]}
      value={values[field]}
      onChange={(value) => onChange(field, value)}
    />
  );
  return (
    <>
      {text('name')}
      {text('contact')}
      <CheckboxGroupField
        id={`${prefix}-scopes`}
        name="scopes"
        label={t('apiClients.fields.scopes')}
        help={t('apiClients.fields.scopesHelp')}
        options={allScopes}
        optionId={(scope) => `${prefix}-scope-${scope.replace(':', '-')}`}
        optionLabel={(scope) => t(scopeLabelKey[scope])}
        selected={values.scopes}
        onChange={(scopes) => onChange('scopes', scopes)}
      />
    </>
  );
}

/** The register or edit form: the error summary, the fields, what the edit form adds, and the buttons. */
export function ClientForm({
  prefix,
  form,
  onSubmit,
  pending,
  onCancel,
  children,
}: {
  prefix: string;
  form: AdminFormState<ClientFormValues>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  /** An edit form's cancel. */
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <AdminForm
      onSubmit={onSubmit}
      summaryLabel={t('apiClients.errors.summary')}
      fieldOrder={fieldOrder}
      fieldId={(field) => fieldId(prefix, field)}
      errors={form.errors}
      attempt={form.attempt}
      general={form.general}
      texts="apiClients"
      pending={pending}
      onCancel={onCancel}
    >
      <ClientFields prefix={prefix} values={form.values} errors={form.errors} onChange={form.onChange} />
      {children}
    </AdminForm>
  );
}
