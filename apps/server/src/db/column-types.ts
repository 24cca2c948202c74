// The TypeScript types of the columns that hold fewer values than their SQL type allows and that belong to the
// server alone (the shared vocabulary, such as statuses, languages and roles, comes from @tuki/domain). The generated
// table types (schema.gen.ts) use them through the column list in codegen.ts; the SQL check constraints hold the same
// values.
import type { ColumnType } from 'kysely';

/** A JSON column: read as the parsed value, written as JSON text. */
export type JsonText<T = unknown> = ColumnType<T, string, string>;

/** A column written once, with its row, and never updated. */
export type Immutable<T> = ColumnType<T, T, never>;

/** Who signs in (session.kind, oidc_login.audience). */
export type SessionKind = 'citizen' | 'staff';

export type AuthMethod = 'dev' | 'oidc';

export type AuditActorType = 'person' | 'staff' | 'api_client' | 'system' | 'anonymous';

/** Who changed an application's status: never an anonymous caller. */
export type StatusChangeActorType = Exclude<AuditActorType, 'anonymous'>;

export type AuditOutcome = 'success' | 'denied' | 'failure';

/** A second admin's approval of an API client's privileged scopes (0026). */
export type ApiClientApproval = 'not_required' | 'pending' | 'approved' | 'rejected';

/** Privileged roles asked for a staff user, waiting for another admin's approval (0026). */
export type RoleGrantState = 'pending' | 'approved' | 'rejected' | 'cancelled';

export type SigningAlgorithm = 'ES256' | 'EdDSA';

export type NotificationChannel = 'email' | 'none';

/** Claimed before the hand-over to SMTP, sent after it; uncertain after a crash in between (0028). */
export type NotificationState = 'sending' | 'sent' | 'uncertain';

export type MessageSenderType = 'person' | 'staff';

export type ParameterSetOrigin = 'shipped' | 'admin';

export type DecisionOutcomeValue = 'approved' | 'partially_approved' | 'rejected';

export type DecisionDelivery = 'electronic' | 'paper';

export type WebhookDeliveryStatus = 'pending' | 'failed' | 'delivered' | 'dead';
