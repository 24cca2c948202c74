import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PERSONAL_IDENTITY_CODE_MASK } from '@tuki/domain';
import { sql } from 'kysely';
import pino from 'pino';
import { loadConfig } from '../src/config/config.ts';
import { buildApp } from '../src/http/app.ts';
import { loggerOptions } from '../src/logging.ts';
import { seedDemoData } from '../src/seed/demo-data.ts';
import { ManualClock } from '../src/shared/clock.ts';
import { sessionCookieFrom } from './helpers/test-app.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

// A valid code that is not among the demo people, and its date part.
const CODE = '131052-308T';
const DATE_PART = '131052';

/** A pino destination that keeps every line. */
function captureStream() {
  const lines: string[] = [];
  return {
    lines,
    write(line: string) {
      lines.push(line);
    },
    records(): Record<string, unknown>[] {
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
  };
}

function assertNoCode(lines: string[]): void {
  for (const line of lines) {
    assert.ok(!line.toUpperCase().includes(CODE), `a log line contains the code: ${line}`);
    assert.ok(!line.includes(DATE_PART), `a log line contains the date part of the code: ${line}`);
  }
}

describe('loggerOptions', () => {
  const logTo = () => {
    const stream = captureStream();
    return { stream, logger: pino(loggerOptions('info'), stream) };
  };

  test('a personalIdentityCode key is masked whole, also when nested', () => {
    const { stream, logger } = logTo();
    logger.info(
      { personalIdentityCode: CODE, applicant: { spouse_hetu: 'anything', name: 'Matti' } },
      'application saved',
    );
    assert.equal(stream.lines.length, 1);
    assertNoCode(stream.lines);
    const [record] = stream.records();
    assert.equal(record?.personalIdentityCode, PERSONAL_IDENTITY_CODE_MASK);
    assert.deepEqual(record?.applicant, { spouse_hetu: PERSONAL_IDENTITY_CODE_MASK, name: 'Matti' });
    assert.equal(record?.msg, 'application saved');
    assert.equal(record?.level, 'info');
    assert.equal(record?.service, 'tuki');
  });

  test('codes in messages, format arguments and free-text fields are masked', () => {
    const { stream, logger } = logTo();
    logger.info(`looked up ${CODE}`);
    logger.warn({ note: `client ${CODE.toLowerCase()} called` }, 'person %s not found', CODE);
    assert.equal(stream.lines.length, 2);
    assertNoCode(stream.lines);
    const [first, second] = stream.records();
    assert.equal(first?.msg, `looked up ${PERSONAL_IDENTITY_CODE_MASK}`);
    assert.equal(second?.msg, `person ${PERSONAL_IDENTITY_CODE_MASK} not found`);
    assert.equal(second?.note, `client ${PERSONAL_IDENTITY_CODE_MASK} called`);
  });

  test('an error with a code in its message is logged masked', () => {
    const { stream, logger } = logTo();
    logger.error({ err: new Error(`no person ${CODE}`) }, 'lookup failed');
    assertNoCode(stream.lines);
    const err = stream.records()[0]?.err as { message?: string; stack?: string } | undefined;
    assert.equal(err?.message, `no person ${PERSONAL_IDENTITY_CODE_MASK}`);
    assert.match(String(err?.stack), /no person \*{6}-\*{4}/);
  });

  test('child logger bindings (such as the request id) are masked', () => {
    const { stream, logger } = logTo();
    logger.child({ reqId: CODE }).info('hello');
    assertNoCode(stream.lines);
    assert.equal(stream.records()[0]?.reqId, PERSONAL_IDENTITY_CODE_MASK);
  });

  test('request URLs are masked, percent-encoded codes too', () => {
    const { stream, logger } = logTo();
    const urls = [
      `/api/v1/audit-events?personalIdentityCode=${CODE}`,
      '/api/v1/audit-events?personalIdentityCode=131052%2D308T',
      '/api/v1/audit-events?personalIdentityCode=%31%33%31%30%35%32%2D%33%30%38%54',
      '/api/v1/audit-events?bad=%E0%A4%A&personalIdentityCode=131052%2D308T',
    ];
    for (const url of urls) logger.info({ req: { method: 'GET', url, id: 'r-1', ip: '10.0.0.1' } });
    assert.equal(stream.lines.length, urls.length);
    assertNoCode(stream.lines);
    for (const record of stream.records()) {
      const req = record.req as { url: string; id: string; method: string };
      assert.ok(req.url.includes(PERSONAL_IDENTITY_CODE_MASK), req.url);
      assert.equal(req.id, 'r-1');
      assert.equal(req.method, 'GET');
    }
  });

  test('below the level nothing is written', () => {
    const { stream, logger } = logTo();
    logger.debug({ personalIdentityCode: CODE }, 'debug');
    assert.deepEqual(stream.lines, []);
  });
});

describe('request logs of the application', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const stream = captureStream();
  let auditorCookie: string;

  before(async () => {
    database = await createTestDatabase('pglite');
    const clock = new ManualClock('2026-11-25T10:00:00Z');
    await seedDemoData(database.db, clock.now());
    app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'info', AUTH_MODE: 'dev' }),
      db: database.db,
      clock,
      ping: async () => {
        await sql`select 1`.execute(database.db);
      },
      logStream: stream,
    });
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/session/dev-login',
      payload: { username: 'auditor' },
    });
    assert.equal(login.statusCode, 200);
    auditorCookie = sessionCookieFrom(login.headers);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  /** The lines logged for one request (those that carry its id). */
  const linesOf = (requestId: string) =>
    stream.lines.filter((line) => (JSON.parse(line) as { reqId?: string }).reqId === requestId);

  test('the logs are JSON lines at info level that carry the request id', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'log-health-1' },
    });
    assert.equal(response.statusCode, 200);
    const lines = linesOf('log-health-1');
    assert.ok(lines.length >= 2, 'the incoming request and its completion are logged');
    const messages = lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
    assert.ok(messages.includes('incoming request'), messages.join());
    assert.ok(messages.includes('request completed'), messages.join());
  });

  test('a code in the query of listAuditEvents is not logged', async () => {
    const start = stream.lines.length;
    for (const [id, query] of [
      ['log-query-1', CODE],
      ['log-query-2', CODE.toLowerCase()],
      ['log-query-3', '131052%2D308T'],
    ] as const) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/audit-events?personalIdentityCode=${query}`,
        headers: { cookie: auditorCookie, 'x-request-id': id },
      });
      assert.equal(response.statusCode, 200, response.body);
      const lines = linesOf(id);
      assert.ok(lines.length >= 2, `no log lines for ${id}`);
      const incoming = lines
        .map((line) => JSON.parse(line) as { req?: { url: string } })
        .find((record) => record.req);
      assert.ok(incoming?.req?.url.includes(PERSONAL_IDENTITY_CODE_MASK), 'the URL is logged, masked');
    }
    assertNoCode(stream.lines.slice(start));
  });

  test('a code in the body of the development sign-in is not logged', async () => {
    const start = stream.lines.length;
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session/dev-login',
      headers: { 'x-request-id': 'log-body-1' },
      payload: { personalIdentityCode: CODE },
    });
    assert.equal(response.statusCode, 200, response.body);
    const invalid = await app.inject({
      method: 'POST',
      url: '/api/v1/session/dev-login',
      headers: { 'x-request-id': 'log-body-2', 'content-type': 'application/json' },
      payload: `{"personalIdentityCode": "${CODE}"`,
    });
    assert.equal(invalid.statusCode, 400);
    const wrongCheck = await app.inject({
      method: 'POST',
      url: '/api/v1/session/dev-login',
      headers: { 'x-request-id': 'log-body-3' },
      payload: { personalIdentityCode: '131052-308S' },
    });
    assert.equal(wrongCheck.statusCode, 400);
    for (const id of ['log-body-1', 'log-body-2', 'log-body-3']) assert.ok(linesOf(id).length >= 2, id);
    assertNoCode(stream.lines.slice(start));
  });

  test('the listing of a person that exists is not logged with the code', async () => {
    const start = stream.lines.length;
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/audit-events?personalIdentityCode=${CODE}`,
      headers: { cookie: auditorCookie, 'x-request-id': 'log-query-4' },
    });
    assert.equal(response.statusCode, 200);
    assert.ok(response.json().items.length >= 1, 'the sign-in above is listed');
    assert.ok(linesOf('log-query-4').length >= 2);
    assertNoCode(stream.lines.slice(start));
  });

  test('a code in an unknown path is not logged', async () => {
    const start = stream.lines.length;
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/persons/${CODE}?hetu=${CODE}`,
      headers: { 'x-request-id': 'log-404-1' },
    });
    assert.equal(response.statusCode, 404);
    const malformed = await app.inject({
      method: 'GET',
      url: '/api/v1/persons?x=%E0%A4%A&hetu=131052%2D308T',
      headers: { 'x-request-id': 'log-404-2' },
    });
    assert.equal(malformed.statusCode, 404);
    for (const id of ['log-404-1', 'log-404-2']) assert.ok(linesOf(id).length >= 2, id);
    assertNoCode(stream.lines.slice(start));
  });

  test('a code sent as the request id is not logged', async () => {
    const start = stream.lines.length;
    const response = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': CODE } });
    assert.equal(response.statusCode, 200);
    const lines = stream.lines.slice(start);
    assert.ok(
      lines.some((line) => line.includes('"url":"/healthz"')),
      'the request is logged',
    );
    const requestId = String(response.headers['x-request-id']);
    assert.match(requestId, /^[0-9a-f-]{36}$/, 'a code is not accepted as a request id');
    assert.ok(lines.some((line) => line.includes(`"reqId":"${requestId}"`)));
    assertNoCode(stream.lines.slice(start));
  });

  test('no line of any request above contains the code', () => {
    assert.ok(stream.lines.length > 20);
    assertNoCode(stream.lines);
  });
});
