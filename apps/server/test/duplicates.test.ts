// Duplicates and the client's history: detection (the same person; a spouse by identity code in both directions;
// not for another month, nor a withdrawn application), the citizen's warning before sending and what it reveals,
// the queue's flag, filter and search by a spouse's code, the case view's related cases and their audit rows,
// closing as a duplicate (who may, 409, 412, 400), the client's notice and e-mail, the statistics and the events.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { translate } from '@tuki/i18n';
import { notificationHandlers } from '../src/notifications/index.ts';
import type { Mailer, MailMessage } from '../src/notifications/mailer.ts';
import { topics } from '../src/outbox/outbox.ts';
import { OutboxWorker } from '../src/outbox/worker.ts';
import { createTestApiClient, requestToken } from './helpers/api-client.ts';
import { APPLICATIONS, type Caller, call, completeDraft, signIn, useCaller } from './helpers/applications.ts';
import { sendApplication, useStaffCallers } from './helpers/cases.ts';
import { anna, jukka, matti, sanna } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const QUEUE = '/api/v1/applications';

/** A couple's application: the applicant married to the person with `spouseCode`. */
const married = (spouseCode: string) => ({
  applicant: { maritalStatus: 'married' as const, occupation: 'Työtön työnhakija' },
  spouse: {
    firstName: 'Puoliso',
    lastName: 'Testi',
    personalIdentityCode: spouseCode,
    occupation: 'Opiskelija',
  },
});

