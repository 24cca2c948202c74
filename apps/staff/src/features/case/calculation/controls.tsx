// The calculation panel's labelled native select, with its error under it.

import { useId } from 'react';

export function NativeSelect({
  id: givenId,
  label,
  value,
  options,
  onChange,
  disabled = false,
  error,
}: {
  /** The select's id, when something links to it. */
  id?: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  disabled?: boolean;
  error?: string | undefined;
}) {
  const ownId = useId();
  const id = givenId ?? ownId;
  return (
    <div className="staff-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <span id={`${id}-error`} className="staff-calculation-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
