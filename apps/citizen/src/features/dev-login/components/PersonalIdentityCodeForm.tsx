// Sign in with any valid personal identity code. The server validates it; a 400 answer is shown next to the
// field and in an error summary that takes the focus.

import { useT } from '@tuki/ui';
import { Button, ButtonVariant, ErrorSummary, TextInput } from 'hds-react';
import { type FormEvent, useState } from 'react';
import { devLoginErrorMessage } from './dev-login-error.ts';

const inputId = 'personal-identity-code';

export function PersonalIdentityCodeForm({
  onSubmit,
  pending,
  error,
  submittedAt,
}: {
  onSubmit: (personalIdentityCode: string) => void;
  pending: boolean;
  error: unknown;
  /** When the last sign-in was sent: a new error summary (and focus) for each attempt. */
  submittedAt: number;
}) {
  const t = useT();
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(0);

  const serverMessage = devLoginErrorMessage(error, t);
  const message = missing > 0 ? t('devLogin.personalIdentityCodeRequired') : serverMessage;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = value.trim().toUpperCase();
    if (code === '') {
      setMissing((count) => count + 1);
      return;
    }
    setMissing(0);
    onSubmit(code);
  };

  return (
    <section aria-labelledby="pic-heading" className="tuki-section">
      <h2 id="pic-heading">{t('devLogin.personalIdentityCodeHeading')}</h2>
      <form className="tuki-form" onSubmit={submit} noValidate>
        {message ? (
          <ErrorSummary key={`${submittedAt}-${missing}`} label={t('devLogin.errorSummaryHeading')} autofocus>
            <ul>
              <li>
                <a
                  href={`#${inputId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(inputId)?.focus();
                  }}
                >
                  {message}
                </a>
              </li>
            </ul>
          </ErrorSummary>
        ) : null}
        <TextInput
          id={inputId}
          name="personalIdentityCode"
          label={t('devLogin.personalIdentityCodeLabel')}
          helperText={t('devLogin.personalIdentityCodeHelp')}
          errorText={message}
          invalid={Boolean(message)}
          aria-invalid={Boolean(message)}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <div className="tuki-form-actions">
          <Button type="submit" variant={ButtonVariant.Primary} disabled={pending}>
            {t('devLogin.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
