// The state of an admin add or edit form: the values, the errors at the fields, a general error, and the
// number of submit attempts (each attempt gets a new error summary, which takes the focus).

import { type FormEvent, useState } from 'react';

export type FieldErrors<V> = Partial<Record<keyof V, string>>;

/** The API's refusal as texts for the form; `stale` for 412 (changed since loaded). */
export interface FormRefusal<V> {
  fields: FieldErrors<V>;
  general?: string | undefined;
  stale?: boolean | undefined;
}

export function useAdminForm<V extends object>(initial: V | (() => V)) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors<V>>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  const onChange = <F extends keyof V>(field: F, value: V[F]) =>
    setValues((current) => ({ ...current, [field]: value }));

  /** Starts a submit with the errors the browser's checks found; true when the form may be sent. */
  const begin = (event: FormEvent<HTMLFormElement>, found: FieldErrors<V>): boolean => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setGeneral(undefined);
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  /** Shows the API's refusal; a stale one (412) goes to `onStale` when given. */
  const refused = (refusal: FormRefusal<V> | undefined, onStale?: () => Promise<void>) => {
    if (refusal?.stale && onStale) {
      void onStale();
      return;
    }
    setErrors(refusal?.fields ?? {});
    setGeneral(refusal?.general);
  };

  /** After a successful add: the form empty again. */
  const reset = (to: V) => {
    setValues(to);
    setErrors({});
  };

  return { values, errors, general, attempt, onChange, begin, refused, reset };
}

export type AdminFormState<V extends object> = ReturnType<typeof useAdminForm<V>>;
