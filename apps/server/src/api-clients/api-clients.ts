// Registering and managing API clients (admins), and checking a client's credentials at the token endpoint.
// Each change runs in one transaction with its audit row; no secret is ever written to the audit trail or the log.
import { cannotApproveOwn, notPending, privilegedScopesOf } from '../approvals/index.ts';
import type { AuditContext } from '../audit/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { Db } from '../db/database.ts';
import type { ApiClientRow } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound, VersionRequired } from '../shared/errors.ts';
import { assertIfMatch, entityTag } from '../shared/versions.ts';
import type { CreateApiClientInput, UpdateApiClientInput } from './api-client.presenter.ts';
import {
  findApiClientById,
  insertApiClient,
  listApiClientRows,
  lockApiClient,
  updateApiClientApproval,
  updateApiClientRow,
} from './api-clients.repository.ts';
import { DUMMY_SECRET_HASH, generateClientSecret, hashClientSecret, verifyClientSecret } from './secrets.ts';
import { rotateSigningKey } from './signing-keys.ts';

const NOT_FOUND = 'There is no such API client.';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who manages the clients: the admin's id (for created_by) and the request's audit context. */
export interface ApiClientAdmin {
  staffUserId: string | null;
  audit: AuditContext;
}

export interface VersionedApiClient {
  row: ApiClientRow;
  etag: string;
}

const versioned = (row: ApiClientRow): VersionedApiClient => ({ row, etag: entityTag(row.id, row.version) });

class PreconditionRequired extends VersionRequired {
  constructor() {
    super('Send the ETag of the API client you loaded in If-Match.', { code: 'precondition-required' });
  }
}

