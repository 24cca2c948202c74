// The generic Idempotency-Key store (shared/idempotency.ts), against both databases.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { problemOf } from '../src/http/errors.ts';
import { InvalidInput, Unprocessable } from '../src/shared/errors.ts';
import {
  deleteOldIdempotencyKeys,
  IDEMPOTENCY_KEY_TTL_MS,
  type IdempotencyScope,
  requestHash,
  runIdempotent,
} from '../src/shared/idempotency.ts';
import { createTestDatabase, databaseBackends, type TestDatabase } from './helpers/test-database.ts';

const NOW = new Date('2026-11-25T10:00:00Z');

describe('request hash', () => {
  test('the same request hashes the same whatever the order of keys; a different one differently', () => {
    assert.equal(
      requestHash({ a: 1, b: { c: [1, 2], d: 'x' } }),
      requestHash({ b: { d: 'x', c: [1, 2] }, a: 1 }),
    );
    assert.notEqual(requestHash({ a: 1 }), requestHash({ a: 2 }));
    assert.notEqual(requestHash({ c: [1, 2] }), requestHash({ c: [2, 1] }));
    assert.equal(requestHash({ a: 1, b: undefined }), requestHash({ a: 1 }));
  });
});

for (const backend of databaseBackends) {
  describe(`idempotency keys (${backend})`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(backend);
    });
    after(() => database.close());

    let counter = 0;
    /** An operation that counts its runs and answers 201 with the run number. */
    const work = async () => {
      counter += 1;
      return { statusCode: 201, body: { run: counter }, headers: { etag: `"v${counter}"` } };
    };
    const scope = (key: string | undefined, request: unknown = { body: 1 }): IdempotencyScope => ({
      actorId: 'person:1',
      operation: 'sendMessage',
      key,
      request,
    });

    test('without a key the operation simply runs each time', async () => {
      const first = await runIdempotent(database.db, scope(undefined), NOW, work);
      const second = await runIdempotent(database.db, scope(undefined), NOW, work);
      assert.notDeepEqual(first.body, second.body);
      assert.equal(first.replayed, false);
    });

    test('a retry with the same key returns the stored status, body and headers; the work runs once', async () => {
      const before = counter;
      const replays: string[] = [];
      const onReplay = async () => {
        replays.push('replay');
      };
      const first = await runIdempotent(database.db, scope('k1'), NOW, work, onReplay);
      const second = await runIdempotent(database.db, scope('k1'), NOW, work, onReplay);
      assert.equal(counter, before + 1);
      assert.deepEqual(
        { statusCode: second.statusCode, body: second.body, headers: second.headers },
        { statusCode: first.statusCode, body: first.body, headers: first.headers },
      );
      assert.equal(second.statusCode, 201);
      assert.equal(second.replayed, true);
      assert.deepEqual(replays, ['replay']);
    });

    test('the same key with another request is 422 and runs nothing', async () => {
      await runIdempotent(database.db, scope('k2', { body: 'a' }), NOW, work);
      const before = counter;
      await assert.rejects(
        runIdempotent(database.db, scope('k2', { body: 'b' }), NOW, work),
        (error: unknown) => error instanceof Unprocessable && problemOf(error).status === 422,
      );
      assert.equal(counter, before);
    });

    test('keys are separate per actor and per operation', async () => {
      const before = counter;
      await runIdempotent(database.db, scope('k3'), NOW, work);
      await runIdempotent(database.db, { ...scope('k3'), actorId: 'person:2' }, NOW, work);
      await runIdempotent(database.db, { ...scope('k3'), operation: 'submitApplication' }, NOW, work);
      assert.equal(counter, before + 3);
    });

    test('a failed run stores nothing: its changes roll back and a retry runs again', async () => {
      const failing = async (trx: typeof database.db) => {
        await trx
          .insertInto('idempotency_key')
          .values({
            actor_id: 'witness',
            operation: 'x',
            key: 'k4',
            request_hash: 'h',
            status_code: 200,
            response: '{}',
            created_at: NOW,
          })
          .execute();
        throw new InvalidInput('refused');
      };
      await assert.rejects(runIdempotent(database.db, scope('k4'), NOW, failing));
      const witness = await database.db
        .selectFrom('idempotency_key')
        .select('key')
        .where('actor_id', '=', 'witness')
        .execute();
      assert.deepEqual(witness, [], 'rolled back with the failure');
      const retry = await runIdempotent(database.db, scope('k4'), NOW, work);
      assert.equal(retry.replayed, false);
    });

    test('concurrent requests with the same key: one runs, the other gets its answer', async () => {
      const before = counter;
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const slow = async () => {
        await gate;
        return work();
      };
      const first = runIdempotent(database.db, scope('k5'), NOW, slow);
      const second = runIdempotent(database.db, scope('k5'), NOW, slow);
      release();
      const results = await Promise.all([first, second]);
      assert.equal(counter, before + 1);
      assert.deepEqual(results[0].body, results[1].body);
      assert.deepEqual(results.map((result) => result.replayed).sort(), [false, true]);
    });

    test('after 24 hours a key is forgotten, and housekeeping deletes it', async () => {
      await runIdempotent(database.db, scope('k6'), NOW, work);
      const later = new Date(NOW.getTime() + IDEMPOTENCY_KEY_TTL_MS - 1);
      assert.equal((await runIdempotent(database.db, scope('k6'), later, work)).replayed, true);
      const dayLater = new Date(NOW.getTime() + IDEMPOTENCY_KEY_TTL_MS + 1);
      const rerun = await runIdempotent(database.db, scope('k6', { body: 'new' }), dayLater, work);
      assert.equal(rerun.replayed, false, 'a forgotten key may be used for a new request');
      const deleted = await deleteOldIdempotencyKeys(database.db, dayLater);
      assert.ok(deleted >= 1);
      const left = await database.db.selectFrom('idempotency_key').select(['key', 'created_at']).execute();
      assert.ok(left.every((row) => row.created_at.getTime() >= NOW.getTime() + 1));
      assert.ok(
        left.some((row) => row.key === 'k6'),
        'the new use of k6 stays',
      );
    });
  });
}
