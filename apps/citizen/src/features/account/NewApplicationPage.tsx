// A new application: the kind of assistance (with a line on each), then the draft is made and its form opened.
// The draft is made once: a ref guards synchronously against a double click (the pending state reaches the button
// only on the next render), and the request carries an Idempotency-Key kept until a draft is made, so a retry after
// a lost answer gets the same draft back.

import { type ApplicationKind, applicationKinds } from '@tuki/domain';
import { useDocumentTitle, useT } from '@tuki/ui';
import { Button, ButtonVariant, RadioButton, SelectionGroup } from 'hds-react';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { stepPath, useCreateApplicationDraft } from '../application/index.ts';

export function NewApplicationPage() {
  const t = useT();
  useDocumentTitle(t('account.new.pageTitle'));
  const navigate = useNavigate();
  const create = useCreateApplicationDraft();
  const [kind, setKind] = useState<ApplicationKind>('basic');
  const creating = useRef(false);
  const idempotencyKey = useRef<string | undefined>(undefined);

  return (
    <>
      <h1>{t('account.new.title')}</h1>
      <p className="tuki-lead">{t('account.new.intro')}</p>
      <form
        className="tuki-step-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (creating.current) return;
          creating.current = true;
          // A new key when the kind changed since a failed try (the server refuses a key for another request).
          const key = idempotencyKey.current?.startsWith(`${kind}:`)
            ? idempotencyKey.current
            : `${kind}:${crypto.randomUUID()}`;
          idempotencyKey.current = key;
          create.mutate(
            { kind, idempotencyKey: key },
            {
              onSuccess: (application) => navigate(stepPath(application.id, 'applicant')),
              // A failure may be tried again.
              onError: () => {
                creating.current = false;
              },
            },
          );
        }}
      >
        <SelectionGroup label={t('account.new.legend')} className="tuki-radio-group">
          {applicationKinds.map((value) => (
            <RadioButton
              key={value}
              id={`kind-${value}`}
              name="kind"
              value={value}
              label={t(`application.kind.${value}`)}
              helperText={t(`application.kindDescription.${value}`)}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
          ))}
        </SelectionGroup>
        <p>{t('account.new.saved')}</p>
        {create.isError ? (
          <p className="tuki-form-failure" role="alert">
            {t('account.new.failed')}
          </p>
        ) : null}
        <div className="tuki-step-actions">
          <Button type="submit" variant={ButtonVariant.Primary} disabled={create.isPending}>
            {t('account.new.start')}
          </Button>
        </div>
        <p>
          <Link to="/applications">{t('account.backToAccount')}</Link>
        </p>
      </form>
    </>
  );
}
