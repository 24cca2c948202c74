// Print batches through the API: who may make and read them; only the paper letters not yet mailed go in, sorted by
// postal code, each starting on a new sheet (a blank page after a letter with an odd page count), read back with
// pdf-lib, pdfinfo and pdftotext; the letters are marked mailed; nothing left → 409; concurrent batches never share
// a letter; a retried request with its Idempotency-Key gets the same batch; the audit rows.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { PDFDocument } from 'pdf-lib';
import { mergeLetters } from '../src/print-batches/merge-letters.ts';
import { compareForMailing } from '../src/print-batches/print-batches.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { type Caller, call, useCaller } from './helpers/applications.ts';
import { approvalOf, sendApplication, useStaffCallers } from './helpers/cases.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const run = promisify(execFile);
const CASES = '/api/v1/applications';
const BATCHES = '/api/v1/print-batches';
const hasPoppler = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');

function citizen(firstName: string) {
  const found = demoCitizens.find((person) => person.firstName === firstName);
  if (!found) throw new Error(`no demo citizen ${firstName}`);
  return found;
}
const matti = citizen('Matti'); // 00100
const anna = citizen('Anna'); // 00120
const sanna = citizen('Sanna'); // 00940
const aleksi = citizen('Aleksi'); // 00930, chooses electronic delivery

async function pdfPages(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes)).getPageCount();
}

/** A PDF with `pages` pages, each with its own text, for the merge's own tests. */
async function samplePdf(label: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 1; i <= pages; i += 1)
    doc.addPage([595.28, 841.89]).drawText(`${label} ${i}`, { x: 50, y: 700 });
  return doc.save();
}

