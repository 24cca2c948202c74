// Deciding an application through the API: who may decide and when, the server's own calculation with the
// parameters of the month kept with the decision, the letter stored and downloadable by the right people, the
// status and history, the audit events and the client's e-mail event.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { parametersFor } from '@tuki/rules';
import { sql } from 'kysely';
import { topics } from '../src/outbox/outbox.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { APPLICATIONS, type Caller, call, completeDraft, signIn } from './helpers/applications.ts';
import { MULTIPART_TYPE, multipartBody, pdfFile } from './helpers/attachments.ts';
import { singleApplicantCalculation } from './helpers/cases.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const run = promisify(execFile);
const [matti, anna] = demoCitizens;
if (!matti || !anna) throw new Error('the demo citizens are missing');
const mattiCode = matti.personalIdentityCode;
const annaCode = anna.personalIdentityCode;
const CASES = '/api/v1/applications';

/** Matti alone in a rented flat in November 2026: 578,43 + 670,00 − (700,00 + 120,00) = 428,43 €. */
const calculation = singleApplicantCalculation;

for (const backend of databaseBackends) {
  describe(`deciding applications (${backend})`, () => {
    let t: TestApp;
    let citizen: Caller;
    let other: Caller;
    let handler: Caller;
    let socialWorker: Caller;
    let supervisor: Caller;
    let auditor: Caller;

    async function sentAndTaken(taker: Caller | null = handler): Promise<{ id: string; etag: string }> {
      const draft = await completeDraft(t, citizen, '2026-11');
      const sent = await call(t, citizen, 'POST', `${APPLICATIONS}/${draft.id}/submit`);
      assert.equal(sent.statusCode, 200, sent.body);
      if (!taker)
        return {
          id: draft.id,
          etag: String((await call(t, handler, 'GET', `${CASES}/${draft.id}`)).headers.etag),
        };
      const taken = await call(t, taker, 'POST', `${CASES}/${draft.id}/assignment`, {
        payload: { staffId: taker.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      return { id: draft.id, etag: String(taken.headers.etag) };
    }

    const decide = (caller: Caller, id: string, payload: unknown, headers: Record<string, string> = {}) =>
      call(t, caller, 'POST', `${CASES}/${id}/decision`, { payload, headers });
    const approve = {
      outcome: 'approved',
      calculation: calculation(),
      reasoning: '',
      reasonTemplates: ['calculatedNeed'],
    };

    before(async () => {
      t = await createTestApp(backend);
      citizen = await signIn(t, { personalIdentityCode: mattiCode });
      other = await signIn(t, { personalIdentityCode: annaCode });
      handler = await signIn(t, { username: 'handler' });
      socialWorker = await signIn(t, { username: 'social_worker' });
      supervisor = await signIn(t, { username: 'supervisor' });
      auditor = await signIn(t, { username: 'auditor' });
    });
    after(() => t.close());

    test('who may decide, and when', async () => {
      const notTaken = await sentAndTaken(null);
      assert.equal((await decide(handler, notTaken.id, approve)).statusCode, 409, 'take it first');
      const { id, etag } = await sentAndTaken();
      for (const caller of [auditor, citizen])
        assert.equal((await decide(caller, id, approve)).statusCode, 403);
      assert.equal((await decide(socialWorker, id, approve)).statusCode, 403, 'assigned to someone else');
      assert.equal((await decide(handler, id, approve, { 'if-match': '"stale:1"' })).statusCode, 412);
      assert.equal((await decide(handler, id, { ...approve, calculation: null })).statusCode, 400);
      assert.equal(
        (await decide(handler, id, { ...approve, reasonTemplates: [] })).statusCode,
        400,
        'reasons',
      );
      const early = await decide(handler, id, { ...approve, calculation: calculation('2011-12') });
      assert.equal(early.statusCode, 422, 'no parameters before 2012');
      const ok = await decide(supervisor, id, approve, { 'if-match': etag });
      assert.equal(ok.statusCode, 201, ok.body);
      assert.equal((await decide(handler, id, approve)).statusCode, 409, 'decided once');
    });

    test('an approval: the server’s calculation with the month’s parameters, the letter, status, audit, e-mail', async () => {
      const { id } = await sentAndTaken();
      const made = await decide(handler, id, {
        ...approve,
        reasoning: 'Vuokra on hyväksytty vuokrasopimuksen mukaan.',
        legalProvisions: ['HL 45 §'],
      });
      assert.equal(made.statusCode, 201, made.body);
      const decision = made.json();
      assert.equal(decision.outcome, 'approved');
      assert.equal(decision.amountCents, 42_843);
      assert.equal(decision.month, '2026-11');
      assert.equal(decision.language, 'fi');
      assert.equal(decision.delivery, 'paper', 'no electronic delivery chosen');
      assert.equal(decision.calculation.parametersVersion, parametersFor('2026-11').version);
      assert.equal(decision.calculation.result.amountCents, 42_843);
      assert.ok(decision.legalProvisions.includes('HL 45 §'));
      assert.ok(decision.legalProvisions.some((p: string) => p.startsWith('Laki toimeentulotuesta')));
      assert.equal(decision.paymentDate, '2026-11-26', 'the next working day');

      const stored = await t.database.db
        .selectFrom('decision')
        .select(['parameter_set', 'parameters_version'])
        .where('id', '=', decision.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(stored.parameter_set, JSON.parse(JSON.stringify(parametersFor('2026-11'))));

      const staffView = (await call(t, handler, 'GET', `${CASES}/${id}`)).json();
      assert.equal(staffView.status, 'decided');
      assert.equal(staffView.statusHistory.at(-1).status, 'decided');
      assert.equal(staffView.decisions[0].id, decision.id);
      const own = (await call(t, citizen, 'GET', `${APPLICATIONS}/${id}`)).json();
      assert.equal(own.decisions[0].amountCents, 42_843);
      assert.equal(own.allowedActions.withdraw, false);

      const url = decision.documentUrl;
      const letter = await call(t, citizen, 'GET', url);
      assert.equal(letter.statusCode, 200);
      assert.equal(letter.headers['content-type'], 'application/pdf');
      assert.equal(letter.rawPayload.subarray(0, 5).toString(), '%PDF-');
      assert.equal((await call(t, other, 'GET', url)).statusCode, 404, 'not someone else’s');
      assert.equal((await call(t, handler, 'GET', url)).statusCode, 200);
      assert.equal((await call(t, auditor, 'GET', url)).statusCode, 403);
      if (existsSync('/usr/bin/pdftotext')) {
        const dir = await mkdtemp(join(tmpdir(), 'tuki-decision-'));
        try {
          await writeFile(join(dir, 'letter.pdf'), letter.rawPayload);
          const { stdout } = await run('pdftotext', ['-layout', join(dir, 'letter.pdf'), '-']);
          for (const text of ['428,43', 'Matti Meikäläinen', 'Vuokra on hyväksytty', 'Oikaisuvaatimus']) {
            assert.ok(stdout.includes(text), `the letter has ${text}`);
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }

      const actions = await sql<{ action: string }>`select action from audit_event
        where object_id = ${decision.id} order by seq`.execute(t.database.db);
      assert.deepEqual(
        actions.rows.map((row) => row.action),
        ['decision.create', 'decision.document_download', 'decision.document_download'],
      );
      const events = await sql<{ topic: string }>`select topic from outbox
        where payload->>'decisionId' = ${decision.id}`.execute(t.database.db);
      assert.deepEqual(
        events.rows.map((row) => row.topic),
        [topics.decisionMade],
      );
    });

    test('a rejection without a calculation; an approval that calculates to nothing is refused', async () => {
      const { id } = await sentAndTaken();
      const rich = { ...calculation(), assetsCents: 500_000 };
      const nothing = await decide(handler, id, { ...approve, calculation: rich });
      assert.equal(nothing.statusCode, 400);
      const rejected = await decide(handler, id, {
        outcome: 'rejected',
        calculation: null,
        reasoning: '',
        reasonTemplates: ['informationNotProvided'],
      });
      assert.equal(rejected.statusCode, 201, rejected.body);
      assert.equal(rejected.json().amountCents, 0);
      assert.equal(rejected.json().calculation, null);
      assert.equal(rejected.json().paymentDate, null);
    });

    test('the letter in the client’s language; electronic delivery when chosen', async () => {
      const prefs = await call(t, citizen, 'PUT', '/api/v1/my/preferences', {
        payload: { email: null, emailNotifications: true, language: 'sv', electronicDelivery: true },
      });
      assert.equal(prefs.statusCode, 200, prefs.body);
      const { id } = await sentAndTaken();
      const made = (await decide(handler, id, approve)).json();
      assert.equal(made.language, 'sv');
      assert.equal(made.delivery, 'electronic');
    });

    test('a request for rectification: a case of its own with the files, decided the same way', async () => {
      await call(t, citizen, 'PUT', '/api/v1/my/preferences', {
        payload: { email: null, emailNotifications: true, language: 'fi', electronicDelivery: false },
      });
      const { id } = await sentAndTaken();
      const decision = (await decide(handler, id, approve)).json();
      assert.equal(decision.rectificationDeadline, '2027-01-01', 'by mail: 7 + 30 days from the decision');
      const url = `/api/v1/my/decisions/${decision.id}/rectification`;
      assert.equal((await call(t, other, 'POST', url, { payload: { reasons: 'x' } })).statusCode, 404);
      assert.equal((await call(t, handler, 'POST', url, { payload: { reasons: 'x' } })).statusCode, 403);
      const empty = await call(t, citizen, 'POST', url, {
        payload: { reasons: ' ' },
        headers: { 'accept-language': 'en' },
      });
      assert.equal(empty.statusCode, 400);
      assert.equal(empty.json().detail, 'Tell us why you think the decision should be changed.');

      const file = await t.app.inject({
        method: 'POST',
        url: `${APPLICATIONS}/${id}/attachments`,
        headers: {
          cookie: citizen.cookie,
          'x-csrf-token': citizen.csrfToken,
          'content-type': MULTIPART_TYPE,
        },
        payload: multipartBody([['category', 'receipt']], {
          name: 'kuitti.pdf',
          type: 'application/pdf',
          content: pdfFile('receipt'),
        }),
      });
      assert.equal(file.statusCode, 201, file.body);
      const payload = { reasons: 'Lääkekulut puuttuvat laskelmasta.', attachmentIds: [file.json().id] };
      const headers = { 'idempotency-key': `rect-${decision.id}` };
      const made = await call(t, citizen, 'POST', url, { payload, headers });
      assert.equal(made.statusCode, 201, made.body);
      const rectificationCase = made.json();
      assert.equal(rectificationCase.kind, 'rectification');
      assert.equal(rectificationCase.status, 'submitted');
      assert.match(rectificationCase.referenceNumber, /^TT-2026-\d{6}$/);
      assert.equal(rectificationCase.rectification.decisionId, decision.id);
      assert.equal(rectificationCase.rectification.reasons, 'Lääkekulut puuttuvat laskelmasta.');
      assert.deepEqual(
        rectificationCase.attachments.map((a: { id: string }) => a.id),
        [file.json().id],
      );
      const replay = await call(t, citizen, 'POST', url, { payload, headers });
      assert.equal(replay.json().id, rectificationCase.id, 'a retry makes no second case');
      assert.equal((await call(t, citizen, 'POST', url, { payload: { reasons: 'Taas' } })).statusCode, 409);

      // In the queue as its own kind; the decision shows it; decided like any application.
      const queue = (await call(t, handler, 'GET', `${CASES}?q=${rectificationCase.referenceNumber}`)).json();
      assert.equal(queue.items[0].kind, 'rectification');
      const decided = (await call(t, citizen, 'GET', `${APPLICATIONS}/${id}`)).json();
      assert.equal(decided.decisions[0].rectification.applicationId, rectificationCase.id);
      const staffView = (await call(t, handler, 'GET', `${CASES}/${rectificationCase.id}`)).json();
      assert.equal(staffView.rectification.decidedApplicationId, id);
      await call(t, handler, 'POST', `${CASES}/${rectificationCase.id}/assignment`, {
        payload: { staffId: handler.id },
      });
      const withMedicine = {
        ...approve,
        calculation: { ...calculation(), expenses: [{ type: 'medicine', amountCents: 4_500 }] },
      };
      const second = await decide(handler, rectificationCase.id, withMedicine);
      assert.equal(second.statusCode, 201, second.body);
      assert.equal(second.json().amountCents, 42_843 + 4_500);
    });

    test('too late for rectification: 30 days after notification', async () => {
      const { id } = await sentAndTaken();
      const prefs = await call(t, citizen, 'PUT', '/api/v1/my/preferences', {
        payload: { email: null, emailNotifications: true, language: 'fi', electronicDelivery: true },
      });
      assert.equal(prefs.statusCode, 200);
      const decision = (await decide(handler, id, approve)).json();
      assert.equal(decision.rectificationDeadline, '2026-12-25', 'electronic: 30 days from the decision');
      t.clock.set(new Date('2026-12-28T10:00:00Z'));
      try {
        const late = await signIn(t, { personalIdentityCode: mattiCode });
        const refused = await call(t, late, 'POST', `/api/v1/my/decisions/${decision.id}/rectification`, {
          payload: { reasons: 'Myöhässä' },
        });
        assert.equal(refused.statusCode, 409);
        assert.match(refused.json().detail, /2026-12-25/);
      } finally {
        t.clock.set(new Date('2026-11-25T10:00:00Z'));
      }
    });

    test('the reasons in every language', async () => {
      const reasons = await call(t, handler, 'GET', '/api/v1/decision-reasons');
      assert.equal(reasons.statusCode, 200);
      const calculated = reasons.json().items.find((item: { id: string }) => item.id === 'calculatedNeed');
      assert.match(calculated.texts.sv, /Utkomststödet har beräknats/);
      assert.equal((await call(t, citizen, 'GET', '/api/v1/decision-reasons')).statusCode, 403);
    });
  });
}
