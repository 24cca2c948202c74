// The form's input fields. Each one is bound to an answer by its content path: it reads and writes the draft,
// takes its id from the path (so that error links find it), and shows the step's error for the path with HDS
// errorText and aria-invalid. Its label is the question's own (`application.fields.<path without list positions>`,
// the name the error summary uses too) unless a step gives another. Optional questions say so in the label.

import {
  dateFieldValue,
  formatDate,
  formatEuros,
  formatEurosForInput,
  MAX_CENTS,
  type ParsedEuros,
  parseEuros,
  useLanguage,
  useT,
} from '@tuki/ui';
import { Checkbox, RadioButton, SelectionGroup, TextArea, TextInput } from 'hds-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { fieldId, getAt, questionOf, setAt } from '../content-paths.ts';
import { useDraft, useFieldErrors } from '../form/form-context.tsx';
import { textOf } from '../form/labels.ts';
import { NativeSelect } from './NativeSelect.tsx';

interface CommonProps {
  path: string;
  /** Instead of the question's own label. */
  label?: string;
  optional?: boolean;
  helperText?: string;
}

/** The label shown: the given one or the question's own, marked when the question is optional. */
function useLabel(path: string, label: string | undefined, optional?: boolean): string {
  const t = useT();
  const text = label ?? textOf(t, `application.fields.${questionOf(path)}`);
  return optional ? t('application.optionalLabel', { label: text }) : text;
}

/** What a text input shows of its field: its id, label and helper text, and the step's error for its path. */
function useInputProps({ path, label, optional, helperText }: CommonProps) {
  const { errorFor } = useFieldErrors();
  const error = errorFor(path);
  return {
    id: fieldId(path),
    label: useLabel(path, label, optional),
    helperText,
    errorText: error,
    invalid: Boolean(error),
    'aria-invalid': Boolean(error),
  };
}

function useAnswer(path: string): [unknown, (value: unknown) => void] {
  const { content, update } = useDraft();
  return [getAt(content, path), (value) => update((current) => setAt(current, path, value))];
}

/** `undefined` for empty text, so that a cleared answer is no answer. */
const textOrUndefined = (value: string) => (value === '' ? undefined : value);

export function TextField({
  path,
  label,
  optional,
  helperText,
  autoComplete,
  inputMode,
  type = 'text',
  maxLength = 200,
  onBlurFormat,
}: CommonProps & {
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  type?: 'text' | 'email' | 'tel';
  maxLength?: number;
  /** Tidies the answer when the user leaves the field (e.g. an IBAN in groups of four). */
  onBlurFormat?: (value: string) => string;
}) {
  const [value, setValue] = useAnswer(path);
  const { onLeave } = useFieldErrors();
  const text = typeof value === 'string' ? value : '';
  return (
    <TextInput
      {...useInputProps({ path, label, optional, helperText })}
      value={text}
      type={type}
      inputMode={inputMode}
      autoComplete={autoComplete}
      maxLength={maxLength}
      onChange={(event) => setValue(textOrUndefined(event.target.value))}
      onBlur={() => {
        if (onBlurFormat && text !== '') {
          const tidy = onBlurFormat(text);
          if (tidy !== text) setValue(tidy);
        }
        onLeave(path);
      }}
    />
  );
}

/** A sum typed in euros (675,50 or 675.50), kept as integer cents. */
export function MoneyField({ path, label, optional, helperText }: CommonProps) {
  const t = useT();
  const { language } = useLanguage();
  const [value, setValue] = useAnswer(path);
  const { onLeave, setInputError, noteInputError } = useFieldErrors();
  const cents = typeof value === 'number' ? value : undefined;
  const [text, setText] = useState(() => formatEurosForInput(cents, language));
  // What this field itself last wrote: an answer that differs came from elsewhere (the newest version loaded).
  const written = useRef(cents);

  useEffect(() => {
    if (cents === written.current) return;
    written.current = cents;
    setText(formatEurosForInput(cents, language));
  }, [cents, language]);
  // A field that goes away (a removed row) takes its format error with it.
  const clearOnUnmount = useRef(setInputError);
  clearOnUnmount.current = setInputError;
  useEffect(() => () => clearOnUnmount.current(path, undefined), [path]);

  /** Why a sum was refused: badly written, or over the largest sum the service takes. */
  const refusal = (parsed: Extract<ParsedEuros, { ok: false }>) =>
    parsed.reason === 'tooLarge'
      ? t('application.money.tooLarge', { max: formatEuros(MAX_CENTS, language) })
      : t('application.money.invalid');
  return (
    <TextInput
      {...useInputProps({ path, label, optional, helperText: helperText ?? t('application.money.help') })}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      maxLength={20}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const parsed = parseEuros(next);
        written.current = parsed.ok ? parsed.cents : undefined;
        setValue(written.current);
        // A wrong format is told when leaving the field (or on "continue", Enter included), not while typing.
        if (parsed.ok) setInputError(path, undefined);
        else noteInputError(path, refusal(parsed));
      }}
      onBlur={() => {
        const parsed = parseEuros(text);
        if (parsed.ok) {
          setInputError(path, undefined);
          if (parsed.cents !== undefined) setText(formatEurosForInput(parsed.cents, language));
          onLeave(path);
        } else {
          setInputError(path, refusal(parsed));
        }
      }}
    />
  );
}

