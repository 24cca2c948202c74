// Housekeeping: unsent drafts unchanged for 90 days are deleted (audited, with the system as the actor), old
// idempotency keys and ended sessions are removed; one failing task does not stop the others.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DRAFT_RETENTION_DAYS } from '@tuki/domain';
import { deleteExpiredDrafts } from '../src/applications/expired-drafts.ts';
import { type HousekeepingLog, runHousekeeping, startHousekeeping } from '../src/jobs/housekeeping.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { ManualClock } from '../src/shared/clock.ts';
import {
  APPLICATIONS,
  type Caller,
  call,
  completeDraft,
  createDraft,
  signIn,
} from './helpers/applications.ts';
import { auditEvents } from './helpers/audit-events.ts';
import { useTestApp } from './helpers/test-app.ts';
import { createTestDatabase, databaseBackends } from './helpers/test-database.ts';

const DAY = 86_400_000;
const code = demoCitizens[0]?.personalIdentityCode ?? '';

function captureLog(): HousekeepingLog & { lines: { level: string; details: object; message: string }[] } {
  const lines: { level: string; details: object; message: string }[] = [];
  return {
    lines,
    info: (details, message) => lines.push({ level: 'info', details, message }),
    warn: (details, message) => lines.push({ level: 'warn', details, message }),
    error: (details, message) => lines.push({ level: 'error', details, message }),
  };
}

for (const backend of databaseBackends) {
  describe(`housekeeping (${backend})`, () => {
    const t = useTestApp(backend);

    const exists = async (id: string) =>
      (await t.database.db.selectFrom('application').select('id').where('id', '=', id).executeTakeFirst()) !==
      undefined;

    test('drafts unchanged for 90 days are deleted and audited; changed drafts and sent ones stay', async () => {
      t.clock.set('2026-11-25T10:00:00.000Z');
      let a: Caller = await signIn(t, { personalIdentityCode: code });
      const old = (await createDraft(t, a)).json();
      assert.equal(old.draftDeletesAt, '2027-02-23');
      const changedLater = (await createDraft(t, a)).json();
      const sent = await completeDraft(t, a, '2026-11');
      await call(t, a, 'POST', `${APPLICATIONS}/${sent.id}/submit`, {
        headers: { 'idempotency-key': 'k-1' },
      });
      const withdrawn = (await createDraft(t, a)).json();
      await call(t, a, 'POST', `${APPLICATIONS}/${withdrawn.id}/withdraw`);

      t.clock.advance(89 * DAY);
      a = await signIn(t, { personalIdentityCode: code });
      const saved = await call(t, a, 'PUT', `${APPLICATIONS}/${changedLater.id}`, {
        payload: { content: { month: '2027-02' } },
      });
      assert.equal(saved.json().draftDeletesAt, '2027-05-23', 'the date moves with each change');

      t.clock.set('2027-02-23T09:59:00.000Z');
      const log = captureLog();
      const early = await runHousekeeping({ db: t.database.db, clock: t.clock, log });
      assert.equal(early.expired_drafts, 0, 'not before 90 days');
      assert.ok((early.ended_sessions ?? 0) >= 1, 'the sessions that ended on the first day');
      assert.equal(early.old_idempotency_keys, 1, 'the key of the submission, older than 24 hours');
      assert.deepEqual(await t.database.db.selectFrom('idempotency_key').select('key').execute(), []);

      t.clock.set('2027-02-23T10:00:01.000Z');
      const removed = await runHousekeeping({ db: t.database.db, clock: t.clock, log });
      assert.equal(removed.expired_drafts, 1);
      assert.equal(await exists(old.id), false);
      assert.equal(await exists(changedLater.id), true);
      assert.equal(await exists(sent.id), true);
      assert.equal(await exists(withdrawn.id), true);
      const history = await t.database.db
        .selectFrom('application_status_history')
        .select('id')
        .where('application_id', '=', old.id)
        .execute();
      assert.deepEqual(history, []);
      const audit = await t.database.db
        .selectFrom('audit_event')
        .select(['actor_type', 'actor_id', 'subject_person_id', 'object_type', 'object_id'])
        .where('action', '=', 'application.delete_expired_draft')
        .execute();
      assert.deepEqual(audit, [
        {
          actor_type: 'system',
          actor_id: null,
          subject_person_id: a.id,
          object_type: 'application',
          object_id: old.id,
        },
      ]);
      assert.ok(log.lines.some((line) => line.level === 'info' && line.message === 'housekeeping done'));
      a = await signIn(t, { personalIdentityCode: code });
      assert.equal((await call(t, a, 'GET', `${APPLICATIONS}/${old.id}`)).statusCode, 404);
    });

    test('two processes cleaning at once delete each expired draft once', async () => {
      t.clock.set('2030-01-01T10:00:00.000Z');
      const a = await signIn(t, { personalIdentityCode: code });
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1) ids.push((await createDraft(t, a)).json().id);
      t.clock.advance((DRAFT_RETENTION_DAYS + 1) * DAY);
      const counts = await Promise.all([
        deleteExpiredDrafts(t.database.db, t.clock.now()),
        deleteExpiredDrafts(t.database.db, t.clock.now()),
      ]);
      // The draft left by the previous test has expired by now too.
      assert.equal(counts[0] + counts[1], ids.length + 1);
      for (const id of ids) assert.equal(await exists(id), false);
      const audited = await auditEvents(t, { action: 'application.delete_expired_draft', objectId: ids });
      assert.equal(audited.length, ids.length);
    });
  });
}

describe('the housekeeping timer', () => {
  test('a failing task is logged and the other tasks still run', async () => {
    const log = captureLog();
    const database = await createTestDatabase('pglite');
    try {
      const result = await runHousekeeping({
        db: database.db,
        clock: new ManualClock('2026-11-25T10:00:00Z'),
        log,
        tasks: [
          {
            name: 'broken',
            run: async () => {
              throw new Error('disk on fire');
            },
          },
          { name: 'fine', run: async () => 3 },
        ],
      });
      assert.deepEqual(result, { fine: 3 });
      const failure = log.lines.find((line) => line.level === 'error');
      assert.equal(failure?.message, 'housekeeping task failed');
      assert.equal((failure?.details as { task?: string } | undefined)?.task, 'broken');
    } finally {
      await database.close();
    }
  });

  test('one timer runs every task; stop() waits for a run in progress', async () => {
    const database = await createTestDatabase('pglite');
    try {
      const ran: string[] = [];
      let release: () => void = () => {};
      const blocked = new Promise<void>((resolve) => {
        release = resolve;
      });
      let started: () => void = () => {};
      const running = new Promise<void>((resolve) => {
        started = resolve;
      });
      const housekeeping = startHousekeeping({
        db: database.db,
        clock: new ManualClock('2026-11-25T10:00:00Z'),
        log: captureLog(),
        intervalMs: 1,
        tasks: [
          {
            name: 'first',
            run: async () => {
              ran.push('first');
              started();
              await blocked;
              return 0;
            },
          },
          {
            name: 'second',
            run: async () => {
              ran.push('second');
              return 0;
            },
          },
        ],
      });
      await running;
      let stopped = false;
      const stopping = housekeeping.stop().then(() => {
        stopped = true;
      });
      await Promise.resolve();
      assert.equal(stopped, false, 'still waiting for the run');
      release();
      await stopping;
      assert.deepEqual(ran, ['first', 'second'], 'one run of every task, none overlapping');
    } finally {
      await database.close();
    }
  });
});
