// Files that cannot attack, over HTTP: a PDF with active content is kept but flagged and only ever served as a
// download; clean PDFs and images are served inline in a sandbox; an image over the pixel limit and a PDF whose
// streams inflate past the limit are refused (422, in the user's language), and the draft keeps everything else.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { translate } from '@tuki/i18n';
import { listAttachmentRows } from '../src/attachments/attachments.repository.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { APPLICATIONS, call, completeDraft, useCaller } from './helpers/applications.ts';
import {
  contentUrl,
  pdfFile,
  pngFile,
  storedFiles,
  upload,
  useTestAppWithFiles,
} from './helpers/attachments.ts';
import { auditEvents } from './helpers/audit-events.ts';
import {
  cleanPdf,
  escapedNamesPdf,
  inflatingPdf,
  jpegOfSize,
  launchPdf,
  objectStreamPdf,
  openActionJavaScriptPdf,
  pngOfSize,
} from './helpers/hostile-files.ts';
import { databaseBackends } from './helpers/test-database.ts';

/** Lowered for the test, so that a bomb is quick to make and to refuse. */
const MAX_INFLATED_BYTES = 1024 * 1024;
const code = demoCitizens[2]?.personalIdentityCode ?? '';

for (const backend of databaseBackends) {
  describe(`attachments that cannot attack (${backend})`, () => {
    const t = useTestAppWithFiles(backend, {
      ATTACHMENT_MAX_INFLATED_BYTES: String(MAX_INFLATED_BYTES),
    });
    const citizen = useCaller(t, { personalIdentityCode: code });

    const draft = async () => (await completeDraft(t, citizen, '2026-11')).id;
    const inline = (attachmentId: string) =>
      call(t, citizen, 'GET', `${contentUrl(attachmentId)}?disposition=inline`);
    const deniedUploads = (applicationId: string) =>
      auditEvents(t, { action: 'attachment.upload', outcome: 'denied', objectId: applicationId });

    test('PDFs with active content are kept, flagged, and served only as a download in a sandbox', async () => {
      const applicationId = await draft();
      const cases: [string, Buffer, string[]][] = [
        ['avaus.pdf', openActionJavaScriptPdf(), ['javascript', 'open-action']],
        ['linkki.pdf', launchPdf(), ['launch']],
        ['koodattu.pdf', escapedNamesPdf(), ['javascript', 'open-action']],
        ['oliovirta.pdf', objectStreamPdf(), ['additional-actions']],
      ];
      const ids: string[] = [];
      for (const [name, content, expected] of cases) {
        const response = await upload(t, citizen, applicationId, { name, content });
        assert.equal(response.statusCode, 201, response.body);
        const body = response.json();
        ids.push(body.id);
        assert.deepEqual(body.activeContent, expected, name);
        const served = await inline(body.id);
        assert.equal(served.statusCode, 200);
        assert.deepEqual(served.rawPayload, content, 'the bytes are kept as they were');
        assert.match(String(served.headers['content-disposition']), /^attachment;/, `${name}: never inline`);
        assert.match(String(served.headers['content-security-policy']), /^sandbox; default-src 'none'/);
        assert.match(String(served.headers['content-security-policy']), /frame-ancestors 'none'/);
        assert.equal(served.headers['x-frame-options'], 'DENY');
        assert.equal(served.headers['x-content-type-options'], 'nosniff');
      }
      const rows = new Map(
        (await listAttachmentRows(t.database.db, applicationId)).map((row) => [row.id, row.active_content]),
      );
      assert.deepEqual(
        ids.map((id) => rows.get(id)),
        cases.map(([, , expected]) => expected),
        'stored in the attachment rows',
      );
      const upload0 = await t.database.db
        .selectFrom('audit_event')
        .select('details')
        .where('action', '=', 'attachment.upload')
        .where('object_id', '=', ids[0] ?? '')
        .executeTakeFirstOrThrow();
      assert.deepEqual((upload0.details as { activeContent?: string[] }).activeContent, [
        'javascript',
        'open-action',
      ]);
      const mine = (await call(t, citizen, 'GET', `${APPLICATIONS}/${applicationId}`)).json();
      const listed = new Map(
        mine.attachments.map((item: { id: string; activeContent: string[] }) => [
          item.id,
          item.activeContent,
        ]),
      );
      assert.deepEqual(
        ids.map((id) => listed.get(id)),
        cases.map(([, , expected]) => expected),
        'getMyApplication shows the flags',
      );
    });

    test('clean PDFs and images are shown inline with a sandboxing policy', async () => {
      const applicationId = await draft();
      for (const [name, content, type] of [
        ['tiliote.pdf', await cleanPdf(), 'application/pdf'],
        ['pieni.pdf', pdfFile(), 'application/pdf'],
        ['kuitti.png', pngFile(), 'image/png'],
        ['kuva.png', pngOfSize(5000, 5000), 'image/png'],
      ] as const) {
        const uploaded = await upload(t, citizen, applicationId, { name, content });
        assert.equal(uploaded.statusCode, 201, uploaded.body);
        assert.deepEqual(uploaded.json().activeContent, [], name);
        const served = await inline(uploaded.json().id);
        assert.equal(served.statusCode, 200);
        assert.equal(served.headers['content-type'], type);
        assert.match(String(served.headers['content-disposition']), /^inline;/, name);
        assert.equal(
          served.headers['content-security-policy'],
          "sandbox; default-src 'none'; img-src 'self'; frame-ancestors 'self'",
        );
        assert.equal(served.headers['x-frame-options'], 'SAMEORIGIN');
        assert.equal(served.headers['x-content-type-options'], 'nosniff');
        const saved = await call(t, citizen, 'GET', contentUrl(uploaded.json().id));
        assert.match(String(saved.headers['content-disposition']), /^attachment;/);
        assert.match(String(saved.headers['content-security-policy']), /^sandbox; default-src 'none'/);
      }
    });

    test('an image over the pixel limit is 422 in the user’s language; the draft keeps its content and files', async () => {
      const applicationId = await draft();
      const kept = await upload(t, citizen, applicationId, { name: 'tiliote.pdf', content: pdfFile() });
      assert.equal(kept.statusCode, 201);
      const before = (await call(t, citizen, 'GET', `${APPLICATIONS}/${applicationId}`)).json();
      const filesBefore = await storedFiles(t.filesDir);

      const png = pngOfSize(30_000, 30_000);
      assert.ok(png.length < 2000, `the PNG is ${png.length} bytes`);
      const refused = await upload(t, citizen, applicationId, { name: 'kuva.png', content: png });
      assert.equal(refused.statusCode, 422);
      assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.match(refused.json().type, /image-too-large$/);
      assert.equal(refused.json().detail, translate('fi', 'upload.tooManyPixels', { maxMegapixels: '50' }));

      const jpeg = await upload(
        t,
        citizen,
        applicationId,
        { name: 'kuva.jpg', content: jpegOfSize(65_000, 65_000) },
        { headers: { 'accept-language': 'sv-FI,sv;q=0.9' } },
      );
      assert.equal(jpeg.statusCode, 422);
      assert.equal(jpeg.json().detail, translate('sv', 'upload.tooManyPixels', { maxMegapixels: '50' }));

      const afterwards = (await call(t, citizen, 'GET', `${APPLICATIONS}/${applicationId}`)).json();
      assert.deepEqual(afterwards.content, before.content, 'the draft’s content is unchanged');
      assert.equal(afterwards.status, 'draft');
      assert.deepEqual(
        afterwards.attachments.map((item: { id: string }) => item.id),
        [kept.json().id],
        'the earlier file is still there, and nothing else',
      );
      assert.deepEqual(await storedFiles(t.filesDir), filesBefore, 'nothing of the refused files is kept');
      assert.equal((await call(t, citizen, 'GET', contentUrl(kept.json().id))).statusCode, 200);
      const denied = await deniedUploads(applicationId);
      assert.deepEqual(
        denied.map((event) => (event.details as { reason: string }).reason),
        ['image-too-large', 'image-too-large'],
        'the refusals are audited',
      );
    });

    test('a PDF whose streams inflate past the limit is 422 and not kept; one below it is accepted', async () => {
      const applicationId = await draft();
      const filesBefore = await storedFiles(t.filesDir);
      const bomb = inflatingPdf(64 * MAX_INFLATED_BYTES);
      assert.ok(bomb.length < 100_000, `the PDF is ${bomb.length} bytes`);
      const refused = await upload(
        t,
        citizen,
        applicationId,
        { name: 'pommi.pdf', content: bomb },
        { headers: { 'accept-language': 'en' } },
      );
      assert.equal(refused.statusCode, 422);
      assert.match(refused.json().type, /inflates-too-much$/);
      assert.equal(refused.json().detail, translate('en', 'upload.inflatesTooMuch', { maxMegabytes: '1' }));
      assert.deepEqual(await storedFiles(t.filesDir), filesBefore);
      assert.deepEqual(await listAttachmentRows(t.database.db, applicationId), []);
      const small = await upload(t, citizen, applicationId, {
        name: 'pieni.pdf',
        content: inflatingPdf(MAX_INFLATED_BYTES / 2),
      });
      assert.equal(small.statusCode, 201, small.body);
      assert.deepEqual(small.json().activeContent, []);
    });
  });
}
