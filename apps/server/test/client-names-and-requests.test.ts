// A name for every client, and information requests within the law, through the API: the development sign-in's
// generated names and its unnamed option; updateMyName's rules, language and audit; deciding and printing refused
// while the letter's recipient lacks a name or postal address; the reason of a second information request; the
// flag of a request after the 7th working day; and the statistics counting every request.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makePersonalIdentityCode } from '@tuki/domain';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { generatedNameFor } from '../src/seed/generated-names.ts';
import { signInCitizen } from '../src/session/sign-in.ts';
import { APPLICATIONS, type Caller, call, signIn, signInAgain } from './helpers/applications.ts';
import { auditEvents } from './helpers/audit-events.ts';
import { approvalOf, sendApplication, useStaffCallers } from './helpers/cases.ts';
import { devSignIn, useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const CASES = '/api/v1/applications';
const NAME = '/api/v1/my/name';
const matti = demoCitizens[0];
if (!matti) throw new Error('no demo citizens');

describe('generated names', () => {
  test('the same code always gets the same plausible name, its first name by the sex the code tells', () => {
    const male = makePersonalIdentityCode('1970-01-01', 911);
    const female = makePersonalIdentityCode('1970-01-01', 912);
    assert.deepEqual(generatedNameFor(male), generatedNameFor(male));
    for (const code of [male, female]) {
      const name = generatedNameFor(code);
      assert.match(name.firstName, /^\p{Lu}\p{Ll}+$/u);
      assert.match(name.lastName, /^\p{Lu}\p{Ll}+$/u);
    }
    // Many codes give several different names.
    const names = new Set(
      Array.from({ length: 40 }, (_, i) => {
        const name = generatedNameFor(makePersonalIdentityCode('1980-05-05', 900 + i * 2));
        return `${name.firstName} ${name.lastName}`;
      }),
    );
    assert.ok(names.size > 10, `only ${names.size} different names`);
  });
});

for (const backend of databaseBackends) {
  describe(`a name for every client and information requests (${backend})`, () => {
    const t = useTestApp(backend);
    const staff = useStaffCallers(t);
    const { handler, supervisor } = staff;
    let codeNumber = 930;
    const newCode = () => {
      codeNumber += 1;
      return makePersonalIdentityCode('1991-02-03', codeNumber);
    };

    const personOf = (id: string) =>
      t.database.db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const auditOf = (personId: string, action: string) =>
      auditEvents(t, { subjectPersonId: personId, action });

    async function signInUnnamed(): Promise<Caller> {
      const { cookie, csrfToken, session } = await devSignIn(t, {
        personalIdentityCode: newCode(),
        unnamed: true,
      } as { personalIdentityCode: string });
      const person = session.person as { id: string; firstName: string; lastName: string };
      assert.equal(person.firstName, '');
      assert.equal(person.lastName, '');
      return { cookie, csrfToken, id: person.id };
    }

    test('development sign-in: a new code gets its generated name, kept at the next sign-in', async () => {
      const code = newCode();
      const first = await devSignIn(t, { personalIdentityCode: code });
      const expected = generatedNameFor(code);
      assert.deepEqual(
        {
          firstName: (first.session.person as { firstName: string }).firstName,
          lastName: (first.session.person as { lastName: string }).lastName,
        },
        expected,
      );
      const again = await devSignIn(t, { personalIdentityCode: code });
      assert.equal((again.session.person as { lastName: string }).lastName, expected.lastName);
      // A seeded person keeps the seeded name.
      const seeded = await devSignIn(t, { personalIdentityCode: matti.personalIdentityCode });
      assert.equal((seeded.session.person as { firstName: string }).firstName, matti.firstName);
    });

    test('the name is entered once, validated in the user’s language, and audited', async () => {
      const citizen = await signInUnnamed();
      const invalid = await call(t, citizen, 'PUT', NAME, {
        payload: { firstName: 'Maija2', lastName: '' },
        headers: { 'accept-language': 'sv' },
      });
      assert.equal(invalid.statusCode, 400, invalid.body);
      const problem = invalid.json();
      assert.deepEqual(
        problem.errors.map((error: { path: string; code: string }) => [error.path, error.code]),
        [
          ['firstName', 'invalid_characters'],
          ['lastName', 'required'],
        ],
      );
      assert.equal(
        problem.errors[0].message,
        'Namnet kan bara innehålla bokstäver, mellanslag, bindestreck och apostrofer.',
      );
      const tooLong = await call(t, citizen, 'PUT', NAME, {
        payload: { firstName: 'A'.repeat(101), lastName: 'Virtanen' },
        headers: { 'accept-language': 'en' },
      });
      assert.equal(tooLong.statusCode, 400);
      assert.equal(tooLong.json().errors[0].message, 'The name can have at most 100 characters.');
      assert.equal((await personOf(citizen.id)).first_name, '');

      const saved = await call(t, citizen, 'PUT', NAME, {
        payload: { firstName: '  Anna-Liisa  ', lastName: "O'Brien" },
      });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.deepEqual(saved.json(), { firstName: 'Anna-Liisa', lastName: "O'Brien" });
      const session = await call(t, citizen, 'GET', '/api/v1/session');
      assert.equal(session.json().person.firstName, 'Anna-Liisa');
      const audits = await auditOf(citizen.id, 'person.name_enter');
      assert.equal(audits.length, 1);
      assert.equal(audits[0]?.actor_id, citizen.id);

      // Once known, the name is not changed here.
      const again = await call(t, citizen, 'PUT', NAME, {
        payload: { firstName: 'Other', lastName: 'Name' },
        headers: { 'accept-language': 'fi' },
      });
      assert.equal(again.statusCode, 409);
      assert.match(again.json().type, /name-already-known$/);
      assert.equal(again.json().detail, 'Nimesi on jo tiedossa, eikä sitä voi muuttaa täällä.');
      assert.equal((await personOf(citizen.id)).first_name, 'Anna-Liisa');
      assert.equal((await auditOf(citizen.id, 'person.name_enter')).length, 1);
    });

    test('a name given by the identity service is never replaced by the citizen', async () => {
      const named = await signIn(t, { personalIdentityCode: matti.personalIdentityCode });
      const refused = await call(t, named, 'PUT', NAME, { payload: { firstName: 'X', lastName: 'Y' } });
      assert.equal(refused.statusCode, 409);
      // Only the last name known: the first may be entered, the last may not be changed.
      const citizen = await signInUnnamed();
      await t.database.db
        .updateTable('person')
        .set({ last_name: 'Virtanen' })
        .where('id', '=', citizen.id)
        .execute();
      const changed = await call(t, citizen, 'PUT', NAME, {
        payload: { firstName: 'Eeva', lastName: 'Other' },
      });
      assert.equal(changed.statusCode, 400);
      assert.deepEqual(
        changed.json().errors.map((error: { path: string; code: string }) => [error.path, error.code]),
        [['lastName', 'already_known']],
      );
      const saved = await call(t, citizen, 'PUT', NAME, { payload: { firstName: 'Eeva' } });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.deepEqual(saved.json(), { firstName: 'Eeva', lastName: 'Virtanen' });
      // Staff and signed-out callers cannot use it.
      assert.equal((await call(t, handler, 'PUT', NAME, { payload: { firstName: 'A' } })).statusCode, 403);
      assert.equal((await call(t, undefined, 'PUT', NAME, { payload: { firstName: 'A' } })).statusCode, 401);
    });

    test('identity-service sign-in: no name claims leave the name empty; given names win at the next one', async () => {
      const code = newCode();
      const anonymous = { actor: { type: 'anonymous' as const, id: null }, requestId: null, ip: null };
      const first = await signInCitizen(
        t.database.db,
        { personalIdentityCode: code, method: 'oidc', loa: 'high' },
        t.config.session,
        anonymous,
        t.clock.now(),
      );
      assert.equal(first.subject.first_name, '');
      const { cookie, csrfToken } = await devSignIn(t, { personalIdentityCode: code });
      const entered = await call(t, { cookie, csrfToken, id: first.subject.id }, 'PUT', NAME, {
        payload: { firstName: 'Itse', lastName: 'Annettu' },
      });
      assert.equal(entered.statusCode, 200, entered.body);
      // The development sign-in of an existing person did not give it a generated name.
      assert.equal((await personOf(first.subject.id)).last_name, 'Annettu');
      await signInCitizen(
        t.database.db,
        {
          personalIdentityCode: code,
          firstName: 'Virallinen',
          lastName: 'Nimi',
          method: 'oidc',
          loa: 'high',
        },
        t.config.session,
        anonymous,
        t.clock.now(),
      );
      const person = await personOf(first.subject.id);
      assert.deepEqual([person.first_name, person.last_name], ['Virallinen', 'Nimi']);
    });

    /** A sent application of a new citizen, taken by the handler. */
    async function takenApplication(): Promise<{ id: string; citizen: Caller; code: string }> {
      const code = newCode();
      const citizen = await signIn(t, { personalIdentityCode: code });
      const id = await sendApplication(t, citizen, '2026-11', {
        applicant: {
          ...(await draftApplicant(citizen)),
        },
      } as never);
      const taken = await call(t, handler, 'POST', `${CASES}/${id}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      return { id, citizen, code };
    }

    /** The prefilled applicant of a draft with an address filled in (a new person has none on record). */
    async function draftApplicant(citizen: Caller) {
      const draft = await call(t, citizen, 'POST', APPLICATIONS, { payload: {} });
      const applicant = draft.json().content.applicant;
      await call(t, citizen, 'DELETE', `${APPLICATIONS}/${draft.json().id}`);
      return {
        ...applicant,
        maritalStatus: 'single',
        occupation: 'Työtön työnhakija',
        address: { street: 'Testikatu 1 A 1', postalCode: '00500', city: 'Helsinki' },
        email: 'test@example.fi',
      };
    }

    const decide = (id: string, language = 'fi') =>
      call(t, handler, 'POST', `${CASES}/${id}/decision`, {
        payload: approvalOf(),
        headers: { 'accept-language': language },
      });

    test('deciding is refused while the recipient has no name or postal address, in the user’s language', async () => {
      const { id, citizen } = await takenApplication();
      await t.database.db
        .updateTable('person')
        .set({ first_name: '' })
        .where('id', '=', citizen.id)
        .execute();
      const noName = await decide(id, 'sv');
      assert.equal(noName.statusCode, 409, noName.body);
      assert.match(noName.json().type, /recipient-incomplete$/);
      assert.match(
        noName.json().detail,
        /^Beslutet kan inte fattas eftersom mottagarens uppgifter saknar: namn\./,
      );
      assert.deepEqual(
        noName.json().errors.map((error: { path: string }) => error.path),
        ['recipient.name'],
      );
      await t.database.db
        .updateTable('person')
        .set({ first_name: 'Eeva' })
        .where('id', '=', citizen.id)
        .execute();
      // No address on the person, and the application's address without a street and post office.
      const row = await t.database.db
        .selectFrom('application')
        .select('content')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const content = row.content as { applicant: { address: Record<string, string> } };
      content.applicant.address = { postalCode: '00500' };
      await t.database.db
        .updateTable('application')
        .set({ content: JSON.stringify(content) })
        .where('id', '=', id)
        .execute();
      const noAddress = await decide(id, 'en');
      assert.equal(noAddress.statusCode, 409, noAddress.body);
      assert.match(noAddress.json().detail, /lack: street address, post office\./);
      assert.equal(
        (await t.database.db.selectFrom('decision').select('id').where('application_id', '=', id).execute())
          .length,
        0,
      );
      content.applicant.address = { street: 'Testikatu 1', postalCode: '00500', city: 'Helsinki' };
      await t.database.db
        .updateTable('application')
        .set({ content: JSON.stringify(content) })
        .where('id', '=', id)
        .execute();
      const made = await decide(id);
      assert.equal(made.statusCode, 201, made.body);
    });

    test('print batches leave letters without a recipient waiting and name them', async () => {
      // The letter of the previous test waits; another one whose recipient loses the name after the decision.
      const { id, citizen } = await takenApplication();
      assert.equal((await decide(id)).statusCode, 201);
      await t.database.db.updateTable('person').set({ last_name: '' }).where('id', '=', citizen.id).execute();
      const reference = (
        await t.database.db
          .selectFrom('application')
          .select('reference_number')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).reference_number;
      const batch = await call(t, handler, 'POST', '/api/v1/print-batches');
      assert.equal(batch.statusCode, 201, batch.body);
      assert.equal(batch.json().letters, 1);
      assert.deepEqual(batch.json().heldBack, [
        { decisionId: batch.json().heldBack[0].decisionId, referenceNumber: reference, missing: ['name'] },
      ]);
      // Only the held letter waits: refused, naming it.
      const refused = await call(t, supervisor, 'POST', '/api/v1/print-batches', {
        headers: { 'accept-language': 'fi' },
      });
      assert.equal(refused.statusCode, 409, refused.body);
      assert.match(refused.json().type, /recipient-incomplete$/);
      assert.equal(
        refused.json().detail,
        `Tulostuserää ei tehty: kaikilta odottavilta kirjeiltä puuttuu vastaanottajan nimi tai postiosoite (${reference} (nimi)).`,
      );
      const pending = await call(t, handler, 'GET', '/api/v1/print-batches/pending');
      assert.equal(pending.json().waiting, 1);
    });

    const requestBody = (extra: Record<string, unknown> = {}) => ({
      items: [{ code: 'bank_statements' }],
      message: 'Lähetä tiliotteet.',
      dueDate: '2026-12-15',
      ...extra,
    });

    test('a second request needs a reason; the reason is kept and shown; a late request is flagged', async () => {
      const { id, code } = await takenApplication();
      let citizen = await signIn(t, { personalIdentityCode: code });
      // Sent on Wed 25.11.2026: in time up to Fri 4.12. (Thu 26, Fri 27, Mon 30, Tue 1, Wed 2, Thu 3, Fri 4).
      const first = await call(t, handler, 'POST', `${CASES}/${id}/information-requests`, {
        payload: requestBody(),
      });
      assert.equal(first.statusCode, 200, first.body);
      const firstRequest = first.json().informationRequests[0];
      assert.equal(firstRequest.reason, null);
      assert.equal(firstRequest.afterSeventhWorkingDay, false);
      const answered = await call(
        t,
        citizen,
        'POST',
        `${APPLICATIONS}/${id}/information-requests/${firstRequest.id}/answer`,
        { payload: { message: 'Tässä.', attachmentIds: [] }, headers: { 'idempotency-key': `a-${id}` } },
      );
      assert.equal(answered.statusCode, 200, answered.body);

      t.clock.set(new Date('2026-12-07T10:00:00Z')); // Monday 7.12.: after the 7th working day
      await signInAgain(t, Object.values(staff));
      citizen = await signIn(t, { personalIdentityCode: code });
      const noReason = await call(t, handler, 'POST', `${CASES}/${id}/information-requests`, {
        payload: requestBody({ dueDate: '2026-12-17', reason: '   ' }),
        headers: { 'accept-language': 'sv' },
      });
      assert.equal(noReason.statusCode, 400, noReason.body);
      assert.deepEqual(noReason.json().errors, [
        { path: 'reason', code: 'required', message: 'Skriv varför tilläggsutredning begärs på nytt.' },
      ]);
      const second = await call(t, handler, 'POST', `${CASES}/${id}/information-requests`, {
        payload: requestBody({ dueDate: '2026-12-17', reason: 'Tiliotteista puuttui marraskuun loppu.' }),
      });
      assert.equal(second.statusCode, 200, second.body);
      const requests = second.json().informationRequests;
      assert.equal(requests.length, 2);
      assert.equal(requests[1].reason, 'Tiliotteista puuttui marraskuun loppu.');
      assert.equal(requests[1].afterSeventhWorkingDay, true);
      assert.equal(requests[0].afterSeventhWorkingDay, false);
      const read = await call(t, handler, 'GET', `${CASES}/${id}`);
      assert.equal(read.json().informationRequests[1].reason, 'Tiliotteista puuttui marraskuun loppu.');
      const audits = await t.database.db
        .selectFrom('audit_event')
        .select('details')
        .where('action', '=', 'information_request.create')
        .where('object_id', '=', requests[1].id)
        .executeTakeFirstOrThrow();
      assert.equal((audits.details as { requestNumber: number }).requestNumber, 2);
      assert.equal((audits.details as { afterSeventhWorkingDay: boolean }).afterSeventhWorkingDay, true);

      // Decided in December after both requests: the statistics count both.
      const answer2 = await call(
        t,
        citizen,
        'POST',
        `${APPLICATIONS}/${id}/information-requests/${requests[1].id}/answer`,
        { payload: { message: 'Loput.', attachmentIds: [] }, headers: { 'idempotency-key': `b-${id}` } },
      );
      assert.equal(answer2.statusCode, 200, answer2.body);
      assert.equal((await decide(id)).statusCode, 201);
      // One more application decided in December with a single request.
      const other = await takenApplication();
      const one = await call(t, handler, 'POST', `${CASES}/${other.id}/information-requests`, {
        payload: requestBody({ dueDate: '2026-12-17' }),
      });
      assert.equal(one.statusCode, 200, one.body);
      assert.equal((await decide(other.id)).statusCode, 201);

      const stats = await call(
        t,
        supervisor,
        'GET',
        '/api/v1/statistics/processing-times?from=2026-11&to=2026-12',
      );
      assert.equal(stats.statusCode, 200, stats.body);
      const [november, december] = stats.json().months;
      assert.equal(november.informationRequests, 0);
      assert.equal(december.decided, 2);
      assert.equal(december.withInformationRequest, 2);
      assert.equal(december.informationRequests, 3);
      assert.equal(december.applicationsWithSeveralRequests, 1);
      assert.equal(stats.json().total.informationRequests, 3);
      const csv = await call(
        t,
        supervisor,
        'GET',
        '/api/v1/statistics/processing-times?from=2026-11&to=2026-12&format=csv&lang=en',
      );
      assert.equal(csv.statusCode, 200);
      const lines = csv.body.replace('\uFEFF', '').split('\r\n');
      const header = lines[0]?.split(';') ?? [];
      const column = header.indexOf('Information requests');
      assert.ok(column > 0, lines[0]);
      assert.equal(header[column + 1], 'Several requests');
      const decemberRow = lines.find((line) => line.startsWith('2026-12'))?.split(';') ?? [];
      assert.equal(decemberRow[column], '3');
      assert.equal(decemberRow[column + 1], '1');
    });
  });
}
