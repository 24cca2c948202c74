// Sending an application through the API: the completeness check in the user's language, the reference number
// and the decision's due date, and idempotent retries (Idempotency-Key).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkApplicationComplete, decisionDueDate } from '@tuki/domain';
import { completenessErrors } from '../src/applications/submit-application.ts';
import { acceptedLanguages, userLanguage } from '../src/http/language.ts';
import {
  APPLICATIONS,
  type Caller,
  call,
  completeContent,
  completeDraft,
  createDraft,
  signIn,
} from './helpers/applications.ts';
import { anna, matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

/** 2026-11-25 is a Wednesday; 12:00 in Helsinki. */
const WEDNESDAY = '2026-11-25T10:00:00.000Z';

describe('the user’s language', () => {
  test('the first of fi, sv and en that Accept-Language asks for, by weight, else the preferred one', () => {
    assert.deepEqual(acceptedLanguages('sv-FI,sv;q=0.9,en;q=0.8'), ['sv', 'en']);
    assert.deepEqual(acceptedLanguages('de-DE, en;q=0.5, fi;q=0.7'), ['fi', 'en']);
    assert.deepEqual(acceptedLanguages('EN-gb'), ['en']);
    assert.deepEqual(acceptedLanguages('fi;q=0, sv'), ['sv'], 'q=0 means not this one');
    assert.deepEqual(acceptedLanguages('*'), []);
    assert.deepEqual(acceptedLanguages(undefined), []);
    assert.equal(userLanguage('de, sv;q=0.5', 'fi'), 'sv');
    assert.equal(userLanguage('de', 'sv'), 'sv');
    assert.equal(userLanguage(undefined, 'en'), 'en');
  });
});

for (const backend of databaseBackends) {
  describe(`submitApplication (${backend})`, () => {
    const t = useTestApp(backend);
    let a: Caller;
    let b: Caller;

    /** Sets the clock and signs both citizens in again (moving the clock ends their sessions). */
    const at = async (instant: string): Promise<void> => {
      t.clock.set(instant);
      a = await signIn(t, { personalIdentityCode: matti.personalIdentityCode });
      b = await signIn(t, { personalIdentityCode: anna.personalIdentityCode });
    };

    const submit = (caller: Caller, id: string, headers: Record<string, string> = {}) =>
      call(t, caller, 'POST', `${APPLICATIONS}/${id}/submit`, { headers });

    const countAudit = async (action: string, objectId: string) =>
      (
        await t.database.db
          .selectFrom('audit_event')
          .select('seq')
          .where('action', '=', action)
          .where('object_id', '=', objectId)
          .execute()
      ).length;

    const sequenceOf = (referenceNumber: string) => Number(referenceNumber.split('-')[2]);

    test('missing fields: 400 listing every issue with Finnish messages; nothing changes', async () => {
      await at(WEDNESDAY);
      const created = (await createDraft(t, a)).json();
      const response = await submit(a, created.id);
      assert.equal(response.statusCode, 400);
      const body = response.json();
      assert.match(body.type, /application-incomplete$/);
      assert.equal(body.detail, 'Hakemuksessa on korjattavaa.');
      const expected = completenessErrors(checkApplicationComplete(created.content, '2026-11-25'), 'fi');
      assert.deepEqual(body.errors, expected);
      for (const path of [
        'content.applicant.maritalStatus',
        'content.applicant.occupation',
        'content.housing.type',
        'content.month',
        'content.iban',
        'content.urgent',
        'content.declaration',
      ]) {
        const error = body.errors.find((e: { path: string }) => e.path === path);
        assert.ok(error, path);
      }
      const housing = body.errors.find((e: { path: string }) => e.path === 'content.housing.type');
      assert.deepEqual(housing, {
        path: 'content.housing.type',
        message: 'Tämä tieto puuttuu.',
        code: 'required',
      });
      assert.ok(
        !body.errors.some((e: { path: string }) => e.path.startsWith('content.spouse')),
        'no spouse asked of a single person',
      );
      const read = await call(t, a, 'GET', `${APPLICATIONS}/${created.id}`);
      assert.equal(read.json().status, 'draft');
      assert.equal(read.headers.etag, `"${created.id}:1"`);
      assert.equal(await countAudit('application.submit', created.id), 0);
    });

    test('the messages follow Accept-Language (fi, sv, en), else the person’s preferred language', async () => {
      await at(WEDNESDAY);
      const mine = (await createDraft(t, a)).json().id;
      const swedish = (await submit(a, mine, { 'accept-language': 'sv-FI,sv;q=0.9' })).json();
      assert.equal(swedish.detail, 'Ansökan har fel som ska rättas.');
      const housing = swedish.errors.find((e: { path: string }) => e.path === 'content.housing.type');
      assert.equal(housing.message, 'Den här uppgiften saknas.');
      const declaration = swedish.errors.find((e: { path: string }) => e.path === 'content.declaration');
      assert.equal(declaration.message, 'Bekräfta att uppgifterna är riktiga.');
      assert.equal(declaration.code, 'declaration_required');

      const annas = (await createDraft(t, b)).json().id;
      const preferred = (await submit(b, annas, { 'accept-language': 'de-DE' })).json();
      assert.equal(preferred.detail, 'Ansökan har fel som ska rättas.', 'Anna prefers Swedish');
      const english = (await submit(b, annas, { 'accept-language': 'en-GB,en;q=0.9,sv;q=0.5' })).json();
      assert.equal(english.detail, 'There is something to correct in the application.');
      assert.ok(
        english.errors.some((e: { message: string }) => e.message === 'This information is missing.'),
      );
    });

    test('invalid values and questions that apply: the code names the rule', async () => {
      await at(WEDNESDAY);
      const created = (await createDraft(t, a)).json();
      const { id } = await completeDraft(t, a, '2026-11', {
        iban: 'FI21 1234 5600 0007 86',
        month: '2027-03',
        applicant: { ...created.content.applicant, maritalStatus: 'married', occupation: 'student' },
      });
      const body = (await submit(a, id)).json();
      const codes = Object.fromEntries(
        body.errors.map((e: { path: string; code: string }) => [e.path, e.code] as const),
      );
      assert.equal(codes['content.iban'], 'invalid_iban');
      assert.equal(codes['content.month'], 'month_out_of_range');
      assert.equal(
        codes['content.spouse.firstName'],
        'required',
        'a married applicant is asked about the spouse',
      );
      assert.equal(codes['content.spouse.personalIdentityCode'], 'required');
    });

    test('a complete application is sent: reference number, arrival time, due date 7 working days later', async () => {
      await at(WEDNESDAY);
      const { id, etag } = await completeDraft(t, a, '2026-11');
      const response = await submit(a, id, { 'if-match': etag });
      assert.equal(response.statusCode, 200);
      const body = response.json();
      assert.equal(body.status, 'submitted');
      assert.match(body.referenceNumber, /^TT-2026-\d{6}$/);
      assert.equal(body.submittedAt, WEDNESDAY);
      // By hand: after Wed 25.11. the working days are Thu 26, Fri 27, Mon 30, Tue 1.12, Wed 2, Thu 3, Fri 4.
      // Independence Day (6.12.) is a Sunday in 2026, so it moves nothing.
      assert.equal(body.dueDate, '2026-12-04');
      assert.equal(body.dueDate, decisionDueDate(new Date(WEDNESDAY), false));
      assert.equal(body.urgent, false);
      assert.equal(body.draftDeletesAt, null);
      assert.deepEqual(body.allowedActions, { edit: false, submit: false, withdraw: true });
      assert.deepEqual(body.statusHistory, [
        { status: 'draft', changedAt: WEDNESDAY },
        { status: 'submitted', changedAt: WEDNESDAY },
      ]);
      assert.equal(response.headers.etag, `"${id}:3"`);
      assert.equal(await countAudit('application.submit', id), 1);
      const listed = (await call(t, a, 'GET', APPLICATIONS)).json();
      const summary = listed.items.find((item: { id: string }) => item.id === id);
      assert.equal(summary.referenceNumber, body.referenceNumber);
      assert.equal(summary.dueDate, '2026-12-04');
      const again = await submit(a, id);
      assert.equal(again.statusCode, 409);

      const next = await completeDraft(t, a, '2026-11');
      const second = (await submit(a, next.id)).json();
      assert.equal(sequenceOf(second.referenceNumber), sequenceOf(body.referenceNumber) + 1);
    });

    test('urgent: the next working day; the arrival date is the date in Helsinki', async () => {
      // Thursday 26.11.2026 22:30 UTC is already Friday 27.11. 00:30 in Helsinki.
      await at('2026-11-26T22:30:00.000Z');
      const urgent = await completeDraft(t, a, '2026-11', {
        urgent: true,
        urgentReason: 'No food left and the rent is due.',
      });
      const body = (await submit(a, urgent.id)).json();
      assert.equal(body.urgent, true);
      assert.equal(body.dueDate, '2026-11-30', 'the Monday after Friday');
      const normal = await completeDraft(t, a, '2026-11');
      const normalBody = (await submit(a, normal.id)).json();
      // By hand: Mon 30.11., Tue 1.12., Wed 2, Thu 3, Fri 4, Mon 7, Tue 8.
      assert.equal(normalBody.dueDate, '2026-12-08');
      assert.equal(normalBody.dueDate, decisionDueDate(new Date('2026-11-26T22:30:00.000Z'), false));
      // Urgent on Saturday 5.12.: Sunday is Independence Day, Monday 7.12. is the next working day.
      await at('2026-12-05T09:00:00.000Z');
      const weekend = await completeDraft(t, a, '2026-12', { urgent: true, urgentReason: 'Evicted today.' });
      assert.equal((await submit(a, weekend.id)).json().dueDate, '2026-12-07');
    });

    test('Idempotency-Key: a retry returns the first answer and sends nothing again', async () => {
      await at(WEDNESDAY);
      const { id } = await completeDraft(t, a, '2026-11');
      const key = 'a5c3e0f2-0000-4000-8000-000000000001';
      const first = await submit(a, id, { 'idempotency-key': key });
      assert.equal(first.statusCode, 200);
      const retry = await submit(a, id, { 'idempotency-key': key });
      assert.equal(retry.statusCode, 200);
      assert.deepEqual(retry.json(), first.json());
      assert.equal(retry.headers.etag, first.headers.etag);
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal(first.headers['idempotent-replayed'], undefined);
      assert.equal(await countAudit('application.submit', id), 1);
      assert.equal(await countAudit('application.read', id), 1, 'the replay is audited as a read');
      const history = await t.database.db
        .selectFrom('application_status_history')
        .select('status')
        .where('application_id', '=', id)
        .execute();
      assert.equal(history.length, 2);
      const next = await completeDraft(t, a, '2026-11');
      const nextBody = (await submit(a, next.id)).json();
      assert.equal(
        sequenceOf(nextBody.referenceNumber),
        sequenceOf(first.json().referenceNumber) + 1,
        'the retry used no reference number',
      );
      const otherKey = await submit(a, id, { 'idempotency-key': 'another-key' });
      assert.equal(otherKey.statusCode, 409, 'a new key is a new attempt: already sent');
    });

    test('Idempotency-Key: a double click (two requests at once) sends one application', async () => {
      await at(WEDNESDAY);
      const { id } = await completeDraft(t, a, '2026-11');
      const key = 'double-click-1';
      const [one, two] = await Promise.all([
        submit(a, id, { 'idempotency-key': key }),
        submit(a, id, { 'idempotency-key': key }),
      ]);
      assert.equal(one?.statusCode, 200);
      assert.equal(two?.statusCode, 200);
      assert.deepEqual(one?.json(), two?.json());
      assert.equal(await countAudit('application.submit', id), 1);
    });

    test('Idempotency-Key: the same key for another request is 422; other people’s keys are their own', async () => {
      await at(WEDNESDAY);
      const first = await completeDraft(t, a, '2026-11');
      const second = await completeDraft(t, a, '2026-11');
      const key = 'same-key-different-request';
      assert.equal((await submit(a, first.id, { 'idempotency-key': key })).statusCode, 200);
      const reused = await submit(a, second.id, { 'idempotency-key': key });
      assert.equal(reused.statusCode, 422);
      assert.match(reused.json().type, /idempotency-key-reused$/);
      assert.equal((await call(t, a, 'GET', `${APPLICATIONS}/${second.id}`)).json().status, 'draft');
      const annas = await completeDraft(t, b, '2026-11');
      assert.equal((await submit(b, annas.id, { 'idempotency-key': key })).statusCode, 200);
      const tooLong = await submit(a, second.id, { 'idempotency-key': 'x'.repeat(201) });
      assert.equal(tooLong.statusCode, 400);
    });

    test('Idempotency-Key: a refused attempt is not stored, so the retry after fixing the content runs', async () => {
      await at(WEDNESDAY);
      const created = (await createDraft(t, a)).json();
      const key = 'fix-and-retry';
      assert.equal((await submit(a, created.id, { 'idempotency-key': key })).statusCode, 400);
      const id = created.id;
      await call(t, a, 'PUT', `${APPLICATIONS}/${id}`, {
        payload: { content: completeContent(created.content, '2026-11') },
      });
      const retry = await submit(a, id, { 'idempotency-key': key });
      assert.equal(retry.statusCode, 200);
      assert.equal(retry.json().status, 'submitted');
    });

    test('Idempotency-Key: after 24 hours a key is forgotten', async () => {
      await at(WEDNESDAY);
      const { id } = await completeDraft(t, a, '2026-11');
      const key = 'kept-for-a-day';
      assert.equal((await submit(a, id, { 'idempotency-key': key })).statusCode, 200);
      await at('2026-11-26T09:59:00.000Z');
      assert.equal((await submit(a, id, { 'idempotency-key': key })).statusCode, 200, 'replayed within 24 h');
      await at('2026-11-26T10:00:01.000Z');
      assert.equal(
        (await submit(a, id, { 'idempotency-key': key })).statusCode,
        409,
        'runs again: already sent',
      );
    });
  });
}
