// The values of the columns that hold fewer values than their SQL type allows and that belong to the server alone
// (the shared vocabulary, such as statuses, languages and roles, comes from @tuki/domain). The generated table types
// (schema.gen.ts) use these types through the column list in codegen.ts; the SQL check constraints hold the same
// values (test/db-types.test.ts compares them).
import type { RecordType } from '@tuki/domain';
import type { ColumnType } from 'kysely';

/** A JSON column: read as the parsed value, written as JSON text. */
export type JsonText<T = unknown> = ColumnType<T, string, string>;

/** A column written once, with its row, and never updated. */
export type Immutable<T> = ColumnType<T, T, never>;

/** Who signs in (session.kind, oidc_login.audience). */
export const sessionKinds = ['citizen', 'staff'] as const;
export type SessionKind = (typeof sessionKinds)[number];

export const authMethods = ['dev', 'oidc'] as const;
export type AuthMethod = (typeof authMethods)[number];

/** Who changed an application's status: never an anonymous caller. */
export const statusChangeActorTypes = ['person', 'staff', 'api_client', 'system'] as const;
export type StatusChangeActorType = (typeof statusChangeActorTypes)[number];

export const auditActorTypes = [...statusChangeActorTypes, 'anonymous'] as const;
export type AuditActorType = (typeof auditActorTypes)[number];

export const auditOutcomes = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** A second admin's approval of an API client's privileged scopes (0026). */
export const apiClientApprovals = ['not_required', 'pending', 'approved', 'rejected'] as const;
export type ApiClientApproval = (typeof apiClientApprovals)[number];

/** Privileged roles asked for a staff user, waiting for another admin's approval (0026). */
export const roleGrantStates = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type RoleGrantState = (typeof roleGrantStates)[number];

export const signingAlgorithms = ['ES256', 'EdDSA'] as const;
export type SigningAlgorithm = (typeof signingAlgorithms)[number];

export const notificationChannels = ['email', 'none'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/** Claimed before the hand-over to SMTP, sent after it; uncertain after a crash in between (0028). */
export const notificationStates = ['sending', 'sent', 'uncertain'] as const;
export type NotificationState = (typeof notificationStates)[number];

export const messageSenderTypes = ['person', 'staff'] as const;
export type MessageSenderType = (typeof messageSenderTypes)[number];

export const parameterSetOrigins = ['shipped', 'admin'] as const;
export type ParameterSetOrigin = (typeof parameterSetOrigins)[number];

export const decisionOutcomes = ['approved', 'partially_approved', 'rejected'] as const;
export type DecisionOutcomeValue = (typeof decisionOutcomes)[number];

export const decisionDeliveries = ['electronic', 'paper'] as const;
export type DecisionDelivery = (typeof decisionDeliveries)[number];

export const webhookDeliveryStatuses = ['pending', 'failed', 'delivered', 'dead'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

/** Whom a payment goes to: the client, or the landlord for the rent (0034). */
export const paymentPayeeKinds = ['client', 'landlord'] as const;
export type PaymentPayeeKind = (typeof paymentPayeeKinds)[number];

/** A payment waits for a batch, is in one, sent in its file, then accepted or rejected by the bank (0034). */
export const paymentStatuses = ['proposed', 'in_batch', 'sent', 'accepted', 'rejected'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/** A payment batch is proposed, approved by a second person, then exported as a payment file (0034). */
export const paymentBatchStatuses = ['proposed', 'approved', 'exported'] as const;
export type PaymentBatchStatus = (typeof paymentBatchStatuses)[number];

/**
 * What a payment commitment covers (0038): a rent deposit, a month's rent, medicines at a pharmacy, or something
 * else named in its text.
 */
export const paymentCommitmentKinds = ['rent_deposit', 'rent', 'medicines', 'other'] as const;
export type PaymentCommitmentKind = (typeof paymentCommitmentKinds)[number];
/** A destruction list is proposed by the monthly job and approved by an archivist (0039). */
export const destructionListStatuses = ['proposed', 'approved'] as const;
export type DestructionListStatus = (typeof destructionListStatuses)[number];

/** What became of a proposed case when its list was approved (0039). */
export const destructionOutcomes = ['destroyed', 'kept'] as const;
export type DestructionOutcome = (typeof destructionOutcomes)[number];

/** One document of a destruction list or record: its record type and id, never its content (0039). */
export interface DestructionDocument {
  recordType: RecordType;
  id: string;
}

/** The notices other than decisions sent through Suomi.fi Messages (migration 0037), and what came of each. */
export const suomifiNoticeKinds = ['information_requested', 'application_merged'] as const;
export type SuomifiNoticeKind = (typeof suomifiNoticeKinds)[number];
export const suomifiNoticeOutcomes = ['sent', 'no_mailbox'] as const;
export type SuomifiNoticeOutcome = (typeof suomifiNoticeOutcomes)[number];
