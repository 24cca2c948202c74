// Fuzzing every operation of the OpenAPI document: requests made from each operation's own schemas (path, query,
// header parameters and body), mixed with hostile values (NUL and other control characters, lone surrogates, huge
// numbers, year 0, very long strings, wrong types, broken JSON), sent as the callers the operation allows (a
// citizen, each staff role, an API client with every scope, nobody). Whatever is sent: no 5xx, every 4xx is
// problem+json, and no body shows a stack trace or SQL.
//
// Seed: FUZZ_SEED, else fixed in CI (CI set), else random; always printed, so a failure is repeated with
// FUZZ_SEED=<seed>. FUZZ_RUNS sets the requests per operation (default 40 on PGlite, 15 on PostgreSQL), FUZZ_ONLY
// a comma-separated list of operationIds to fuzz, FUZZ_VERBOSE=1 prints the statuses of each operation.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { apiScopes } from '../src/http/access.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { createApiClientAndToken } from './helpers/api-client.ts';
import { type Caller, signIn } from './helpers/applications.ts';
import { MULTIPART_TYPE, multipartBody, pdfFile } from './helpers/attachments.ts';
import { sendApplication } from './helpers/cases.ts';
import { createTestApp, devSignIn, type TestApp } from './helpers/test-app.ts';
import { type Backend, databaseBackends } from './helpers/test-database.ts';

type Json = Record<string, unknown>;

const FIXED_SEED = 20261207;
const seed = process.env.FUZZ_SEED
  ? Number(process.env.FUZZ_SEED)
  : process.env.CI
    ? FIXED_SEED
    : Math.floor(Math.random() * 2 ** 31);
const runsFor = (backend: Backend) => Number(process.env.FUZZ_RUNS ?? (backend === 'pglite' ? 40 : 15));

/** Strings that broke or could break a server: control characters, broken Unicode, odd dates and numbers. */
const hostileStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002',
  '\u001b[31m',
  '\u0008',
  '\ud800',
  'x\udfff',
  'A\u0308',
  '\u202e',
  '😀',
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '9999-12-31',
  '9999-12-31T23:59:59Z',
  '1899-12-31',
  '-000001-01-01',
  '2024-02-30',
  '0000-00',
  '0000-01',
  '2011-12',
  '9999-12',
  '2026-13',
  '1e309',
  '-1',
  '99999999999999999999999',
  'NaN',
  "'; drop table person; --",
  '%',
  '_',
  '\\',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'x'.repeat(5000),
  'ä'.repeat(300),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'null',
  'true',
  '[]',
  '{}',
];
const hostileNumbers = [0, -1, 1.5, -0.5, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, Number.MAX_SAFE_INTEGER];
const wrongTypes: unknown[] = [null, true, false, [], {}, 0, 'text', [null], { a: '\u0000' }];

const hostileString = fc.constantFrom(...hostileStrings);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(...hostileNumbers),
  fc.constantFrom(...wrongTypes),
);
/** A control character or a lone surrogate, alone or inside other text. */
const controlText = fc
  .tuple(
    fc.string({ maxLength: 4 }),
    fc.constantFrom('\u0000', '\u0001', '\u0007', '\u001b', '\u001f', '\ud800'),
  )
  .map(([text, bad]) => `${bad}${text}`);
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: hostileString },
);

/** Ids and ETags seen in responses, so that path parameters often name things that exist. */
class Pool {
  readonly byName = new Map<string, Set<string>>();
  readonly all = new Set<string>();
  readonly etags = new Set<string>();
  readonly excluded = new Set<string>();

  add(name: string, value: string) {
    if (this.excluded.has(value)) return;
    const values = this.byName.get(name) ?? new Set<string>();
    this.byName.set(name, values);
    if (values.size < 200) values.add(value);
    if (this.all.size < 1000) this.all.add(value);
  }

