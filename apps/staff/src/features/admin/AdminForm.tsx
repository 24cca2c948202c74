// The scaffold of an admin add or edit form: the error summary whose links move the focus to the field, a general
// error, the fields, and the submit (and cancel) buttons; and the fields' building blocks: a text input with its
// error and a checkbox group in a fieldset with a legend.

import { useT } from '@tuki/ui';
import { Button, ButtonVariant, Checkbox, ErrorSummary, SelectionGroup, TextInput } from 'hds-react';
import type { FormEvent, ReactNode } from 'react';
import './admin.css';

/** The admin pages with add and edit forms, by the name their texts (add, save, cancel) are under. */
export type AdminFormTexts = 'apiClients' | 'staffUsers';

export function AdminForm<F extends string>({
  onSubmit,
  summaryLabel,
  fieldOrder,
  fieldId,
  errors,
  attempt,
  general,
  texts,
  pending,
  onCancel,
  children,
}: {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  summaryLabel: string;
  /** The order of the fields on the page, which is also the order of the error summary. */
  fieldOrder: readonly F[];
  /** The id of the element a field's error links to. */
  fieldId: (field: F) => string;
  errors: Partial<Record<F, string>>;
  /** Each attempt gets a new summary, which takes the focus. */
  attempt: number;
  general: string | undefined;
  texts: AdminFormTexts;
  pending: boolean;
  /** An edit form's cancel: an edit form saves, an add form (without it) adds. */
  onCancel?: (() => void) | undefined;
  children: ReactNode;
}) {
  const t = useT();
  const listed = fieldOrder.filter((field) => errors[field] !== undefined);
  return (
    <form className="tuki-form" onSubmit={onSubmit} noValidate>
      {listed.length > 0 ? (
        <ErrorSummary key={attempt} label={summaryLabel} autofocus>
          <ul>
            {listed.map((field) => (
              <li key={field}>
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId(field))?.focus();
                  }}
                >
                  {errors[field]}
                </a>
              </li>
            ))}
          </ul>
        </ErrorSummary>
      ) : null}
      {general ? (
        <p className="tuki-field-error" role="alert">
          {general}
        </p>
      ) : null}
      {children}
      <div className={onCancel ? 'tuki-form-actions tuki-button-row' : 'tuki-form-actions'}>
        <Button type="submit" variant={ButtonVariant.Primary} disabled={pending}>
          {onCancel ? t(`${texts}.save`) : t(`${texts}.add`)}
        </Button>
        {onCancel ? (
          <Button type="button" variant={ButtonVariant.Secondary} onClick={onCancel}>
            {t(`${texts}.cancel`)}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** A text input with its error, shown at the field and marked invalid. */
export function ErrorTextField({
  id,
  name,
  label,
  helperText,
  error,
  value,
  onChange,
  required = false,
  type,
  autoComplete = 'off',
}: {
  id: string;
  name: string;
  label: string;
  helperText?: string | undefined;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  type?: 'text' | 'email';
  autoComplete?: string;
}) {
  return (
    <TextInput
      id={id}
      name={name}
      {...(type ? { type } : {})}
      label={label}
      required={required}
      {...(helperText ? { helperText } : {})}
      {...(error ? { errorText: error } : {})}
      invalid={Boolean(error)}
      aria-invalid={Boolean(error)}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      autoComplete={autoComplete}
      spellCheck={false}
    />
  );
}

/** Checkboxes in a fieldset with a legend, a help text and an error; the selection keeps the options' order. */
export function CheckboxGroupField<O extends string>({
  id,
  name,
  label,
  help,
  options,
  optionId,
  optionLabel,
  selected,
  onChange,
  error,
}: {
  /** The fieldset's id, also the start of the help's and the error's ids. */
  id: string;
  name: string;
  label: string;
  help: string;
  options: readonly O[];
  optionId: (option: O) => string;
  optionLabel: (option: O) => string;
  selected: readonly O[];
  onChange: (selected: O[]) => void;
  error?: string | undefined;
}) {
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const toggle = (option: O, checked: boolean) =>
    onChange(options.filter((o) => (o === option ? checked : selected.includes(o))));
  return (
    <div className="tuki-roles">
      <SelectionGroup id={id} label={label} aria-describedby={error ? `${errorId} ${helpId}` : helpId}>
        {options.map((option) => (
          <Checkbox
            key={option}
            id={optionId(option)}
            name={name}
            value={option}
            label={optionLabel(option)}
            checked={selected.includes(option)}
            onChange={(event) => toggle(option, event.target.checked)}
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
        {help}
      </p>
    </div>
  );
}