export async function listApiClients(db: Db): Promise<ApiClientRow[]> {
  const rows = await listApiClientRows(db);
  const collator = new Intl.Collator('fi', { sensitivity: 'base' });
  return rows.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

export async function getApiClient(db: Db, id: string): Promise<VersionedApiClient> {
  const row = await findApiClientById(db, id);
  if (!row) throw notFound(NOT_FOUND);
  return versioned(row);
}

/** Registers a client; the secret is returned here and never again. */
export async function createApiClient(
  db: Db,
  admin: ApiClientAdmin,
  input: CreateApiClientInput,
  now: Date,
): Promise<VersionedApiClient & { secret: string }> {
  const secret = generateClientSecret();
  const secretHash = await hashClientSecret(secret);
  const approval =
    privilegedScopesOf(input.scopes).length > 0 ? askApproval(admin, now) : approvalNotRequired;
  return inTransaction(db, async (trx) => {
    const row = await insertApiClient(trx, {
      name: input.name,
      contact: input.contact,
      scopes: input.scopes,
      secret_hash: secretHash,
      created_by: admin.staffUserId,
      created_at: now,
      updated_at: now,
      secret_rotated_at: now,
      ...approval,
    });
    await auditClient(
      trx,
      admin,
      'api_client.create',
      row,
      { name: row.name, scopes: row.scopes, approval: row.approval },
      now,
    );
    return { ...versioned(row), secret };
  });
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** The approval columns of a client that has no privileged scope. */
const approvalNotRequired = {
  approval: 'not_required' as const,
  approval_requested_by: null,
  approval_requested_at: null,
  approval_decided_by: null,
  approval_decided_at: null,
};

/** The approval columns of a client whose privileged access this admin's change asks for. */
const askApproval = (admin: ApiClientAdmin, now: Date) => ({
  approval: 'pending' as const,
  approval_requested_by: admin.staffUserId,
  approval_requested_at: now,
  approval_decided_by: null,
  approval_decided_at: null,
});

/**
 * The approval after a change of scopes: no privileged scope left → not required; a privileged scope added →
 * asked again (by this admin); otherwise unchanged (removing scopes, or none changed, needs no approval).
 */
function approvalAfterScopes(
  current: ApiClientRow,
  scopes: readonly string[],
  admin: ApiClientAdmin,
  now: Date,
) {
  const privileged = privilegedScopesOf(scopes);
  if (privileged.length === 0) return current.approval === 'not_required' ? {} : approvalNotRequired;
  const added = privileged.filter((scope) => !current.scopes.includes(scope));
  return added.length > 0 || current.approval === 'not_required' ? askApproval(admin, now) : {};
}

/** The client's row, locked for the rest of the transaction; 404 when there is none. */
async function lockClient(trx: Db, id: string): Promise<ApiClientRow> {
  const current = await lockApiClient(trx, id);
  if (!current) throw notFound(NOT_FOUND);
  return current;
}

/** The audit row of a change to the client, in the change's transaction. */
async function auditClient(
  trx: Db,
  admin: ApiClientAdmin,
  action: string,
  row: ApiClientRow,
  details: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await recordAudit(trx, admin.audit, { action, objectType: 'api_client', objectId: row.id, details }, now);
}

/** What a change to a client wrote: the updated row, and the action and details of its audit row. */
interface ClientChange {
  row: ApiClientRow;
  action: string;
  details: Record<string, unknown>;
}

/**
 * A change to an existing client in one transaction: its row locked (404 when there is none), the change made on
 * it, and the change's audit row written. Returns the updated row.
 */
async function changeClient(
  db: Db,
  admin: ApiClientAdmin,
  id: string,
  now: Date,
  change: (trx: Db, current: ApiClientRow) => Promise<ClientChange>,
): Promise<ApiClientRow> {
  return inTransaction(db, async (trx) => {
    const current = await lockClient(trx, id);
    const { row, action, details } = await change(trx, current);
    await auditClient(trx, admin, action, row, details, now);
    return row;
  });
}

export async function updateApiClient(
  db: Db,
  admin: ApiClientAdmin,
  input: { id: string; ifMatch: string | undefined; changes: UpdateApiClientInput },
  now: Date,
): Promise<VersionedApiClient> {
  const updated = await changeClient(db, admin, input.id, now, async (trx, current) => {
    if (input.ifMatch === undefined) throw new PreconditionRequired();
    assertIfMatch(input.ifMatch, entityTag(current.id, current.version));
    const { changes } = input;
    const approval =
      changes.scopes !== undefined ? approvalAfterScopes(current, changes.scopes, admin, now) : {};
    const row = await updateApiClientRow(
      trx,
      current.id,
      {
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.contact !== undefined ? { contact: changes.contact } : {}),
        ...(changes.scopes !== undefined ? { scopes: changes.scopes } : {}),
        ...(changes.active !== undefined ? { active: changes.active } : {}),
        ...approval,
      },
      now,
    );
    const changed = [
      current.name !== row.name ? 'name' : null,
      current.contact !== row.contact ? 'contact' : null,
      !sameSet(current.scopes, row.scopes) ? 'scopes' : null,
      current.active !== row.active ? 'active' : null,
    ].filter((field) => field !== null);
    const details = {
      changed,
      ...(changed.includes('scopes') ? { scopes: { from: current.scopes, to: row.scopes } } : {}),
      ...(changed.includes('active') ? { active: { from: current.active, to: row.active } } : {}),
      ...(current.approval !== row.approval || 'approval' in approval
        ? { approval: { from: current.approval, to: row.approval } }
        : {}),
    };
    return { row, action: 'api_client.update', details };
  });
  return versioned(updated);
}

/**
 * A new secret for the client; the old one stops working at once (tokens already issued run out). The admin who
 * rotates sees the new secret, so a client with privileged scopes waits for another admin's approval again.
 */
export async function rotateApiClientSecret(
  db: Db,
  admin: ApiClientAdmin,
  input: { id: string; ifMatch: string | undefined },
  now: Date,
): Promise<VersionedApiClient & { secret: string }> {
  const secret = generateClientSecret();
  const secretHash = await hashClientSecret(secret);
  const updated = await changeClient(db, admin, input.id, now, async (trx, current) => {
    assertIfMatch(input.ifMatch, entityTag(current.id, current.version));
    const row = await updateApiClientRow(
      trx,
      current.id,
      {
        secret_hash: secretHash,
        secret_rotated_at: now,
        ...(privilegedScopesOf(current.scopes).length > 0 ? askApproval(admin, now) : {}),
      },
      now,
    );
    return { row, action: 'api_client.rotate_secret', details: { approval: row.approval } };
  });
  return { ...versioned(updated), secret };
}

/** Retires the signing key and makes a new one, with the audit row in the same transaction. */
export async function rotateSigningKeyAudited(db: Db, admin: ApiClientAdmin, now: Date) {
  return inTransaction(db, async (trx) => {
    const rotated = await rotateSigningKey(trx, now);
    await recordAudit(
      trx,
      admin.audit,
      {
        action: 'api_signing_key.rotate',
        objectType: 'api_signing_key',
        objectId: rotated.created.kid,
        details: { retiredKid: rotated.retiredKid },
      },
      now,
    );
    return rotated;
  });
}

/**
 * The client with these credentials, or null (unknown id, wrong secret, or inactive). An unknown id costs the same
 * scrypt work as a wrong secret, so the time does not tell which ids exist. A client that is active but waits for
 * approval (or was rejected) is returned: only the holder of the secret learns that, and the token endpoint says it.
 */
export async function authenticateClient(
  db: Db,
  clientId: string,
  secret: string,
): Promise<ApiClientRow | null> {
  const row = UUID.test(clientId) ? await findApiClientById(db, clientId) : undefined;
  const matches = await verifyClientSecret(secret, row?.secret_hash ?? DUMMY_SECRET_HASH);
  return row && matches && row.active ? row : null;
}

/** What a decision on a pending client's privileged access checks, sets and writes to its audit row. */
interface ApprovalDecision {
  approval: 'approved' | 'rejected';
  action: string;
  /** Runs before If-Match is compared. */
  check: (current: ApiClientRow, admin: ApiClientAdmin, ifMatch: string | undefined) => void;
  /** The audit details besides the client's scopes. */
  details: (row: ApiClientRow, admin: ApiClientAdmin) => Record<string, unknown>;
}

const approvalDecisions: Record<'approve' | 'reject', ApprovalDecision> = {
  /**
   * A second admin approves the client's privileged scopes (and its current secret): from now on it gets tokens.
   * If-Match is required, so what is approved is the version the admin saw. The admin whose change asked cannot
   * approve (403).
   */
  approve: {
    approval: 'approved',
    action: 'api_client.approve',
    check: (current, admin, ifMatch) => {
      if (admin.staffUserId === null || current.approval_requested_by === admin.staffUserId)
        throw cannotApproveOwn('api-client');
      if (ifMatch === undefined) throw new PreconditionRequired();
    },
    details: (row) => ({
      createdBy: row.created_by,
      requestedBy: row.approval_requested_by,
      approvedBy: row.approval_decided_by,
    }),
  },
  /**
   * Refuses the client's privileged access (any admin; the one who asked thereby withdraws it). The client gets
   * no tokens; a new secret asks again.
   */
  reject: {
    approval: 'rejected',
    action: 'api_client.reject',
    check: () => {},
    details: (row, admin) => ({
      requestedBy: row.approval_requested_by,
      withdrawn: admin.staffUserId !== null && admin.staffUserId === row.approval_requested_by,
    }),
  },
};

/** An admin's decision on a pending client's privileged access; only a pending client can be decided on (409). */
export async function decideApiClientApproval(
  db: Db,
  admin: ApiClientAdmin,
  input: { id: string; ifMatch: string | undefined; decision: keyof typeof approvalDecisions },
  now: Date,
): Promise<VersionedApiClient> {
  const decision = approvalDecisions[input.decision];
  const updated = await changeClient(db, admin, input.id, now, async (trx, current) => {
    if (current.approval !== 'pending') throw notPending('The API client');
    decision.check(current, admin, input.ifMatch);
    assertIfMatch(input.ifMatch, entityTag(current.id, current.version));
    const row = await updateApiClientApproval(trx, current.id, decision.approval, admin.staffUserId, now);
    const details = { scopes: row.scopes, ...decision.details(row, admin) };
    return { row, action: decision.action, details };
  });
  return versioned(updated);
}
