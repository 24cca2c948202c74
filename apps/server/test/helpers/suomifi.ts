// Suomi.fi Messages in the tests: the local fake of the service on loopback (src/fakes/suomifi-messages-fake.ts,
// real HTTP) and clients of it on a test database, the fake and the clients on one clock that the test moves.
import { randomUUID } from 'node:crypto';
import type { TestContext } from 'node:test';
import { makePersonalIdentityCode } from '@tuki/domain';
import type { SuomifiMessagesConfig } from '../../src/config/config.ts';
import type { Db } from '../../src/db/database.ts';
import {
  type SuomifiFakeOptions,
  type SuomifiMessagesFake,
  startSuomifiMessagesFake,
} from '../../src/fakes/suomifi-messages-fake.ts';
import { ManualClock } from '../../src/shared/clock.ts';
import { type PostalAddress, SuomifiMessagesClient } from '../../src/suomifi/index.ts';

/** Fictitious recipients (individual numbers 900–999 are never given to real people). */
export const withMailbox = makePersonalIdentityCode('1985-03-14', 911);
export const withoutMailbox = makePersonalIdentityCode('1990-07-02', 912);

export const recipientAddress: PostalAddress = {
  name: 'Maija Meikäläinen',
  streetAddress: 'Mannerheimintie 1 A 2',
  zipCode: '00100',
  city: 'HELSINKI',
  countryCode: 'FI',
};

export const pdf = new TextEncoder().encode('%PDF-1.7\n% a letter\n%%EOF\n');

export interface SuomifiFixture {
  fake: SuomifiMessagesFake;
  config: SuomifiMessagesConfig;
  clock: ManualClock;
  /** A new client, as after a restart of the server: no token, the passwords read from the database. */
  client(): SuomifiMessagesClient;
}

/**
 * A fake of its own (closed when the test ends) with a username of its own, so tests on one database do not share
 * the stored password. With `printing`, the city's printing service is configured.
 */
export async function startSuomifiFixture(
  t: TestContext,
  db: Db,
  options: SuomifiFakeOptions & { printing?: boolean } = {},
): Promise<SuomifiFixture> {
  const clock = new ManualClock('2026-03-02T08:00:00Z');
  const fake = await startSuomifiMessagesFake({
    username: `tuki-${randomUUID().slice(0, 8)}`,
    password: 'first-password',
    mailbox: (id) => id === withMailbox,
    now: () => clock.now(),
    ...options,
  });
  t.after(() => fake.close());
  const config: SuomifiMessagesConfig = {
    url: fake.url,
    username: fake.username,
    initialPassword: 'first-password',
    serviceId: fake.serviceId,
    passwordRotationDays: 90,
    timeoutMs: 5_000,
    printingService: options.printing
      ? { email: 'print@example.fi', username: 'posti-user', password: 'posti-password' }
      : undefined,
    senderAddress: {
      name: 'Helsingin kaupunki',
      streetAddress: 'PL 6100',
      zipCode: '00099',
      city: 'HELSINGIN KAUPUNKI',
      countryCode: 'FI',
    },
  };
  return { fake, config, clock, client: () => new SuomifiMessagesClient({ db, config, clock }) };
}

/** How many times the fake was asked for this route ("POST /v1/token"). */
export function requestsTo(fake: SuomifiMessagesFake, route: string): number {
  return fake.requests.filter((request) => request === route).length;
}
