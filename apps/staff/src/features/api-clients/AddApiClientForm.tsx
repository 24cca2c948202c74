// Registering an API client: name, contact and scopes. Errors are shown at the fields and in a summary that takes
// the focus. On success the page shows the secret once.

import { useT } from '@tuki/ui';
import type { FormEvent } from 'react';
import { useAdminForm } from '../admin/index.ts';
import { type ApiClientWithSecret, useCreateApiClient } from './api-clients-api.ts';
import { ClientForm } from './ClientFields.tsx';
import { type ClientFormValues, emptyValues, refusalOf, validate } from './client-form.ts';

const prefix = 'new-client';

export function AddApiClientForm({ onAdded }: { onAdded: (created: ApiClientWithSecret) => void }) {
  const t = useT();
  const create = useCreateApiClient();
  const form = useAdminForm<ClientFormValues>(emptyValues);
  const { values } = form;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (!form.begin(event, validate(values, t))) return;
    create.mutate(
      { name: values.name.trim(), contact: values.contact.trim(), scopes: values.scopes },
      {
        onSuccess: (created) => {
          form.reset(emptyValues);
          onAdded(created);
        },
        onError: (error) => form.refused(refusalOf(error, t)),
      },
    );
  };

  return (
    <section aria-labelledby="add-client-heading" className="tuki-section">
      <h2 id="add-client-heading">{t('apiClients.addHeading')}</h2>
      <ClientForm prefix={prefix} form={form} onSubmit={submit} pending={create.isPending} />
    </section>
  );
}
