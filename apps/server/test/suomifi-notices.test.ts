// Notices other than decisions through Suomi.fi Messages (notifications/suomifi-notice.ts), against the local fake
// of the service over real HTTP, on both databases: a request for more information and an application closed as a
// duplicate go to the mailbox of a client who chose electronic communication, as electronic-only messages (no
// paper), visible to the recipient only, in the client's language, with our id as the externalId; a job run again
// sends nothing more (our record, and the service's 409 after a crash before the record); without the choice,
// without a mailbox, or without the service configured nothing is sent.
import assert from 'node:assert/strict';
import { describe, type TestContext, test } from 'node:test';
import { earliestInformationDueDate } from '@tuki/domain';
import { inTransaction } from '../src/db/transaction.ts';
import { suomifiNoticeHandler } from '../src/notifications/suomifi-notice.ts';
import { enqueue, type Topic, topics } from '../src/outbox/outbox.ts';
import { type OutboxHandler, OutboxWorker } from '../src/outbox/worker.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { call, useCaller } from './helpers/applications.ts';
import { sendApplication } from './helpers/cases.ts';
import { requestsTo, type SuomifiFixture, startSuomifiFixture } from './helpers/suomifi.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const matti = demoCitizens[0] as (typeof demoCitizens)[number];
const CASES = '/api/v1/applications';
const PUBLIC_URL = 'https://tuki.example.fi';
const silent = { info: () => {}, warn: () => {}, error: () => {} };
const otherTopics = Object.fromEntries(
  Object.values(topics).map((topic): [Topic, OutboxHandler] => [topic, async () => {}]),
);

