// Explains a sign-in that the server refused (the sign-in page with ?error=<reason>), in the user's language. The notification
// is an alert and takes the focus when the page opens, so that a screen reader reads it at once and the next
// Tab goes on from there.

import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/LanguageProvider.tsx';
import { Notice } from '../../layout/Notice.tsx';
import { signInErrorMessage } from './sign-in-error.ts';

export function SignInErrorNotice() {
  const t = useT();
  const [searchParams] = useSearchParams();
  const reason = searchParams.get('error');
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (reason !== null) ref.current?.focus();
  }, [reason]);

  if (reason === null) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} data-testid="sign-in-error">
      <Notice type="error" label={t('signIn.errorTitle')}>
        {t(signInErrorMessage(reason))}
      </Notice>
    </div>
  );
}
