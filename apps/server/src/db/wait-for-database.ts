// A start while PostgreSQL is not there yet (the database server restarts, or both start together after a power
// cut): instead of exiting at once, the start waits for the server to answer, with a growing pause between tries,
// up to DATABASE_START_WAIT_SECONDS. Errors that are not "unavailable" (a wrong password, a missing database) end
// the wait at once, as no waiting mends them.
import { sql } from 'kysely';
import type { DatabaseHandle, Db } from './database.ts';
import { isDatabaseUnavailable, unavailableSummary } from './unavailable.ts';

export interface StartWaitLog {
  warn(message: string): void;
  info(message: string): void;
}

/** Asks the database for the smallest answer: it throws when the database does not answer. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 5_000;

export async function waitForDatabase(
  database: DatabaseHandle,
  waitSeconds: number,
  log: StartWaitLog,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  if (database.kind !== 'postgres') return;
  const deadline = Date.now() + waitSeconds * 1000;
  let pause = FIRST_PAUSE_MS;
  let waited = false;
  for (;;) {
    try {
      await pingDatabase(database.db);
      if (waited) log.info('the database answers: starting');
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + pause > deadline) throw error;
      if (!waited) {
        const { code, message } = unavailableSummary(error);
        log.warn(
          `the database does not answer yet (${code ?? message}): waiting up to ${waitSeconds} s for it to start`,
        );
        waited = true;
      }
      await sleep(pause);
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    }
  }
}
