// One record of what happened: every kind of the case event table writes its audit rows, its outbox jobs and its
// webhook events (with their deliveries) in the command's transaction; a rolled-back command leaves none of them;
// after the migrations no trigger is left but the guards of the audit chain and the parameter sets.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { submitApplication } from '../src/applications/submit-application.ts';
import { sendThreadMessage } from '../src/correspondence/messages.ts';
import type { ApplicationRow } from '../src/db/schema.ts';
import {
  type CaseEvent,
  type CaseEventKind,
  type CaseEventPayloads,
  caseEventEffects,
  type PaymentFact,
  type StatusChangeFact,
  webhookEventsOf,
} from '../src/events/case-events.ts';
import { allEventTypes, cloudEventSchema, eventTypes, toCloudEvent } from '../src/events/events.ts';
import { recordEvent } from '../src/events/record-event.ts';
import { notificationHandlers } from '../src/notifications/index.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { createSubscription } from '../src/webhooks/subscriptions.ts';
import { APPLICATIONS, call, completeDraft, useCaller } from './helpers/applications.ts';
import { rejectionForMissingInformation } from './helpers/cases.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const [matti] = demoCitizens;
if (!matti) throw new Error('the demo citizens are missing');
const PUBLIC_URL = 'https://tuki.example.fi';

/** A payment of a decision, for the payment events. */
function paymentFact(): PaymentFact {
  return { paymentId: randomUUID(), decisionId: randomUUID(), batchId: randomUUID(), amountCents: 12_345 };
}

/** An example of each kind: the record's type makes a new kind fail to compile until it has one here. */
const examples: {
  [K in CaseEventKind]: { statusChanges: StatusChangeFact[]; payload: CaseEventPayloads[K] };
} = {
  'application.submitted': { statusChanges: [{ from: 'draft', to: 'submitted' }], payload: {} },
  'application.withdrawn': { statusChanges: [{ from: 'in_processing', to: 'withdrawn' }], payload: {} },
  'application.assigned': {
    statusChanges: [{ from: 'submitted', to: 'in_processing' }],
    payload: { previousAssigneeId: null, assigneeId: randomUUID() },
  },
  'application.urgency_changed': {
    statusChanges: [],
    payload: { previousUrgent: false, previousDueDate: '2026-11-27', reason: 'Häätö uhkaa.' },
  },
  'application.closed_as_duplicate': {
    statusChanges: [{ from: 'in_processing', to: 'closed_as_duplicate' }],
    payload: { duplicateOf: { id: randomUUID(), referenceNumber: 'TT-2026-000001' } },
  },
  'information.requested': {
    statusChanges: [
      { from: 'submitted', to: 'in_processing' },
      { from: 'in_processing', to: 'waiting_for_information' },
    ],
    payload: {
      informationRequestId: randomUUID(),
      items: ['bank_statements'],
      dueDate: '2026-12-09',
      decisionDueDate: '2026-12-18',
      requestNumber: 1,
      afterSeventhWorkingDay: false,
      assignedToAsker: randomUUID(),
    },
  },
  'information.answered': {
    statusChanges: [{ from: 'waiting_for_information', to: 'in_processing' }],
    payload: { informationRequestId: randomUUID(), attachments: 0 },
  },
  'message.sent': {
    statusChanges: [],
    payload: { messageId: randomUUID(), senderType: 'staff', attachments: 1 },
  },
  'decision.made': {
    statusChanges: [{ from: 'in_processing', to: 'decided' }],
    payload: {
      decisionId: randomUUID(),
      outcome: 'approved',
      month: '2026-11',
      amountCents: 12_345,
      parametersVersion: null,
      delivery: 'electronic',
    },
  },
  'rectification.requested': {
    statusChanges: [{ from: null, to: 'submitted' }],
    payload: { decisionId: randomUUID(), attachments: 0 },
  },
  'payment.sent': { statusChanges: [], payload: paymentFact() },
  'payment.failed': { statusChanges: [], payload: { ...paymentFact(), rejectionCode: 'AC04' } },
  'decision.delivered': {
    statusChanges: [],
    payload: { decisionId: randomUUID(), deliveryId: randomUUID(), channel: 'suomifi_electronic' },
  },
  'attention.resolved': {
    statusChanges: [],
    payload: {
      reason: 'payment_rejected',
      resolution: 'corrected',
      decisionId: randomUUID(),
      letterDeliveryId: null,
      paymentId: randomUUID(),
      endToEndId: 'TUKI-P-000000000001',
      newEndToEndId: 'TUKI-P-000000000002',
      note: null,
    },
  },
};
const kinds = Object.keys(caseEventEffects) as CaseEventKind[];

