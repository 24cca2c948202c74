// Application content versions through the API: a new draft is version 2; a version 2 draft with electricity, the
// sauna fee, a detached house's costs and a chosen relationship saves, reads back, sends and prefills the
// calculation; a version 1 draft saved on keeps its free-text relation and becomes version 2 (and must then choose
// the relationship to be sent); a sent version 1 application still reads (citizen and staff) and prefills; the cost
// attachment categories are accepted.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type ApplicationContent, costAttachmentCategories } from '@tuki/domain';
import { sql } from 'kysely';
import { ManualClock } from '../src/shared/clock.ts';
import {
  APPLICATIONS,
  call,
  completeContent,
  createDraft,
  ownDetachedHouse,
  signIn,
  useCaller,
} from './helpers/applications.ts';
import { pdfFile, upload } from './helpers/attachments.ts';
import { sendApplication, useStaffCallers } from './helpers/cases.ts';
import { aleksi, matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const WEDNESDAY = '2026-11-25T10:00:00.000Z';

const detachedHouse: ApplicationContent['housing'] = {
  ...ownDetachedHouse,
  homeInsuranceCents: 1_500,
  saunaCents: 1_200,
};

for (const backend of databaseBackends) {
  describe(`application content versions (${backend})`, () => {
    const t = useTestApp(backend, {}, new ManualClock(WEDNESDAY));
    const citizen = useCaller(t, { personalIdentityCode: aleksi.personalIdentityCode });
    const { handler } = useStaffCallers(t);

    const contentVersionInDatabase = async (id: string) =>
      (
        await t.database.db
          .selectFrom('application')
          .select('content_version')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).content_version;

    /** Makes a stored application look as the first form left it: version 1 content and version. */
    const makeVersion1 = async (id: string, content: Record<string, unknown>) => {
      await t.database.db
        .updateTable('application')
        .set({ content: JSON.stringify(content), content_version: 1 })
        .where('id', '=', id)
        .execute();
    };

    test('a new draft is version 2; a version 2 draft saves, reads back, sends and prefills', async () => {
      const created = (await createDraft(t, citizen)).json();
      assert.equal(created.contentVersion, 2);
      assert.equal(await contentVersionInDatabase(created.id), 2);
      const content = completeContent(created.content, '2026-11', {
        otherMembers: [
          { firstName: 'Pekka', lastName: 'Virtanen', dateOfBirth: '1970-01-15', relationship: 'parent' },
        ],
        housing: detachedHouse,
      });
      const saved = await call(t, citizen, 'PUT', `${APPLICATIONS}/${created.id}`, { payload: { content } });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.deepEqual(saved.json().content.housing, detachedHouse);
      assert.equal(saved.json().content.otherMembers[0].relationship, 'parent');

      const sent = await call(t, citizen, 'POST', `${APPLICATIONS}/${created.id}/submit`, {
        headers: { 'if-match': String(saved.headers.etag) },
      });
      assert.equal(sent.statusCode, 200, sent.body);
      assert.equal(sent.json().status, 'submitted');
      assert.equal(sent.json().contentVersion, 2);

      const staffView = await call(t, handler, 'GET', `/api/v1/applications/${created.id}`);
      assert.equal(staffView.statusCode, 200, staffView.body);
      assert.equal(staffView.json().contentVersion, 2);
      assert.deepEqual(staffView.json().content.housing, detachedHouse);

      const draft = await call(t, handler, 'GET', `/api/v1/applications/${created.id}/calculation-draft`);
      assert.equal(draft.statusCode, 200, draft.body);
      const input = draft.json().input;
      assert.equal(input.housing.costsCents, 3_000 + 12_000 + 2_500 + 800 + 4_000 + 3_500 + 6_000);
      assert.deepEqual(input.expenses, [
        { type: 'electricity', amountCents: 7_000 },
        { type: 'home_insurance', amountCents: 1_500 },
        { type: 'sauna', amountCents: 1_200 },
      ]);
      assert.deepEqual(
        input.members.map((member: { id: string; role: string }) => [member.id, member.role]),
        [
          ['applicant', 'applicant'],
          ['member:0', 'other_adult'],
        ],
      );
      assert.equal(draft.json().problem, null, JSON.stringify(draft.json().problem));
      const labels = draft.json().result.lines.map((line: { label: string }) => line.label);
      for (const label of ['expense.electricity', 'expense.home_insurance', 'expense.sauna']) {
        assert.ok(labels.includes(label), label);
      }
    });

    test('a version 2 draft is sent only with the detached-house answer and chosen relationships', async () => {
      const created = (await createDraft(t, citizen)).json();
      const content = completeContent(created.content, '2026-11', {
        otherMembers: [{ firstName: 'Pekka', lastName: 'Virtanen', dateOfBirth: '1970-01-15' }],
        housing: { type: 'owner_occupied' },
      });
      const saved = await call(t, citizen, 'PUT', `${APPLICATIONS}/${created.id}`, { payload: { content } });
      assert.equal(saved.statusCode, 200, saved.body);
      const sent = await call(t, citizen, 'POST', `${APPLICATIONS}/${created.id}/submit`, {
        headers: { 'if-match': String(saved.headers.etag), 'accept-language': 'sv' },
      });
      assert.equal(sent.statusCode, 400, sent.body);
      const paths = sent.json().errors.map((error: { path: string }) => error.path);
      assert.deepEqual(paths, [
        'content.otherMembers.0.relationship',
        'content.housing.detachedHouse',
        'content.housing.maintenanceChargeCents',
      ]);
      assert.equal(sent.json().errors[0].message, 'Den här uppgiften saknas.');
    });

    test('an unknown relationship or a wrong detached-house answer is refused when saved', async () => {
      const created = (await createDraft(t, citizen)).json();
      const saved = await call(t, citizen, 'PUT', `${APPLICATIONS}/${created.id}`, {
        payload: {
          content: { otherMembers: [{ relationship: 'neighbour' }], housing: { detachedHouse: 'yes' } },
        },
      });
      assert.equal(saved.statusCode, 400, saved.body);
      const paths = saved.json().errors.map((error: { path: string }) => error.path);
      assert.ok(paths.includes('content.otherMembers.0.relationship'), paths.join());
      assert.ok(paths.includes('content.housing.detachedHouse'), paths.join());
    });

    test('a version 1 draft: reads as version 1, saved on it keeps the free text and becomes version 2', async () => {
      const created = (await createDraft(t, citizen)).json();
      const v1 = {
        ...completeContent(created.content, '2026-11'),
        housing: { type: 'rental', rentCents: 65_000, homeInsuranceCents: 1_200 },
        otherMembers: [
          { firstName: 'Pekka', lastName: 'Virtanen', dateOfBirth: '1970-01-15', relation: 'isä' },
        ],
      };
      await makeVersion1(created.id, v1);
      const read = await call(t, citizen, 'GET', `${APPLICATIONS}/${created.id}`);
      assert.equal(read.statusCode, 200, read.body);
      assert.equal(read.json().contentVersion, 1);
      assert.equal(read.json().content.otherMembers[0].relation, 'isä');

      // Sent as it is, the current form's questions are missing.
      const early = await call(t, citizen, 'POST', `${APPLICATIONS}/${created.id}/submit`, {
        headers: { 'if-match': String(read.headers.etag) },
      });
      assert.equal(early.statusCode, 400, early.body);
      assert.deepEqual(
        early.json().errors.map((error: { path: string }) => error.path),
        ['content.otherMembers.0.relationship', 'content.housing.detachedHouse'],
      );
      assert.equal(await contentVersionInDatabase(created.id), 1, 'a refused sending changes nothing');

      const content = {
        ...read.json().content,
        housing: { ...read.json().content.housing, detachedHouse: false },
        otherMembers: [{ ...read.json().content.otherMembers[0], relationship: 'parent' }],
      };
      const saved = await call(t, citizen, 'PUT', `${APPLICATIONS}/${created.id}`, {
        headers: { 'if-match': String(read.headers.etag) },
        payload: { content },
      });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().contentVersion, 2);
      assert.equal(saved.json().content.otherMembers[0].relation, 'isä', 'the free text is kept');
      assert.equal(saved.json().content.housing.homeInsuranceCents, 1_200);
      assert.equal(await contentVersionInDatabase(created.id), 2);
      const audit = await t.database.db
        .selectFrom('audit_event')
        .select('details')
        .where('action', '=', 'application.update')
        .where('object_id', '=', created.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        { ...(audit.details as Record<string, unknown>), version: undefined },
        { version: undefined, contentVersion: 2, previousContentVersion: 1 },
      );

      const sent = await call(t, citizen, 'POST', `${APPLICATIONS}/${created.id}/submit`, {
        headers: { 'if-match': String(saved.headers.etag) },
      });
      assert.equal(sent.statusCode, 200, sent.body);
    });

    test('a sent version 1 application still reads for the citizen and staff and prefills', async () => {
      const mattiCaller = await signIn(t, { personalIdentityCode: matti.personalIdentityCode });
      const id = await sendApplication(t, mattiCaller, '2026-11');
      const stored = await t.database.db
        .selectFrom('application')
        .select('content')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const sentContent = (
        typeof stored.content === 'string' ? JSON.parse(stored.content) : stored.content
      ) as Record<string, unknown> | undefined;
      const v1 = {
        ...sentContent,
        housing: { type: 'rental', rentCents: 65_000, waterCents: 2_000, homeInsuranceCents: 1_500 },
        otherMembers: [
          { firstName: 'Ville', lastName: 'M', dateOfBirth: '2004-06-30', relation: 'kämppäkaveri' },
        ],
      };
      await makeVersion1(id, v1);

      const mine = await call(t, mattiCaller, 'GET', `${APPLICATIONS}/${id}`);
      assert.equal(mine.statusCode, 200, mine.body);
      assert.equal(mine.json().contentVersion, 1);
      assert.deepEqual(mine.json().content.housing, v1.housing);

      const staffView = await call(t, handler, 'GET', `/api/v1/applications/${id}`);
      assert.equal(staffView.statusCode, 200, staffView.body);
      assert.equal(staffView.json().contentVersion, 1);
      assert.equal(staffView.json().content.otherMembers[0].relation, 'kämppäkaveri');

      const draft = await call(t, handler, 'GET', `/api/v1/applications/${id}/calculation-draft`);
      assert.equal(draft.statusCode, 200, draft.body);
      const body = draft.json();
      assert.equal(body.input.housing.costsCents, 67_000, 'home insurance is no longer a housing cost');
      assert.deepEqual(body.input.expenses, [{ type: 'home_insurance', amountCents: 1_500 }]);
      assert.equal(body.input.members[1].role, 'other_adult');
      assert.deepEqual(body.notes, [{ code: 'member-relation-from-text', path: 'otherMembers.0.relation' }]);
      assert.equal(body.problem, null, JSON.stringify(body.problem));
    });

    test('the cost attachment categories are accepted; an unknown one is not', async () => {
      const created = (await createDraft(t, citizen)).json();
      for (const category of costAttachmentCategories) {
        const response = await upload(
          t,
          citizen,
          created.id,
          { name: `${category}.pdf`, content: pdfFile(category) },
          {
            category,
          },
        );
        assert.equal(response.statusCode, 201, `${category}: ${response.body}`);
        assert.equal(response.json().category, category);
      }
      const refused = await upload(
        t,
        citizen,
        created.id,
        { name: 'x.pdf', content: pdfFile('x') },
        {
          category: 'lottery_ticket',
        },
      );
      assert.equal(refused.statusCode, 400, refused.body);
      const count = await sql<{
        n: number;
      }>`select count(*)::int as n from attachment where application_id = ${created.id}`.execute(
        t.database.db,
      );
      assert.equal(count.rows[0]?.n, costAttachmentCategories.length);
    });
  });
}
