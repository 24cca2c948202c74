// The audit trail's search form: the client's personal identity code, the staff member's username, and a date range
// typed d.m.yyyy. Errors are shown at the fields and in a summary that takes the focus and links to them.

import { useT } from '@tuki/ui';
import { Button, ButtonVariant, ErrorSummary, TextInput } from 'hds-react';
import { type FormEvent, useEffect, useState } from 'react';
import {
  type AuditFilters,
  checkSearch,
  fieldId,
  type SearchErrors,
  type SearchField,
  type SearchValues,
  searchFields,
} from './audit-search.ts';

export function AuditSearchForm({
  initial,
  onSearch,
  onClear,
}: {
  initial: SearchValues;
  onSearch: (filters: AuditFilters) => void;
  onClear: () => void;
}) {
  const t = useT();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<SearchErrors>({});
  const [attempt, setAttempt] = useState(0);
  const { personalIdentityCode, username, from, to } = initial;
  // The URL changed under the form (back, forward, a link): the form shows that search.
  useEffect(() => {
    setValues({ personalIdentityCode, username, from, to });
    setErrors({});
  }, [personalIdentityCode, username, from, to]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkSearch(values);
    setErrors(checked.errors);
    setAttempt((n) => n + 1);
    if (checked.filters) onSearch(checked.filters);
  };

  const labels: Record<SearchField, string> = {
    personalIdentityCode: t('auditTrail.form.personalIdentityCode'),
    username: t('auditTrail.form.username'),
    from: t('auditTrail.form.from'),
    to: t('auditTrail.form.to'),
  };
  const helps: Record<SearchField, string> = {
    personalIdentityCode: t('auditTrail.form.personalIdentityCodeHelp'),
    username: t('auditTrail.form.usernameHelp'),
    from: t('auditTrail.form.dateHelp'),
    to: t('auditTrail.form.dateHelp'),
  };
  const field = (name: SearchField, maxLength: number) => {
    const error = errors[name];
    return (
      <TextInput
        id={fieldId(name)}
        className={`audit-search-field audit-search-${name === 'from' || name === 'to' ? 'date' : 'text'}`}
        label={labels[name]}
        helperText={helps[name]}
        value={values[name]}
        maxLength={maxLength}
        onChange={(event) => {
          const text = event.target.value;
          setValues((current) => ({ ...current, [name]: text }));
        }}
        {...(error ? { errorText: t(`auditTrail.form.errors.${error}`) } : {})}
        invalid={Boolean(error)}
        aria-invalid={Boolean(error)}
        autoComplete="off"
        spellCheck={false}
      />
    );
  };
  const listed = searchFields.filter((name) => errors[name] !== undefined);

  return (
    <section aria-labelledby="audit-search-heading" className="tuki-section">
      <h2 id="audit-search-heading">{t('auditTrail.form.heading')}</h2>
      {listed.length > 0 ? (
        <ErrorSummary key={attempt} label={t('auditTrail.form.errorSummary')} autofocus>
          <ul>
            {listed.map((name) => {
              const error = errors[name];
              return (
                <li key={name}>
                  <a
                    href={`#${fieldId(name)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldId(name))?.focus();
                    }}
                  >
                    {labels[name]}: {error ? t(`auditTrail.form.errors.${error}`) : ''}
                  </a>
                </li>
              );
            })}
          </ul>
        </ErrorSummary>
      ) : null}
      <form onSubmit={submit} noValidate className="audit-search" data-testid="audit-search">
        <p className="audit-search-hint">{t('auditTrail.form.criteriaHelp')}</p>
        <div className="audit-search-row">
          {field('personalIdentityCode', 20)}
          {field('username', 100)}
        </div>
        <div className="audit-search-row">
          {field('from', 10)}
          {field('to', 10)}
        </div>
        <div className="audit-search-buttons">
          <Button type="submit" variant={ButtonVariant.Primary} id="audit-search-submit">
            {t('auditTrail.form.submit')}
          </Button>
          <Button
            type="button"
            variant={ButtonVariant.Secondary}
            onClick={() => {
              setValues({ personalIdentityCode: '', username: '', from: '', to: '' });
              setErrors({});
              onClear();
            }}
          >
            {t('auditTrail.form.clear')}
          </Button>
        </div>
      </form>
    </section>
  );
}
