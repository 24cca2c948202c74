// The Suomi.fi Messages password: signing in with it, and changing it regularly (the service's maintenance
// instructions ask for a change at least yearly and recommend automating it).
//
// A rotation never loses the working password. It stores the new password as pending and commits, asks the service
// for the change, and makes the new password the current one only when the service has confirmed. When the
// rotation is cut off in between (a crash, an answer lost on the way), the service may have either password: a
// sign-in tries the current one, then the pending one, then the configured one (after an operator's reset), and
// keeps the first that works. A pending password older than any call could take (so not a rotation under way)
// that the service never took is dropped when the current one works.
import { randomBytes } from 'node:crypto';
import type { SuomifiMessagesConfig } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import type { WorkerLog } from '../outbox/worker.ts';
import type { Clock } from '../shared/clock.ts';
import { SuomifiAuthRefused, SuomifiRequestRefused } from './errors.ts';
import {
  claimRotation,
  dropPendingPassword,
  findOrCreateCredential,
  type SuomifiCredentialRow,
  setCurrentPassword,
} from './suomifi.repository.ts';

/** A pending password this old is no rotation under way (longer than the longest time limit of a call). */
export const PENDING_SETTLED_AFTER_MS = 10 * 60_000;

const DAY_MS = 24 * 3_600_000;

export interface SuomifiCredentialsOptions {
  db: Db;
  config: SuomifiMessagesConfig;
  clock: Clock;
  log: WorkerLog | undefined;
  /** A token for the password, or undefined when the service refuses it. */
  requestToken(password: string): Promise<string | undefined>;
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
}

export class SuomifiCredentials {
  readonly #options: SuomifiCredentialsOptions;

  constructor(options: SuomifiCredentialsOptions) {
    this.#options = options;
  }

  /** A token from the first password the service accepts; that password is stored as the current one. */
  async signIn(): Promise<string> {
    const { db, config, clock, log } = this.#options;
    const row = await this.#read();
    const candidates = new Set([row.current_password, row.pending_password, config.initialPassword]);
    for (const password of candidates) {
      if (password === null) continue;
      const token = await this.#options.requestToken(password);
      if (token === undefined) continue;
      if (password !== row.current_password) {
        await setCurrentPassword(db, config.username, password, clock.now());
        const which = password === row.pending_password ? 'the pending one' : 'the configured one';
        log?.warn(
          {},
          `Suomi.fi Messages refused the current password; ${which} works and is now the current one`,
        );
      } else if (row.pending_password !== null && this.#settled(row)) {
        await dropPendingPassword(db, config.username, row.pending_password);
        log?.warn(
          {},
          'Suomi.fi Messages never took the pending password of a rotation cut off; it is dropped',
        );
      }
      return token;
    }
    throw new SuomifiAuthRefused('Suomi.fi Messages refused the username with every password known for it.');
  }

  async rotateIfDue(): Promise<'rotated' | 'not-due' | 'busy'> {
    const { db, config, clock, log } = this.#options;
    let row = await this.#read();
    if (row.pending_password !== null) {
      if (!this.#settled(row)) return 'busy';
      // A rotation cut off: a sign-in finds out which password the service has.
      await this.signIn();
      row = await this.#read();
      if (row.pending_password !== null) return 'busy';
    }
    if (clock.now().getTime() < row.changed_at.getTime() + config.passwordRotationDays * DAY_MS)
      return 'not-due';
    const newPassword = generatePassword();
    if (!(await claimRotation(db, config.username, newPassword, clock.now()))) return 'busy';
    try {
      await this.#options.changePassword(row.current_password, newPassword);
    } catch (error) {
      // Refused outright: the service keeps the current password. Otherwise nobody knows yet (see above).
      if (error instanceof SuomifiRequestRefused) await dropPendingPassword(db, config.username, newPassword);
      throw error;
    }
    await setCurrentPassword(db, config.username, newPassword, clock.now());
    log?.info({}, 'Suomi.fi Messages password changed');
    return 'rotated';
  }

  #read(): Promise<SuomifiCredentialRow> {
    const { db, config, clock } = this.#options;
    return findOrCreateCredential(db, config.username, config.initialPassword, clock.now());
  }

  #settled(row: SuomifiCredentialRow): boolean {
    const since = row.pending_since?.getTime() ?? 0;
    return this.#options.clock.now().getTime() - since >= PENDING_SETTLED_AFTER_MS;
  }
}

/** 40 random characters, with an upper- and a lower-case letter, a digit and a sign whatever the random part is. */
function generatePassword(): string {
  return `Tk9-${randomBytes(27).toString('base64url')}`;
}
