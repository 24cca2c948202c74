// The admin's API clients page (/api-clients), loaded only when visited: the registered clients in a table,
// registering one (the secret is shown once), editing one (name, contact, scopes, active), a new secret, and the
// keys that sign the access tokens with their rotation. Other staff see that the page is for admins only.

import type { StaffSession } from '@tuki/api-client';
import { helsinkiDateAndTime, LoadingIndicator, Notice, useLanguage, useT } from '@tuki/ui';
import { Button, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import {
  AdminListSection,
  AdminPageHeader,
  AdminTable,
  DataTable,
  EditButtonCell,
  focusLater,
  StatusCell,
  useAdminEditing,
} from '../admin/index.ts';
import { AddApiClientForm } from './AddApiClientForm.tsx';
import { type ApiClient, useApiClients, useRotateSigningKey, useSigningKeys } from './api-clients-api.ts';
import { scopeLabelKey } from './client-form.ts';
import { EditApiClient } from './EditApiClient.tsx';
import { SecretPanel } from './SecretPanel.tsx';
import './api-clients.css';

export const editButtonId = (id: string) => `edit-client-${id}`;

interface ShownSecret {
  name: string;
  clientId: string;
  secret: string;
}

export function ApiClientsPage({ session }: { session: StaffSession }) {
  const t = useT();
  if (!session.staffUser.roles.includes('admin')) {
    return (
      <>
        <h1>{t('apiClients.forbiddenTitle')}</h1>
        <Notice type="error" label={t('apiClients.forbiddenTitle')} testId="api-clients-forbidden">
          {t('apiClients.forbidden')}
        </Notice>
      </>
    );
  }
  return <ApiClients />;
}

function ApiClients() {
  const t = useT();
  const clients = useApiClients();
  const { editing, setEditing, status, setStatus, startEditing, closeEditor } = useAdminEditing(editButtonId);
  const [shown, setShown] = useState<ShownSecret | undefined>();

  return (
    <>
      <AdminPageHeader texts="apiClients" status={status} statusTestId="api-clients-status" />
      {shown ? (
        <SecretPanel
          key={shown.secret}
          name={shown.name}
          clientId={shown.clientId}
          secret={shown.secret}
          onDone={() => {
            const id = shown.clientId;
            setShown(undefined);
            focusLater(editButtonId(id));
          }}
        />
      ) : null}
      <AdminListSection headingId="clients-heading" texts="apiClients" query={clients}>
        {clients.data ? <ClientTable clients={clients.data} onEdit={startEditing} /> : null}
      </AdminListSection>
      {editing !== undefined ? (
        <EditApiClient
          key={editing}
          id={editing}
          onSaved={(client) => {
            setStatus(t('apiClients.saved', { name: client.name }));
            closeEditor(client.id);
          }}
          onSecret={(client, secret) => {
            setEditing(undefined);
            setStatus(t('apiClients.rotateSecret.done', { name: client.name }));
            setShown({ name: client.name, clientId: client.id, secret });
          }}
          onCancel={() => closeEditor(editing)}
        />
      ) : null}
      <AddApiClientForm
        onAdded={(created) => {
          setStatus(
            t(created.client.approval.state === 'pending' ? 'apiClients.addedPending' : 'apiClients.added', {
              name: created.client.name,
            }),
          );
          setShown({ name: created.client.name, clientId: created.client.id, secret: created.clientSecret });
        }}
      />
      <SigningKeys onRotated={(kid) => setStatus(t('apiClients.keys.rotated', { kid }))} />
    </>
  );
}

/** A client that gets no tokens because its personal-data scopes are not approved. */
const waiting = (client: ApiClient) =>
  client.approval.state === 'pending' || client.approval.state === 'rejected';

function ClientTable({ clients, onEdit }: { clients: ApiClient[]; onEdit: (id: string) => void }) {
  const t = useT();
  if (clients.length === 0) return <p>{t('apiClients.empty')}</p>;
  return (
    <AdminTable
      testId="api-clients-table"
      caption={t('apiClients.listHeading')}
      columns={[
        t('apiClients.columns.name'),
        t('apiClients.columns.clientId'),
        t('apiClients.columns.contact'),
        t('apiClients.columns.scopes'),
        t('apiClients.columns.status'),
      ]}
      actionsLabel={t('apiClients.columns.actions')}
    >
      {clients.map((client) => (
        <tr key={client.id} data-client-id={client.id}>
          <th scope="row">{client.name}</th>
          <td>
            <code className="tuki-client-id">{client.id}</code>
          </td>
          <td>{client.contact}</td>
          <td>
            {client.scopes.length > 0 ? (
              <ul className="tuki-plain-list">
                {client.scopes.map((scope) => (
                  <li key={scope}>{t(scopeLabelKey[scope])}</li>
                ))}
              </ul>
            ) : (
              t('apiClients.noScopes')
            )}
          </td>
          <StatusCell
            active={client.active && !waiting(client)}
            label={
              !client.active
                ? t('apiClients.statusInactive')
                : client.approval.state === 'pending'
                  ? t('apiClients.statusPending')
                  : client.approval.state === 'rejected'
                    ? t('apiClients.statusRejected')
                    : t('apiClients.statusActive')
            }
          />
          <EditButtonCell
            id={editButtonId(client.id)}
            label={t('apiClients.edit')}
            ariaLabel={t('apiClients.editClient', { name: client.name })}
            onClick={() => onEdit(client.id)}
          />
        </tr>
      ))}
    </AdminTable>
  );
}

function SigningKeys({ onRotated }: { onRotated: (kid: string) => void }) {
  const t = useT();
  const { language } = useLanguage();
  const keys = useSigningKeys();
  const rotate = useRotateSigningKey();
  const when = (instant: string) => {
    const { date, time } = helsinkiDateAndTime(instant, language);
    return `${date} ${time}`;
  };
  return (
    <section aria-labelledby="keys-heading" className="tuki-section">
      <h2 id="keys-heading">{t('apiClients.keys.heading')}</h2>
      <p>{t('apiClients.keys.intro')}</p>
      {keys.isPending ? <LoadingIndicator /> : null}
      {keys.isError ? <p className="tuki-field-error">{t('apiClients.loadFailed')}</p> : null}
      {keys.data && keys.data.length === 0 ? <p>{t('apiClients.keys.none')}</p> : null}
      {keys.data && keys.data.length > 0 ? (
        <DataTable testId="signing-keys-table" caption={t('apiClients.keys.heading')}>
          <thead>
            <tr>
              <th scope="col">{t('apiClients.keys.columns.kid')}</th>
              <th scope="col">{t('apiClients.keys.columns.algorithm')}</th>
              <th scope="col">{t('apiClients.keys.columns.createdAt')}</th>
              <th scope="col">{t('apiClients.keys.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.data.map((key) => (
              <tr key={key.kid}>
                <th scope="row">
                  <code>{key.kid}</code>
                </th>
                <td>{key.algorithm}</td>
                <td>{when(key.createdAt)}</td>
                <td>
                  {key.retiredAt === null
                    ? t('apiClients.keys.current')
                    : t('apiClients.keys.retired', { date: when(key.retiredAt) })}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      <div className="tuki-form-actions">
        <Button
          type="button"
          variant={ButtonVariant.Secondary}
          disabled={rotate.isPending}
          onClick={() => rotate.mutate(undefined, { onSuccess: (key) => onRotated(key.kid) })}
        >
          {t('apiClients.keys.rotate')}
        </Button>
      </div>
    </section>
  );
}
