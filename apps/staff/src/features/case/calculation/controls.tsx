// The calculation panel's small controls: a labelled native select with its error, and the buttons that add and
// remove a row.

import { Button, ButtonSize, ButtonVariant, IconMinusCircle, IconPlusCircle } from 'hds-react';
import { type ReactNode, useId } from 'react';

export function NativeSelect({
  label,
  value,
  options,
  onChange,
  disabled = false,
  error,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  disabled?: boolean;
  error?: string | undefined;
}) {
  const id = useId();
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

/** The button that adds a row (a plus icon) or removes one (a minus icon, kept to its own width in the row). */
export function RowButton({
  label,
  onClick,
  remove = false,
}: {
  label: string;
  onClick: () => void;
  remove?: boolean;
}): ReactNode {
  return (
    <Button
      type="button"
      variant={ButtonVariant.Supplementary}
      size={ButtonSize.Small}
      iconStart={remove ? <IconMinusCircle aria-hidden /> : <IconPlusCircle aria-hidden />}
      onClick={onClick}
      className={remove ? 'staff-calculation-remove' : undefined}
    >
      {label}
    </Button>
  );
}
