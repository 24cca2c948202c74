// Editing an API client (name, contact, scopes, active) based on the newest version (If-Match; on 412 the newest
// version is loaded and the admin told), and giving it a new secret after a confirmation.

import { useT } from '@tuki/ui';
import { Button, ButtonVariant, Checkbox } from 'hds-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { EditPanel, useAdminForm } from '../admin/index.ts';
import {
  type ApiClient,
  apiClientsQueryKey,
  useApiClient,
  useRotateApiClientSecret,
  useUpdateApiClient,
  type VersionedApiClient,
} from './api-clients-api.ts';
import { ClientForm, fieldId } from './ClientFields.tsx';
import { type ClientFormValues, refusalOf, validate } from './client-form.ts';

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
  return (
    <EditPanel
      texts="apiClients"
      headingId="edit-client-heading"
      heading={(loaded) => t('apiClients.editHeading', { name: loaded?.client.name ?? '' })}
      loaded={loaded}
      loadError={(error) => refusalOf(error, t)?.general}
      listQueryKey={apiClientsQueryKey}
      staleTitle={t('apiClients.errors.staleTitle')}
      staleText={t('apiClients.errors.stale')}
      onCancel={onCancel}
    >
      {(loaded, onStale) => (
        <>
          <EditForm
            key={loaded.etag}
            loaded={loaded}
            onSaved={onSaved}
            onCancel={onCancel}
            onStale={onStale}
          />
          <RotateSecret client={loaded.client} onSecret={onSecret} />
        </>
      )}
    </EditPanel>
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
  const form = useAdminForm<ClientFormValues>(() => valuesOf(loaded.client));
  const { values } = form;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!form.begin(event, validate(values, t))) return;
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
        onError: (error) => form.refused(refusalOf(error, t), onStale),
      },
    );
  };

  return (
    <ClientForm prefix={prefix} form={form} onSubmit={submit} pending={update.isPending} onCancel={onCancel}>
      <Checkbox
        id={fieldId(prefix, 'active')}
        name="active"
        label={t('apiClients.fields.active')}
        checked={values.active}
        helperText={t('apiClients.fields.activeHelp')}
        onChange={(event) => form.onChange('active', event.target.checked)}
      />
    </ClientForm>
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
