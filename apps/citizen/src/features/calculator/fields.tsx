// The calculator's small form parts: a select with its own id, and a text input's error props from the problems
// found by field id.

import { useId } from 'react';
import { NativeSelect } from '../application/index.ts';

export function PlainSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return <NativeSelect id={useId()} label={label} value={value} options={options} onChange={onChange} />;
}

/** A text input's error text and invalid state: the problem found at its field, if any. */
export function errorProps(errors: Record<string, string>, fieldId: string) {
  return { errorText: errors[fieldId], invalid: Boolean(errors[fieldId]) };
}