for (const backend of databaseBackends) {
  describe(`notices through Suomi.fi Messages (${backend})`, () => {
    const t = useTestApp(backend);
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });
    const handler = useCaller(t, { username: 'handler' });
    const db = () => t.database.db;

    async function fixture(
      tc: TestContext,
      options: { mailbox: boolean; electronic: boolean; language?: 'fi' | 'sv' },
    ) {
      const started = await startSuomifiFixture(tc, db());
      started.fake.setMailbox(matti.personalIdentityCode, options.mailbox);
      await db()
        .updateTable('person')
        .set({ electronic_delivery: options.electronic, preferred_language: options.language ?? 'fi' })
        .where('personal_identity_code', '=', matti.personalIdentityCode)
        .execute();
      return started;
    }
    const worker = (suomifi: SuomifiFixture | undefined) =>
      new OutboxWorker({
        db: db(),
        clock: t.clock,
        log: silent,
        handlers: {
          ...otherTopics,
          [topics.suomifiNotice]: suomifiNoticeHandler({ client: suomifi?.client(), publicUrl: PUBLIC_URL }),
        },
      });
    /** The job of this notice processed, with or without failures. */
    const noticeJobs = async (noticeId: string) =>
      (
        await db()
          .selectFrom('outbox')
          .select(['payload', 'processed_at', 'attempts'])
          .where('topic', '=', topics.suomifiNotice)
          .execute()
      ).filter((job) => (job.payload as { noticeId?: string }).noticeId === noticeId);
    const noticeRow = (id: string) =>
      db().selectFrom('suomifi_notice').selectAll().where('id', '=', id).executeTakeFirst();

    /** A sent application taken by the handler, asked for information: its id, reference and the request. */
    async function askedForInformation() {
      const applicationId = await sendApplication(t, citizen);
      const dueDate = earliestInformationDueDate(t.clock.now());
      const asked = await call(t, handler, 'POST', `${CASES}/${applicationId}/information-requests`, {
        payload: { items: [{ code: 'bank_statements' }], message: 'Tiliotteet, kiitos.', dueDate },
      });
      assert.equal(asked.statusCode, 200, asked.body);
      const request = await db()
        .selectFrom('information_request')
        .select('id')
        .where('application_id', '=', applicationId)
        .executeTakeFirstOrThrow();
      const application = await db()
        .selectFrom('application')
        .select('reference_number')
        .where('id', '=', applicationId)
        .executeTakeFirstOrThrow();
      return { applicationId, requestId: request.id, reference: application.reference_number ?? '', dueDate };
    }

    test('a request for information: an electronic-only message, recipient only, in Finnish, once', async (tc) => {
      const suomifi = await fixture(tc, { mailbox: true, electronic: true });
      const { applicationId, requestId, reference, dueDate } = await askedForInformation();
      const run = await worker(suomifi).runOnce();
      assert.equal(run.failed, 0);
      const sent = suomifi.fake.messages.filter((message) => message.externalId === requestId);
      assert.equal(sent.length, 1);
      const [message] = sent;
      assert.equal(message?.route, 'electronic', 'electronic only: never on paper');
      assert.equal(message?.recipientId, matti.personalIdentityCode);
      assert.equal(message?.body.paperMail, undefined);
      assert.equal(message?.body.electronic.visibility, 'Recipient only');
      assert.equal(message?.body.electronic.title, 'Lisäselvityspyyntö toimeentulotukihakemukseesi');
      const [year, month, day] = dueDate.split('-').map(Number);
      assert.ok(message?.body.electronic.body.includes(reference), 'names the application');
      assert.ok(
        message?.body.electronic.body.includes(`${day}.${month}.${year}`),
        'and the date to answer by',
      );
      assert.ok(message?.body.electronic.body.includes(`${PUBLIC_URL}/applications`));
      assert.deepEqual(message?.body.electronic.attachments ?? [], []);
      const row = await noticeRow(requestId);
      assert.equal(row?.kind, 'information_requested');
      assert.equal(row?.application_id, applicationId);
      assert.equal(row?.outcome, 'sent');
      assert.equal(row?.message_id, String(message?.messageId));

      // The same job again (a repeat): our record says it went; nothing more is sent.
      await inTransaction(db(), (trx) =>
        enqueue(
          trx,
          topics.suomifiNotice,
          { kind: 'information_requested', personId: citizen.id, applicationId, noticeId: requestId },
          t.clock.now(),
        ),
      );
      // A crash after the send and before the record: the service refuses the repeat (409); recorded as sent.
      await db().deleteFrom('suomifi_notice').where('id', '=', requestId).execute();
      await inTransaction(db(), (trx) =>
        enqueue(
          trx,
          topics.suomifiNotice,
          { kind: 'information_requested', personId: citizen.id, applicationId, noticeId: requestId },
          t.clock.now(),
        ),
      );
      assert.equal((await worker(suomifi).runOnce()).failed, 0);
      assert.equal(suomifi.fake.messages.filter((candidate) => candidate.externalId === requestId).length, 1);
      assert.equal((await noticeRow(requestId))?.outcome, 'sent');
      assert.equal(
        requestsTo(suomifi.fake, 'POST /v2/messages/electronic'),
        2,
        'sent once more after the lost record, refused by the service as a duplicate (409); the repeat after it not',
      );
      const jobs = await noticeJobs(requestId);
      assert.ok(jobs.length >= 2 && jobs.every((job) => job.processed_at !== null), 'every job done');
    });

    test('closed as a duplicate: the notice in the client’s language (Swedish), with both references', async (tc) => {
      const suomifi = await fixture(tc, { mailbox: true, electronic: true, language: 'sv' });
      const kept = await sendApplication(t, citizen, '2026-10');
      const closed = await sendApplication(t, citizen, '2026-10');
      const taken = await call(t, handler, 'POST', `${CASES}/${closed}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      const merged = await call(t, handler, 'POST', `${CASES}/${closed}/close-as-duplicate`, {
        payload: { duplicateOf: kept },
      });
      assert.equal(merged.statusCode, 200, merged.body);
      assert.equal((await worker(suomifi).runOnce()).failed, 0);
      const message = suomifi.fake.messages.find((candidate) => candidate.externalId === closed);
      assert.ok(message, 'the closed application’s id is the externalId');
      assert.equal(message.route, 'electronic');
      assert.equal(message.body.electronic.visibility, 'Recipient only');
      assert.equal(message.body.electronic.title, 'Din ansökan har slagits samman med en annan ansökan');
      const references = await db()
        .selectFrom('application')
        .select(['id', 'reference_number'])
        .where('id', 'in', [kept, closed])
        .execute();
      for (const row of references)
        assert.ok(message.body.electronic.body.includes(row.reference_number ?? '-'));
      assert.equal((await noticeRow(closed))?.kind, 'application_merged');
    });

    test('not chosen, no mailbox, or no service: nothing is sent', async (tc) => {
      const suomifi = await fixture(tc, { mailbox: true, electronic: false });
      const notChosen = await askedForInformation();
      assert.equal((await worker(suomifi).runOnce()).failed, 0);
      assert.equal(suomifi.fake.messages.length, 0, 'the client has not chosen electronic communication');
      assert.equal(await noticeRow(notChosen.requestId), undefined);

      await fixture(tc, { mailbox: false, electronic: true }).then(async (withoutMailbox) => {
        const asked = await askedForInformation();
        assert.equal((await worker(withoutMailbox).runOnce()).failed, 0);
        assert.equal(withoutMailbox.fake.messages.length, 0, 'no mailbox: nothing, and never on paper');
        assert.equal((await noticeRow(asked.requestId))?.outcome, 'no_mailbox');
      });

      const unconfigured = await askedForInformation();
      assert.equal((await worker(undefined).runOnce()).failed, 0);
      assert.equal(await noticeRow(unconfigured.requestId), undefined);
      const jobs = await noticeJobs(unconfigured.requestId);
      assert.equal(jobs.length, 1);
      assert.notEqual(jobs[0]?.processed_at, null, 'the job is done without the service');
    });
  });
}
