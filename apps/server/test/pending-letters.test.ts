// The decision letter is rendered after the decision has committed (decisions/pending-letters.ts): the application's
// row lock is free while the letter renders; a letter whose render fails is rendered by the pending-letter job
// (once, even with two processes); the readers that need the letter in the meantime (the download, the print
// batch, the data export) render it on demand or answer 503 with Retry-After.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { letterRenderingOf } from '../src/http/context.ts';
import { PendingLetterWorker } from '../src/jobs/pending-letters.ts';
import { type LetterRenderer, typstLetterRenderer } from '../src/letters/index.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { call, signIn, useCaller } from './helpers/applications.ts';
import { approvalOf, sendApplication } from './helpers/cases.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const [matti] = demoCitizens;
if (!matti) throw new Error('the demo citizens are missing');
const CASES = '/api/v1/applications';
const approve = approvalOf();
const silent = { info: () => {}, warn: () => {}, error: () => {} };

/** A renderer that fails the first `failures` times, then renders; counts its calls. */
function failing(failures: number): LetterRenderer & { calls: number } {
  const renderer = Object.assign(
    async (...args: Parameters<LetterRenderer>) => {
      renderer.calls++;
      if (renderer.calls <= failures) throw new Error('the renderer was stopped');
      return typstLetterRenderer(...args);
    },
    { calls: 0 },
  );
  return renderer;
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

for (const backend of databaseBackends) {
  describe(`decision letters rendered after the commit (${backend})`, () => {
    const t = useTestApp(backend);
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });
    const handler = useCaller(t, { username: 'handler' });

    async function decided(
      renderer?: LetterRenderer,
    ): Promise<{ applicationId: string; decisionId: string }> {
      const applicationId = await sendApplication(t, citizen);
      const taken = await call(t, handler, 'POST', `${CASES}/${applicationId}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      t.context.letterRenderer = renderer;
      try {
        const made = await call(t, handler, 'POST', `${CASES}/${applicationId}/decision`, {
          payload: approve,
        });
        assert.equal(made.statusCode, 201, made.body);
        return { applicationId, decisionId: made.json().id };
      } finally {
        t.context.letterRenderer = undefined;
      }
    }

    const documentOf = (decisionId: string) =>
      t.database.db
        .selectFrom('decision_document')
        .select(['pdf', 'sha256'])
        .where('decision_id', '=', decisionId)
        .executeTakeFirst();
    const pendingOf = (decisionId: string) =>
      t.database.db
        .selectFrom('pending_decision_letter')
        .selectAll()
        .where('decision_id', '=', decisionId)
        .executeTakeFirst();
    const worker = () =>
      new PendingLetterWorker({
        db: t.database.db,
        clock: t.clock,
        log: silent,
        rendering: letterRenderingOf(t.context),
      });

    test('the letter is stored when decide returns, rendered after the commit with the row lock free', async () => {
      let seenDuringRender: { status: string; decisions: number } | undefined;
      let applicationId = '';
      const renderer: LetterRenderer = async (letter, options) => {
        // Another transaction locks the application's row (NOWAIT: a lock still held fails at once; on PGlite,
        // whose one connection a still open transaction would hold, it would never answer) and sees the decision.
        seenDuringRender = await within(
          t.database.db.transaction().execute(async (trx) => {
            const row = await trx
              .selectFrom('application')
              .select('status')
              .where('id', '=', applicationId)
              .forUpdate()
              .noWait()
              .executeTakeFirstOrThrow();
            const decisions = await trx
              .selectFrom('decision')
              .select('id')
              .where('application_id', '=', applicationId)
              .execute();
            return { status: row.status, decisions: decisions.length };
          }),
          5_000,
          'locking the application during the render',
        );
        return typstLetterRenderer(letter, options);
      };
      applicationId = await sendApplication(t, citizen);
      const taken = await call(t, handler, 'POST', `${CASES}/${applicationId}/assignment`, {
        payload: { staffId: handler.id },
      });
      assert.equal(taken.statusCode, 200, taken.body);
      t.context.letterRenderer = renderer;
      let decisionId: string;
      try {
        const made = await call(t, handler, 'POST', `${CASES}/${applicationId}/decision`, {
          payload: approve,
        });
        assert.equal(made.statusCode, 201, made.body);
        decisionId = made.json().id;
      } finally {
        t.context.letterRenderer = undefined;
      }
      assert.deepEqual(seenDuringRender, { status: 'decided', decisions: 1 }, 'committed before the render');
      const document = await documentOf(decisionId);
      assert.ok(document, 'the letter is stored when decide returns');
      assert.equal(Buffer.from(document.pdf).subarray(0, 5).toString(), '%PDF-');
      assert.equal(await pendingOf(decisionId), undefined, 'nothing left pending');
      assert.deepEqual(await worker().runOnce(), { rendered: 0, failed: 0 }, 'nothing for the job');
    });

    test('a render that fails leaves the decision made; the job renders its letter after a backoff, once', async () => {
      const { decisionId } = await decided(failing(1));
      assert.equal(await documentOf(decisionId), undefined, 'no letter yet');
      const pending = await pendingOf(decisionId);
      assert.ok(pending, 'the letter waits for the job');
      assert.equal(pending.attempts, 1);
      assert.equal(pending.last_error, 'the renderer was stopped');

      const job = worker();
      assert.deepEqual(await job.runOnce(), { rendered: 0, failed: 0 }, 'not before its backoff');
      t.clock.advance(31_000);
      assert.deepEqual(await job.runOnce(), { rendered: 1, failed: 0 });
      const document = await documentOf(decisionId);
      assert.ok(document, 'the job stored the letter');
      assert.equal(await pendingOf(decisionId), undefined);
      assert.deepEqual(await job.runOnce(), { rendered: 0, failed: 0 }, 'idempotent');
      assert.equal((await documentOf(decisionId))?.sha256, document.sha256);
      const download = await call(t, citizen, 'GET', `/api/v1/decisions/${decisionId}/document`);
      assert.equal(download.statusCode, 200);
    });

    test('two processes at once render a pending letter once', async () => {
      const { decisionId } = await decided(failing(1));
      t.clock.advance(31_000);
      const renderer = failing(0);
      t.context.letterRenderer = renderer;
      try {
        const [one, two] = await Promise.all([worker().runOnce(), worker().runOnce()]);
        assert.equal(one.rendered + two.rendered, 1);
        assert.equal(renderer.calls, 1, 'the second process skipped the claimed letter');
      } finally {
        t.context.letterRenderer = undefined;
      }
      assert.ok(await documentOf(decisionId));
    });

    test('a failing job render is recorded and tried again later', async () => {
      const { decisionId } = await decided(failing(1));
      t.clock.advance(31_000);
      t.context.letterRenderer = failing(1);
      try {
        assert.deepEqual(await worker().runOnce(), { rendered: 0, failed: 1 });
        assert.equal((await pendingOf(decisionId))?.attempts, 2);
        t.clock.advance(31_000);
        assert.deepEqual(await worker().runOnce(), { rendered: 0, failed: 0 }, 'the backoff doubled');
        t.clock.advance(31_000);
        assert.deepEqual(await worker().runOnce(), { rendered: 1, failed: 0 });
      } finally {
        t.context.letterRenderer = undefined;
      }
      assert.ok(await documentOf(decisionId));
    });

    test('a download in the window renders the letter on demand; 503 with Retry-After when it cannot', async () => {
      const { decisionId } = await decided(failing(1));
      const url = `/api/v1/decisions/${decisionId}/document`;
      t.context.letterRenderer = failing(5);
      try {
        const refused = await call(t, citizen, 'GET', url);
        assert.equal(refused.statusCode, 503, refused.body);
        assert.equal(refused.headers['retry-after'], '30');
        assert.match(refused.json().type, /letter-not-ready$/);
      } finally {
        t.context.letterRenderer = undefined;
      }
      const other = await signIn(t, { personalIdentityCode: demoCitizens[1]?.personalIdentityCode ?? '' });
      assert.equal((await call(t, other, 'GET', url)).statusCode, 404, 'not someone else’s, rendered or not');
      assert.ok(await pendingOf(decisionId), 'another’s request renders nothing');
      const letter = await call(t, citizen, 'GET', url);
      assert.equal(letter.statusCode, 200, letter.body);
      assert.equal(letter.rawPayload.subarray(0, 5).toString(), '%PDF-');
      assert.equal(await pendingOf(decisionId), undefined);
      assert.ok(await documentOf(decisionId));
    });

    test('the data export renders a pending letter first and includes it', async () => {
      const { decisionId } = await decided(failing(1));
      const exported = await call(t, citizen, 'GET', '/api/v1/my/data-export');
      assert.equal(exported.statusCode, 200);
      assert.equal(await pendingOf(decisionId), undefined);
      assert.ok(await documentOf(decisionId));
      assert.ok(
        exported.rawPayload.includes(
          Buffer.from(`decision-letters/decision-2026-11-25-${decisionId.slice(0, 8)}.pdf`),
        ),
        'the letter is in the zip',
      );
    });

    test('a print batch mails a pending paper letter, rendered from its pending data', async () => {
      const { decisionId } = await decided(failing(1));
      const made = await call(t, handler, 'POST', '/api/v1/print-batches');
      assert.equal(made.statusCode, 201, made.body);
      const decision = await t.database.db
        .selectFrom('decision')
        .select(['print_batch_id', 'mailed_at'])
        .where('id', '=', decisionId)
        .executeTakeFirstOrThrow();
      assert.equal(decision.print_batch_id, made.json().id);
      assert.equal(await pendingOf(decisionId), undefined);
      const document = await t.database.db
        .selectFrom('decision_document')
        .select('letter_data')
        .where('decision_id', '=', decisionId)
        .executeTakeFirstOrThrow();
      assert.equal(
        (document.letter_data as { dispatch: { sent: { sentOn: string } | null } }).dispatch.sent?.sentOn,
        '2026-11-25',
        'rendered with the batch’s day as its sending day',
      );
    });
  });
}
