// The values of the register and edit forms, their checks in the browser (as the API's), and the API's refusals as
// texts at the fields.

import { isApiProblem } from '@tuki/api-client';
import { apiScopes } from '@tuki/domain';
import type { Translator } from '@tuki/i18n';
import type { ApiScope } from './api-clients-api.ts';

/** Every scope, in the order the form offers them. */
export const allScopes: readonly ApiScope[] = apiScopes;

/** The i18n key of a scope's label. */
export const scopeLabelKey = {
  'applications:read': 'apiClients.scopes.applicationsRead',
  'decisions:read': 'apiClients.scopes.decisionsRead',
  'events:manage': 'apiClients.scopes.eventsManage',
  'statistics:read': 'apiClients.scopes.statisticsRead',
  'audit:read': 'apiClients.scopes.auditRead',
  'gdpr:read': 'apiClients.scopes.gdprRead',
  'gdpr:delete': 'apiClients.scopes.gdprDelete',
  'payments:read': 'apiClients.scopes.paymentsRead',
  'payments:write': 'apiClients.scopes.paymentsWrite',
} as const satisfies Record<ApiScope, string>;

export interface ClientFormValues {
  name: string;
  contact: string;
  scopes: ApiScope[];
  active: boolean;
}

export type FieldName = keyof ClientFormValues;
export type FieldErrors = Partial<Record<FieldName, string>>;

export const fieldOrder: readonly FieldName[] = ['name', 'contact', 'scopes', 'active'];

export const emptyValues: ClientFormValues = { name: '', contact: '', scopes: [], active: true };

export function validate(values: ClientFormValues, t: Translator): FieldErrors {
  const errors: FieldErrors = {};
  if (values.name.trim() === '') errors.name = t('apiClients.errors.nameRequired');
  if (values.contact.trim().length < 3) errors.contact = t('apiClients.errors.contactRequired');
  return errors;
}

export interface Refusal {
  fields: FieldErrors;
  general?: string;
  stale?: boolean;
}

/** The API's answer to a change, as texts for the form; undefined for what the app shows itself. */
export function refusalOf(error: unknown, t: Translator): Refusal | undefined {
  if (!isApiProblem(error)) return undefined;
  if (error.status === 412) return { fields: {}, stale: true };
  if (error.status === 404) return { fields: {}, general: t('apiClients.errors.notFound') };
  if (error.status === 400) {
    const fields: FieldErrors = {};
    for (const fieldError of error.errors) {
      const head = fieldError.path.split('.')[0];
      if (head === 'name') fields.name = t('apiClients.errors.nameRequired');
      if (head === 'contact') fields.contact = t('apiClients.errors.contactRequired');
    }
    return Object.keys(fields).length > 0 ? { fields } : { fields, general: t('apiClients.errors.failed') };
  }
  if (error.status === 401 || error.status === 403 || error.status >= 500) return undefined;
  return { fields: {}, general: t('apiClients.errors.failed') };
}
