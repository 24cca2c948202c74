// Table types for Kysely. Column names are snake_case as in the SQL migrations.

import type { InformationItemCode } from '@tuki/domain';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Language = 'fi' | 'sv' | 'en';
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface PersonTable {
  id: Generated<string>;
  personal_identity_code: string;
  first_name: string;
  last_name: string;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  preferred_language: ColumnType<Language, Language | undefined, Language>;
  email: string | null;
  phone: string | null;
  /** Whether the person gets e-mail notifications (0008). */
  email_notifications: Generated<boolean>;
  /** Whether the person gets decisions electronically only, without a letter by mail (0014). */
  electronic_delivery: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StaffUserTable {
  id: Generated<string>;
  username: string;
  first_name: string;
  last_name: string;
  email: string | null;
  roles: string[];
  external_id: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionTable {
  id: Generated<string>;
  token_hash: string;
  kind: 'citizen' | 'staff';
  person_id: string | null;
  staff_user_id: string | null;
  csrf_token: string;
  auth_method: 'dev' | 'oidc';
  loa: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface OidcLoginTable {
  binding_hash: string;
  audience: 'citizen' | 'staff';
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: Timestamp;
  used_at: Timestamp | null;
}

/** A registered API client (0016). */
export interface ApiClientTable {
  id: Generated<string>;
  name: string;
  contact: string;
  scopes: string[];
  /** scrypt hash of the client secret; the secret itself is never stored. */
  secret_hash: string;
  active: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  secret_rotated_at: Timestamp;
  /** A second admin's approval of privileged scopes (0026). */
  approval: Generated<ApiClientApproval>;
  approval_requested_by: string | null;
  approval_requested_at: Timestamp | null;
  approval_decided_by: string | null;
  approval_decided_at: Timestamp | null;
}

export type ApiClientApproval = 'not_required' | 'pending' | 'approved' | 'rejected';

/** Privileged roles asked for a staff user, waiting for another admin's approval (0026). */
export interface StaffRoleGrantTable {
  id: Generated<string>;
  staff_user_id: string;
  roles: string[];
  state: Generated<'pending' | 'approved' | 'rejected' | 'cancelled'>;
  requested_by: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

/** A key that signs access tokens (0016). */
export interface ApiSigningKeyTable {
  kid: string;
  algorithm: 'ES256' | 'EdDSA';
  /** PKCS#8 PEM. */
  private_key: string;
  public_jwk: ColumnType<Record<string, unknown>, string, string>;
  created_at: Timestamp;
  retired_at: Timestamp | null;
}

export interface AuditEventTable {
  seq: Generated<number>;
  id: Generated<string>;
  occurred_at: Timestamp;
  actor_type: 'person' | 'staff' | 'api_client' | 'system' | 'anonymous';
  actor_id: string | null;
  action: string;
  subject_person_id: string | null;
  object_type: string | null;
  object_id: string | null;
  request_id: string | null;
  ip: string | null;
  outcome: 'success' | 'denied' | 'failure';
  details: ColumnType<unknown, string | null | undefined, string | null>;
  prev_hash: Generated<string>;
  hash: Generated<string>;
}

export type ApplicationStatusValue =
  | 'draft'
  | 'submitted'
  | 'in_processing'
  | 'waiting_for_information'
  | 'decided'
  | 'withdrawn'
  | 'closed_as_duplicate';

export interface ApplicationTable {
  id: Generated<string>;
  person_id: string;
  kind: 'basic' | 'supplementary' | 'preventive' | 'rectification';
  status: ColumnType<ApplicationStatusValue, ApplicationStatusValue | undefined, ApplicationStatusValue>;
  content: ColumnType<Record<string, unknown>, string | undefined, string>;
  content_version: Generated<number>;
  version: Generated<number>;
  reference_number: string | null;
  urgent: Generated<boolean>;
  submitted_at: Timestamp | null;
  /** A calendar date, read as 'YYYY-MM-DD' (see database.ts). */
  due_date: string | null;
  /** The staff user handling the application (0007_case_handling). */
  assignee_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The application this one was merged into, when closed as a duplicate (0022). */
  duplicate_of: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApplicationStatusHistoryTable {
  id: Generated<number>;
  application_id: string;
  status: ApplicationStatusValue;
  previous_status: ApplicationStatusValue | null;
  changed_at: Timestamp;
  actor_type: 'person' | 'staff' | 'api_client' | 'system';
  actor_id: string | null;
}

export interface ApplicationNoteTable {
  id: Generated<string>;
  application_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
}

export interface IdempotencyKeyTable {
  actor_id: string;
  operation: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: ColumnType<unknown, string, string>;
  created_at: Timestamp;
}

export interface OutboxTable {
  id: Generated<number>;
  topic: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  created_at: Timestamp;
  available_at: Timestamp;
  attempts: Generated<number>;
  last_error: string | null;
  processed_at: Timestamp | null;
  failed_at: Timestamp | null;
}

export interface NotificationSentTable {
  outbox_id: number;
  recipient_person_id: string | null;
  channel: 'email' | 'none';
  /** When the claim was made, and then when the SMTP server accepted the message. */
  sent_at: Timestamp;
  /** Migration 0028: claimed before the hand-over to SMTP, sent after it; uncertain after a crash in between. */
  state: Generated<'sending' | 'sent' | 'uncertain'>;
}

export interface InformationRequestTable {
  id: Generated<string>;
  application_id: string;
  requested_by: string;
  message: string;
  /** A calendar date, read as 'YYYY-MM-DD'. */
  due_date: string;
  created_at: Timestamp;
  answer_message: string | null;
  answered_at: Timestamp | null;
  /** Why a second or later request was needed (0023); null on the first. */
  reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface InformationRequestItemTable {
  request_id: string;
  position: number;
  code: InformationItemCode;
  description: string | null;
}

export interface MessageTable {
  id: Generated<string>;
  application_id: string;
  sender_type: 'person' | 'staff';
  sender_staff_id: string | null;
  body: string;
  sent_at: Timestamp;
  read_at: Timestamp | null;
}

export interface RuleParameterSetTable {
  version: string;
  /** 'YYYY-MM', the set's effectiveFrom (0013). */
  effective_from: string;
  /** The whole ParameterSet (packages/rules); written as JSON text, read as the object. */
  parameters: ColumnType<unknown, string, never>;
  origin: 'shipped' | 'admin';
  created_by: string | null;
  created_at: Timestamp;
  /** The version of the shipped set this shipped set corrects (same effective month), or null (0021). */
  revises: ColumnType<string | null, string | null | undefined, never>;
}

export type DecisionOutcomeValue = 'approved' | 'partially_approved' | 'rejected';

export interface DecisionTable {
  id: Generated<string>;
  application_id: string;
  outcome: DecisionOutcomeValue;
  month: string;
  amount_cents: number;
  calculation_input: ColumnType<unknown, string | null, string | null>;
  calculation_result: ColumnType<unknown, string | null, string | null>;
  parameter_set: ColumnType<unknown, string | null, string | null>;
  parameters_version: string | null;
  reason_templates: ColumnType<string[], string[] | undefined, string[]>;
  reasoning: string;
  legal_provisions: string[];
  /** A calendar date, read as 'YYYY-MM-DD'. */
  payment_date: string | null;
  decided_by: string;
  decided_at: Timestamp;
  language: Language;
  delivery: 'electronic' | 'paper';
  print_batch_id: string | null;
  mailed_at: Timestamp | null;
}

export interface DecisionDocumentTable {
  decision_id: string;
  /** The letter's data as rendered (DecisionLetterData); null for letters stored before 0024. */
  letter_data: ColumnType<unknown, string | null | undefined, string | null>;
  pdf: Uint8Array;
  sha256: string;
  size_bytes: number;
  created_at: Timestamp;
}

/** A decision whose letter is not rendered yet (migration 0031): its data, kept until the letter is stored. */
export interface PendingDecisionLetterTable {
  decision_id: string;
  letter_data: ColumnType<unknown, string, string>;
  created_at: Timestamp;
  claimed_until: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface PrintBatchTable {
  id: Generated<string>;
  created_by: string;
  created_at: Timestamp;
  letters: number;
  pdf: Uint8Array;
  sha256: string;
}

export interface RectificationRequestTable {
  application_id: string;
  decision_id: string;
  reasons: string;
  requested_at: Timestamp;
}

/** An event for other systems (0017); written by triggers, never by application code. */
export interface EventTable {
  id: Generated<string>;
  seq: Generated<number>;
  type: string;
  subject: string;
  time: Timestamp;
  data: ColumnType<Record<string, unknown>, string, string>;
}

export interface WebhookSubscriptionTable {
  id: Generated<string>;
  api_client_id: string;
  url: string;
  event_types: ColumnType<string[], string[] | undefined, string[]>;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Timestamp | null;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export type WebhookDeliveryStatus = 'pending' | 'failed' | 'delivered' | 'dead';

export interface WebhookDeliveryTable {
  id: Generated<string>;
  subscription_id: string;
  event_id: string;
  event_seq: number;
  subject: string;
  status: ColumnType<WebhookDeliveryStatus, WebhookDeliveryStatus | undefined, WebhookDeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  first_attempt_at: Timestamp | null;
  last_attempt_at: Timestamp | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: Timestamp | null;
  created_at: Timestamp;
}

export interface Database {
  event: EventTable;
  webhook_subscription: WebhookSubscriptionTable;
  webhook_delivery: WebhookDeliveryTable;
  rectification_request: RectificationRequestTable;
  decision: DecisionTable;
  decision_document: DecisionDocumentTable;
  pending_decision_letter: PendingDecisionLetterTable;
  print_batch: PrintBatchTable;
  information_request: InformationRequestTable;
  information_request_item: InformationRequestItemTable;
  message: MessageTable;
  notification_sent: NotificationSentTable;
  outbox: OutboxTable;
  application: ApplicationTable;
  application_status_history: ApplicationStatusHistoryTable;
  application_note: ApplicationNoteTable;
  idempotency_key: IdempotencyKeyTable;
  person: PersonTable;
  staff_user: StaffUserTable;
  session: SessionTable;
  oidc_login: OidcLoginTable;
  audit_event: AuditEventTable;
  api_client: ApiClientTable;
  api_signing_key: ApiSigningKeyTable;
  staff_role_grant: StaffRoleGrantTable;
  rule_parameter_set: RuleParameterSetTable;
}

export type PersonRow = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type StaffUserRow = Selectable<StaffUserTable>;
export type SessionRow = Selectable<SessionTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type ApiClientRow = Selectable<ApiClientTable>;
export type ApiSigningKeyRow = Selectable<ApiSigningKeyTable>;
export type StaffRoleGrantRow = Selectable<StaffRoleGrantTable>;
export type ApplicationRow = Selectable<ApplicationTable>;