for (const backend of databaseBackends) {
  describe(`duplicates and the client's history (${backend})`, () => {
    const t = useTestApp(backend, { PUBLIC_URL: 'https://tuki.example.fi' });
    const staff = useStaffCallers(t);
    const mattiC = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });
    const annaC = useCaller(t, { personalIdentityCode: anna.personalIdentityCode });
    const jukkaC = useCaller(t, { personalIdentityCode: jukka.personalIdentityCode });
    const sannaC = useCaller(t, { personalIdentityCode: sanna.personalIdentityCode });

    /** Sends with a married applicant's content merged over the complete one. */
    const sendMarried = async (caller: Caller, month: string, spouseCode: string) => {
      const draft = await completeDraft(t, caller, month);
      const read = await call(t, caller, 'GET', `${APPLICATIONS}/${draft.id}`);
      const content = read.json().content;
      const couple = married(spouseCode);
      const put = await call(t, caller, 'PUT', `${APPLICATIONS}/${draft.id}`, {
        payload: {
          content: {
            ...content,
            applicant: { ...content.applicant, ...couple.applicant },
            spouse: couple.spouse,
          },
        },
        headers: { 'if-match': draft.etag },
      });
      assert.equal(put.statusCode, 200, put.body);
      const sent = await call(t, caller, 'POST', `${APPLICATIONS}/${draft.id}/submit`, {
        headers: { 'if-match': String(put.headers.etag) },
      });
      assert.equal(sent.statusCode, 200, sent.body);
      return { id: draft.id as string, ref: String(sent.json().referenceNumber) };
    };
    const refOf = async (id: string) =>
      (
        await t.database.db
          .selectFrom('application')
          .select('reference_number')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).reference_number ?? '';
    const queueItem = async (caller: Caller, id: string, query = '') => {
      const response = await call(t, caller, 'GET', `${QUEUE}?limit=100${query}`);
      assert.equal(response.statusCode, 200, response.body);
      return (response.json().items as { id: string; possibleDuplicate: boolean }[]).find(
        (item) => item.id === id,
      );
    };
    const related = async (caller: Caller, id: string) => {
      const response = await call(t, caller, 'GET', `${QUEUE}/${id}/related-cases`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as {
        possibleDuplicates: {
          id: string;
          referenceNumber: string;
          whose: string;
          reasons: Record<string, boolean>;
        }[];
        history: {
          id: string;
          month: string | null;
          whose: string;
          status: string;
          decision: { outcome: string; amountCents: number } | null;
        }[];
      };
    };
    const etagOf = async (caller: Caller, id: string) =>
      String((await call(t, caller, 'GET', `${QUEUE}/${id}`)).headers.etag);
    const closeAsDuplicate = (caller: Caller, id: string, duplicateOf: string, etag: string) =>
      call(t, caller, 'POST', `${QUEUE}/${id}/close-as-duplicate`, {
        payload: { duplicateOf },
        headers: { 'if-match': etag },
      });

    test('the same person: the citizen is warned before sending, both applications are flagged; not another month', async () => {
      const first = await sendApplication(t, mattiC, '2026-11');
      const otherMonth = await sendApplication(t, mattiC, '2026-12');
      const draft = await completeDraft(t, mattiC, '2026-11');
      const check = await call(t, mattiC, 'GET', `${APPLICATIONS}/${draft.id}/possible-duplicates`);
      assert.equal(check.statusCode, 200, check.body);
      assert.deepEqual(check.json(), {
        month: '2026-11',
        ownApplications: [{ id: first, referenceNumber: await refOf(first), status: 'submitted' }],
        spouseApplication: false,
      });
      // Another person cannot check someone else's draft (404), and staff cannot call the citizen's operation.
      assert.equal(
        (await call(t, annaC, 'GET', `${APPLICATIONS}/${draft.id}/possible-duplicates`)).statusCode,
        404,
      );
      assert.equal(
        (await call(t, staff.handler, 'GET', `${APPLICATIONS}/${draft.id}/possible-duplicates`)).statusCode,
        403,
      );
      // It is only a warning: sending goes through.
      const sent = await call(t, mattiC, 'POST', `${APPLICATIONS}/${draft.id}/submit`, {
        headers: { 'if-match': draft.etag },
      });
      assert.equal(sent.statusCode, 200, sent.body);
      assert.equal((await queueItem(staff.handler, draft.id))?.possibleDuplicate, true);
      assert.equal((await queueItem(staff.handler, first))?.possibleDuplicate, true);
      assert.equal((await queueItem(staff.handler, otherMonth))?.possibleDuplicate, false);
      const filtered = await call(t, staff.handler, 'GET', `${QUEUE}?possibleDuplicate=true&limit=100`);
      const ids = (filtered.json().items as { id: string }[]).map((item) => item.id);
      assert.ok(ids.includes(first) && ids.includes(draft.id));
      assert.ok(!ids.includes(otherMonth));
      assert.equal(filtered.json().counts.possibleDuplicates, ids.length);
      const cases = await related(staff.handler, draft.id);
      assert.deepEqual(
        cases.possibleDuplicates.map((d) => [d.id, d.whose, d.reasons.samePerson]),
        [[first, 'applicant', true]],
      );
    });

    test('a withdrawn application does not count', async () => {
      const first = await sendApplication(t, sannaC, '2026-11');
      const second = await sendApplication(t, sannaC, '2026-11');
      assert.equal((await queueItem(staff.handler, second))?.possibleDuplicate, true);
      const etag = String((await call(t, sannaC, 'GET', `${APPLICATIONS}/${first}`)).headers.etag);
      const withdrawn = await call(t, sannaC, 'POST', `${APPLICATIONS}/${first}/withdraw`, {
        headers: { 'if-match': etag },
      });
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      assert.equal((await queueItem(staff.handler, second))?.possibleDuplicate, false);
      assert.deepEqual((await related(staff.handler, second)).possibleDuplicates, []);
    });

    test('spouses both ways; what a citizen learns of the spouse; search by the spouse’s code finds the application', async () => {
      // Anna names Jukka as her spouse; Jukka's own application names nobody.
      const annas = await sendMarried(annaC, '2026-12', jukka.personalIdentityCode);
      const jukkaDraft = await completeDraft(t, jukkaC, '2026-12');
      const jukkaCheck = await call(t, jukkaC, 'GET', `${APPLICATIONS}/${jukkaDraft.id}/possible-duplicates`);
      // Jukka is named on Anna's application: he learns that one exists for the month, nothing else of it.
      assert.deepEqual(jukkaCheck.json(), { month: '2026-12', ownApplications: [], spouseApplication: true });
      assert.ok(!jukkaCheck.body.includes(annas.ref) && !jukkaCheck.body.includes(annas.id));
      const disclosed = await t.database.db
        .selectFrom('audit_event')
        .select(['subject_person_id', 'object_id'])
        .where('action', '=', 'application.duplicate_check_disclosed')
        .execute();
      assert.deepEqual(disclosed, [{ subject_person_id: annaC.id, object_id: annas.id }]);
      const sent = await call(t, jukkaC, 'POST', `${APPLICATIONS}/${jukkaDraft.id}/submit`, {
        headers: { 'if-match': jukkaDraft.etag },
      });
      assert.equal(sent.statusCode, 200);
      assert.equal((await queueItem(staff.handler, annas.id))?.possibleDuplicate, true);
      assert.equal((await queueItem(staff.handler, jukkaDraft.id))?.possibleDuplicate, true);
      const fromAnna = await related(staff.handler, annas.id);
      assert.deepEqual(
        fromAnna.possibleDuplicates.map((d) => [d.id, d.whose, d.reasons.bySpouse]),
        [[jukkaDraft.id, 'spouse', true]],
      );
      const fromJukka = await related(staff.handler, jukkaDraft.id);
      assert.deepEqual(
        fromJukka.possibleDuplicates.map((d) => [d.id, d.reasons.namesApplicantAsSpouse]),
        [[annas.id, true]],
      );
      // Matti names Jukka as his spouse too: Anna's and Matti's name the same spouse. Matti is not told of it
      // (Anna's does not name him), and Anna's application is not revealed to someone who types Jukka's code.
      const mattiDraft = await completeDraft(t, mattiC, '2026-12');
      const mattiCheckBefore = await call(
        t,
        mattiC,
        'GET',
        `${APPLICATIONS}/${mattiDraft.id}/possible-duplicates`,
      );
      assert.equal(mattiCheckBefore.json().spouseApplication, false);

      // The queue's search by Jukka's code finds his own application and Anna's, which names him; audited.
      const search = await call(
        t,
        staff.handler,
        'GET',
        `${QUEUE}?q=${encodeURIComponent(jukka.personalIdentityCode)}`,
      );
      const found = (search.json().items as { id: string }[]).map((item) => item.id).sort();
      assert.deepEqual(found, [annas.id, jukkaDraft.id].sort());
      const audit = await t.database.db
        .selectFrom('audit_event')
        .select(['subject_person_id', 'details'])
        .where('action', '=', 'application.search_by_identity_code')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal(audit.subject_person_id, jukkaC.id);
      assert.ok(!JSON.stringify(audit.details).includes(jukka.personalIdentityCode));
      // A code nobody has as a person still finds the application that names it as the spouse.
      const unknownCode = '010101A999X';
      const stranger = await sendMarried(sannaC, '2026-10', unknownCode);
      const byUnknown = await call(t, staff.handler, 'GET', `${QUEUE}?q=${unknownCode}`);
      assert.deepEqual(
        (byUnknown.json().items as { id: string }[]).map((item) => item.id),
        [stranger.id],
      );
    });

    test('the history: the client’s and the spouse’s cases with outcome and amount, each read audited', async () => {
      // Jukka's application of December (from the test above) is decided; Anna's history shows it as her spouse's.
      const jukkas = await t.database.db
        .selectFrom('application')
        .select(['id', 'person_id'])
        .where('person_id', '=', jukkaC.id)
        .where('status', '=', 'submitted')
        .executeTakeFirstOrThrow();
      const annas = await t.database.db
        .selectFrom('application')
        .select('id')
        .where('person_id', '=', annaC.id)
        .where('status', '=', 'submitted')
        .executeTakeFirstOrThrow();
      await t.database.db
        .updateTable('application')
        .set({ status: 'decided', assignee_id: staff.handler.id })
        .where('id', '=', jukkas.id)
        .execute();
      await t.database.db
        .insertInto('decision')
        .values({
          application_id: jukkas.id,
          outcome: 'approved',
          month: '2026-12',
          amount_cents: 12_345,
          calculation_input: null,
          calculation_result: null,
          parameter_set: null,
          parameters_version: null,
          reasoning: 'x',
          legal_provisions: [],
          payment_date: null,
          decided_by: staff.handler.id,
          decided_at: t.clock.now(),
          language: 'fi',
          delivery: 'electronic',
        })
        .execute();
      const before = await t.database.db
        .selectFrom('audit_event')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('action', '=', 'application.related_read')
        .executeTakeFirstOrThrow();
      const cases = await related(staff.socialWorker, annas.id);
      const jukkaCase = cases.history.find((entry) => entry.id === jukkas.id);
      assert.deepEqual(
        jukkaCase && {
          whose: jukkaCase.whose,
          month: jukkaCase.month,
          status: jukkaCase.status,
          decision: jukkaCase.decision && {
            outcome: jukkaCase.decision.outcome,
            amountCents: jukkaCase.decision.amountCents,
          },
        },
        {
          whose: 'spouse',
          month: '2026-12',
          status: 'decided',
          decision: { outcome: 'approved', amountCents: 12_345 },
        },
      );
      assert.ok(!cases.history.some((entry) => entry.id === annas.id), 'not the case itself');
      // A decided application still counts as a duplicate.
      assert.deepEqual(
        cases.possibleDuplicates.map((d) => d.id),
        [jukkas.id],
      );
      const rows = await t.database.db
        .selectFrom('audit_event')
        .select(['actor_id', 'subject_person_id', 'object_id'])
        .where('action', '=', 'application.related_read')
        .orderBy('seq')
        .execute();
      const shown = new Set([
        ...cases.history.map((c) => c.id),
        ...cases.possibleDuplicates.map((c) => c.id),
      ]);
      const latest = rows.slice(Number(before.n));
      assert.equal(latest.length, shown.size);
      assert.ok(
        latest.every((row) => row.actor_id === staff.socialWorker.id && shown.has(row.object_id ?? '')),
      );
      assert.ok(latest.some((row) => row.subject_person_id === jukkaC.id));
      // Only the handling roles (and clients with applications:read).
      assert.equal((await call(t, staff.admin, 'GET', `${QUEUE}/${annas.id}/related-cases`)).statusCode, 403);
      assert.equal((await call(t, annaC, 'GET', `${QUEUE}/${annas.id}/related-cases`)).statusCode, 403);
    });

    test('closing as a duplicate: who may, 412, 400, 409; the notice, the e-mail, the queue, statistics and events', async () => {
      const into = await sendApplication(t, mattiC, '2026-09');
      const dup = await sendApplication(t, mattiC, '2026-09');
      const intoRef = await refOf(into);
      const dupRef = await refOf(dup);
      let etag = await etagOf(staff.handler, dup);
      // Assigned to nobody: a handler may not, a supervisor may (checked below after the other refusals).
      assert.equal((await closeAsDuplicate(staff.handler, dup, intoRef, etag)).statusCode, 403);
      assert.equal((await closeAsDuplicate(staff.admin, dup, intoRef, etag)).statusCode, 403);
      const taken = await call(t, staff.handler, 'POST', `${QUEUE}/${dup}/assignment`, {
        payload: { staffId: staff.handler.id },
        headers: { 'if-match': etag },
      });
      assert.equal(taken.statusCode, 200);
      assert.equal((await closeAsDuplicate(staff.handler, dup, intoRef, etag)).statusCode, 412);
      etag = String(taken.headers.etag);
      // Not one of its duplicates (another month's application) → 400 at duplicateOf; nor itself.
      const otherMonth = await sendApplication(t, mattiC, '2026-08');
      const wrong = await closeAsDuplicate(staff.handler, dup, otherMonth, etag);
      assert.equal(wrong.statusCode, 400);
      assert.equal(wrong.json().errors[0].path, 'duplicateOf');
      assert.equal((await closeAsDuplicate(staff.handler, dup, dupRef, etag)).statusCode, 400);
      assert.equal((await closeAsDuplicate(staff.handler, dup, 'TT-1999-000001', etag)).statusCode, 400);
      // Another handler: 403.
      const handler2 = await signIn(t, { username: 'social_worker' });
      assert.equal((await closeAsDuplicate(handler2, dup, intoRef, etag)).statusCode, 403);

      const closed = await closeAsDuplicate(staff.handler, dup, intoRef, etag);
      assert.equal(closed.statusCode, 200, closed.body);
      assert.equal(closed.json().status, 'closed_as_duplicate');
      assert.deepEqual(closed.json().mergedInto, { id: into, referenceNumber: intoRef });
      assert.notEqual(String(closed.headers.etag), etag);
      // Final: 409 on a second try, and a decision or an assignment is refused too.
      assert.equal(
        (await closeAsDuplicate(staff.handler, dup, intoRef, String(closed.headers.etag))).statusCode,
        409,
      );
      assert.equal(
        (
          await call(t, staff.handler, 'POST', `${QUEUE}/${dup}/assignment`, {
            payload: { staffId: null },
            headers: { 'if-match': String(closed.headers.etag) },
          })
        ).statusCode,
        409,
      );
      // The history, the audit row, no decision.
      const history = await t.database.db
        .selectFrom('application_status_history')
        .select(['status', 'previous_status', 'actor_id'])
        .where('application_id', '=', dup)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      assert.deepEqual(history, {
        status: 'closed_as_duplicate',
        previous_status: 'in_processing',
        actor_id: staff.handler.id,
      });
      const audit = await t.database.db
        .selectFrom('audit_event')
        .select(['subject_person_id', 'details'])
        .where('action', '=', 'application.close_as_duplicate')
        .where('object_id', '=', dup)
        .executeTakeFirstOrThrow();
      assert.equal(audit.subject_person_id, mattiC.id);
      assert.deepEqual(audit.details, {
        previousStatus: 'in_processing',
        duplicateOfId: into,
        duplicateOfReferenceNumber: intoRef,
      });
      const decisions = await t.database.db
        .selectFrom('decision')
        .select('id')
        .where('application_id', '=', dup)
        .execute();
      assert.equal(decisions.length, 0);
      // It leaves the queue, and the one it was merged into is no longer flagged by it.
      assert.equal(await queueItem(staff.handler, dup), undefined);
      assert.equal((await queueItem(staff.handler, into))?.possibleDuplicate, false);
      // The citizen sees the status and what it was merged into (their own: with its reference number).
      const mine = await call(t, mattiC, 'GET', `${APPLICATIONS}/${dup}`);
      assert.equal(mine.json().status, 'closed_as_duplicate');
      assert.deepEqual(mine.json().mergedInto, { ownApplication: true, referenceNumber: intoRef });
      assert.equal(mine.json().allowedActions.withdraw, false);

      // The event.
      const event = await t.database.db
        .selectFrom('event')
        .select(['type', 'data'])
        .where('subject', '=', dup)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal(event.type, 'fi.tuki.application.status_changed');
      assert.equal((event.data as { status: string }).status, 'closed_as_duplicate');
      assert.equal((event.data as { previousStatus: string }).previousStatus, 'in_processing');

      // The e-mail through the outbox, in the person's language, without personal data.
      const outbox = await t.database.db
        .selectFrom('outbox')
        .select(['topic', 'payload'])
        .where('topic', '=', topics.applicationMerged)
        .execute();
      assert.equal(outbox.length, 1);
      const sent: MailMessage[] = [];
      const mailer: Mailer = { send: async (message) => void sent.push(message), close: () => undefined };
      const worker = new OutboxWorker({
        db: t.database.db,
        clock: t.clock,
        log: { info: () => undefined, warn: () => undefined, error: () => undefined },
        handlers: notificationHandlers({ mailer, publicUrl: 'https://tuki.example.fi' }),
        random: () => 0,
      });
      while ((await worker.runOnce()).processed > 0) {
        // every due event, the earlier applications' receipts too
      }
      const merged = sent.filter(
        (message) => message.subject === translate('fi', 'email.applicationMerged.subject'),
      );
      assert.equal(merged.length, 1);
      assert.equal(merged[0]?.to, matti.email);
      assert.ok(merged[0]?.text.includes(translate('fi', 'email.applicationMerged.body')));
      for (const secret of [dupRef, intoRef, matti.lastName]) assert.ok(!merged[0]?.text.includes(secret));

      // Statistics: counted apart in the month of closing; not a decision.
      const stats = await call(
        t,
        staff.supervisor,
        'GET',
        '/api/v1/statistics/processing-times?from=2026-11&to=2026-11',
      );
      assert.equal(stats.statusCode, 200, stats.body);
      const november = stats.json().months[0];
      assert.equal(november.closedAsDuplicate, 1);
      assert.equal(november.decided, 1, 'only the decision made in the history test');
      assert.equal(stats.json().total.closedAsDuplicate, 1);
      const csv = await call(
        t,
        staff.supervisor,
        'GET',
        '/api/v1/statistics/processing-times?from=2026-11&to=2026-11&format=csv&lang=sv',
      );
      assert.ok(
        csv.body.split('\r\n')[0]?.endsWith(`;${translate('sv', 'statistics.csv.closedAsDuplicate')}`),
      );
      assert.ok(csv.body.split('\r\n')[1]?.endsWith(';1'));
    });

    test('merged into a family member’s application: the citizen is not shown its reference number', async () => {
      const annaJan = await sendMarried(annaC, '2026-10', jukka.personalIdentityCode);
      const jukkaJan = await sendApplication(t, jukkaC, '2026-10');
      const etag = await etagOf(staff.supervisor, jukkaJan);
      const closed = await closeAsDuplicate(staff.supervisor, jukkaJan, annaJan.id, etag);
      assert.equal(closed.statusCode, 200, closed.body);
      const mine = await call(t, jukkaC, 'GET', `${APPLICATIONS}/${jukkaJan}`);
      assert.deepEqual(mine.json().mergedInto, { ownApplication: false, referenceNumber: null });
      assert.ok(!mine.body.includes(annaJan.ref));

      // The e-services feed carries the status with its texts; an API client reads the related cases but cannot
      // close anything.
      const client = await createTestApiClient(t, ['applications:read']);
      const token = await requestToken(t, client);
      const bearer = { authorization: `Bearer ${token}` };
      const feed = await t.app.inject({
        method: 'POST',
        url: '/api/v1/persons/cases/by-personal-identity-code',
        headers: bearer,
        payload: { personalIdentityCode: jukka.personalIdentityCode },
      });
      assert.equal(feed.statusCode, 200, feed.body);
      const item = (
        feed.json().items as { id: string; status: string; statusText: Record<string, string> }[]
      ).find((entry) => entry.id === jukkaJan);
      assert.equal(item?.status, 'closed_as_duplicate');
      assert.deepEqual(item?.statusText, {
        fi: translate('fi', 'application.status.closed_as_duplicate'),
        sv: translate('sv', 'application.status.closed_as_duplicate'),
        en: translate('en', 'application.status.closed_as_duplicate'),
      });
      const relatedByClient = await t.app.inject({
        method: 'GET',
        url: `${QUEUE}/${annaJan.id}/related-cases`,
        headers: bearer,
      });
      assert.equal(relatedByClient.statusCode, 200);
      const audited = await t.database.db
        .selectFrom('audit_event')
        .select(['actor_type', 'actor_id'])
        .where('action', '=', 'application.related_read')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      assert.deepEqual(audited, { actor_type: 'api_client', actor_id: client.clientId });
      const byClient = await t.app.inject({
        method: 'POST',
        url: `${QUEUE}/${annaJan.id}/close-as-duplicate`,
        headers: { ...bearer, 'if-match': '"x"' },
        payload: { duplicateOf: jukkaJan },
      });
      assert.equal(byClient.statusCode, 403);
    });
  });
}