/** A date typed as d.m.yyyy, kept as YYYY-MM-DD (text that is not a date is kept as typed, and flagged). */
export function DateField({ path, label, optional, helperText }: CommonProps) {
  const t = useT();
  const [value, setValue] = useAnswer(path);
  const { onLeave } = useFieldErrors();
  const stored = typeof value === 'string' ? value : undefined;
  const [text, setText] = useState(() => formatDate(stored));
  const written = useRef(stored);

  useEffect(() => {
    if (stored === written.current) return;
    written.current = stored;
    setText(formatDate(stored));
  }, [stored]);

  return (
    <TextInput
      {...useInputProps({ path, label, optional, helperText: helperText ?? t('application.date.help') })}
      value={text}
      autoComplete="off"
      maxLength={10}
      onChange={(event) => {
        setText(event.target.value);
        written.current = dateFieldValue(event.target.value);
        setValue(written.current);
      }}
      onBlur={() => onLeave(path)}
    />
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A native <select> bound to an answer, with the step's error and the helper text under it. */
export function SelectField({
  path,
  label,
  optional,
  helperText,
  options,
  onSelect,
}: CommonProps & { options: readonly Option[]; onSelect?: (value: string | undefined) => void }) {
  const t = useT();
  const [value, setValue] = useAnswer(path);
  const { errorFor, onLeave } = useFieldErrors();
  const error = errorFor(path);
  const id = fieldId(path);
  const helperId = `${id}-helper`;
  const errorId = `${id}-error`;
  const selected = typeof value === 'string' ? value : '';
  const describedBy = [error ? errorId : undefined, helperText ? helperId : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <NativeSelect
      id={id}
      label={useLabel(path, label, optional)}
      value={selected}
      options={options}
      placeholder={t('application.choose')}
      invalid={Boolean(error)}
      describedBy={describedBy || undefined}
      onChange={(value) => {
        const next = textOrUndefined(value);
        if (onSelect) onSelect(next);
        else setValue(next);
      }}
      onBlur={() => onLeave(path)}
    >
      {error ? (
        <div id={errorId} className="tuki-select__error">
          {error}
        </div>
      ) : null}
      {helperText ? (
        <div id={helperId} className="tuki-select__helper">
          {helperText}
        </div>
      ) : null}
    </NativeSelect>
  );
}

/** Radio buttons (HDS). The first button carries the field's id, so that an error link focuses the group. */
export function RadioField({
  path,
  label,
  helperText,
  options,
  value,
  onSelect,
}: Omit<CommonProps, 'optional'> & {
  options: readonly Option[];
  /** The selected option, when the answer is not a plain string (yes/no). */
  value?: string | undefined;
  onSelect?: (value: string) => void;
}) {
  const [answer, setValue] = useAnswer(path);
  const { errorFor } = useFieldErrors();
  const error = errorFor(path);
  const id = fieldId(path);
  const name = useId();
  const selected = value ?? (typeof answer === 'string' ? answer : undefined);
  return (
    <SelectionGroup
      label={useLabel(path, label)}
      helperText={helperText}
      errorText={error}
      className="tuki-radio-group"
    >
      {options.map((option, index) => (
        <RadioButton
          key={option.value}
          id={index === 0 ? id : `${id}-${option.value}`}
          name={name}
          value={option.value}
          label={option.label}
          checked={selected === option.value}
          aria-invalid={error ? true : undefined}
          onChange={() => (onSelect ? onSelect(option.value) : setValue(option.value))}
        />
      ))}
    </SelectionGroup>
  );
}

export function TextAreaField({
  path,
  label,
  optional,
  helperText,
  maxLength,
}: CommonProps & { maxLength: number }) {
  const [value, setValue] = useAnswer(path);
  const { onLeave } = useFieldErrors();
  return (
    <TextArea
      {...useInputProps({ path, label, optional, helperText })}
      value={typeof value === 'string' ? value : ''}
      maxLength={maxLength}
      rows={5}
      onChange={(event) => setValue(textOrUndefined(event.target.value))}
      onBlur={() => onLeave(path)}
    />
  );
}

export function CheckboxField({ path, label, helperText }: Omit<CommonProps, 'optional'>) {
  const [value, setValue] = useAnswer(path);
  const { errorFor } = useFieldErrors();
  const error = errorFor(path);
  return (
    <Checkbox
      id={fieldId(path)}
      label={useLabel(path, label)}
      helperText={helperText}
      errorText={error}
      aria-invalid={error ? true : undefined}
      checked={value === true}
      onChange={(event) => setValue(event.target.checked ? true : undefined)}
    />
  );
}

/** A group of questions under a heading (`${id}-heading`, which names the section), with a help text first. */
export function FieldSection({
  id,
  heading,
  help,
  children,
}: {
  id: string;
  heading: string;
  help?: string | undefined;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="tuki-fields">
      <h2 id={headingId}>{heading}</h2>
      {help ? <p>{help}</p> : null}
      {children}
    </section>
  );
}

/** A read-only answer from the person record, shown as text. */
export function ReadOnlyAnswer({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="tuki-readonly">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
