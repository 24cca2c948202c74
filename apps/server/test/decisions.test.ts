// Deciding an application through the API: who may decide and when, the server's own calculation with the
// parameters of the month kept with the decision, the letter stored and downloadable by the right people, the
// status and history, the audit events and the client's e-mail event.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { makePersonalIdentityCode } from '@tuki/domain';
import { parametersFor } from '@tuki/rules';
import { sql } from 'kysely';
import { topics } from '../src/outbox/outbox.ts';
import { APPLICATIONS, type Caller, call, completeDraft, signIn, useCaller } from './helpers/applications.ts';
import { MULTIPART_TYPE, multipartBody, pdfFile } from './helpers/attachments.ts';
import {
  approvalOf,
  rejectionForMissingInformation,
  singleApplicantCalculation,
  useStaffCallers,
} from './helpers/cases.ts';
import { anna, matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const run = promisify(execFile);
const mattiCode = matti.personalIdentityCode;
const annaCode = anna.personalIdentityCode;
const CASES = '/api/v1/applications';

/** Matti alone in a rented flat in November 2026: 578,43 + 670,00 − (700,00 + 120,00) = 428,43 €. */
const calculation = singleApplicantCalculation;

for (const backend of databaseBackends) {
  describe(`deciding applications (${backend})`, () => {
    const t = useTestApp(backend);
    const citizen = useCaller(t, { personalIdentityCode: mattiCode });
    const other = useCaller(t, { personalIdentityCode: annaCode });
    const { handler, socialWorker, supervisor, auditor } = useStaffCallers(t);

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
    const approve = approvalOf();

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
      assert.equal(early.statusCode, 400, 'no month before 2012');
      const unparameterised = await decide(handler, id, { ...approve, calculation: calculation('2027-06') });
      assert.equal(unparameterised.statusCode, 422, 'no parameters for the month yet');
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
      assert.ok(decision.legalProvisions.includes('Hallintolaki (434/2003) 45 §'));
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
      const rejected = await decide(handler, id, rejectionForMissingInformation);
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
      assert.equal(
        decision.rectificationDeadline,
        '2027-01-04',
        'by mail, not yet mailed: 7 + 30 days from the decision, 1.1.2027 a holiday → Monday 4.1.2027',
      );
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
      assert.equal(
        decision.rectificationDeadline,
        '2026-12-28',
        'electronic: notified on the 3rd day (28.11.), + 30 days',
      );
      t.clock.set(new Date('2026-12-29T10:00:00Z'));
      try {
        const late = await signIn(t, { personalIdentityCode: mattiCode });
        const refused = await call(t, late, 'POST', `/api/v1/my/decisions/${decision.id}/rectification`, {
          payload: { reasons: 'Myöhässä' },
        });
        assert.equal(refused.statusCode, 409);
        assert.match(refused.json().detail, /2026-12-28/);
      } finally {
        t.clock.set(new Date('2026-11-25T10:00:00Z'));
      }
    });

    test('the letter names the family with dates of birth and no codes, the kind, the provisions; a paper letter gets its sending day from its print batch', async () => {
      await call(t, citizen, 'PUT', '/api/v1/my/preferences', {
        payload: { email: null, emailNotifications: true, language: 'fi', electronicDelivery: false },
      });
      const spouseCode = makePersonalIdentityCode('1983-07-02', 246);
      const draft = await completeDraft(t, citizen, '2026-11', {
        spouse: {
          firstName: 'Maija',
          lastName: 'Meikäläinen',
          personalIdentityCode: spouseCode,
          occupation: 'Opiskelija',
        },
        children: [{ firstName: 'Eeli', lastName: 'Meikäläinen', dateOfBirth: '2016-04-02' }],
      });
      // A married couple: the applicant's own details as prefilled, with the marital status.
      const content = (await call(t, citizen, 'GET', `${APPLICATIONS}/${draft.id}`)).json().content;
      const married = await call(t, citizen, 'PUT', `${APPLICATIONS}/${draft.id}`, {
        payload: { content: { ...content, applicant: { ...content.applicant, maritalStatus: 'married' } } },
      });
      assert.equal(married.statusCode, 200, married.body);
      const sent = await call(t, citizen, 'POST', `${APPLICATIONS}/${draft.id}/submit`);
      assert.equal(sent.statusCode, 200, sent.body);
      await call(t, handler, 'POST', `${CASES}/${draft.id}/assignment`, { payload: { staffId: handler.id } });
      const made = await decide(handler, draft.id, {
        ...approve,
        reasonTemplates: ['calculatedNeed', 'assetsAvailable'],
      });
      assert.equal(made.statusCode, 201, made.body);
      const decision = made.json();

      // The provisions: the calculation's and the reasons', in legal order, never the processing-time rule.
      assert.equal(decision.legalProvisions.length, 1, decision.legalProvisions.join(' | '));
      const [provisions] = decision.legalProvisions;
      assert.match(provisions, /^Laki toimeentulotuesta \(1412\/1997\) /);
      const cited = [...provisions.matchAll(/(\d+)(?: ([a-z]))? §/g)].map((m) => `${m[1]}${m[2] ?? ''}`);
      const order = (section: string) =>
        Number.parseInt(section, 10) * 100 + ((section.at(-1)?.charCodeAt(0) ?? 0) % 100);
      assert.deepEqual(
        cited,
        [...cited].sort((a, b) => order(a) - order(b)),
        'in legal order',
      );
      const lineSections = decision.calculation.result.lines.map((line: { legalReference: string }) =>
        line.legalReference.replace(
          /^TTL (\d+)(?: ([a-z]))? §.*$/,
          (_: string, n: string, l?: string) => `${n}${l ?? ''}`,
        ),
      );
      assert.deepEqual(
        [...new Set(cited)].sort(),
        [...new Set([...lineSections, '2', '6', '11'])].sort(),
        'exactly the lines’ and the reasons’ sections (calculatedNeed: 2, 6; assetsAvailable: the assets line’s)',
      );
      assert.ok(!cited.includes('14a'), 'no TTL 14 a §');

      const read = async (url: string) => {
        const letter = await call(t, citizen, 'GET', url);
        assert.equal(letter.statusCode, 200);
        const dir = await mkdtemp(join(tmpdir(), 'tuki-decision-'));
        try {
          await writeFile(join(dir, 'letter.pdf'), letter.rawPayload);
          const { stdout } = await run('pdftotext', ['-layout', join(dir, 'letter.pdf'), '-']);
          return stdout.replaceAll('\u00a0', ' ').replace(/\s+/g, ' ');
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      };
      const before = await read(decision.documentUrl);
      for (const party of [
        'Matti Meikäläinen, syntynyt 14.3.1985 (hakija)',
        'Maija Meikäläinen, syntynyt 2.7.1983 (puoliso)',
        'Eeli Meikäläinen, syntynyt 2.4.2016 (lapsi)',
      ]) {
        assert.ok(before.includes(party), `party: ${party}`);
      }
      assert.ok(!before.includes(spouseCode), 'not the spouse’s identity code');
      assert.ok(!before.includes(mattiCode), 'not the recipient’s identity code either');
      assert.ok(before.includes('Tukimuoto Perustoimeentulotuki'), 'the kind');
      assert.ok(before.includes(provisions), 'the provisions as the API gives them');
      assert.ok(before.includes('Päätös postitetaan sinulle kirjeenä.'), 'not yet mailed');
      assert.ok(!before.includes('Lähetetty '), 'no sending day before the print batch');
      assert.ok(before.includes('/privacy'), 'the data-protection link');

      // Mailed with the batch of Friday 27.11.2026: sent that day, notified 4.12., deadline 3.1.2027 is a Sunday → 4.1.
      t.clock.set(new Date('2026-11-27T08:00:00Z'));
      try {
        const printer = await signIn(t, { username: 'handler' });
        const batch = await call(t, printer, 'POST', '/api/v1/print-batches', {
          headers: { 'idempotency-key': `batch-${decision.id}` },
        });
        assert.equal(batch.statusCode, 201, batch.body);
        assert.ok(batch.json().decisionIds.includes(decision.id));
      } finally {
        t.clock.set(new Date('2026-11-25T10:00:00Z'));
      }
      const after = await read(decision.documentUrl);
      assert.ok(after.includes('Lähetetty 27.11.2026'), 'the sending day');
      assert.ok(after.includes('Päätös on lähetetty kirjeenä 27.11.2026.'), 'the paper rule with its day');
      assert.ok(after.includes('4.12.2026'), 'notified on the 7th day');
      assert.ok(
        after.includes('Oikaisuvaatimus 4.1.2027') || after.includes('viimeistään 4.1.2027'),
        'the deadline',
      );
      assert.ok(!after.includes('sähköisesti e-asiointitilillesi'), 'not the electronic rule');
      assert.ok(!after.includes('Päätös postitetaan sinulle kirjeenä.'), 'no longer “to be mailed”');
      const view = (await call(t, citizen, 'GET', `${APPLICATIONS}/${draft.id}`)).json();
      assert.equal(view.decisions[0].rectificationDeadline, '2027-01-04');
    });

    test('a Swedish letter sent electronically: the Swedish act, no “TTL”, the third day', async () => {
      await call(t, citizen, 'PUT', '/api/v1/my/preferences', {
        payload: { email: null, emailNotifications: true, language: 'sv', electronicDelivery: true },
      });
      try {
        const { id } = await sentAndTaken();
        const decision = (await decide(handler, id, approve)).json();
        assert.equal(decision.language, 'sv');
        assert.match(decision.legalProvisions[0], /^Lagen om utkomststöd \(1412\/1997\) /);
        assert.equal(decision.rectificationDeadline, '2026-12-28');
        const dir = await mkdtemp(join(tmpdir(), 'tuki-decision-'));
        try {
          await writeFile(
            join(dir, 'letter.pdf'),
            (await call(t, citizen, 'GET', decision.documentUrl)).rawPayload,
          );
          const { stdout } = await run('pdftotext', ['-layout', join(dir, 'letter.pdf'), '-']);
          const text = stdout.replaceAll('\u00a0', ' ').replace(/\s+/g, ' ');
          assert.ok(!text.includes('TTL'), 'no Finnish abbreviation');
          assert.ok(text.includes('Lagen om utkomststöd (1412/1997)'));
          assert.ok(text.includes('Typ av stöd Grundläggande utkomststöd'));
          assert.ok(text.includes('Avsänt 25.11.2026'));
          assert.ok(text.includes('sänts elektroniskt till ditt e-tjänstkonto den 25.11.2026'));
          assert.ok(text.includes('28.11.2026') && text.includes('28.12.2026'));
          assert.ok(!text.includes('sänts per brev'), 'not the paper rule');
          assert.ok(text.includes('Behandling av personuppgifter'));
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      } finally {
        await call(t, citizen, 'PUT', '/api/v1/my/preferences', {
          payload: { email: null, emailNotifications: true, language: 'fi', electronicDelivery: false },
        });
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
