// API clients as the admin API shows them, the request bodies, and the signing keys (public parts only).
import { z } from 'zod';
import type { ApiClientRow, ApiSigningKeyRow } from '../db/schema.ts';
import { apiScopes } from '../shared/principal.ts';
import { publicJwkOf } from './signing-keys.ts';

export const apiScopeSchema = z.enum(apiScopes).meta({ id: 'ApiScope' });

const nameSchema = z.string().trim().min(1, 'is required').max(100);
const contactSchema = z
  .string()
  .trim()
  .min(3, 'is required')
  .max(254)
  .describe('Who to contact about the client: an e-mail address, or a name and a phone number');
const scopesSchema = z
  .array(apiScopeSchema)
  .max(apiScopes.length)
  .refine((scopes) => new Set(scopes).size === scopes.length, 'must not repeat a scope')
  .describe('What the client may do; every scope at most once');

export const apiClientApprovalSchema = z
  .object({
    state: z
      .enum(['not_required', 'pending', 'approved', 'rejected'])
      .describe(
        'not_required: no scope that reads or changes personal data. pending: waits for a second admin; the ' +
          'client gets no tokens. approved: works. rejected: gets no tokens (a new secret asks again)',
      ),
    requestedBy: z.uuid().nullable().describe('The admin whose change asked for approval (staff user id)'),
    requestedAt: z.iso.datetime().nullable(),
    decidedBy: z.uuid().nullable().describe('The admin who approved or rejected it (staff user id)'),
    decidedAt: z.iso.datetime().nullable(),
  })
  .meta({
    id: 'ApiClientApproval',
    description:
      'A client with a scope that reads or changes personal data works only after an admin other than the one ' +
      'who asked (by creating it, adding such a scope or giving it a new secret) has approved it',
  });

export const apiClientSchema = z
  .object({
    id: z.uuid().describe('The client id (client_id at the token endpoint)'),
    name: z.string(),
    contact: z.string(),
    scopes: z.array(apiScopeSchema),
    active: z.boolean().describe('An inactive client gets no tokens, and its tokens stop working at once'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    secretRotatedAt: z.iso.datetime().describe('When the current secret was made'),
    approval: apiClientApprovalSchema,
  })
  .meta({ id: 'ApiClient' });

export const apiClientListSchema = z
  .object({ items: z.array(apiClientSchema) })
  .meta({ id: 'ApiClientList' });

export const apiClientWithSecretSchema = z
  .object({
    client: apiClientSchema,
    clientSecret: z
      .string()
      .describe(
        'The client secret. Shown only in this response: it is stored as a hash and cannot be read again',
      ),
  })
  .meta({ id: 'ApiClientWithSecret' });

export const createApiClientBody = z
  .object({ name: nameSchema, contact: contactSchema, scopes: scopesSchema })
  .meta({ id: 'CreateApiClientRequest' });

export const updateApiClientBody = z
  .object({
    name: nameSchema.optional(),
    contact: contactSchema.optional(),
    scopes: scopesSchema.optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'give at least one field')
  .meta({ id: 'UpdateApiClientRequest', description: 'Only the fields given are changed' });

export type CreateApiClientInput = z.infer<typeof createApiClientBody>;
export type UpdateApiClientInput = z.infer<typeof updateApiClientBody>;
export type ApiClient = z.infer<typeof apiClientSchema>;

export function presentApiClient(row: ApiClientRow): ApiClient {
  return {
    id: row.id,
    name: row.name,
    contact: row.contact,
    scopes: row.scopes,
    active: row.active,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    secretRotatedAt: row.secret_rotated_at.toISOString(),
    approval: {
      state: row.approval,
      requestedBy: row.approval_requested_by,
      requestedAt: row.approval_requested_at?.toISOString() ?? null,
      decidedBy: row.approval_decided_by,
      decidedAt: row.approval_decided_at?.toISOString() ?? null,
    },
  };
}

export const signingKeySchema = z
  .object({
    kid: z.string(),
    algorithm: z.enum(['ES256', 'EdDSA']),
    createdAt: z.iso.datetime(),
    retiredAt: z.iso.datetime().nullable().describe('null: the key that signs new tokens'),
    publicJwk: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'SigningKey' });

export const signingKeyListSchema = z
  .object({ items: z.array(signingKeySchema) })
  .meta({ id: 'SigningKeyList' });

export function presentSigningKey(row: ApiSigningKeyRow) {
  return {
    kid: row.kid,
    algorithm: row.algorithm,
    createdAt: row.created_at.toISOString(),
    retiredAt: row.retired_at ? row.retired_at.toISOString() : null,
    publicJwk: publicJwkOf(row),
  };
}
