// The client secret, shown once after registering a client or rotating its secret: a clear warning, the client id
// and the secret, a copy button (its result announced), and a button that closes the panel. The heading takes the
// focus when the panel opens, so that a screen reader user hears the warning first.

import { Notice, useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { useEffect, useRef, useState } from 'react';

export function SecretPanel({
  name,
  clientId,
  secret,
  onDone,
}: {
  name: string;
  clientId: string;
  secret: string;
  onDone: () => void;
}) {
  const t = useT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState('');
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopyStatus(t('apiClients.secret.copied'));
    } catch {
      setCopyStatus(t('apiClients.secret.copyFailed'));
    }
  };

  return (
    <section
      aria-labelledby="secret-heading"
      className="tuki-section tuki-secret-panel"
      data-testid="secret-panel"
    >
      <h2 id="secret-heading" ref={headingRef} tabIndex={-1}>
        {t('apiClients.secret.heading', { name })}
      </h2>
      <Notice type="alert" label={t('apiClients.secret.heading', { name })}>
        {t('apiClients.secret.warning')}
      </Notice>
      <dl className="tuki-secret-values">
        <dt>{t('apiClients.secret.clientId')}</dt>
        <dd>
          <code data-testid="new-client-id">{clientId}</code>
        </dd>
        <dt>{t('apiClients.secret.value')}</dt>
        <dd>
          <code data-testid="new-client-secret">{secret}</code>
        </dd>
      </dl>
      <p role="status" className="tuki-status">
        {copyStatus}
      </p>
      <div className="tuki-form-actions tuki-button-row">
        <Button type="button" variant={ButtonVariant.Primary} onClick={() => void copy()}>
          {t('apiClients.secret.copy')}
        </Button>
        <Button type="button" variant={ButtonVariant.Secondary} onClick={onDone}>
          {t('apiClients.secret.done')}
        </Button>
      </div>
    </section>
  );
}
