import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { translate } from '@tuki/i18n';
import { sql } from 'kysely';
import { deleteExpiredDrafts } from '../src/applications/expired-drafts.ts';
import { listAttachmentRows } from '../src/attachments/attachments.repository.ts';
import { removedAttachmentFilesTask } from '../src/attachments/stored-file-removal.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { APPLICATIONS, type Caller, call, createDraft, signIn, useCaller } from './helpers/applications.ts';
import {
  attachmentsUrl,
  BOUNDARY,
  contentUrl,
  heicFile,
  jpegFile,
  MULTIPART_TYPE,
  multipartBody,
  pdfFile,
  pngFile,
  sha256,
  storedFiles,
  upload,
  useTestAppWithFiles,
  webpFile,
} from './helpers/attachments.ts';
import { auditEvents } from './helpers/audit-events.ts';
import { databaseBackends } from './helpers/test-database.ts';

const LIMIT = 64 * 1024;
const codeA = demoCitizens[0]?.personalIdentityCode ?? '';
const codeB = demoCitizens[1]?.personalIdentityCode ?? '';

for (const backend of databaseBackends) {
  describe(`attachments (${backend})`, () => {
    const t = useTestAppWithFiles(backend, { UPLOAD_MAX_BYTES: String(LIMIT) });
    const a = useCaller(t, { personalIdentityCode: codeA });
    const b = useCaller(t, { personalIdentityCode: codeB });
    const handler = useCaller(t, { username: 'handler' });

    const draftOf = async (caller: Caller) => (await createDraft(t, caller)).json().id as string;
    const rows = (applicationId: string) => listAttachmentRows(t.database.db, applicationId);
    const markSubmitted = (applicationId: string) =>
      sql`update application set status = 'submitted', submitted_at = now(), due_date = '2026-12-04',
          reference_number = ${`T-${applicationId.slice(0, 8)}`} where id = ${applicationId}`.execute(
        t.database.db,
      );
    const auditOf = (action: string, objectId: string) => auditEvents(t, { action, objectId });

    test('a PDF, PNG, JPEG, WebP and HEIC are accepted, typed by content, hashed and stored', async () => {
      const applicationId = await draftOf(a);
      const files = [
        { name: 'tiliote.pdf', content: pdfFile(), mediaType: 'application/pdf' },
        { name: 'kuva.png', content: pngFile(), mediaType: 'image/png' },
        { name: 'kuitti.jpg', content: jpegFile(), mediaType: 'image/jpeg' },
        { name: 'kuva.webp', content: webpFile(), mediaType: 'image/webp' },
        { name: 'IMG_0001.HEIC', content: heicFile(), mediaType: 'image/heic' },
      ];
      for (const file of files) {
        const response = await upload(t, a, applicationId, { ...file, type: 'text/plain' });
        assert.equal(response.statusCode, 201, response.body);
        const body = response.json();
        assert.deepEqual(Object.keys(body).sort(), [
          'activeContent',
          'category',
          'fileName',
          'id',
          'mediaType',
          'scanStatus',
          'sha256',
          'sizeBytes',
          'uploadedAt',
        ]);
        assert.equal(body.mediaType, file.mediaType, 'the declared text/plain is ignored');
        assert.equal(body.fileName, file.name);
        assert.equal(body.sizeBytes, file.content.length);
        assert.equal(body.sha256, sha256(file.content));
        assert.equal(body.category, 'bank_statement');
        assert.equal(body.scanStatus, 'unscanned', 'no scanner is configured here');
        assert.equal(response.headers.location, undefined);
      }
      const stored = await rows(applicationId);
      assert.equal(stored.length, files.length);
      for (const row of stored) {
        const bytes = await readFile(join(t.filesDir, row.storage_key));
        assert.equal(sha256(bytes), row.sha256, 'the stored bytes are the uploaded ones');
      }
      const mine = await call(t, a, 'GET', `${APPLICATIONS}/${applicationId}`);
      assert.equal(mine.statusCode, 200);
      assert.deepEqual(
        mine.json().attachments.map((item: { id: string }) => item.id),
        stored.map((row) => row.id),
        'getMyApplication lists them, oldest first',
      );
    });

    test('the download returns the same bytes with safe headers, and is audited', async () => {
      const applicationId = await draftOf(a);
      const content = pdfFile('% vuokrasopimus\n');
      const uploaded = (
        await upload(
          t,
          a,
          applicationId,
          { name: 'Vuokrasopimus äöå 2026.pdf', content },
          { category: 'rental_agreement' },
        )
      ).json();
      assert.equal(uploaded.fileName, 'Vuokrasopimus äöå 2026.pdf', 'ä, ö and å are kept');
      const response = await call(t, a, 'GET', contentUrl(uploaded.id));
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.rawPayload, content);
      assert.equal(response.headers['content-type'], 'application/pdf');
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(
        response.headers['content-disposition'],
        `attachment; filename="Vuokrasopimus ___ 2026.pdf"; filename*=UTF-8''Vuokrasopimus%20%C3%A4%C3%B6%C3%A5%202026.pdf`,
      );
      const events = await auditOf('attachment.download', uploaded.id);
      assert.equal(events.length, 1);
      assert.equal(events[0]?.actor_type, 'person');
      assert.equal(events[0]?.subject_person_id, a.id);
      assert.equal((await auditOf('attachment.upload', uploaded.id)).length, 1, 'the upload too');
    });

    test('file names lose paths, control and direction characters, and are at most 200 characters', async () => {
      const applicationId = await draftOf(a);
      const cases: [string, string][] = [
        ['../../etc/passwd.pdf', 'passwd.pdf'],
        ['C:\\Users\\matti\\tiliote.pdf', 'tiliote.pdf'],
        ['lasku\u202Efdp.exe', 'laskufdp.exe.pdf'],
        ['a\u0001b\u0007c.pdf', 'abc.pdf'],
        ['kuva.png', 'kuva.png.pdf'],
        [`${'ö'.repeat(300)}.pdf`, `${'ö'.repeat(196)}.pdf`],
        ['...', 'liite.pdf'],
      ];
      for (const [given, expected] of cases) {
        const response = await upload(t, a, applicationId, { name: given, content: pdfFile() });
        assert.equal(response.statusCode, 201, given);
        assert.equal(response.json().fileName, expected, given);
      }
    });

    test('a text file named .pdf and declared application/pdf is 415, in the language asked for, and not kept', async () => {
      const applicationId = await draftOf(a);
      const before = await storedFiles(t.filesDir);
      const text = Buffer.from('This is not a PDF at all, just text.\n'.repeat(20));
      const response = await upload(t, a, applicationId, {
        name: 'tiliote.pdf',
        type: 'application/pdf',
        content: text,
      });
      assert.equal(response.statusCode, 415);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(
        response.json().detail,
        translate('fi', 'upload.unsupportedType'),
        "the person's language",
      );
      const swedish = await upload(
        t,
        a,
        applicationId,
        { name: 'x.pdf', content: text },
        { headers: { 'accept-language': 'sv-FI,sv;q=0.9,en;q=0.5' } },
      );
      assert.equal(swedish.statusCode, 415);
      assert.equal(swedish.json().detail, translate('sv', 'upload.unsupportedType'));
      const gif = await upload(t, a, applicationId, {
        name: 'x.pdf',
        content: Buffer.from('GIF89a\x01\x00\x01\x00'),
      });
      assert.equal(gif.statusCode, 415, 'a known but not allowed type');
      assert.deepEqual(await rows(applicationId), []);
      assert.deepEqual(await storedFiles(t.filesDir), before);
    });

    test('a file one byte over UPLOAD_MAX_BYTES is 413 and not kept; exactly the limit is accepted', async () => {
      const applicationId = await draftOf(a);
      const before = await storedFiles(t.filesDir);
      const over = Buffer.concat([pdfFile(), Buffer.alloc(LIMIT + 1 - pdfFile().length, 0x20)]);
      const response = await upload(
        t,
        a,
        applicationId,
        { name: 'iso.pdf', content: over },
        { headers: { 'accept-language': 'en' } },
      );
      assert.equal(response.statusCode, 413);
      assert.equal(response.json().detail, translate('en', 'upload.tooLarge', { maxMegabytes: '0.0625' }));
      assert.equal(response.headers.connection, 'close', 'the rest of the body is not read');
      assert.deepEqual(await rows(applicationId), []);
      assert.deepEqual(await storedFiles(t.filesDir), before);
      const exact = await upload(t, a, applicationId, { name: 'raja.pdf', content: over.subarray(0, LIMIT) });
      assert.equal(exact.statusCode, 201, exact.body);
      assert.equal(exact.json().sizeBytes, LIMIT);
    });

    test('an empty file, a missing or unknown category, and a missing file are 400', async () => {
      const applicationId = await draftOf(a);
      const empty = await upload(t, a, applicationId, { name: 'tyhja.pdf', content: Buffer.alloc(0) });
      assert.equal(empty.statusCode, 400);
      assert.equal(empty.json().detail, translate('fi', 'upload.empty'));
      const noCategory = await upload(t, a, applicationId, { content: pdfFile() }, { fields: [] });
      assert.equal(noCategory.statusCode, 400);
      assert.equal(noCategory.json().errors[0].path, 'category');
      const unknown = await upload(t, a, applicationId, { content: pdfFile() }, { category: 'passport' });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().errors[0].path, 'category');
      const noFile = await upload(t, a, applicationId, undefined);
      assert.equal(noFile.statusCode, 400);
      assert.equal(noFile.json().errors[0].path, 'file');
      const json = await call(t, a, 'POST', attachmentsUrl(applicationId), {
        payload: { category: 'other' },
      });
      assert.equal(json.statusCode, 415);
      const noBoundary = await call(t, a, 'POST', attachmentsUrl(applicationId), {
        headers: { 'content-type': 'multipart/form-data' },
        payload: 'not multipart',
      });
      assert.equal(noBoundary.statusCode, 400);
      const before = await storedFiles(t.filesDir);
      const closing = Buffer.byteLength(`--${BOUNDARY}--\r\n`);
      const twoFiles = Buffer.concat([
        multipartBody([['category', 'other']], { name: 'a.pdf', content: pdfFile() }).subarray(0, -closing),
        multipartBody([], { name: 'b.pdf', content: pdfFile() }),
      ]);
      const two = await call(t, a, 'POST', attachmentsUrl(applicationId), {
        headers: { 'content-type': MULTIPART_TYPE },
        payload: twoFiles,
      });
      assert.equal(two.statusCode, 400);
      assert.equal(two.json().detail, 'Send one file per request.');
      assert.deepEqual(await storedFiles(t.filesDir), before, 'the first file is not kept either');
      assert.deepEqual(await rows(applicationId), []);
    });

    test('uploads need the CSRF header', async () => {
      const applicationId = await draftOf(a);
      const response = await upload(
        t,
        a,
        applicationId,
        { content: pdfFile() },
        { headers: { 'x-csrf-token': 'wrong' } },
      );
      assert.equal(response.statusCode, 403);
      assert.deepEqual(await rows(applicationId), []);
    });

    test('an application takes at most 50 attachments: the 51st is 409 and not kept', async () => {
      const applicationId = await draftOf(a);
      for (let index = 0; index < 50; index += 1) {
        const response = await upload(t, a, applicationId, { name: `${index}.png`, content: pngFile() });
        assert.equal(response.statusCode, 201, response.body);
      }
      const before = await storedFiles(t.filesDir);
      const response = await upload(t, a, applicationId, { name: '51.png', content: pngFile() });
      assert.equal(response.statusCode, 409);
      assert.equal(response.json().detail, translate('fi', 'upload.tooMany', { max: 50 }));
      assert.equal((await rows(applicationId)).length, 50);
      assert.deepEqual(await storedFiles(t.filesDir), before);
    });

    test('another person cannot upload to, download or delete what is not theirs (404)', async () => {
      const applicationId = await draftOf(a);
      const mine = (await upload(t, a, applicationId, { content: pdfFile() })).json();
      const intoOthers = await upload(t, b, applicationId, { content: pdfFile() });
      assert.equal(intoOthers.statusCode, 404);
      assert.equal((await call(t, b, 'GET', contentUrl(mine.id))).statusCode, 404);
      assert.equal(
        (await call(t, b, 'DELETE', `${attachmentsUrl(applicationId)}/${mine.id}`)).statusCode,
        404,
      );
      const ownDraft = await draftOf(b);
      assert.equal(
        (await call(t, b, 'DELETE', `${attachmentsUrl(ownDraft)}/${mine.id}`)).statusCode,
        404,
        'not through their own application either',
      );
      assert.equal((await call(t, a, 'GET', contentUrl(mine.id))).statusCode, 200, 'still there');
      const unknown = await call(t, a, 'GET', contentUrl('00000000-0000-4000-8000-000000000000'));
      assert.equal(unknown.statusCode, 404);
    });

    test('deleting removes the row and the file and is audited; a sent application keeps its files (409)', async () => {
      const applicationId = await draftOf(a);
      const first = (await upload(t, a, applicationId, { content: pdfFile() })).json();
      const second = (await upload(t, a, applicationId, { content: pngFile() })).json();
      const [firstRow] = (await rows(applicationId)).filter((row) => row.id === first.id);
      assert.ok(firstRow);
      const deleted = await call(t, a, 'DELETE', `${attachmentsUrl(applicationId)}/${first.id}`);
      assert.equal(deleted.statusCode, 204);
      assert.deepEqual(
        (await rows(applicationId)).map((row) => row.id),
        [second.id],
      );
      assert.ok(!(await storedFiles(t.filesDir)).includes(firstRow.storage_key), 'the file is gone');
      assert.equal((await call(t, a, 'GET', contentUrl(first.id))).statusCode, 404);
      assert.equal((await auditOf('attachment.delete', first.id)).length, 1);
      const queued = await sql<{ n: number }>`select count(*)::int as n from stored_file_removal`.execute(
        t.database.db,
      );
      assert.equal(queued.rows[0]?.n, 0, 'nothing left queued for removal');

      await markSubmitted(applicationId);
      const late = await call(t, a, 'DELETE', `${attachmentsUrl(applicationId)}/${second.id}`);
      assert.equal(late.statusCode, 409);
      // A file added after sending waits to go with an answer or a message; the application's files stay as sent.
      const lateUpload = await upload(t, a, applicationId, { content: pdfFile() });
      assert.equal(lateUpload.statusCode, 201);
      const purposes = await sql<{ purpose: string }>`select purpose from attachment
          where application_id = ${applicationId} order by purpose`.execute(t.database.db);
      assert.deepEqual(
        purposes.rows.map((row) => row.purpose),
        ['application', 'correspondence'],
      );
      assert.equal((await rows(applicationId)).length, 1, "the application's own files");
      const own = await call(t, a, 'GET', `/api/v1/my/applications/${applicationId}`);
      assert.deepEqual(
        own.json().attachments.map((attachment: { id: string }) => attachment.id),
        [second.id],
      );
    });

    test('staff with a handling role download the files of sent applications, audited with the person', async () => {
      const applicationId = await draftOf(a);
      const content = pngFile();
      const uploaded = (await upload(t, a, applicationId, { name: 'kuitti.png', content })).json();
      const whileDraft = await call(t, handler, 'GET', contentUrl(uploaded.id));
      assert.equal(whileDraft.statusCode, 404, 'drafts are the citizen’s own until sent');
      await markSubmitted(applicationId);
      const response = await call(t, handler, 'GET', contentUrl(uploaded.id));
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.rawPayload, content);
      assert.equal(response.headers['content-type'], 'image/png');
      const events = await auditOf('attachment.download', uploaded.id);
      assert.equal(events.length, 1);
      assert.equal(events[0]?.actor_type, 'staff');
      assert.equal(events[0]?.actor_id, handler.id);
      assert.equal(events[0]?.subject_person_id, a.id);
      for (const username of ['social_worker', 'supervisor']) {
        const staff = await signIn(t, { username });
        assert.equal((await call(t, staff, 'GET', contentUrl(uploaded.id))).statusCode, 200, username);
      }
      for (const username of ['admin', 'auditor']) {
        const staff = await signIn(t, { username });
        assert.equal((await call(t, staff, 'GET', contentUrl(uploaded.id))).statusCode, 403, username);
      }
      assert.equal((await call(t, undefined, 'GET', contentUrl(uploaded.id))).statusCode, 401);
    });

    test('a file whose scan did not pass is never served', async () => {
      const applicationId = await draftOf(a);
      const uploaded = (await upload(t, a, applicationId, { content: pdfFile() })).json();
      for (const status of ['pending', 'failed', 'infected']) {
        await sql`update attachment set scan_status = ${status} where id = ${uploaded.id}`.execute(
          t.database.db,
        );
        assert.equal((await call(t, a, 'GET', contentUrl(uploaded.id))).statusCode, 409, status);
      }
    });

    test('a retry with the same Idempotency-Key returns the first attachment and keeps one file', async () => {
      const applicationId = await draftOf(a);
      const headers = { 'idempotency-key': `upload-${applicationId}` };
      const content = pdfFile('% once\n');
      const first = await upload(t, a, applicationId, { name: 'kerran.pdf', content }, { headers });
      const before = await storedFiles(t.filesDir);
      const retry = await upload(t, a, applicationId, { name: 'kerran.pdf', content }, { headers });
      assert.equal(first.statusCode, 201);
      assert.equal(retry.statusCode, 201);
      assert.equal(retry.json().id, first.json().id);
      assert.equal((await rows(applicationId)).length, 1);
      assert.deepEqual(await storedFiles(t.filesDir), before, 'the retried bytes were not kept');
      const other = await upload(
        t,
        a,
        applicationId,
        { name: 'toinen.pdf', content: pdfFile() },
        { headers },
      );
      assert.equal(other.statusCode, 422, 'the same key for another file');
      assert.deepEqual(await storedFiles(t.filesDir), before);
    });

    test('an upload moves the draft’s last change but not its version', async () => {
      const created = (await createDraft(t, a)).json();
      t.clock.advance(60_000);
      await upload(t, a, created.id, { content: pdfFile() });
      const [row] = await t.database.db
        .selectFrom('application')
        .select(['updated_at', 'version'])
        .where('id', '=', created.id)
        .execute();
      assert.equal(row?.updated_at.toISOString(), t.clock.now().toISOString());
      assert.equal(row?.version, 1, 'the form’s ETag stays valid');
    });

    test('deleting expired drafts removes their attachments, and housekeeping their files', async () => {
      const applicationId = await draftOf(b);
      await upload(t, b, applicationId, { content: pdfFile() });
      await upload(t, b, applicationId, { content: pngFile() });
      const keys = (await rows(applicationId)).map((row) => row.storage_key);
      t.clock.advance(400 * 86_400_000);
      assert.ok((await deleteExpiredDrafts(t.database.db, t.clock.now())) >= 1);
      assert.deepEqual(await rows(applicationId), []);
      const task = removedAttachmentFilesTask(t.config.attachments.storage);
      assert.ok((await task.run(t.database.db, t.clock.now())) >= 2);
      const left = await storedFiles(t.filesDir);
      for (const key of keys) assert.ok(!left.includes(key), key);
      const queued = await sql<{ n: number }>`select count(*)::int as n from stored_file_removal`.execute(
        t.database.db,
      );
      assert.equal(queued.rows[0]?.n, 0);
    });
  });
}
