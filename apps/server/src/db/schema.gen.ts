// Generated from apps/server/migrations by `npm run db:types` (apps/server/src/db/codegen.ts): do not edit.
// The code imports these types through schema.ts.

import type { ApiClientApproval, AuditActorType, AuditOutcome, AuthMethod, DecisionDelivery, DecisionOutcomeValue, DestructionDocument, DestructionListStatus, DestructionOutcome, Immutable, JsonText, MessageSenderType, NotificationChannel, NotificationState, ParameterSetOrigin, PaymentBatchStatus, PaymentCommitmentKind, PaymentPayeeKind, PaymentStatus, RoleGrantState, SessionKind, SigningAlgorithm, StatusChangeActorType, SuomifiNoticeKind, SuomifiNoticeOutcome, WebhookDeliveryStatus } from "./column-types.ts";
import type { ApiScope, ApplicationStatus, AttachmentCategory, AttentionReason, AttentionResolution, CaseKind, EventType, InformationItemCode, Language, PublicityClass, RecordType, StaffRole } from "@tuki/domain";
import type { ColumnType } from "kysely";

export type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface ApiClient {
  active: Generated<boolean>;
  approval: Generated<ApiClientApproval>;
  approval_decided_at: Timestamp | null;
  approval_decided_by: string | null;
  approval_requested_at: Timestamp | null;
  approval_requested_by: string | null;
  contact: string;
  created_at: Timestamp;
  created_by: string | null;
  id: Generated<string>;
  name: string;
  scopes: Generated<ApiScope[]>;
  secret_hash: string;
  secret_rotated_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ApiSigningKey {
  algorithm: SigningAlgorithm;
  created_at: Timestamp;
  kid: string;
  private_key: string;
  public_jwk: JsonText<Record<string, unknown>>;
  retired_at: Timestamp | null;
}

export interface Application {
  assignee_id: string | null;
  content: Generated<JsonText<Record<string, unknown>>>;
  content_version: Generated<number>;
  created_at: Generated<Timestamp>;
  due_date: string | null;
  duplicate_of: string | null;
  id: Generated<string>;
  kind: CaseKind;
  person_id: string;
  reference_number: string | null;
  status: Generated<ApplicationStatus>;
  submitted_at: Timestamp | null;
  updated_at: Generated<Timestamp>;
  urgent: Generated<boolean>;
  version: Generated<number>;
}

export interface ApplicationNote {
  application_id: string;
  author_id: string;
  body: string;
  created_at: Generated<Timestamp>;
  id: Generated<string>;
}

export interface ApplicationStatusHistory {
  actor_id: string | null;
  actor_type: StatusChangeActorType;
  application_id: string;
  changed_at: Timestamp;
  id: Generated<number>;
  previous_status: ApplicationStatus | null;
  status: ApplicationStatus;
}

export interface Attachment {
  active_content: Generated<string[]>;
  application_id: string;
  category: AttachmentCategory;
  file_name: string;
  id: Generated<string>;
  information_request_id: string | null;
  media_type: string;
  message_id: string | null;
  person_id: string;
  purpose: Generated<string>;
  scan_status: string;
  sha256: string;
  size_bytes: number;
  storage_key: string;
  uploaded_at: Timestamp;
  uploaded_by_staff_id: string | null;
}

export interface AuditChainHead {
  id: Generated<boolean>;
  last_hash: string;
  last_seq: number;
}

export interface AuditEvent {
  action: string;
  actor_id: string | null;
  actor_type: AuditActorType;
  details: JsonText | null;
  hash: Generated<string>;
  id: Generated<string>;
  ip: string | null;
  object_id: string | null;
  object_type: string | null;
  occurred_at: Generated<Timestamp>;
  outcome: AuditOutcome;
  prev_hash: Generated<string>;
  request_id: string | null;
  seq: Generated<number>;
  subject_person_id: string | null;
}

export interface CaseAttentionResolution {
  application_id: string;
  end_to_end_id: string | null;
  id: Generated<string>;
  letter_delivery_id: string | null;
  note: string | null;
  payment_id: string | null;
  reason: AttentionReason;
  resolution: AttentionResolution;
  resolved_at: Timestamp;
  resolved_by: string;
}

export interface Decision {
  amount_cents: number;
  application_id: string;
  calculation_input: JsonText | null;
  calculation_result: JsonText | null;
  decided_at: Timestamp;
  decided_by: string;
  delivery: DecisionDelivery;
  id: Generated<string>;
  landlord_amount_cents: number | null;
  landlord_bic: string | null;
  landlord_iban: string | null;
  landlord_name: string | null;
  language: Language;
  legal_provisions: string[];
  mailed_at: Timestamp | null;
  month: string;
  outcome: DecisionOutcomeValue;
  parameter_set: JsonText | null;
  parameters_version: string | null;
  payment_date: string | null;
  print_batch_id: string | null;
  reason_templates: Generated<string[]>;
  reasoning: string;
}

export interface DecisionDocument {
  created_at: Timestamp;
  decision_id: string;
  letter_data: JsonText | null;
  pdf: Uint8Array;
  sha256: string;
  size_bytes: number;
}

export interface DestructionList {
  approved_at: Timestamp | null;
  approved_by: string | null;
  id: Generated<string>;
  period: string;
  proposed_at: Timestamp;
  proposed_on: string;
  status: Generated<DestructionListStatus>;
  version: Generated<number>;
}

export interface DestructionListCase {
  application_id: string;
  closed_on: string;
  destroy_after: string;
  documents: JsonText<DestructionDocument[]>;
  list_id: string;
  outcome: DestructionOutcome | null;
  reference_number: string | null;
}

export interface DestructionRecord {
  application_id: string;
  approved_at: Timestamp;
  approved_by: string;
  closed_on: string;
  counts: JsonText<Partial<Record<RecordType, number>>>;
  destroyed_at: Timestamp;
  documents: JsonText<DestructionDocument[]>;
  id: Generated<string>;
  list_id: string;
  reference_number: string | null;
  retention_basis: string;
  retention_years: number;
}

export interface Event {
  data: JsonText<Record<string, unknown>>;
  id: Generated<string>;
  seq: Generated<number>;
  subject: string;
  time: Timestamp;
  type: string;
}

export interface IdempotencyKey {
  actor_id: string;
  created_at: Generated<Timestamp>;
  key: string;
  operation: string;
  request_hash: string;
  response: JsonText;
  status_code: number;
}

export interface InformationRequest {
  answer_message: string | null;
  answered_at: Timestamp | null;
  application_id: string;
  created_at: Timestamp;
  due_date: string;
  id: Generated<string>;
  message: string;
  reason: string | null;
  requested_by: string;
}

export interface InformationRequestItem {
  code: InformationItemCode;
  description: string | null;
  position: number;
  request_id: string;
}

export interface LetterDelivery {
  channel: string | null;
  created_at: Timestamp;
  decision_id: string;
  id: Generated<string>;
  message_id: string | null;
  sent_at: Timestamp | null;
  status: Generated<string>;
}

export interface LetterDeliveryEvent {
  delivery_id: string;
  event_time: Timestamp;
  id: Generated<number>;
  kind: string;
}

export interface Message {
  application_id: string;
  body: string;
  id: Generated<string>;
  read_at: Timestamp | null;
  sender_staff_id: string | null;
  sender_type: MessageSenderType;
  sent_at: Timestamp;
}

export interface NotificationSent {
  channel: NotificationChannel;
  outbox_id: number;
  recipient_person_id: string | null;
  sent_at: Timestamp;
  state: Generated<NotificationState>;
}

export interface OidcLogin {
  audience: SessionKind;
  binding_hash: string;
  code_verifier: string;
  created_at: Generated<Timestamp>;
  nonce: string;
  return_to: string;
  state: string;
  used_at: Timestamp | null;
}

export interface Outbox {
  attempts: Generated<number>;
  available_at: Timestamp;
  created_at: Timestamp;
  failed_at: Timestamp | null;
  id: Generated<number>;
  last_error: string | null;
  payload: Generated<JsonText<Record<string, unknown>>>;
  processed_at: Timestamp | null;
  topic: string;
}

export interface Payment {
  amount_cents: number;
  application_id: string;
  batch_id: string | null;
  created_at: Timestamp;
  decision_id: string;
  due_date: string;
  end_to_end_id: Generated<string>;
  iban: string;
  id: Generated<string>;
  payee_kind: PaymentPayeeKind;
  payee_name: string;
  rejection_code: string | null;
  rejection_reason: string | null;
  remittance: string;
  status: Generated<PaymentStatus>;
  updated_at: Timestamp;
}

export interface PaymentBatch {
  approved_at: Timestamp | null;
  approved_by: string | null;
  control_sum_cents: number;
  created_at: Timestamp;
  created_by: string | null;
  execution_date: string;
  exported_at: Timestamp | null;
  exported_by: string | null;
  file_sha256: string | null;
  file_xml: string | null;
  id: Generated<string>;
  message_id: Generated<string>;
  payments: number;
  status: Generated<PaymentBatchStatus>;
  system_proposed_on: string | null;
}

export interface PaymentCommitment {
  application_id: string;
  covers: string;
  created_at: Timestamp;
  decision_id: string;
  document: JsonText;
  id: Generated<string>;
  kind: PaymentCommitmentKind;
  max_amount_cents: number;
  number: string;
  payee_language: Language;
  payee_name: string;
  position: number;
  valid_from: string;
  valid_to: string;
}

export interface PaymentCommitmentCounter {
  last_number: number;
  year: number;
}

export interface PaymentStatusReport {
  accepted: number;
  batch_id: string;
  group_status: string | null;
  id: Generated<string>;
  imported_at: Timestamp;
  imported_by: string | null;
  imported_by_client: string | null;
  message_id: string;
  pending: number;
  rejected: number;
  sha256: string;
  version: string;
}

export interface PendingDecisionLetter {
  attempts: Generated<number>;
  claimed_until: Timestamp | null;
  created_at: Timestamp;
  decision_id: string;
  last_error: string | null;
  letter_data: JsonText;
}

export interface Person {
  city: string | null;
  created_at: Generated<Timestamp>;
  electronic_delivery: Generated<boolean>;
  email: string | null;
  email_notifications: Generated<boolean>;
  first_name: Generated<string>;
  id: Generated<string>;
  last_name: Generated<string>;
  personal_identity_code: string;
  phone: string | null;
  postal_code: string | null;
  preferred_language: Generated<Language>;
  street_address: string | null;
  updated_at: Generated<Timestamp>;
}

export interface PrintBatch {
  created_at: Timestamp;
  created_by: string;
  id: Generated<string>;
  letters: number;
  pdf: Uint8Array;
  sha256: string;
}

export interface RectificationRequest {
  application_id: string;
  decision_id: string;
  reasons: string;
  requested_at: Timestamp;
}

export interface RetentionPlan {
  personal_data: boolean;
  publicity: PublicityClass;
  publicity_basis: string;
  record_type: RecordType;
  retention_basis: string;
  retention_years: number;
  updated_at: Generated<Timestamp>;
  updated_by: string | null;
  version: Generated<number>;
}

export interface RuleParameterSet {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  effective_from: string;
  origin: ParameterSetOrigin;
  parameters: Immutable<unknown>;
  revises: Immutable<string | null>;
  version: string;
}

export interface SchemaMigration {
  applied_at: Generated<Timestamp>;
  checksum: string;
  name: string;
  version: number;
}

export interface Session {
  auth_method: AuthMethod;
  created_at: Generated<Timestamp>;
  csrf_token: string;
  expires_at: Timestamp;
  id: Generated<string>;
  kind: SessionKind;
  last_seen_at: Generated<Timestamp>;
  loa: string | null;
  person_id: string | null;
  revoked_at: Timestamp | null;
  staff_user_id: string | null;
  token_hash: string;
}

export interface StaffRoleGrant {
  decided_at: Timestamp | null;
  decided_by: string | null;
  id: Generated<string>;
  requested_at: Timestamp;
  requested_by: string;
  roles: StaffRole[];
  staff_user_id: string;
  state: Generated<RoleGrantState>;
}

export interface StaffUser {
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  email: string | null;
  external_id: string | null;
  first_name: Generated<string>;
  id: Generated<string>;
  last_name: Generated<string>;
  roles: Generated<StaffRole[]>;
  updated_at: Generated<Timestamp>;
  username: string;
}

export interface StoredFileRemoval {
  requested_at: Generated<Timestamp>;
  storage_key: string;
}

export interface SuomifiCredential {
  changed_at: Timestamp;
  current_password: string;
  pending_password: string | null;
  pending_since: Timestamp | null;
  username: string;
}

export interface SuomifiEventCursor {
  continuation_token: string;
  id: Generated<number>;
  updated_at: Timestamp;
}

export interface SuomifiNotice {
  application_id: string;
  created_at: Timestamp;
  id: string;
  kind: SuomifiNoticeKind;
  message_id: string | null;
  outcome: SuomifiNoticeOutcome;
}

export interface WebhookDelivery {
  attempts: Generated<number>;
  created_at: Timestamp;
  delivered_at: Timestamp | null;
  event_id: string;
  event_seq: number;
  first_attempt_at: Timestamp | null;
  id: Generated<string>;
  last_attempt_at: Timestamp | null;
  last_error: string | null;
  last_status_code: number | null;
  next_attempt_at: Timestamp;
  status: Generated<WebhookDeliveryStatus>;
  subject: string;
  subscription_id: string;
}

export interface WebhookSubscription {
  active: Generated<boolean>;
  api_client_id: string;
  created_at: Timestamp;
  event_types: Generated<EventType[]>;
  id: Generated<string>;
  previous_secret: string | null;
  previous_secret_expires_at: Timestamp | null;
  secret: string;
  url: string;
}

export interface DB {
  api_client: ApiClient;
  api_signing_key: ApiSigningKey;
  application: Application;
  application_note: ApplicationNote;
  application_status_history: ApplicationStatusHistory;
  attachment: Attachment;
  audit_chain_head: AuditChainHead;
  audit_event: AuditEvent;
  case_attention_resolution: CaseAttentionResolution;
  decision: Decision;
  decision_document: DecisionDocument;
  destruction_list: DestructionList;
  destruction_list_case: DestructionListCase;
  destruction_record: DestructionRecord;
  event: Event;
  idempotency_key: IdempotencyKey;
  information_request: InformationRequest;
  information_request_item: InformationRequestItem;
  letter_delivery: LetterDelivery;
  letter_delivery_event: LetterDeliveryEvent;
  message: Message;
  notification_sent: NotificationSent;
  oidc_login: OidcLogin;
  outbox: Outbox;
  payment: Payment;
  payment_batch: PaymentBatch;
  payment_commitment: PaymentCommitment;
  payment_commitment_counter: PaymentCommitmentCounter;
  payment_status_report: PaymentStatusReport;
  pending_decision_letter: PendingDecisionLetter;
  person: Person;
  print_batch: PrintBatch;
  rectification_request: RectificationRequest;
  retention_plan: RetentionPlan;
  rule_parameter_set: RuleParameterSet;
  schema_migration: SchemaMigration;
  session: Session;
  staff_role_grant: StaffRoleGrant;
  staff_user: StaffUser;
  stored_file_removal: StoredFileRemoval;
  suomifi_credential: SuomifiCredential;
  suomifi_event_cursor: SuomifiEventCursor;
  suomifi_notice: SuomifiNotice;
  webhook_delivery: WebhookDelivery;
  webhook_subscription: WebhookSubscription;
}
