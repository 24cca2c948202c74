// Editing an API client (name, contact, scopes, active) based on the newest version (If-Match; on 412 the newest
// version is loaded and the admin told), and giving it a new secret after a confirmation.

import { useQueryClient } from '@tanstack/react-query';
import { LoadingIndicator, Notice, useT } from '@tuki/ui';
import { Button, ButtonVariant, Checkbox } from 'hds-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  type ApiClient,
  apiClientsQueryKey,
  useApiClient,
  useRotateApiClientSecret,
  useUpdateApiClient,
  type VersionedApiClient,
} from './api-clients-api.ts';
import { ClientFields, FormErrorSummary, fieldId } from './ClientFields.tsx';
import { type ClientFormValues, type FieldErrors, refusalOf, validate } from './client-form.ts';

const prefix = 'edit-client';

const valuesOf = (client: ApiClient): ClientFormValues => ({
  name: client.name,
  contact: client.contact,
  scopes: client.scopes,
  active: client.active,
});

export function EditApiClient({
  id,
  onSaved,
  onSecret,
  onCancel,
}: {
  id: string;
  onSaved: (client: ApiClient) => void;
  onSecret: (client: ApiClient, secret: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const loaded = useApiClient(id);
  const queryClient = useQueryClient();
  const [stale, setStale] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ready = loaded.data !== undefined;
  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);

  return (
    <section aria-labelledby="edit-client-heading" className="tuki-section tuki-edit-user">
      <h2 id="edit-client-heading" ref={headingRef} tabIndex={-1}>
        {t('apiClients.editHeading', { name: loaded.data?.client.name ?? '' })}
      </h2>
      {loaded.isPending ? <LoadingIndicator /> : null}
      {loaded.isError ? (
        <p className="tuki-field-error" role="alert">
          {refusalOf(loaded.error, t)?.general ?? t('apiClients.loadFailed')}
        </p>
      ) : null}
      {stale > 0 ? (
        <Notice key={stale} type="alert" label={t('apiClients.errors.staleTitle')} autofocus>
          {t('apiClients.errors.stale')}
        </Notice>
      ) : null}
      {loaded.data ? (
        <>
          <EditForm
            key={loaded.data.etag}
            loaded={loaded.data}
            onSaved={onSaved}
            onCancel={onCancel}
            onStale={async () => {
              await Promise.all([
                loaded.refetch(),
                queryClient.invalidateQueries({ queryKey: apiClientsQueryKey, exact: true }),
              ]);
              setStale((n) => n + 1);
            }}
          />
          <RotateSecret client={loaded.data.client} onSecret={onSecret} />
        </>
      ) : (
        <div className="tuki-form-actions">
          <Button type="button" variant={ButtonVariant.Secondary} onClick={onCancel}>
            {t('apiClients.cancel')}
          </Button>
        </div>
      )}
    </section>
  );
}

function EditForm({
  loaded,
  onSaved,
  onCancel,
  onStale,
}: {
  loaded: VersionedApiClient;
  onSaved: (client: ApiClient) => void;
  onCancel: () => void;
  onStale: () => Promise<void>;
}) {
  const t = useT();
  const update = useUpdateApiClient(loaded.client.id);
  const [values, setValues] = useState<ClientFormValues>(() => valuesOf(loaded.client));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);

  const onChange = <F extends keyof ClientFormValues>(field: F, value: ClientFormValues[F]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setGeneral(undefined);
    const found = validate(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      {
        etag: loaded.etag,
        changes: {
          name: values.name.trim(),
          contact: values.contact.trim(),
          scopes: values.scopes,
          active: values.active,
        },
      },
      {
        onSuccess: (client) => onSaved(client),
        onError: (error) => {
          const refusal = refusalOf(error, t);
          if (refusal?.stale) {
            void onStale();
            return;
          }
          setErrors(refusal?.fields ?? {});
          setGeneral(refusal?.general);
        },
      },
    );
  };

  return (
    <form className="tuki-form" onSubmit={submit} noValidate>
      <FormErrorSummary prefix={prefix} errors={errors} attempt={attempt} />
      {general ? (
        <p className="tuki-field-error" role="alert">
          {general}
        </p>
      ) : null}
      <ClientFields prefix={prefix} values={values} errors={errors} onChange={onChange} />
      <Checkbox
        id={fieldId(prefix, 'active')}
        name="active"
        label={t('apiClients.fields.active')}
        checked={values.active}
        helperText={t('apiClients.fields.activeHelp')}
        onChange={(event) => onChange('active', event.target.checked)}
      />
      <div className="tuki-form-actions tuki-button-row">
        <Button type="submit" variant={ButtonVariant.Primary} disabled={update.isPending}>
          {t('apiClients.save')}
        </Button>
        <Button type="button" variant={ButtonVariant.Secondary} onClick={onCancel}>
          {t('apiClients.cancel')}
        </Button>
      </div>
    </form>
  );
}

function RotateSecret({
  client,
  onSecret,
}: {
  client: ApiClient;
  onSecret: (client: ApiClient, secret: string) => void;
}) {
  const t = useT();
  const rotate = useRotateApiClientSecret(client.id);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="tuki-form-actions">
        <Button type="button" variant={ButtonVariant.Secondary} onClick={() => setConfirming(true)}>
          {t('apiClients.rotateSecret.button')}
        </Button>
      </div>
    );
  }
  return (
    <section ref={confirmRef} tabIndex={-1} aria-labelledby="rotate-secret-title" className="tuki-confirm">
      <h3 id="rotate-secret-title">{t('apiClients.rotateSecret.confirmTitle')}</h3>
      <p>{t('apiClients.rotateSecret.confirm')}</p>
      <div className="tuki-button-row">
        <Button
          type="button"
          variant={ButtonVariant.Danger}
          disabled={rotate.isPending}
          onClick={() =>
            rotate.mutate(undefined, {
              onSuccess: (rotated) => onSecret(rotated.client, rotated.clientSecret),
            })
          }
        >
          {t('apiClients.rotateSecret.confirmButton')}
        </Button>
        <Button type="button" variant={ButtonVariant.Secondary} onClick={() => setConfirming(false)}>
          {t('apiClients.cancel')}
        </Button>
      </div>
    </section>
  );
}
