// Virus scanning with a real clamd (Debian's clamav-daemon) and the EICAR test signature written by the test.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { translate } from '@tuki/i18n';
import { listAttachmentRows } from '../src/attachments/attachments.repository.ts';
import { ClamdClient, ScannerUnavailable } from '../src/attachments/scanning/clamd-client.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { type Caller, call, createDraft, signIn } from './helpers/applications.ts';
import {
  contentUrl,
  createTestAppWithFiles,
  pdfFile,
  pngFile,
  storedFiles,
  type TestAppWithFiles,
  upload,
} from './helpers/attachments.ts';
import { auditEvents } from './helpers/audit-events.ts';
import { EICAR, type RunningClamd, startClamd } from './helpers/clamd.ts';
import { freePort } from './helpers/net.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const code = demoCitizens[0]?.personalIdentityCode ?? '';

let clamd: RunningClamd;
before(async () => {
  clamd = await startClamd();
});
after(() => clamd?.stop());

describe('the clamd client', () => {
  test('answers PING and tells clean from infected streams', async () => {
    const client = new ClamdClient({ host: clamd.host, port: clamd.port, timeoutMs: 10_000 });
    assert.equal(await client.ping(), true);
    assert.deepEqual(await client.scan(Readable.from([pdfFile()])), { infected: false });
    const verdict = await client.scan(Readable.from([Buffer.from('%PDF-1.4\n'), Buffer.from(EICAR)]));
    assert.equal(verdict.infected, true);
    assert.match(verdict.infected ? verdict.signature : '', /^Eicar-Test-Signature/);
    // Many small chunks and one large one go through the length-prefixed framing alike.
    const large = Buffer.concat([Buffer.alloc(3 * 1024 * 1024, 0x41), Buffer.from(EICAR)]);
    assert.equal((await client.scan(Readable.from([large]))).infected, true);
  });

  test('an unreachable clamd is ScannerUnavailable', async () => {
    const client = new ClamdClient({ host: '127.0.0.1', port: await freePort(), timeoutMs: 2_000 });
    await assert.rejects(client.scan(Readable.from([pdfFile()])), ScannerUnavailable);
  });
});

for (const backend of databaseBackends) {
  describe(`uploads scanned by clamd (${backend})`, () => {
    let t: TestAppWithFiles;
    let unreachable: TestApp;
    let citizen: Caller;

    before(async () => {
      t = await createTestAppWithFiles(backend, { CLAMAV_HOST: clamd.host, CLAMAV_PORT: String(clamd.port) });
      unreachable = await createTestApp(backend, {
        FILES_DIR: t.filesDir,
        CLAMAV_HOST: '127.0.0.1',
        CLAMAV_PORT: String(await freePort()),
      });
      citizen = await signIn(t, { personalIdentityCode: code });
    });
    after(async () => {
      await unreachable.close();
      await t.close();
    });

    test('a clean file is kept as clean and can be downloaded', async () => {
      const applicationId = (await createDraft(t, citizen)).json().id as string;
      const response = await upload(t, citizen, applicationId, { name: 'kuva.png', content: pngFile() });
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().scanStatus, 'clean');
      assert.equal((await call(t, citizen, 'GET', contentUrl(response.json().id))).statusCode, 200);
    });

    test('a file carrying the EICAR signature is refused in the user’s language, deleted and audited', async () => {
      const applicationId = (await createDraft(t, citizen)).json().id as string;
      const before = await storedFiles(t.filesDir);
      const infected = pdfFile(`% ${EICAR}\n`);
      const response = await upload(t, citizen, applicationId, { name: 'lasku.pdf', content: infected });
      assert.equal(response.statusCode, 422);
      const problem = response.json();
      assert.match(problem.type, /\/infected$/);
      assert.equal(problem.detail, translate('fi', 'upload.infected'));
      const english = await upload(
        t,
        citizen,
        applicationId,
        { name: 'lasku.pdf', content: infected },
        { headers: { 'accept-language': 'en-GB,en;q=0.8' } },
      );
      assert.equal(english.statusCode, 422);
      assert.equal(english.json().detail, translate('en', 'upload.infected'));
      assert.deepEqual(await listAttachmentRows(t.database.db, applicationId), []);
      assert.deepEqual(await storedFiles(t.filesDir), before, 'the infected file is not stored');
      const denied = await auditEvents(t, {
        action: 'attachment.upload',
        outcome: 'denied',
        objectId: applicationId,
      });
      assert.equal(denied.length, 2);
      const details = denied[0]?.details as { signature?: string } | undefined;
      assert.match(String(details?.signature), /^Eicar-Test-Signature/);
    });

    test('when the configured clamd cannot be reached the upload is refused with 503 and nothing is kept', async () => {
      const caller = await signIn(unreachable, { personalIdentityCode: code });
      const applicationId = (await createDraft(unreachable, caller)).json().id as string;
      const before = await storedFiles(t.filesDir);
      const response = await upload(unreachable, caller, applicationId, { content: pdfFile() });
      assert.equal(response.statusCode, 503);
      assert.match(response.json().type, /\/scanner-unavailable$/);
      assert.deepEqual(await listAttachmentRows(unreachable.database.db, applicationId), []);
      assert.deepEqual(await storedFiles(t.filesDir), before);
    });
  });
}