async function withTempFile<T>(bytes: Uint8Array, work: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'tuki-print-batch-'));
  try {
    const file = join(dir, 'batch.pdf');
    await writeFile(file, bytes);
    return await work(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('merging letters into a print batch', () => {
  test('each letter starts on a new sheet: a blank page after a letter with an odd page count', async () => {
    const letters = [await samplePdf('one', 1), await samplePdf('two', 2), await samplePdf('three', 3)];
    const merged = await mergeLetters(letters, {
      title: 'test',
      createdAt: new Date('2026-11-25T10:00:00Z'),
    });
    assert.deepEqual(merged.letterPages, [1, 2, 3]);
    assert.equal(merged.blankPages, 2);
    assert.equal(merged.pages, 1 + 1 + 2 + 3 + 1);
    assert.equal(await pdfPages(merged.pdf), merged.pages);
    if (hasPoppler) {
      await withTempFile(merged.pdf, async (file) => {
        // Page by page: 'one 1', blank, 'two 1', 'two 2', 'three 1..3', blank.
        const expected = ['one 1', '', 'two 1', 'two 2', 'three 1', 'three 2', 'three 3', ''];
        for (const [index, text] of expected.entries()) {
          const page = String(index + 1);
          const { stdout } = await run('pdftotext', ['-f', page, '-l', page, file, '-']);
          assert.equal(stdout.trim(), text, `page ${page}`);
        }
      });
    }
  });

  test('the mailing order: postal code, then decision time, then id; no postal code last', () => {
    const at = (iso: string) => new Date(iso);
    const letters = [
      { id: 'c', decidedAt: at('2026-11-02T00:00:00Z'), postalCode: '00940' },
      { id: 'b', decidedAt: at('2026-11-03T00:00:00Z'), postalCode: '' },
      { id: 'e', decidedAt: at('2026-11-02T00:00:00Z'), postalCode: '00100' },
      { id: 'd', decidedAt: at('2026-11-01T00:00:00Z'), postalCode: '00100' },
      { id: 'a', decidedAt: at('2026-11-02T00:00:00Z'), postalCode: '00100' },
    ];
    assert.deepEqual(
      [...letters].sort(compareForMailing).map((letter) => letter.id),
      ['d', 'a', 'e', 'c', 'b'],
    );
  });
});

for (const backend of databaseBackends) {
  describe(`print batches (${backend})`, () => {
    const t = useTestApp(backend);
    const { handler, socialWorker, supervisor, admin, auditor } = useStaffCallers(t);
    const citizens = new Map<string, Caller>(
      [matti, anna, sanna, aleksi].map((person) => [
        person.firstName,
        useCaller(t, { personalIdentityCode: person.personalIdentityCode }),
      ]),
    );

    /** A decided application of the citizen (sent, taken by the handler, approved); the decision's id. */
    async function decided(firstName: string): Promise<string> {
      const caller = citizens.get(firstName);
      if (!caller) throw new Error(`${firstName} is not signed in`);
      const id = await sendApplication(t, caller);
      const taken = await call(t, handler, 'POST', `${CASES}/${id}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      const made = await call(t, handler, 'POST', `${CASES}/${id}/decision`, {
        payload: approvalOf(),
      });
      assert.equal(made.statusCode, 201, made.body);
      t.clock.advance(60_000);
      return made.json().id;
    }

    const create = (caller: Caller, headers: Record<string, string> = {}) =>
      call(t, caller, 'POST', BATCHES, { headers });
    const pending = async () => {
      const response = await call(t, handler, 'GET', `${BATCHES}/pending`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as { waiting: number; oldestDecidedAt: string | null };
    };
    const batchOf = async (decisionId: string) =>
      (
        await t.database.db
          .selectFrom('decision')
          .select(['print_batch_id', 'mailed_at'])
          .where('id', '=', decisionId)
          .executeTakeFirstOrThrow()
      ).print_batch_id;

    before(async () => {
      const aleksiCaller = citizens.get('Aleksi');
      const prefs = await call(t, aleksiCaller, 'PUT', '/api/v1/my/preferences', {
        payload: { email: null, emailNotifications: true, language: 'en', electronicDelivery: true },
      });
      assert.equal(prefs.statusCode, 200, prefs.body);
    });

    test('the handling roles only; nothing waiting is 409 problem+json', async () => {
      for (const caller of [handler, socialWorker, supervisor]) {
        assert.equal((await call(t, caller, 'GET', `${BATCHES}/pending`)).statusCode, 200);
        assert.equal((await call(t, caller, 'GET', BATCHES)).statusCode, 200);
      }
      const someId = '00000000-0000-4000-8000-000000000000';
      for (const caller of [admin, auditor, citizens.get('Matti')]) {
        assert.equal((await call(t, caller, 'GET', `${BATCHES}/pending`)).statusCode, 403);
        assert.equal((await call(t, caller, 'GET', BATCHES)).statusCode, 403);
        assert.equal((await create(caller as Caller)).statusCode, 403);
        assert.equal((await call(t, caller, 'GET', `${BATCHES}/${someId}/document`)).statusCode, 403);
      }
      assert.equal((await call(t, undefined, 'GET', `${BATCHES}/pending`)).statusCode, 401);
      assert.equal((await call(t, handler, 'GET', `${BATCHES}/${someId}/document`)).statusCode, 404);

      assert.deepEqual(await pending(), { waiting: 0, oldestDecidedAt: null });
      const nothing = await create(handler);
      assert.equal(nothing.statusCode, 409);
      assert.match(String(nothing.headers['content-type']), /^application\/problem\+json/);
      assert.match(nothing.json().type, /nothing-to-print$/);
    });

    test('the paper letters not yet mailed, sorted by postal code, each on its own sheets; marked mailed', async () => {
      // Decided in this order; mailed in the order of the postal codes: Matti 00100, Anna 00120, Sanna 00940.
      const sannaDecision = await decided('Sanna');
      const mattiDecision = await decided('Matti');
      const aleksiDecision = await decided('Aleksi');
      const annaDecision = await decided('Anna');

      const queue = await pending();
      assert.equal(queue.waiting, 3, 'the electronic letter does not wait for printing');
      const oldest = await t.database.db
        .selectFrom('decision')
        .select('decided_at')
        .where('id', '=', sannaDecision)
        .executeTakeFirstOrThrow();
      assert.equal(queue.oldestDecidedAt, new Date(oldest.decided_at).toISOString());

      const made = await create(socialWorker);
      assert.equal(made.statusCode, 201, made.body);
      const batch = made.json();
      assert.equal(batch.letters, 3);
      assert.deepEqual(batch.decisionIds, [mattiDecision, annaDecision, sannaDecision]);
      assert.equal(batch.createdBy.id, socialWorker.id);
      assert.equal(batch.documentUrl, `${BATCHES}/${batch.id}/document`);
      assert.equal(made.headers.location, batch.documentUrl);

      // Marked mailed with the batch; the electronic one is not.
      for (const id of batch.decisionIds) assert.equal(await batchOf(id), batch.id);
      assert.equal(await batchOf(aleksiDecision), null);
      assert.deepEqual(await pending(), { waiting: 0, oldestDecidedAt: null });
      const applicationOfMatti = await t.database.db
        .selectFrom('decision')
        .select('application_id')
        .where('id', '=', mattiDecision)
        .executeTakeFirstOrThrow();
      const caseView = (
        await call(t, handler, 'GET', `${CASES}/${applicationOfMatti.application_id}`)
      ).json();
      assert.equal(caseView.decisions[0].mailedAt, t.clock.now().toISOString());

      // Nothing more to print.
      assert.equal((await create(handler)).statusCode, 409);

      // The PDF: every page of every letter, a blank page after each odd one.
      const download = await call(t, handler, 'GET', batch.documentUrl);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers['content-type'], 'application/pdf');
      assert.match(String(download.headers['content-disposition']), /^attachment; filename="print-batch-/);
      const pdf = download.rawPayload;
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      assert.equal(pdf.byteLength, batch.sizeBytes);
      const stored = await t.database.db
        .selectFrom('print_batch')
        .select(['sha256', 'letters'])
        .where('id', '=', batch.id)
        .executeTakeFirstOrThrow();
      assert.equal(createHash('sha256').update(pdf).digest('hex'), stored.sha256);
      const documents = await t.database.db
        .selectFrom('decision_document')
        .select(['decision_id', 'pdf'])
        .where('decision_id', 'in', batch.decisionIds)
        .execute();
      let expectedPages = 0;
      let expectedBlank = 0;
      for (const document of documents) {
        const pages = await pdfPages(document.pdf);
        expectedPages += pages + (pages % 2);
        expectedBlank += pages % 2;
      }
      assert.equal(batch.pages, expectedPages);
      assert.equal(batch.blankPages, expectedBlank);
      assert.equal(await pdfPages(pdf), expectedPages);
      assert.equal(expectedPages % 2, 0, 'an even number of pages: whole sheets');
      if (hasPoppler) {
        await withTempFile(pdf, async (file) => {
          const { stdout: info } = await run('pdfinfo', [file]);
          assert.equal(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]), expectedPages);
          const { stdout: text } = await run('pdftotext', [file, '-']);
          const positions = ['Matti Meikäläinen', 'Anna Öhman', 'Sanna Mäkelä'].map((name) => {
            assert.ok(text.includes(name), `the batch has the letter to ${name}`);
            return text.indexOf(name);
          });
          assert.deepEqual(
            [...positions].sort((a, b) => a - b),
            positions,
            'in the order of the postal codes',
          );
          assert.ok(!text.includes('Aleksi Virtanen'), 'no electronic letter');
        });
      }

      // The list, newest first.
      const list = await call(t, supervisor, 'GET', BATCHES);
      assert.equal(list.statusCode, 200);
      const [first] = list.json().items;
      assert.equal(first.id, batch.id);
      assert.equal(first.letters, 3);
      assert.equal(first.sizeBytes, batch.sizeBytes);
      assert.equal(first.createdBy.lastName, 'Sosiaalityöntekijä');

      // Audited, without personal data.
      const rows = await sql<{
        action: string;
        actor_id: string;
        subject_person_id: string | null;
        details: Record<string, unknown>;
      }>`select action, actor_id, subject_person_id, details from audit_event
          where object_id = ${batch.id} order by seq`.execute(t.database.db);
      assert.deepEqual(
        rows.rows.map((row) => [row.action, row.actor_id]),
        [
          ['print_batch.create', socialWorker.id],
          ['print_batch.download', handler.id],
        ],
      );
      const [created] = rows.rows;
      assert.deepEqual(created?.details.decisionIds, batch.decisionIds);
      assert.equal(created?.details.sha256, stored.sha256);
      assert.equal(created?.subject_person_id, null);
      const details = JSON.stringify(rows.rows.map((row) => row.details));
      for (const person of [matti, anna, sanna]) {
        assert.ok(!details.includes(person.lastName), 'no names');
        assert.ok(!details.includes(person.personalIdentityCode), 'no identity codes');
        assert.ok(!details.includes(person.postalCode), 'no addresses');
      }
    });

    test('concurrent batches never put a letter into two batches', async () => {
      const waiting = [await decided('Matti'), await decided('Anna'), await decided('Sanna')];
      const responses = await Promise.all([create(handler), create(supervisor), create(socialWorker)]);
      const statuses = responses.map((response) => response.statusCode);
      assert.ok(
        statuses.every((status) => status === 201 || status === 409),
        `201 or 409 only: ${statuses.join(', ')}`,
      );
      const made = responses.filter((response) => response.statusCode === 201).map((r) => r.json());
      assert.ok(made.length >= 1, 'one batch at least');
      const letters: string[] = made.flatMap((batch) => batch.decisionIds);
      assert.equal(new Set(letters).size, letters.length, 'no letter twice');
      assert.deepEqual([...letters].sort(), [...waiting].sort(), 'every waiting letter once');
      for (const id of waiting) {
        const batchId = await batchOf(id);
        assert.ok(made.some((batch) => batch.id === batchId));
      }
      // Over every batch ever made, as the audit trail records them: no letter twice.
      const audited = await sql<{ details: { decisionIds: string[] } }>`select details from audit_event
          where action = 'print_batch.create'`.execute(t.database.db);
      const all = audited.rows.flatMap((row) => row.details.decisionIds);
      assert.equal(new Set(all).size, all.length);
      assert.deepEqual(await pending(), { waiting: 0, oldestDecidedAt: null });
    });

    test('a retry with the same Idempotency-Key returns the same batch', async () => {
      const decision = await decided('Matti');
      const key = { 'idempotency-key': 'print-2026-11-25-a' };
      const [first, second] = await Promise.all([create(handler, key), create(handler, key)]);
      assert.equal(first?.statusCode, 201, first?.body);
      assert.equal(second?.statusCode, 201, second?.body);
      assert.deepEqual(second?.json(), first?.json());
      assert.equal(
        [first, second].filter((response) => response?.headers['idempotent-replayed'] === 'true').length,
        1,
      );
      const again = await create(handler, key);
      assert.equal(again.statusCode, 201);
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.deepEqual(again.json().decisionIds, [decision]);
      assert.equal((await create(handler, { 'idempotency-key': 'print-2026-11-25-b' })).statusCode, 409);
      assert.equal((await create(supervisor, key)).statusCode, 409, 'keys are per user');
      const batches = await t.database.db
        .selectFrom('print_batch')
        .select('id')
        .where('id', '=', first?.json().id)
        .execute();
      assert.equal(batches.length, 1);
    });

    test('the list pages newest first', async () => {
      const all = (await call(t, handler, 'GET', `${BATCHES}?limit=500`)).json().items as {
        id: string;
        createdAt: string;
      }[];
      assert.ok(all.length >= 3);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = await call(t, handler, 'GET', `${BATCHES}?limit=1${query}`);
        assert.equal(page.statusCode, 200, page.body);
        const body = page.json();
        assert.ok(body.items.length <= 1);
        seen.push(...body.items.map((item: { id: string }) => item.id));
        cursor = body.nextCursor;
      } while (cursor);
      assert.deepEqual(
        seen,
        all.map((item) => item.id),
      );
      const times = all.map((item) => item.createdAt);
      assert.deepEqual(times, [...times].sort().reverse());
      assert.equal((await call(t, handler, 'GET', `${BATCHES}?cursor=nonsense`)).statusCode, 400);
    });
  });
}
