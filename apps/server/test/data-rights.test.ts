// Data rights and the e-services account feed: the citizen's zip of all their data (only theirs, with the files
// and letters), listPersonCases for the e-services account (scope, texts, paging, audit), and the GDPR API in the
// Helsinki profile form (the tree, the dry run, the refusal with reasons while records must be kept, and the
// deletion of a person with drafts only).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { makePersonalIdentityCode, maskIban } from '@tuki/domain';
import { translate } from '@tuki/i18n';
import { unzipSync } from 'fflate';
import { createFileStorage } from '../src/attachments/storage/create-file-storage.ts';
import { StoredFileNotFound } from '../src/attachments/storage/file-storage.ts';
import type { GdprNode } from '../src/people/profile-tree.ts';
import { createApiClientAndToken } from './helpers/api-client.ts';
import {
  APPLICATIONS,
  type Caller,
  call,
  completeDraft,
  createDraft,
  signIn,
  useCaller,
} from './helpers/applications.ts';
import { pdfFile, pngFile, upload } from './helpers/attachments.ts';
import { approvalOf } from './helpers/cases.ts';
import { anna, matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const CASES = '/api/v1/applications';
const EXPORT = '/api/v1/my/data-export';
const profileUrl = (id: string) => `/gdpr-api/v1/profiles/${id}`;

const approve = approvalOf();
const LANDLORD = { name: 'Asunto Oy Kotikatu', iban: 'FI47 1234 5600 0001 23' };
const OTHERS_LANDLORD = { name: 'Annan Vuokrataloyhtiö', iban: 'FI21 1234 5600 0007 85' };
const commitmentTo = (payeeName: string, covers: string) => ({
  kind: 'medicines',
  payeeName,
  payeeLanguage: 'fi',
  covers,
  maxAmountCents: 5_000,
  validFrom: '2026-11-01',
  validTo: '2026-11-30',
});

const child = (node: GdprNode, key: string): GdprNode | undefined =>
  'children' in node ? node.children.find((item) => item.key === key) : undefined;

for (const backend of databaseBackends) {
  describe(`data rights and the e-services feed (${backend})`, () => {
    const t = useTestApp(backend);
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });
    const other = useCaller(t, { personalIdentityCode: anna.personalIdentityCode });
    const handler = useCaller(t, { username: 'handler' });
    let decidedId: string;
    let sentId: string;
    let draftId: string;
    let othersId: string;
    const attachmentBytes = pdfFile('% Matin tiliote\n');
    const othersBytes = pdfFile('% Annan liite\n');

    const api = (method: 'GET' | 'POST' | 'DELETE', url: string, authorization: string, payload?: object) =>
      t.app.inject({
        method,
        url,
        headers: { authorization },
        ...(payload ? { payload } : {}),
      });

    async function send(caller: Caller, file?: { name: string; content: Buffer }): Promise<string> {
      const draft = await completeDraft(t, caller, '2026-11');
      if (file) {
        const uploaded = await upload(t, caller, draft.id, file);
        assert.equal(uploaded.statusCode, 201, uploaded.body);
      }
      const sent = await call(t, caller, 'POST', `${APPLICATIONS}/${draft.id}/submit`);
      assert.equal(sent.statusCode, 200, sent.body);
      return draft.id;
    }

    async function audited(action: string, subject: string | null) {
      let query = t.database.db
        .selectFrom('audit_event')
        .select(['actor_type', 'actor_id', 'subject_person_id', 'outcome', 'details'])
        .where('action', '=', action)
        .orderBy('seq', 'desc');
      query = subject === null ? query : query.where('subject_person_id', '=', subject);
      return query.execute();
    }

    before(async () => {
      decidedId = await send(citizen, { name: 'tiliote: marraskuu?.pdf', content: attachmentBytes });
      const taken = await call(t, handler, 'POST', `${CASES}/${decidedId}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      const decided = await call(t, handler, 'POST', `${CASES}/${decidedId}/decision`, {
        payload: {
          ...approve,
          rentToLandlord: LANDLORD,
          commitments: [commitmentTo('Apteekki Matinkylä', 'Matin reseptilääkkeet')],
        },
      });
      assert.equal(decided.statusCode, 201, decided.body);
      t.clock.advance(60_000);
      sentId = await send(citizen);
      draftId = (await createDraft(t, citizen)).json().id;
      othersId = await send(other, { name: 'anna.pdf', content: othersBytes });
      await addDeliveryFacts(decidedId, decided.json().id);
    });

    /**
     * What happens to a decided case after the decision, as the Suomi.fi events poller and the caseworker leave it:
     * the letter's delivery with the service's events (Posti returned it), the caseworker's resolution of the
     * returned letter, and a notice sent through Suomi.fi Messages.
     */
    async function addDeliveryFacts(applicationId: string, decisionId: string) {
      const db = t.database.db;
      const now = t.clock.now();
      const existing = await db
        .selectFrom('letter_delivery')
        .select('id')
        .where('decision_id', '=', decisionId)
        .executeTakeFirst();
      const deliveryId =
        existing?.id ??
        (
          await db
            .insertInto('letter_delivery')
            .values({ decision_id: decisionId, created_at: now })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      await db
        .updateTable('letter_delivery')
        .set({
          channel: 'suomifi_paper',
          status: 'returned_to_sender',
          message_id: `m-${decisionId}`,
          sent_at: now,
        })
        .where('id', '=', deliveryId)
        .execute();
      await db
        .insertInto('letter_delivery_event')
        .values([
          { delivery_id: deliveryId, kind: 'sent', event_time: now },
          {
            delivery_id: deliveryId,
            kind: 'returned_to_sender',
            event_time: new Date(now.getTime() + 86_400_000),
          },
        ])
        .execute();
      await db
        .insertInto('case_attention_resolution')
        .values({
          application_id: applicationId,
          reason: 'address_needed',
          letter_delivery_id: deliveryId,
          resolution: 'handled',
          note: `Soitettu asiakkaalle ${applicationId}`,
          resolved_by: handler.id,
          resolved_at: new Date(now.getTime() + 2 * 86_400_000),
        })
        .execute();
      await db
        .insertInto('suomifi_notice')
        .values({
          id: crypto.randomUUID(),
          kind: 'information_requested',
          application_id: applicationId,
          outcome: 'sent',
          message_id: `n-${applicationId}`,
          created_at: now,
        })
        .execute();
    }

    /** Another client's decided case with a landlord, a commitment and the delivery facts. */
    async function decideOthersCase(): Promise<string> {
      const taken = await call(t, handler, 'POST', `${CASES}/${othersId}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      const decided = await call(t, handler, 'POST', `${CASES}/${othersId}/decision`, {
        payload: {
          ...approve,
          rentToLandlord: OTHERS_LANDLORD,
          commitments: [commitmentTo('Annan Apteekki', 'Annan lääkkeet')],
        },
      });
      assert.equal(decided.statusCode, 201, decided.body);
      await addDeliveryFacts(othersId, decided.json().id);
      return decided.json().id;
    }

    test('exportMyData: a zip of the person’s own data, files and letters, audited', async () => {
      const response = await call(t, citizen, 'GET', `${EXPORT}?language=sv`);
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.headers['content-type'], 'application/zip');
      assert.match(String(response.headers['content-disposition']), /^attachment; filename="tuki-export-/);
      assert.equal(response.headers['cache-control'], 'no-store');
      const zip = response.rawPayload;
      assert.equal(zip.subarray(0, 2).toString('latin1'), 'PK');
      const entries = unzipSync(new Uint8Array(zip));
      const names = Object.keys(entries);
      assert.ok(names.includes('tuki-export.json'));
      assert.ok(names.includes('README.txt'));
      const readme = Buffer.from(entries['README.txt'] ?? []).toString('utf8');
      assert.ok(
        readme.includes(translate('sv', 'dataRights.readme.title')),
        'README in the language asked for',
      );
      assert.ok(readme.includes(translate('sv', 'dataRights.readme.json')), 'what the JSON holds');

      const data = JSON.parse(Buffer.from(entries['tuki-export.json'] ?? []).toString('utf8'));
      assert.equal(data.person.id, citizen.id);
      assert.equal(data.person.personalIdentityCode, matti.personalIdentityCode);
      const ids = data.applications.map((application: { id: string }) => application.id);
      assert.deepEqual(new Set(ids), new Set([decidedId, sentId, draftId]));
      const json = Buffer.from(entries['tuki-export.json'] ?? []).toString('utf8');
      assert.ok(!json.includes(othersId), 'another person’s application never appears');
      assert.ok(!json.includes(anna.personalIdentityCode));
      assert.ok(!names.some((name) => name.includes('anna')));

      const decided = data.applications.find((application: { id: string }) => application.id === decidedId);
      assert.equal(decided.status, 'decided');
      assert.ok(decided.statusHistory.length >= 3);
      assert.equal(decided.content.iban, 'FI21 1234 5600 0007 85');
      assert.equal(decided.decisions.length, 1);
      assert.equal(decided.decisions[0].calculation.result.amountCents, 42_843);
      const [attachment] = decided.attachments;
      assert.equal(attachment.fileName, 'tiliote_ marraskuu_.pdf');
      assert.equal(attachment.file, `${decided.folder}/attachments/tiliote_ marraskuu_.pdf`);
      assert.deepEqual(
        Buffer.from(entries[attachment.file] ?? []),
        attachmentBytes,
        'the attachment’s bytes',
      );
      const letterFile = decided.decisions[0].letterFile;
      assert.match(
        letterFile,
        /^applications\/TT-\d{4}-\d+\/decision-letters\/decision-\d{4}-\d\d-\d\d-[0-9a-f]{8}\.pdf$/,
      );
      const stored = await t.database.db
        .selectFrom('decision_document')
        .select('pdf')
        .where('decision_id', '=', decided.decisions[0].id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(Buffer.from(entries[letterFile] ?? []), Buffer.from(stored.pdf), 'the letter');
      assert.equal(
        Buffer.from(entries[letterFile] ?? [])
          .subarray(0, 5)
          .toString('latin1'),
        '%PDF-',
      );

      const draft = data.applications.find((application: { id: string }) => application.id === draftId);
      assert.match(draft.folder, /^applications\/draft-[0-9a-f]{8}$/);
      const staffRead = data.auditEvents.find(
        (event: { actor: { type: string } }) => event.actor.type === 'staff',
      );
      assert.ok(staffRead?.actor.name, 'who read the data, by name');

      const [row] = await audited('person.data_export', citizen.id);
      assert.equal(row?.actor_type, 'person');
      assert.equal(
        (row?.details as { files: number } | undefined)?.files,
        2,
        'the attachment and the letter',
      );
    });

    test('exportMyData: payments, commitments, the letter’s delivery and events, resolutions and Suomi.fi notices — the client’s own only', async () => {
      const othersDecisionId = await decideOthersCase();
      const response = await call(t, citizen, 'GET', EXPORT);
      assert.equal(response.statusCode, 200, response.body);
      const json = Buffer.from(
        unzipSync(new Uint8Array(response.rawPayload))['tuki-export.json'] ?? [],
      ).toString('utf8');
      const data = JSON.parse(json);
      const decided = data.applications.find((application: { id: string }) => application.id === decidedId);
      const [decision] = decided.decisions;

      const payments = decision.payments as {
        payeeKind: string;
        payeeName: string;
        iban: string;
        amountCents: number;
        status: string;
      }[];
      const stored = await t.database.db
        .selectFrom('payment')
        .select(['payee_kind', 'amount_cents'])
        .where('decision_id', '=', decision.id)
        .execute();
      assert.ok(stored.length > 0);
      assert.deepEqual(
        new Set(payments.map((payment) => `${payment.payeeKind}:${payment.amountCents}`)),
        new Set(stored.map((row) => `${row.payee_kind}:${Number(row.amount_cents)}`)),
        'every payment of the decision',
      );
      const landlord = payments.find((payment) => payment.payeeKind === 'landlord');
      assert.equal(landlord?.payeeName, LANDLORD.name);
      assert.equal(landlord?.status, 'proposed');
      assert.equal(
        landlord?.iban,
        maskIban(LANDLORD.iban.replaceAll(' ', '')),
        'the landlord’s account masked',
      );
      assert.ok(!json.includes(LANDLORD.iban.replaceAll(' ', '')), 'never whole');

      assert.equal(decision.commitments.length, 1);
      assert.equal(decision.commitments[0].payeeName, 'Apteekki Matinkylä');
      assert.equal(decision.commitments[0].covers, 'Matin reseptilääkkeet');
      assert.equal(decision.commitments[0].maxAmountCents, 5_000);
      assert.match(decision.commitments[0].number, /^MS-\d{4}-\d{6,}$/);

      assert.equal(decision.deliveries.length, 1);
      assert.equal(decision.deliveries[0].channel, 'suomifi_paper');
      assert.equal(decision.deliveries[0].status, 'returned_to_sender');
      assert.deepEqual(
        decision.deliveryEvents.map((event: { kind: string }) => event.kind),
        ['sent', 'returned_to_sender'],
      );

      assert.equal(decided.attentionResolutions.length, 1);
      const [resolution] = decided.attentionResolutions;
      assert.equal(resolution.reason, 'address_needed');
      assert.equal(resolution.resolution, 'handled');
      assert.equal(resolution.decisionId, decision.id);
      assert.equal(resolution.paymentEndToEndId, null);
      assert.ok(resolution.resolvedBy.length > 0, 'who resolved it, by name');
      assert.ok(!json.includes('Soitettu asiakkaalle'), 'the caseworker’s note stays internal');

      assert.deepEqual(
        decided.suomifiNotices.map((notice: { kind: string; outcome: string }) => [
          notice.kind,
          notice.outcome,
        ]),
        [['information_requested', 'sent']],
      );
      const sent = data.applications.find((application: { id: string }) => application.id === sentId);
      assert.deepEqual([sent.attentionResolutions, sent.suomifiNotices], [[], []]);

      for (const foreign of [
        othersId,
        othersDecisionId,
        OTHERS_LANDLORD.name,
        'Annan Apteekki',
        'Annan lääkkeet',
        `m-${othersDecisionId}`,
        anna.personalIdentityCode,
      ]) {
        assert.ok(!json.includes(foreign), `another client’s data never appears: ${foreign}`);
      }

      const reader = await createApiClientAndToken(t, ['gdpr:read']);
      const profile = await api('GET', profileUrl(citizen.id), reader.authorization);
      assert.equal(profile.statusCode, 200, profile.body);
      const tree: GdprNode = profile.json();
      const applications = child(tree, 'APPLICATIONS');
      assert.ok(applications && 'children' in applications);
      const node = applications.children.find(
        (item) =>
          child(item, 'ID') &&
          'value' in (child(item, 'ID') as GdprNode) &&
          (child(item, 'ID') as { value: unknown }).value === decidedId,
      );
      assert.ok(node);
      const decisionNode = child(child(node, 'DECISIONS') as GdprNode, 'DECISION') as GdprNode;
      const paymentNode = child(child(decisionNode, 'PAYMENTS') as GdprNode, 'PAYMENT');
      assert.ok(paymentNode && 'children' in paymentNode);
      assert.deepEqual(
        paymentNode.children.map((item) => item.key),
        [
          'AMOUNT_CENTS',
          'PAYEE_KIND',
          'PAYEE_NAME',
          'IBAN',
          'STATUS',
          'DUE_DATE',
          'SENT_AT',
          'PAID_ON',
          'REJECTION_CODE',
          'REJECTION_REASON',
        ],
      );
      const eventNode = child(child(decisionNode, 'DELIVERY_EVENTS') as GdprNode, 'DELIVERY_EVENT');
      assert.deepEqual(
        eventNode && 'children' in eventNode ? eventNode.children.map((item) => item.key) : [],
        ['KIND', 'OCCURRED_AT'],
      );
      const resolutionNode = child(child(node, 'ATTENTION_RESOLUTIONS') as GdprNode, 'ATTENTION_RESOLUTION');
      assert.deepEqual(
        resolutionNode && 'children' in resolutionNode ? resolutionNode.children.map((item) => item.key) : [],
        ['REASON', 'RESOLUTION', 'DECISION_ID', 'PAYMENT_END_TO_END_ID', 'RESOLVED_AT', 'RESOLVED_BY'],
      );
      const noticeNode = child(child(node, 'SUOMIFI_NOTICES') as GdprNode, 'SUOMIFI_NOTICE');
      assert.deepEqual(
        noticeNode && 'children' in noticeNode ? noticeNode.children.map((item) => item.key) : [],
        ['KIND', 'OUTCOME', 'CREATED_AT'],
      );
      assert.ok(child(decisionNode, 'COMMITMENTS'));
      assert.ok(!profile.body.includes(OTHERS_LANDLORD.name));
      assert.ok(!profile.body.includes(LANDLORD.iban.replaceAll(' ', '')));
    });

    test('exportMyData is for the signed-in citizen only', async () => {
      assert.equal((await call(t, undefined, 'GET', EXPORT)).statusCode, 401);
      assert.equal((await call(t, handler, 'GET', EXPORT)).statusCode, 403);
      const client = await createApiClientAndToken(t, ['applications:read', 'gdpr:read']);
      assert.equal((await api('GET', EXPORT, client.authorization)).statusCode, 403);
    });

    test('listPersonCases: the cases with texts in three languages, paged, audited; needs the scope', async () => {
      const client = await createApiClientAndToken(t, ['applications:read']);
      const url = `/api/v1/persons/${citizen.id}/cases`;
      const first = await api('GET', `${url}?limit=1`, client.authorization);
      assert.equal(first.statusCode, 200, first.body);
      const page = first.json();
      assert.equal(page.items.length, 1);
      assert.equal(page.items[0].id, sentId, 'newest first');
      assert.equal(page.items[0].status, 'submitted');
      assert.deepEqual(page.items[0].statusText, {
        fi: translate('fi', 'application.status.submitted'),
        sv: translate('sv', 'application.status.submitted'),
        en: translate('en', 'application.status.submitted'),
      });
      assert.equal(page.items[0].url, `${t.config.publicUrl}/applications/${sentId}`);
      assert.equal(page.items[0].decision, null);
      assert.ok(page.nextCursor);
      const second = (
        await api('GET', `${url}?limit=1&cursor=${page.nextCursor}`, client.authorization)
      ).json();
      assert.equal(second.items.length, 1);
      assert.equal(second.items[0].id, decidedId);
      assert.equal(second.items[0].decision.outcome, 'approved');
      assert.equal(
        second.items[0].decision.outcomeText.sv,
        translate('sv', 'citizenDecisions.outcome.approved'),
      );
      assert.equal(second.items[0].kindText.en, translate('en', 'application.kind.basic'));
      assert.match(second.items[0].referenceNumber, /^TT-/);
      assert.equal(second.nextCursor, null, 'the draft is not a case');

      const byCode = await api(
        'POST',
        '/api/v1/persons/cases/by-personal-identity-code',
        client.authorization,
        {
          personalIdentityCode: matti.personalIdentityCode,
        },
      );
      assert.equal(byCode.statusCode, 200, byCode.body);
      assert.deepEqual(
        byCode.json().items.map((item: { id: string }) => item.id),
        [sentId, decidedId],
      );
      const unknown = await api(
        'POST',
        '/api/v1/persons/cases/by-personal-identity-code',
        client.authorization,
        {
          personalIdentityCode: makePersonalIdentityCode('1970-01-01', 950),
        },
      );
      assert.deepEqual(unknown.json(), { items: [], nextCursor: null });
      const invalid = await api(
        'POST',
        '/api/v1/persons/cases/by-personal-identity-code',
        client.authorization,
        {
          personalIdentityCode: '010170-1234',
        },
      );
      assert.equal(invalid.statusCode, 400);

      const rows = await audited('person.cases_feed', citizen.id);
      assert.equal(rows.length, 3);
      for (const row of rows) {
        assert.equal(row.actor_type, 'api_client');
        assert.equal(row.actor_id, client.clientId);
      }
      assert.deepEqual(
        rows.map((row) => (row.details as { lookup: string } | undefined)?.lookup),
        ['personal_identity_code', 'id', 'id'],
      );

      const wrongScope = await createApiClientAndToken(t, ['decisions:read', 'gdpr:read']);
      assert.equal((await api('GET', url, wrongScope.authorization)).statusCode, 403);
      assert.equal((await call(t, handler, 'GET', url)).statusCode, 403, 'not for staff sessions');
      assert.equal((await call(t, citizen, 'GET', url)).statusCode, 403);
      assert.equal((await t.app.inject({ method: 'GET', url })).statusCode, 401);
      const nobody = await api('GET', `/api/v1/persons/${othersId}/cases`, client.authorization);
      assert.equal(nobody.statusCode, 404);
    });

    test('GDPR API GET: the Helsinki profile tree of the person’s data, audited', async () => {
      const reader = await createApiClientAndToken(t, ['gdpr:read']);
      const response = await api('GET', profileUrl(citizen.id), reader.authorization);
      assert.equal(response.statusCode, 200, response.body);
      const tree: GdprNode = response.json();
      assert.equal(tree.key, 'TUKI');
      const person = child(tree, 'PERSON');
      assert.ok(person);
      assert.deepEqual(child(person, 'FIRST_NAME'), { key: 'FIRST_NAME', value: matti.firstName });
      const applications = child(tree, 'APPLICATIONS');
      assert.ok(applications && 'children' in applications);
      assert.equal(applications.children.length, 3);
      assert.ok(applications.children.every((node) => node.key === 'APPLICATION'));
      assert.ok(!response.body.includes(othersId));
      assert.ok(child(tree, 'AUDIT_EVENTS'));

      const [row] = await audited('gdpr.query', citizen.id);
      assert.equal(row?.actor_type, 'api_client');
      assert.equal(
        (await api('GET', profileUrl('00000000-0000-4000-8000-000000000000'), reader.authorization))
          .statusCode,
        204,
      );
      const deleter = await createApiClientAndToken(t, ['gdpr:delete']);
      assert.equal((await api('GET', profileUrl(citizen.id), deleter.authorization)).statusCode, 403);
      assert.equal((await api('DELETE', profileUrl(citizen.id), reader.authorization)).statusCode, 403);
    });

    test('GDPR API DELETE: refused while records must be kept; the dry run deletes nothing; the rest goes', async () => {
      const deleter = await createApiClientAndToken(t, ['gdpr:delete']);
      const preferences = await call(t, citizen, 'PUT', '/api/v1/my/preferences', {
        payload: {
          email: 'matti@example.org',
          emailNotifications: true,
          language: 'fi',
          electronicDelivery: true,
        },
      });
      assert.equal(preferences.statusCode, 200, preferences.body);
      const expected = {
        errors: [
          {
            code: 'RECORDS_MUST_BE_KEPT',
            message: {
              fi: translate('fi', 'dataRights.gdpr.recordsMustBeKept'),
              sv: translate('sv', 'dataRights.gdpr.recordsMustBeKept'),
              en: translate('en', 'dataRights.gdpr.recordsMustBeKept'),
            },
          },
        ],
      };
      const dry = await api('DELETE', `${profileUrl(citizen.id)}?dry_run=true`, deleter.authorization);
      assert.equal(dry.statusCode, 403, dry.body);
      assert.deepEqual(dry.json(), expected);
      const draftAfterDryRun = await call(t, citizen, 'GET', `${APPLICATIONS}/${draftId}`);
      assert.equal(draftAfterDryRun.statusCode, 200, 'the dry run deleted nothing (and kept the session)');

      const refused = await api('DELETE', profileUrl(citizen.id), deleter.authorization);
      assert.equal(refused.statusCode, 403);
      assert.deepEqual(refused.json(), expected);
      const left = await t.database.db
        .selectFrom('application')
        .select(['id', 'status'])
        .where('person_id', '=', citizen.id)
        .execute();
      assert.deepEqual(new Set(left.map((row) => row.id)), new Set([decidedId, sentId]), 'the draft went');
      const decisions = await t.database.db
        .selectFrom('decision')
        .select('id')
        .where('application_id', '=', decidedId)
        .execute();
      assert.equal(decisions.length, 1, 'the decision is kept');
      const [decisionRow] = decisions;
      for (const [table, column, id] of [
        ['payment', 'decision_id', decisionRow?.id],
        ['payment_commitment', 'decision_id', decisionRow?.id],
        ['letter_delivery', 'decision_id', decisionRow?.id],
        ['case_attention_resolution', 'application_id', decidedId],
        ['suomifi_notice', 'application_id', decidedId],
      ] as const) {
        const kept = await t.database.db
          .selectFrom(table)
          .select(column)
          .where(column, '=', id ?? '')
          .execute();
        assert.ok(kept.length > 0, `${table} is kept with the case`);
      }
      const person = await t.database.db
        .selectFrom('person')
        .selectAll()
        .where('id', '=', citizen.id)
        .executeTakeFirstOrThrow();
      assert.equal(person.email, null);
      assert.equal(person.email_notifications, false);
      assert.equal(person.electronic_delivery, false, 'letters by mail again');
      assert.equal(person.personal_identity_code, matti.personalIdentityCode);
      assert.equal((await call(t, citizen, 'GET', '/api/v1/my/preferences')).statusCode, 401, 'signed out');

      const rows = await audited('gdpr.delete', citizen.id);
      assert.deepEqual(
        rows.map((row) => [row.outcome, (row.details as { dryRun: boolean } | undefined)?.dryRun]),
        [
          ['denied', false],
          ['denied', true],
        ],
      );
      assert.deepEqual((rows[0]?.details as { drafts: string[] } | undefined)?.drafts, [draftId]);
    });

    test('GDPR API DELETE: a person with drafts only is deleted — drafts, files, sessions, contact details', async () => {
      const deleter = await createApiClientAndToken(t, ['gdpr:delete']);
      const code = makePersonalIdentityCode('1995-05-05', 123);
      const newcomer = await signIn(t, { personalIdentityCode: code });
      await call(t, newcomer, 'PUT', '/api/v1/my/preferences', {
        payload: {
          email: 'uusi@example.org',
          emailNotifications: true,
          language: 'sv',
          electronicDelivery: false,
        },
      });
      await t.database.db
        .updateTable('person')
        .set({ street_address: 'Testikatu 1', postal_code: '00100', city: 'Helsinki', phone: '0401234567' })
        .where('id', '=', newcomer.id)
        .execute();
      const draft = (await createDraft(t, newcomer)).json();
      const uploaded = await upload(t, newcomer, draft.id, { name: 'kuva.png', content: pngFile() });
      assert.equal(uploaded.statusCode, 201, uploaded.body);
      const { storage_key: storageKey } = await t.database.db
        .withTables<{ attachment: { id: string; storage_key: string } }>()
        .selectFrom('attachment')
        .select('storage_key')
        .where('id', '=', uploaded.json().id)
        .executeTakeFirstOrThrow();
      const storage = createFileStorage(t.config.attachments.storage);
      (await storage.get(storageKey)).destroy();

      const dry = await api('DELETE', `${profileUrl(newcomer.id)}?dry_run=true`, deleter.authorization);
      assert.equal(dry.statusCode, 204, dry.body);
      assert.equal(
        (await call(t, newcomer, 'GET', `${APPLICATIONS}/${draft.id}`)).statusCode,
        200,
        'nothing yet',
      );

      const deleted = await api('DELETE', profileUrl(newcomer.id), deleter.authorization);
      assert.equal(deleted.statusCode, 204, deleted.body);
      const drafts = await t.database.db
        .selectFrom('application')
        .select('id')
        .where('person_id', '=', newcomer.id)
        .execute();
      assert.equal(drafts.length, 0);
      const files = await t.database.db
        .withTables<{ attachment: { id: string; person_id: string } }>()
        .selectFrom('attachment')
        .select('id')
        .where('person_id', '=', newcomer.id)
        .execute();
      assert.equal(files.length, 0);
      await assert.rejects(storage.get(storageKey), StoredFileNotFound, 'the bytes are gone');
      const person = await t.database.db
        .selectFrom('person')
        .selectAll()
        .where('id', '=', newcomer.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        [person.email, person.street_address, person.postal_code, person.city, person.phone],
        [null, null, null, null, null],
      );
      assert.equal(person.email_notifications, false);
      const sessions = await t.database.db
        .selectFrom('session')
        .select('id')
        .where('person_id', '=', newcomer.id)
        .execute();
      assert.equal(sessions.length, 0);
      const [row] = await audited('gdpr.delete', newcomer.id);
      assert.equal(row?.outcome, 'success');
      assert.equal((row?.details as { personMinimised: boolean } | undefined)?.personMinimised, true);
      storage.close?.();
    });
  });
}
