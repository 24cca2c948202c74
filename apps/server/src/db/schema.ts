// The Kysely table types under the names the code uses. They are generated from the migrations into schema.gen.ts
// (`npm run db:types`, see codegen.ts); a narrower type for a column is given there, never here.
import type { Insertable, Selectable } from 'kysely';
import type * as Tables from './schema.gen.ts';

export type { ApplicationStatus as ApplicationStatusValue } from '@tuki/domain';
export type { ApiClientApproval, DecisionOutcomeValue, WebhookDeliveryStatus } from './column-types.ts';

export type Database = Tables.DB;

export type PersonTable = Tables.Person;
export type StaffUserTable = Tables.StaffUser;
export type SessionTable = Tables.Session;
export type OidcLoginTable = Tables.OidcLogin;
export type ApiClientTable = Tables.ApiClient;
export type StaffRoleGrantTable = Tables.StaffRoleGrant;
export type ApiSigningKeyTable = Tables.ApiSigningKey;
export type AuditEventTable = Tables.AuditEvent;
export type ApplicationTable = Tables.Application;
export type ApplicationStatusHistoryTable = Tables.ApplicationStatusHistory;
export type ApplicationNoteTable = Tables.ApplicationNote;
export type IdempotencyKeyTable = Tables.IdempotencyKey;
export type OutboxTable = Tables.Outbox;
export type NotificationSentTable = Tables.NotificationSent;
export type InformationRequestTable = Tables.InformationRequest;
export type InformationRequestItemTable = Tables.InformationRequestItem;
export type MessageTable = Tables.Message;
export type RuleParameterSetTable = Tables.RuleParameterSet;
export type DecisionTable = Tables.Decision;
export type DecisionDocumentTable = Tables.DecisionDocument;
export type PrintBatchTable = Tables.PrintBatch;
export type RectificationRequestTable = Tables.RectificationRequest;
export type EventTable = Tables.Event;
export type WebhookSubscriptionTable = Tables.WebhookSubscription;
export type WebhookDeliveryTable = Tables.WebhookDelivery;
export type SuomifiCredentialTable = Tables.SuomifiCredential;
export type PaymentTable = Tables.Payment;
export type PaymentBatchTable = Tables.PaymentBatch;
export type PaymentStatusReportTable = Tables.PaymentStatusReport;
export type PaymentCommitmentTable = Tables.PaymentCommitment;

export type PersonRow = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type StaffUserRow = Selectable<StaffUserTable>;
export type SessionRow = Selectable<SessionTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
export type ApiClientRow = Selectable<ApiClientTable>;
export type ApiSigningKeyRow = Selectable<ApiSigningKeyTable>;
export type StaffRoleGrantRow = Selectable<StaffRoleGrantTable>;
export type ApplicationRow = Selectable<ApplicationTable>;
export type PaymentRow = Selectable<PaymentTable>;
export type PaymentBatchRow = Selectable<PaymentBatchTable>;
export type PaymentCommitmentRow = Selectable<PaymentCommitmentTable>;
