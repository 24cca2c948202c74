// SQL for persons (clients). Callers pass the transaction or the database handle.
import type { AttachmentRow, AttachmentTable } from '../attachments/index.ts';
import type { Db } from '../db/database.ts';
import type {
  ApplicationRow,
  ApplicationStatusValue,
  DecisionOutcomeValue,
  NewPerson,
  PersonRow,
} from '../db/schema.ts';

const attachmentTable = (db: Db) => db.withTables<{ attachment: AttachmentTable }>();

export async function findPersonById(db: Db, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A person that must exist. */
export async function findExistingPerson(db: Db, id: string): Promise<PersonRow> {
  return db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function findPersonByCode(db: Db, code: string): Promise<PersonRow | undefined> {
  return db.selectFrom('person').selectAll().where('personal_identity_code', '=', code).executeTakeFirst();
}

/** Returns the person with this code, creating a record when there is none (concurrency-safe). */
export async function findOrCreatePerson(
  db: Db,
  values: NewPerson,
): Promise<{ person: PersonRow; created: boolean }> {
  const inserted = await db
    .insertInto('person')
    .values(values)
    .onConflict((oc) => oc.column('personal_identity_code').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { person: inserted, created: true };
  const existing = await findPersonByCode(db, values.personal_identity_code);
  if (!existing) throw new Error('person vanished during find-or-create');
  return { person: existing, created: false };
}

/** Updates the names of a person from a trusted identity source when they have changed. */
export async function updatePersonNames(
  db: Db,
  id: string,
  names: { firstName: string; lastName: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('person')
    .set({ first_name: names.firstName, last_name: names.lastName, updated_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('first_name', '<>', names.firstName), eb('last_name', '<>', names.lastName)]))
    .execute();
}

/** What a case shows of its applicant: the name, the language and whether decisions go only electronically. */
export async function findApplicantOfCase(
  db: Db,
  id: string,
): Promise<
  Pick<PersonRow, 'id' | 'first_name' | 'last_name' | 'preferred_language' | 'electronic_delivery'>
> {
  return db
    .selectFrom('person')
    .select(['id', 'first_name', 'last_name', 'preferred_language', 'electronic_delivery'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** The personal identity code of a person that exists. */
export async function findPersonalIdentityCode(db: Db, id: string): Promise<string> {
  const person = await db
    .selectFrom('person')
    .select('personal_identity_code')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return person.personal_identity_code;
}

export interface CasePosition {
  createdAt: Date;
  id: string;
}

export interface CaseRow {
  id: string;
  reference_number: string | null;
  kind: ApplicationRow['kind'];
  status: ApplicationRow['status'];
  submitted_at: Date | null;
  due_date: string | null;
  created_at: Date;
  updated_at: Date;
  last_status_at: Date | string | null;
  outcome: DecisionOutcomeValue | null;
  decided_at: Date | string | null;
}

/** A person's cases (never drafts), newest first, a page at a time, with their latest status change and decision. */
export async function listCasesOfPerson(
  db: Db,
  personId: string,
  limit: number,
  after?: CasePosition,
): Promise<{ rows: CaseRow[]; hasMore: boolean }> {
  let query = db
    .selectFrom('application as a')
    .select((eb) => [
      'a.id',
      'a.reference_number',
      'a.kind',
      'a.status',
      'a.submitted_at',
      'a.due_date',
      'a.created_at',
      'a.updated_at',
      eb
        .selectFrom('application_status_history as h')
        .whereRef('h.application_id', '=', 'a.id')
        .select((inner) => inner.fn.max('h.changed_at').as('at'))
        .as('last_status_at'),
      eb
        .selectFrom('decision as d')
        .whereRef('d.application_id', '=', 'a.id')
        .select('d.outcome')
        .orderBy('d.decided_at', 'desc')
        .limit(1)
        .as('outcome'),
      eb
        .selectFrom('decision as d')
        .whereRef('d.application_id', '=', 'a.id')
        .select((inner) => inner.fn.max('d.decided_at').as('at'))
        .as('decided_at'),
    ])
    .where('a.person_id', '=', personId)
    .where('a.status', '<>', 'draft')
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit + 1);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('a.created_at', '<', after.createdAt),
        eb.and([eb('a.created_at', '=', after.createdAt), eb('a.id', '<', after.id)]),
      ]),
    );
  }
  const rows = (await query.execute()) as CaseRow[];
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** A person, locked until the transaction ends. */
export async function lockPerson(db: Db, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('person').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Sets the parts of the name that were missing. */
export async function updatePersonName(
  db: Db,
  id: string,
  names: { firstName?: string; lastName?: string },
  now: Date,
): Promise<PersonRow> {
  return db
    .updateTable('person')
    .set({
      ...(names.firstName !== undefined ? { first_name: names.firstName } : {}),
      ...(names.lastName !== undefined ? { last_name: names.lastName } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface PersonPreferences {
  email: string | null;
  emailNotifications: boolean;
  language: PersonRow['preferred_language'];
  electronicDelivery: boolean;
}

export async function updatePersonPreferences(
  db: Db,
  id: string,
  preferences: PersonPreferences,
  now: Date,
): Promise<PersonRow> {
  return db
    .updateTable('person')
    .set({
      email: preferences.email,
      email_notifications: preferences.emailNotifications,
      preferred_language: preferences.language,
      electronic_delivery: preferences.electronicDelivery,
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The name and postal address of a person that exists, for a letter's recipient. */
export async function findPostalRecipient(
  db: Db,
  id: string,
): Promise<Pick<PersonRow, 'first_name' | 'last_name' | 'street_address' | 'postal_code' | 'city'>> {
  return db
    .selectFrom('person')
    .select(['first_name', 'last_name', 'street_address', 'postal_code', 'city'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

// The right of access (person-data.ts) and erasure (erasure.ts): everything held about one person.

/** The person's applications (drafts too), oldest first. */
export async function listAllApplicationsOfPerson(db: Db, personId: string): Promise<ApplicationRow[]> {
  return db
    .selectFrom('application')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** An application's status history with the previous statuses, oldest first. */
export async function listStatusChangesOfApplication(
  db: Db,
  applicationId: string,
): Promise<
  { status: ApplicationStatusValue; previous_status: ApplicationStatusValue | null; changed_at: Date }[]
> {
  return db
    .selectFrom('application_status_history')
    .select(['status', 'previous_status', 'changed_at'])
    .where('application_id', '=', applicationId)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}

/** The person's own files and those the office has sent them; never a staff file not yet sent. */
export async function listAttachmentsOfPerson(db: Db, personId: string): Promise<AttachmentRow[]> {
  return attachmentTable(db)
    .selectFrom('attachment')
    .selectAll()
    .where('person_id', '=', personId)
    .where((eb) => eb.or([eb('uploaded_by_staff_id', 'is', null), eb('message_id', 'is not', null)]))
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

/** The audit events whose subject is the person, in the order they were written. */
export async function listAuditEventsAboutPerson(db: Db, personId: string) {
  return db
    .selectFrom('audit_event')
    .select(['occurred_at', 'action', 'actor_type', 'actor_id', 'object_type', 'object_id', 'outcome'])
    .where('subject_person_id', '=', personId)
    .orderBy('seq')
    .execute();
}

/** The events Suomi.fi Messages reported of the decisions' letter deliveries, in time order. */
export async function listDeliveryEventsOfDecisions(db: Db, decisionIds: readonly string[]) {
  if (decisionIds.length === 0) return [];
  return db
    .selectFrom('letter_delivery_event as e')
    .innerJoin('letter_delivery as d', 'd.id', 'e.delivery_id')
    .select(['d.decision_id', 'e.kind', 'e.event_time'])
    .where('d.decision_id', 'in', [...decisionIds])
    .orderBy('e.event_time')
    .orderBy('e.id')
    .execute();
}

/**
 * How the office cleared what went wrong after a decision of the application (a returned letter, a rejected
 * payment), oldest first, with the payment's end-to-end id and the resolver's name.
 */
export async function listAttentionResolutionsOfApplication(db: Db, applicationId: string) {
  return db
    .selectFrom('case_attention_resolution as r')
    .innerJoin('staff_user as s', 's.id', 'r.resolved_by')
    .leftJoin('letter_delivery as d', 'd.id', 'r.letter_delivery_id')
    .leftJoin('payment as p', 'p.id', 'r.payment_id')
    .select([
      'r.reason',
      'r.resolution',
      'r.end_to_end_id',
      'r.resolved_at',
      'd.decision_id as letter_decision_id',
      'p.decision_id as payment_decision_id',
      's.first_name',
      's.last_name',
    ])
    .where('r.application_id', '=', applicationId)
    .orderBy('r.resolved_at')
    .orderBy('r.id')
    .execute();
}

/** The notices other than decisions sent about the application through Suomi.fi Messages, oldest first. */
export async function listSuomifiNoticesOfApplication(db: Db, applicationId: string) {
  return db
    .selectFrom('suomifi_notice')
    .select(['kind', 'outcome', 'created_at'])
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The person's applications with their statuses, locked until the transaction ends. */
export async function lockApplicationStatusesOfPerson(
  db: Db,
  personId: string,
): Promise<{ id: string; status: ApplicationStatusValue }[]> {
  return db
    .selectFrom('application')
    .select(['id', 'status'])
    .where('person_id', '=', personId)
    .forUpdate()
    .execute();
}

/** Where each of the person's files belongs and whether it has been sent. */
export async function listFilePlacesOfPerson(db: Db, personId: string) {
  return attachmentTable(db)
    .selectFrom('attachment')
    .select([
      'id',
      'application_id',
      'purpose',
      'information_request_id',
      'message_id',
      'uploaded_by_staff_id',
    ])
    .where('person_id', '=', personId)
    .execute();
}

export async function countSessionsOfPerson(db: Db, personId: string): Promise<number> {
  const sessions = await db
    .selectFrom('session')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(sessions?.n ?? 0);
}

export async function countIdempotencyKeysOfPerson(db: Db, personId: string): Promise<number> {
  const keys = await db
    .selectFrom('idempotency_key')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('actor_id', '=', personId)
    .executeTakeFirst();
  return Number(keys?.n ?? 0);
}

/** Signs the person out everywhere and forgets their stored idempotent answers. */
export async function deleteSessionsAndIdempotencyKeysOfPerson(db: Db, personId: string): Promise<void> {
  await db.deleteFrom('session').where('person_id', '=', personId).execute();
  await db.deleteFrom('idempotency_key').where('actor_id', '=', personId).execute();
}

/** Forgets the contact details (the e-mail always; the address and phone too when `minimise`). */
export async function eraseContactDetails(
  db: Db,
  personId: string,
  minimise: boolean,
  now: Date,
): Promise<void> {
  await db
    .updateTable('person')
    .set({
      email: null,
      email_notifications: false,
      electronic_delivery: false,
      ...(minimise ? { street_address: null, postal_code: null, city: null, phone: null } : {}),
      updated_at: now,
    })
    .where('id', '=', personId)
    .execute();
}

/** Adds the persons whose identity code is not there yet; the others are left as they are. */
export async function insertPersonsUnlessPresent(db: Db, persons: NewPerson[]): Promise<void> {
  await db
    .insertInto('person')
    .values(persons)
    .onConflict((oc) => oc.column('personal_identity_code').doNothing())
    .execute();
}

/** A new postal address recorded by the office (a letter came back to the sender: applications/attention.ts). */
export async function updatePersonAddress(
  db: Db,
  id: string,
  address: { streetAddress: string; postalCode: string; city: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('person')
    .set({
      street_address: address.streetAddress,
      postal_code: address.postalCode,
      city: address.city,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}