  harvest(value: unknown, key = '', depth = 0) {
    if (depth > 12) return;
    if (typeof value === 'string') {
      if (UUID.test(value) || key === 'version' || key === 'referenceNumber') this.add(key, value);
    } else if (Array.isArray(value)) {
      for (const item of value.slice(0, 50)) this.harvest(item, key, depth + 1);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) this.harvest(v, k, depth + 1);
    }
  }

  /** A value for a parameter named `name`: one seen under that name (or `id`), or any seen id. */
  pick(name: string, random: number): string | undefined {
    const named = [...(this.byName.get(name) ?? []), ...(this.byName.get('id') ?? [])];
    const from = named.length > 0 && random < 0.7 ? named : [...this.all];
    return from.length > 0 ? from[Math.floor(random * 1000) % from.length] : undefined;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class SchemaArbitraries {
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();
  private readonly components: Record<string, Json>;
  constructor(components: Record<string, Json>) {
    this.components = components;
  }

  /** An arbitrary of values of `schema`, one in ten nodes replaced by a hostile value. */
  /**
   * An arbitrary of values of `schema`. Noisy: one in ten nodes is replaced by a hostile value, required fields
   * are sometimes missing and unknown ones added. Not noisy: the shape is the schema's, and only strings carry
   * the hostile texts (so that a control character reaches a handler that accepts everything else).
   */
  of(schema: Json | undefined, noisy: boolean, depth = 0): fc.Arbitrary<unknown> {
    const valid = this.valid(schema ?? {}, noisy, depth);
    return noisy ? fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: hostileValue }) : valid;
  }

  private valid(schema: Json, noisy: boolean, depth: number): fc.Arbitrary<unknown> {
    const ref = schema.$ref as string | undefined;
    if (ref) {
      const name = ref.replace('#/components/schemas/', '');
      // Recursive schemas (the GDPR tree) stop at a depth.
      if (depth > 6) return fc.constant({});
      const key = `${name}@${depth}@${noisy}`;
      const cached = this.cache.get(key);
      if (cached) return cached;
      const arbitrary = this.valid(this.components[name] ?? {}, noisy, depth + 1);
      this.cache.set(key, arbitrary);
      return arbitrary;
    }
    if ('const' in schema) return fc.constant(schema.const);
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
    for (const key of ['anyOf', 'oneOf'] as const) {
      const options = schema[key] as Json[] | undefined;
      if (options && options.length > 0)
        return fc.oneof(...options.map((option) => this.of(option, noisy, depth + 1)));
    }
    if (Array.isArray(schema.allOf) && schema.allOf.length > 0)
      return this.valid(schema.allOf[0] as Json, noisy, depth + 1);
    const type = schema.type;
    if (Array.isArray(type)) {
      return fc.oneof(...type.map((one) => this.valid({ ...schema, type: one }, noisy, depth)));
    }
    switch (type) {
      case 'string':
        return this.string(schema);
      case 'integer':
      case 'number': {
        const min = typeof schema.minimum === 'number' ? schema.minimum : -1_000_000;
        const max = typeof schema.maximum === 'number' ? schema.maximum : 1_000_000_000;
        const integer = fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) });
        return type === 'integer'
          ? integer
          : fc.oneof(integer, fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
      }
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        const maxLength = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 4, 4);
        const minLength = Math.min(typeof schema.minItems === 'number' ? schema.minItems : 0, maxLength);
        return fc.array(this.of(schema.items as Json, noisy, depth + 1), { minLength, maxLength });
      }
      default: {
        const properties = (schema.properties ?? {}) as Record<string, Json>;
        const names = Object.keys(properties);
        if (names.length === 0) {
          if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
            return fc.dictionary(
              fc.string({ maxLength: 8 }),
              this.of(schema.additionalProperties as Json, noisy, depth + 1),
              { maxKeys: 3 },
            );
          }
          return type === 'object' || !noisy ? fc.constant({}) : hostileValue;
        }
        const required = new Set((schema.required ?? []) as string[]);
        const record = Object.fromEntries(
          names.map((name) => [name, this.of(properties[name], noisy, depth + 1)]),
        );
        // Usually every required field; sometimes one is missing, sometimes an unknown one is added.
        const body = fc.record(record, {
          requiredKeys: names.filter((name) => required.has(name)),
        });
        if (!noisy) return body;
        return fc.oneof(
          { weight: 8, arbitrary: body },
          { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }) },
          {
            weight: 1,
            arbitrary: fc
              .tuple(body, fc.string({ maxLength: 6 }), hostileValue)
              .map(([value, key, extra]) => ({ ...(value as Json), [key]: extra })),
          },
        );
      }
    }
  }

  private string(schema: Json): fc.Arbitrary<unknown> {
    const maxLength = typeof schema.maxLength === 'number' ? Math.min(schema.maxLength, 40) : 40;
    const format = schema.format as string | undefined;
    const options: fc.Arbitrary<string>[] = [];
    const edgeDates = ['0000-01-01', '0001-01-01', '1899-12-31', '1900-01-01', '9999-12-31', '2024-02-29'];
    if (format === 'uuid') options.push(fc.uuid());
    else if (format === 'date')
      options.push(
        fc.constantFrom(...edgeDates),
        fc.constantFrom(...edgeDates).map((date) => `${date}T00:00:00Z`),
      );
    else if (format === 'date-time')
      options.push(fc.constantFrom(...edgeDates).map((date) => `${date}T00:00:00Z`));
    if (format === 'date')
      options.push(
        fc
          .date({ min: new Date('1850-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      );
    if (format === 'date-time')
      options.push(
        fc
          .date({ min: new Date('1850-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
      );
    if (format === 'email') options.push(fc.emailAddress());
    else if (format === 'uri') options.push(fc.webUrl(), fc.constant('http://127.0.0.1:1/hook'));
    else if (typeof schema.pattern === 'string') {
      try {
        options.push(fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= 200));
      } catch {
        // A pattern fast-check cannot generate from: plain strings only.
      }
    }
    options.push(fc.string({ maxLength }));
    const valid = fc.oneof(...options);
    return fc.oneof(
      { weight: 30, arbitrary: valid },
      { weight: 3, arbitrary: fc.tuple(valid, controlText).map(([text, bad]) => `${text}${bad}`) },
      { weight: 2, arbitrary: anyText },
    );
  }
}

interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: { name: string; in: string; required?: boolean; schema?: Json }[];
  bodyType: string | undefined;
  bodySchema: Json | undefined;
}

function operationsOf(document: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
    for (const [method, operation] of Object.entries(methods)) {
      const content = (operation.requestBody as Json | undefined)?.content as
        | Record<string, Json>
        | undefined;
      const bodyType = content ? Object.keys(content)[0] : undefined;
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: String(operation.operationId),
        parameters: (operation.parameters ?? []) as Operation['parameters'],
        bodyType,
        bodySchema: bodyType ? (content?.[bodyType]?.schema as Json) : undefined,
      });
    }
  }
  return operations;
}

interface FuzzCaller {
  name: string;
  headers: Record<string, string>;
  /** How the caller signs in: logout is sent with a fresh session of the same person, so this one lives on. */
  signIn?: { personalIdentityCode: string } | { username: string };
}

interface GeneratedRequest {
  caller: FuzzCaller;
  path: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  body: unknown;
  rawBody: string | undefined;
  random: number;
}

/** What a response must not contain: a stack frame, a source location, SQL or a database's complaint. */
const LEAKS = [
  /\n\s+at /,
  /\bat [\w.<>]+ \(/,
  /\.ts:\d+/,
  /\bSELECT\b/,
  /\bINSERT\b/,
  /syntax error/i,
  /violates/i,
];

function violations(response: LightMyRequestResponse): string[] {
  const found: string[] = [];
  if (response.statusCode >= 500) found.push(`status ${response.statusCode}`);
  const type = String(response.headers['content-type'] ?? '');
  if (
    response.statusCode >= 400 &&
    response.statusCode < 500 &&
    !type.startsWith('application/problem+json')
  ) {
    // OAuth's token endpoint answers errors as RFC 6749 says (application/json with `error`).
    const oauth = type.startsWith('application/json') && /"error"\s*:/.test(response.body);
    if (!oauth) found.push(`${response.statusCode} is ${type || 'without a content type'}`);
  }
  if (
    type.startsWith('application/json') ||
    type.startsWith('application/problem+json') ||
    type.startsWith('text/')
  ) {
    for (const leak of LEAKS) if (leak.test(response.body)) found.push(`body matches ${leak}`);
  }
  return found;
}

for (const backend of databaseBackends) {
  describe(`fuzzing every operation (${backend})`, () => {
    let t: TestApp;
    let filesDir: string;
    let operations: Operation[];
    let arbitraries: SchemaArbitraries;
    const pool = new Pool();
    const callers: FuzzCaller[] = [];
    const allowed = new Map<string, FuzzCaller[]>();
    const statuses = new Map<number, number>();
    const byOperation = new Map<string, Map<number, number>>();
    const failures: string[] = [];
    let requests = 0;

    function urlOf(operation: Operation, request: GeneratedRequest): string {
      // Now and then a raw segment no encoder makes: a NUL, a UTF-8 surrogate, an overlong slash, a lone '%'.
      const raw = ['%00', '%ED%A0%80', '%C0%AF', '%', '..%2F..%2F', '%FF'];
      let url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
        request.random < 0.03
          ? (raw[Math.floor(request.random * 1000) % raw.length] ?? '%00')
          : encodeURIComponent(String(request.path[name] ?? '').toWellFormed()),
      );
      const query = new URLSearchParams();
      for (const [name, value] of Object.entries(request.query)) {
        if (value === undefined) continue;
        if (Array.isArray(value)) for (const item of value) query.append(name, String(item));
        else query.append(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
      }
      const search = query.toString();
      if (search) url += `?${search}`;
      return url;
    }

    let freshSignIns = 0;
    async function send(operation: Operation, request: GeneratedRequest): Promise<LightMyRequestResponse> {
      let headers: Record<string, string> = { ...request.caller.headers };
      if (operation.operationId === 'logout' && request.caller.signIn) {
        // A fresh session for each logout, from addresses of their own so that these sign-ins do not meet the
        // sign-in rate limit that the fuzzed devLogin requests fill from loopback.
        freshSignIns += 1;
        const address = `198.51.100.${(freshSignIns % 250) + 1}`;
        const fresh = await devSignIn(t, request.caller.signIn, address);
        headers = { cookie: fresh.cookie, 'x-csrf-token': fresh.csrfToken };
      }
      for (const [name, value] of Object.entries(request.headers)) {
        // Header values a client could send at all: printable, without line breaks.
        if (value !== undefined)
          headers[name] = String(value)
            .replace(/[^\x20-\x7e]/g, '')
            .slice(0, 500);
      }
      if (
        request.random < 0.5 &&
        pool.etags.size > 0 &&
        operation.parameters.some((p) => p.name === 'if-match')
      )
        headers['if-match'] = [...pool.etags][Math.floor(request.random * 1000) % pool.etags.size] ?? '';
      let payload: string | Buffer | undefined;
      if (operation.bodyType === 'multipart/form-data') {
        const fields = request.body && typeof request.body === 'object' ? (request.body as Json) : {};
        headers['content-type'] = MULTIPART_TYPE;
        payload = multipartBody([['category', String(fields.category ?? 'other').slice(0, 100)]], {
          name: String(fields.file ?? 'a.pdf').replace(/["\r\n]/g, ''),
          content: request.random < 0.5 ? pdfFile() : Buffer.from(String(fields.file ?? '')),
        });
      } else if (operation.bodyType === 'application/x-www-form-urlencoded') {
        headers['content-type'] = operation.bodyType;
        const fields = request.body && typeof request.body === 'object' ? (request.body as Json) : {};
        payload = new URLSearchParams(
          Object.entries(fields).map(([key, value]): [string, string] => [
            key,
            typeof value === 'string' ? value : String(JSON.stringify(value)),
          ]),
        ).toString();
      } else if (operation.bodyType) {
        headers['content-type'] = 'application/json';
        payload = request.rawBody ?? JSON.stringify(request.body ?? null);
      }
      const response = await t.app.inject({
        method: operation.method as 'GET',
        url: urlOf(operation, request),
        headers,
        ...(payload !== undefined ? { payload } : {}),
      });
      requests += 1;
      if (process.env.FUZZ_VERBOSE === '2' && response.statusCode === 400)
        console.log(`  400 ${operation.operationId}: ${response.body.slice(0, 300)}`);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      const counts = byOperation.get(operation.operationId) ?? new Map<number, number>();
      byOperation.set(operation.operationId, counts);
      counts.set(response.statusCode, (counts.get(response.statusCode) ?? 0) + 1);
      const type = String(response.headers['content-type'] ?? '');
      if (response.statusCode < 300 && type.includes('json')) {
        try {
          pool.harvest(response.json());
        } catch {
          // Not JSON after all: nothing to learn from it.
        }
      }
      const etag = response.headers.etag;
      if (typeof etag === 'string' && pool.etags.size < 100) pool.etags.add(etag);
      return response;
    }

    function requestArbitrary(operation: Operation, who: FuzzCaller[]): fc.Arbitrary<GeneratedRequest> {
      const parameters = (place: string) => operation.parameters.filter((p) => p.in === place);
      const group = (place: string) =>
        fc.record(
          Object.fromEntries(parameters(place).map((p) => [p.name, arbitraries.of(p.schema, true)])),
          {
            requiredKeys: parameters(place)
              .filter((p) => p.required && place === 'path')
              .map((p) => p.name),
          },
        );
      const rawBodies = fc.constantFrom(
        '{"content":',
        'null',
        '[]',
        '"\\u0000"',
        '{"a":"\\ud800"}',
        '{"__proto__":{"x":1}}',
      );
      return fc
        .record({
          caller: fc.oneof(
            { weight: 19, arbitrary: fc.constantFrom(...who) },
            { weight: 1, arbitrary: fc.constantFrom(...callers) },
          ),
          path: group('path'),
          query: group('query'),
          headers: group('header'),
          body: fc.oneof(
            arbitraries.of(operation.bodySchema, false),
            arbitraries.of(operation.bodySchema, true),
          ),
          rawBody: fc.oneof(
            { weight: 19, arbitrary: fc.constant(undefined) },
            { weight: 1, arbitrary: rawBodies },
          ),
          random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
          fromPool: fc.boolean(),
        })
        .map(({ fromPool, ...request }) => {
          const path: Record<string, string> = {};
          for (const parameter of parameters('path')) {
            const pooled = fromPool ? pool.pick(parameter.name, request.random) : undefined;
            path[parameter.name] = pooled ?? String(request.path[parameter.name] ?? '');
          }
          return { ...request, path };
        });
    }

    before(async () => {
      filesDir = await mkdtemp(join(tmpdir(), 'tuki-fuzz-'));
      t = await createTestApp(backend, { FILES_DIR: filesDir });
      const document = t.app.swagger() as unknown as Json;
      operations = operationsOf(document);
      arbitraries = new SchemaArbitraries(
        ((document.components as Json).schemas ?? {}) as Record<string, Json>,
      );
      const [citizen] = demoCitizens;
      if (!citizen) throw new Error('no demo citizen');
      const browser = (caller: Caller, name: string, body: FuzzCaller['signIn']): FuzzCaller => ({
        name,
        headers: { cookie: caller.cookie, 'x-csrf-token': caller.csrfToken },
        signIn: body,
      });
      const citizenBody = { personalIdentityCode: citizen.personalIdentityCode };
      const citizenCaller = await signIn(t, citizenBody);
      callers.push(browser(citizenCaller, 'citizen', citizenBody));
      pool.excluded.add(citizenCaller.id);
      for (const role of [
        'handler',
        'social_worker',
        'supervisor',
        'admin',
        'auditor',
        'payer',
        'archivist',
      ]) {
        const staff = await signIn(t, { username: role });
        pool.excluded.add(staff.id);
        callers.push(browser(staff, role, { username: role }));
      }
      const client = await createApiClientAndToken(t, apiScopes);
      pool.excluded.add(client.clientId);
      callers.push({ name: 'api client', headers: { authorization: client.authorization } });
      callers.push({ name: 'nobody', headers: {} });
      // Something to find: a sent application and a draft of the citizen.
      pool.add('applicationId', await sendApplication(t, citizenCaller));
      // Who gets past each operation's access rule (anyone who is not answered 401 or 403).
      for (const operation of operations) {
        const through: FuzzCaller[] = [];
        for (const caller of callers) {
          const response = await send(operation, {
            caller,
            path: Object.fromEntries(
              operation.parameters
                .filter((p) => p.in === 'path')
                .map((p) => [p.name, pool.pick(p.name, 0.1) ?? 'x']),
            ),
            query: {},
            headers: {},
            body: {},
            rawBody: undefined,
            random: 0.9,
          });
          if (response.statusCode !== 401 && response.statusCode !== 403) through.push(caller);
          for (const problem of violations(response))
            failures.push(`${operation.operationId} (probe ${caller.name}): ${problem}`);
        }
        allowed.set(operation.operationId, through.length > 0 ? through : callers);
      }
    });

    after(async () => {
      await t.close();
      await rm(filesDir, { recursive: true, force: true });
    });

    test('no input makes an operation answer 5xx, a 4xx other than problem+json, or a stack trace or SQL', async () => {
      const runs = runsFor(backend);
      console.log(
        `fuzz (${backend}): seed ${seed} (repeat with FUZZ_SEED=${seed}), ${runs} runs per operation`,
      );
      // The operations that end the caller's session or credentials run last, so the others keep their callers.
      const last = new Set([
        'logout',
        'updateApiClient',
        'rotateApiClientSecret',
        'rotateSigningKey',
        'updateStaffUser',
      ]);
      const ordered = [
        ...operations.filter((o) => !last.has(o.operationId)),
        ...operations.filter((o) => last.has(o.operationId)),
      ];
      const only = process.env.FUZZ_ONLY?.split(',');
      for (const [index, operation] of ordered.entries()) {
        if (only && !only.includes(operation.operationId)) continue;
        const who = allowed.get(operation.operationId) ?? callers;
        const result = await fc.check(
          fc.asyncProperty(requestArbitrary(operation, who), async (request) => {
            const response = await send(operation, request);
            const found = violations(response);
            if (found.length > 0) {
              throw new Error(
                `${found.join('; ')} as ${request.caller.name}: ${response.body.slice(0, 500)}`,
              );
            }
          }),
          { seed: seed + index, numRuns: runs, endOnFailure: true },
        );
        if (result.failed) {
          failures.push(
            `${operation.operationId}: ${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance)}\n  request: ${JSON.stringify(result.counterexample?.[0])?.slice(0, 1500)}`,
          );
        }
      }
      const histogram = [...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}: ${n}`);
      const fiveHundreds = [...statuses.entries()]
        .filter(([status]) => status >= 500)
        .reduce((n, [, c]) => n + c, 0);
      console.log(
        `fuzz (${backend}): ${requests} requests over ${operations.length} operations, ${fiveHundreds} 5xx; statuses ${histogram.join(', ')}`,
      );
      if (process.env.FUZZ_VERBOSE) {
        for (const [id, counts] of byOperation) {
          console.log(`  ${id}: ${[...counts.entries()].map(([status, n]) => `${status}×${n}`).join(' ')}`);
        }
      }
      assert.deepEqual(failures, [], `seed ${seed}:\n${failures.join('\n')}`);
    });
  });
}