for (const backend of databaseBackends) {
  describe(`case events (${backend})`, () => {
    const t = useTestApp(backend, { PUBLIC_URL });
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });
    const handler = useCaller(t, { username: 'handler' });
    let application: ApplicationRow;
    const staffAudit = () => ({
      actor: { type: 'staff' as const, id: handler.id },
      requestId: 'request-1',
      ip: '127.0.0.1',
    });
    const clientActor = {
      clientId: randomUUID(),
      audit: { actor: { type: 'api_client' as const, id: 'c' }, requestId: null, ip: null },
    };
    const db = () => t.database.db;
    const counts = async () => ({
      events: Number((await sql<{ n: string }>`select count(*) as n from event`.execute(db())).rows[0]?.n),
      deliveries: Number(
        (await sql<{ n: string }>`select count(*) as n from webhook_delivery`.execute(db())).rows[0]?.n,
      ),
      audit: Number(
        (await sql<{ n: string }>`select count(*) as n from audit_event`.execute(db())).rows[0]?.n,
      ),
      jobs: Number((await sql<{ n: string }>`select count(*) as n from outbox`.execute(db())).rows[0]?.n),
    });

    before(async () => {
      const draft = await completeDraft(t, citizen, '2026-11');
      application = await db()
        .selectFrom('application')
        .selectAll()
        .where('id', '=', draft.id)
        .executeTakeFirstOrThrow();
    });
    beforeEach(async () => {
      await db().deleteFrom('webhook_subscription').execute();
    });

    for (const kind of kinds) {
      test(`${kind}: its audit rows, its jobs and its webhook events with their deliveries, in one transaction`, async () => {
        const all = await createSubscription(
          db(),
          clientActor,
          { url: 'http://127.0.0.1:9/all', eventTypes: [] },
          { allowPrivate: true },
          t.clock.now(),
        );
        const decisionsOnly = await createSubscription(
          db(),
          clientActor,
          { url: 'http://127.0.0.1:9/decisions', eventTypes: [eventTypes.decisionMade] },
          { allowPrivate: true },
          t.clock.now(),
        );
        t.clock.advance(1000);
        const now = t.clock.now();
        const example = examples[kind];
        const last = example.statusChanges.at(-1);
        const event = {
          kind,
          application: {
            ...application,
            status: last?.to ?? 'in_processing',
            reference_number: 'TT-2026-000042',
          },
          actor: staffAudit(),
          statusChanges: example.statusChanges,
          payload: example.payload,
        } as CaseEvent;
        const before = await counts();
        await db()
          .transaction()
          .execute((trx) => recordEvent(trx, event, now));

        const effects = caseEventEffects[kind] as (typeof caseEventEffects)[CaseEventKind];
        const audit = await db()
          .selectFrom('audit_event')
          .selectAll()
          .where('occurred_at', '=', now)
          .orderBy('seq')
          .execute();
        const expectedAudit = (effects.audit as (e: CaseEvent) => { action: string }[])(event);
        assert.ok(expectedAudit.length > 0, 'every case event is audited');
        assert.deepEqual(
          audit.map((row) => [
            row.action,
            row.actor_type,
            row.actor_id,
            row.subject_person_id,
            row.request_id,
          ]),
          expectedAudit.map((entry) => [
            entry.action,
            'staff',
            handler.id,
            application.person_id,
            'request-1',
          ]),
        );

        const jobs = await db()
          .selectFrom('outbox')
          .selectAll()
          .where('created_at', '=', now)
          .orderBy('id')
          .execute();
        const expectedJobs = (effects.jobs as (e: CaseEvent) => { topic: string; payload: object }[])(event);
        assert.deepEqual(
          jobs.map((row) => [row.topic, row.payload]),
          expectedJobs.map((job) => [job.topic, job.payload]),
        );
        const handlers = notificationHandlers({
          mailer: { send: async () => {}, close: () => {} },
          publicUrl: PUBLIC_URL,
        });
        for (const job of jobs) {
          assert.ok(handlers[job.topic], `the worker handles ${job.topic}`);
          assert.equal(job.payload.applicationId, application.id);
          assert.equal(job.payload.personId, application.person_id);
        }

        const events = await db()
          .selectFrom('event')
          .selectAll()
          .where('time', '=', now)
          .orderBy('seq')
          .execute();
        const expectedEvents = webhookEventsOf(event);
        assert.deepEqual(
          events.map((row) => [row.type, row.subject, row.data]),
          expectedEvents.map((e) => [e.type, application.id, e.data]),
        );
        const statusChanged = events.filter((row) => row.type === eventTypes.statusChanged);
        assert.deepEqual(
          statusChanged.map((row) => [row.data.previousStatus, row.data.status]),
          example.statusChanges
            .filter((change) => change.from !== 'draft' || change.to === 'submitted')
            .map((change) => [change.from, change.to]),
          'one status_changed per status change, in order',
        );
        assert.ok(
          events.filter((row) => row.type !== eventTypes.statusChanged).length <= 1,
          'each event is announced once',
        );
        for (const row of events) {
          const cloudEvent = cloudEventSchema.parse(toCloudEvent(row, PUBLIC_URL));
          assert.equal(cloudEvent.data.applicationId, application.id);
          assert.equal(
            cloudEvent.data.links.application,
            `${PUBLIC_URL}/api/v1/applications/${application.id}`,
          );
          assert.equal(cloudEvent.data.referenceNumber, 'TT-2026-000042');
        }
        const deliveries = await db()
          .selectFrom('webhook_delivery')
          .selectAll()
          .where('created_at', '=', now)
          .orderBy('event_seq')
          .execute();
        assert.deepEqual(
          deliveries
            .filter((d) => d.subscription_id === all.id)
            .map((d) => [d.event_id, d.event_seq, d.status]),
          events.map((row) => [row.id, row.seq, 'pending']),
          'the subscription to every type gets each event',
        );
        assert.deepEqual(
          deliveries.filter((d) => d.subscription_id === decisionsOnly.id).map((d) => d.event_id),
          events.filter((row) => row.type === eventTypes.decisionMade).map((row) => row.id),
          'a filtered subscription gets only its types',
        );
        const afterwards = await counts();
        assert.deepEqual(afterwards, {
          events: before.events + events.length,
          deliveries: before.deliveries + deliveries.length,
          audit: before.audit + expectedAudit.length,
          jobs: before.jobs + expectedJobs.length,
        });
      });
    }

    test('the table announces every documented event type', () => {
      const types = new Set(
        kinds.flatMap((kind) =>
          webhookEventsOf({ kind, application, actor: staffAudit(), ...examples[kind] } as CaseEvent).map(
            (event) => event.type,
          ),
        ),
      );
      assert.deepEqual([...types].sort(), [...allEventTypes].sort());
    });

    test('a draft is announced only when it is sent', () => {
      const of = (statusChanges: StatusChangeFact[]) =>
        webhookEventsOf({
          kind: 'application.withdrawn',
          application,
          actor: staffAudit(),
          statusChanges,
          payload: {},
        }).length;
      assert.equal(of([{ from: 'draft', to: 'withdrawn' }]), 0);
      assert.equal(of([{ from: null, to: 'draft' }]), 0);
      assert.equal(of([{ from: 'draft', to: 'submitted' }]), 1);
    });

    test('a decision is announced once on each channel', async () => {
      const draft = await completeDraft(t, citizen, '2026-09');
      const sent = await call(t, citizen, 'POST', `${APPLICATIONS}/${draft.id}/submit`);
      assert.equal(sent.statusCode, 200, sent.body);
      const taken = await call(t, handler, 'POST', `/api/v1/applications/${draft.id}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      t.clock.advance(1000);
      const now = t.clock.now();
      const decided = await call(t, handler, 'POST', `/api/v1/applications/${draft.id}/decision`, {
        payload: rejectionForMissingInformation,
      });
      assert.equal(decided.statusCode, 201, decided.body);
      const audit = await db()
        .selectFrom('audit_event')
        .select('action')
        .where('occurred_at', '=', now)
        .where('action', 'not like', '%read%')
        .execute();
      assert.deepEqual(
        audit.map((row) => row.action),
        ['decision.create'],
      );
      const jobs = await db().selectFrom('outbox').select('topic').where('created_at', '=', now).execute();
      assert.deepEqual(
        jobs.map((row) => row.topic),
        ['notification.decision_made'],
      );
      const events = await db()
        .selectFrom('event')
        .select(['type', 'data'])
        .where('subject', '=', draft.id)
        .where('time', '=', now)
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        events.map((row) => [row.type, row.data.status]),
        [
          [eventTypes.decisionMade, 'in_processing'],
          [eventTypes.statusChanged, 'decided'],
        ],
        'the decision, then the status it leads to',
      );
    });

    test('recordEvent refuses to run outside a transaction', async () => {
      await assert.rejects(
        recordEvent(
          db(),
          { kind: 'application.withdrawn', application, actor: staffAudit(), statusChanges: [], payload: {} },
          t.clock.now(),
        ),
        /inside the command’s transaction/,
      );
    });

    test('a rolled-back command leaves no event, no audit row, no job', async () => {
      await createSubscription(
        db(),
        clientActor,
        { url: 'http://127.0.0.1:9/all', eventTypes: [] },
        { allowPrivate: true },
        t.clock.now(),
      );
      const draft = await completeDraft(t, citizen, '2026-10');
      const person = await db()
        .selectFrom('person')
        .selectAll()
        .where('id', '=', citizen.id)
        .executeTakeFirstOrThrow();
      const before = await counts();
      const rollback = new Error('rolled back');
      await assert.rejects(
        db()
          .transaction()
          .execute(async (trx) => {
            const sent = await submitApplication(
              trx,
              { person, audit: { actor: { type: 'person', id: person.id }, requestId: null, ip: null } },
              { applicationId: draft.id, ifMatch: undefined, language: 'fi' },
              t.clock.now(),
            );
            assert.equal(sent.row.status, 'submitted');
            const inside = await sql<{ n: string }>`select count(*) as n from event`.execute(trx);
            assert.equal(Number(inside.rows[0]?.n), before.events + 1, 'written in the transaction');
            throw rollback;
          }),
        (error) => error === rollback,
      );
      assert.deepEqual(await counts(), before);
      const status = await db()
        .selectFrom('application')
        .select('status')
        .where('id', '=', draft.id)
        .executeTakeFirstOrThrow();
      assert.equal(status.status, 'draft');

      // The same through the API: a message whose file is refused (400) leaves nothing either.
      const sent = await call(t, citizen, 'POST', `${APPLICATIONS}/${draft.id}/submit`);
      assert.equal(sent.statusCode, 200, sent.body);
      const afterSubmit = await counts();
      const refused = await call(t, handler, 'POST', `/api/v1/applications/${draft.id}/messages`, {
        payload: { body: 'Hei', attachmentIds: [randomUUID()] },
      });
      assert.equal(refused.statusCode, 400, refused.body);
      const { events, deliveries, jobs } = await counts();
      assert.deepEqual(
        { events, deliveries, jobs },
        { events: afterSubmit.events, deliveries: afterSubmit.deliveries, jobs: afterSubmit.jobs },
      );
      const staffActor = {
        staffUser: await db()
          .selectFrom('staff_user')
          .selectAll()
          .where('id', '=', handler.id)
          .executeTakeFirstOrThrow(),
        audit: staffAudit(),
      };
      await assert.rejects(
        db()
          .transaction()
          .execute(async (trx) => {
            await sendThreadMessage(
              trx,
              { side: 'staff', actor: staffActor },
              { applicationId: draft.id, body: 'Hei', attachmentIds: [], language: 'fi' },
              t.clock.now(),
            );
            throw rollback;
          }),
        (error) => error === rollback,
      );
      const final = await counts();
      assert.deepEqual(
        { events: final.events, jobs: final.jobs, deliveries: final.deliveries },
        {
          events: afterSubmit.events,
          jobs: afterSubmit.jobs,
          deliveries: afterSubmit.deliveries,
        },
      );
    });

    test('after the migrations only the guards of the audit chain and the parameter sets are triggers', async () => {
      const triggers = await sql<{ table: string; name: string }>`
        select c.relname as table, t.tgname as name
        from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
        where not t.tgisinternal and n.nspname not in ('pg_catalog', 'information_schema')
        order by c.relname, t.tgname
      `.execute(db());
      assert.deepEqual(
        triggers.rows.map((row) => `${row.table}.${row.name}`),
        [
          'audit_chain_head.audit_chain_head_guard',
          'audit_chain_head.audit_chain_head_no_truncate',
          'audit_event.audit_event_chain',
          'audit_event.audit_event_no_truncate',
          'audit_event.audit_event_no_update',
          'rule_parameter_set.rule_parameter_set_no_change',
        ],
      );
      const functions = await sql<{ name: string }>`
        select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.proname in ('emit_event', 'event_application_data', 'application_status_event',
          'information_request_event', 'message_event', 'decision_event')
      `.execute(db());
      assert.deepEqual(functions.rows, [], 'the event functions are gone');
    });
  });
}
