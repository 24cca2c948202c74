// Registering an API client: name, contact and scopes. Errors are shown at the fields and in a summary that takes
// the focus. On success the page shows the secret once.

import { useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { type FormEvent, useState } from 'react';
import { type ApiClientWithSecret, useCreateApiClient } from './api-clients-api.ts';
import { ClientFields, FormErrorSummary } from './ClientFields.tsx';
import { type ClientFormValues, emptyValues, type FieldErrors, refusalOf, validate } from './client-form.ts';

const prefix = 'new-client';

export function AddApiClientForm({ onAdded }: { onAdded: (created: ApiClientWithSecret) => void }) {
  const t = useT();
  const create = useCreateApiClient();
  const [values, setValues] = useState<ClientFormValues>(emptyValues);
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
    create.mutate(
      { name: values.name.trim(), contact: values.contact.trim(), scopes: values.scopes },
      {
        onSuccess: (created) => {
          setValues(emptyValues);
          setErrors({});
          onAdded(created);
        },
        onError: (error) => {
          const refusal = refusalOf(error, t);
          setErrors(refusal?.fields ?? {});
          setGeneral(refusal?.general);
        },
      },
    );
  };

  return (
    <section aria-labelledby="add-client-heading" className="tuki-section">
      <h2 id="add-client-heading">{t('apiClients.addHeading')}</h2>
      <form className="tuki-form" onSubmit={submit} noValidate>
        <FormErrorSummary prefix={prefix} errors={errors} attempt={attempt} />
        {general ? (
          <p className="tuki-field-error" role="alert">
            {general}
          </p>
        ) : null}
        <ClientFields prefix={prefix} values={values} errors={errors} onChange={onChange} />
        <div className="tuki-form-actions">
          <Button type="submit" variant={ButtonVariant.Primary} disabled={create.isPending}>
            {t('apiClients.add')}
          </Button>
        </div>
      </form>
    </section>
  );
}
