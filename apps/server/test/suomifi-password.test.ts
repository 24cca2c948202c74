// The Suomi.fi Messages password, rotated by the client and kept in the database (suomifi_credential): rotated when
// due, used after a restart, and never lost when a rotation is cut off, whether the service changed the password
// (its answer lost) or not.
import assert from 'node:assert/strict';
import { after, before, describe, type TestContext, test } from 'node:test';
import type { Db } from '../src/db/database.ts';
import type { PasswordChangeFailure } from '../src/fakes/suomifi-messages-fake.ts';
import { runHousekeeping } from '../src/jobs/housekeeping.ts';
import {
  type SuomifiMessagesClient,
  SuomifiUnavailable,
  suomifiPasswordRotationTask,
} from '../src/suomifi/index.ts';
import { startSuomifiFixture, withMailbox } from './helpers/suomifi.ts';
import { createTestDatabase, databaseBackends, type TestDatabase } from './helpers/test-database.ts';

const DAY_MS = 24 * 3_600_000;

async function storedPasswords(db: Db, username: string) {
  const row = await db
    .selectFrom('suomifi_credential')
    .select(['current_password', 'pending_password'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return { current: row.current_password, pending: row.pending_password };
}

/** The first start stores the configured password; its rotation is due 90 days later. */
async function firstStart(suomifi: SuomifiMessagesClient): Promise<void> {
  assert.equal(await suomifi.rotatePasswordIfDue(), 'not-due');
}

for (const backend of databaseBackends) {
  describe(`Suomi.fi Messages password rotation (${backend})`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(backend);
    });
    after(() => database.close());

    /** A fixture after its first start (the configured password stored), moved to when the rotation is due. */
    async function dueForRotation(t: TestContext) {
      const fixture = await startSuomifiFixture(t, database.db);
      await firstStart(fixture.client());
      fixture.clock.advance(90 * DAY_MS);
      return fixture;
    }

    /** A rotation that fails as `how` says; the fixture and the passwords stored after it. */
    async function cutRotation(t: TestContext, how: PasswordChangeFailure) {
      const fixture = await dueForRotation(t);
      fixture.fake.failNextPasswordChange(how);
      await assert.rejects(fixture.client().rotatePasswordIfDue(), SuomifiUnavailable);
      return { ...fixture, cut: await storedPasswords(database.db, fixture.fake.username) };
    }

    test('the password is changed when due, stored, and used after a restart', async (t) => {
      const { fake, clock, client } = await startSuomifiFixture(t, database.db);
      const suomifi = client();
      await firstStart(suomifi);
      assert.deepEqual(await storedPasswords(database.db, fake.username), {
        current: 'first-password',
        pending: null,
      });
      clock.advance(90 * DAY_MS);
      assert.equal(await suomifi.rotatePasswordIfDue(), 'rotated');
      const stored = await storedPasswords(database.db, fake.username);
      assert.notEqual(stored.current, 'first-password');
      assert.equal(stored.current, fake.password(), 'the service has the stored password');
      assert.equal(stored.pending, null);
      assert.ok(stored.current.length >= 32);
      assert.equal(await suomifi.rotatePasswordIfDue(), 'not-due', 'the next one is 90 days later');

      fake.expireTokens();
      assert.equal((await client().activeMailboxes([withMailbox])).size, 1, 'a restarted client signs in');
    });

    test('the hourly housekeeping rotates the password when it is due', async (t) => {
      const { fake, clock, client } = await dueForRotation(t);
      const options = {
        db: database.db,
        clock,
        log: { info: () => {}, warn: () => {}, error: () => {} },
        tasks: [suomifiPasswordRotationTask(client())],
      };
      assert.deepEqual(await runHousekeeping(options), { suomifi_password_rotation: 1 });
      assert.notEqual(fake.password(), 'first-password');
      assert.deepEqual(await runHousekeeping(options), { suomifi_password_rotation: 0 });
    });

    test('a rotation whose answer is lost keeps the new password pending; the next start takes it', async (t) => {
      const { fake, client, cut } = await cutRotation(t, 'after-change');
      assert.equal(cut.current, 'first-password', 'not confirmed, so not yet the current one');
      assert.equal(cut.pending, fake.password(), 'the password the service has now is kept');

      fake.expireTokens();
      const restarted = client();
      assert.equal((await restarted.activeMailboxes([withMailbox])).size, 1);
      assert.deepEqual(await storedPasswords(database.db, fake.username), {
        current: fake.password(),
        pending: null,
      });
      assert.equal(await restarted.rotatePasswordIfDue(), 'not-due');
    });

    test('a rotation the service never carried out leaves the current password working', async (t) => {
      const { fake, clock, client, cut } = await cutRotation(t, 'before-change');
      assert.equal(fake.password(), 'first-password');
      assert.equal(cut.current, 'first-password');
      assert.notEqual(cut.pending, null);

      const restarted = client();
      assert.equal(
        (await restarted.activeMailboxes([withMailbox])).size,
        1,
        'signed in with the current one',
      );
      assert.equal(await restarted.rotatePasswordIfDue(), 'busy', 'a rotation may still be under way');
      clock.advance(10 * 60_000);
      assert.equal(await restarted.rotatePasswordIfDue(), 'rotated', 'the stale one settled, then rotated');
      const stored = await storedPasswords(database.db, fake.username);
      assert.equal(stored.current, fake.password());
      assert.notEqual(stored.current, cut.pending);
      assert.equal(stored.pending, null);
    });

    test('when the service has the configured password again (reset), it becomes the stored one', async (t) => {
      const { fake, client } = await dueForRotation(t);
      assert.equal(await client().rotatePasswordIfDue(), 'rotated');
      // The service's operator resets the password to the one in the configuration.
      fake.resetPassword('first-password');
      fake.expireTokens();
      assert.equal((await client().activeMailboxes([withMailbox])).size, 1);
      assert.deepEqual(await storedPasswords(database.db, fake.username), {
        current: 'first-password',
        pending: null,
      });
    });
  });
}
