// Builds the application on a test database, as the server does, without a process of its own.
import { after, before } from 'node:test';
import { sql } from 'kysely';
import { type Config, loadConfig } from '../../src/config/config.ts';
import { buildApp } from '../../src/http/app.ts';
import type { AppContext } from '../../src/http/context.ts';
import { seedDemoData } from '../../src/seed/demo-data.ts';
import { type Clock, ManualClock } from '../../src/shared/clock.ts';
import { type Backend, createTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestApp {
  app: Awaited<ReturnType<typeof buildApp>>;
  database: TestDatabase;
  config: Config;
  clock: ManualClock;
  context: AppContext;
  close(): Promise<void>;
}

export async function createTestApp(
  backend: Backend,
  env: Record<string, string> = {},
  clock: Clock = new ManualClock('2026-11-25T10:00:00Z'),
): Promise<TestApp> {
  const database = await createTestDatabase(backend);
  const config = loadConfig({ LOG_LEVEL: 'silent', AUTH_MODE: 'dev', ...env });
  await seedDemoData(database.db, clock.now());
  const context: AppContext = {
    config,
    db: database.db,
    clock,
    ping: async () => {
      await sql`select 1`.execute(database.db);
    },
  };
  const app = await buildApp(context);
  await app.ready();
  return {
    app,
    database,
    config,
    clock: clock as ManualClock,
    context,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * An object that `make` builds before the suite's tests run. It is returned at once, empty, and filled in by the
 * hook, so the suite's hooks and tests registered after this call use it as if it had been built already.
 */
export function madeBefore<T extends object>(make: () => Promise<T>): T {
  const value = {} as T;
  before(async () => {
    Object.assign(value, await make());
  });
  return value;
}

/** The suite's application (see createTestApp): built before its tests, closed after them. */
export function useTestApp(backend: Backend, env: Record<string, string> = {}, clock?: Clock): TestApp {
  return closedAfter(madeBefore(() => createTestApp(backend, env, clock)));
}

/** Closes a suite's application after its tests, if it was built. */
export function closedAfter<T extends { close(): Promise<void> }>(testApp: T): T {
  after(async () => {
    if ('close' in testApp) await testApp.close();
  });
  return testApp;
}

/** Extracts the session cookie ("name=value") from a response's set-cookie headers. */
export function sessionCookieFrom(headers: Record<string, unknown>): string {
  const raw = headers['set-cookie'];
  const cookies = Array.isArray(raw) ? raw : [raw];
  for (const cookie of cookies) {
    if (typeof cookie === 'string' && /^(__Host-)?tuki_session=[^;]+/.test(cookie))
      return cookie.split(';')[0] ?? '';
  }
  throw new Error('no session cookie in the response');
}

/** Signs in through the development login and returns the cookie and CSRF token. */
export async function devSignIn(
  testApp: TestApp,
  body: { personalIdentityCode: string } | { username: string },
  /** The address the sign-in comes from (sign-ins are rate limited per address); loopback by default. */
  remoteAddress?: string,
): Promise<{ cookie: string; csrfToken: string; session: Record<string, unknown> }> {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/api/v1/session/dev-login',
    payload: body,
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  if (response.statusCode !== 200)
    throw new Error(`dev login failed: ${response.statusCode} ${response.body}`);
  const session = response.json();
  return { cookie: sessionCookieFrom(response.headers), csrfToken: session.csrfToken, session };
}
