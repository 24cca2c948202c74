// A native <select> in the form's look (the classes tuki-select…): the most robust choice on phones and with
// assistive technology. The form's SelectField and the calculator use it.

import type { ReactNode } from 'react';

/**
 * A native <select> in the form's look: the label, the select with its options (after `placeholder`, an empty
 * choice, when given), and `children` under it (the error and the helper text).
 */
export function NativeSelect({
  id,
  label,
  value,
  options,
  placeholder,
  invalid,
  describedBy,
  onChange,
  onBlur,
  children,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  invalid?: boolean;
  describedBy?: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  children?: ReactNode;
}) {
  return (
    <div className={`tuki-select${invalid ? ' tuki-select--invalid' : ''}`}>
      <label htmlFor={id} className="tuki-select__label">
        {label}
      </label>
      <div className="tuki-select__wrapper">
        <select
          id={id}
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        >
          {placeholder === undefined ? null : <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {children}
    </div>
  );
}
