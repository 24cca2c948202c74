// The one input policy (http/input-policy.ts): control characters and broken Unicode refused with 400 naming the
// field, every string (and key) of the body, query and path parameters normalised to NFC, on both databases.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import Fastify from 'fastify';
import { problemOf, registerErrorHandling } from '../src/http/errors.ts';
import {
  applyInputPolicy,
  type InputIssue,
  MAX_INPUT_DEPTH,
  MAX_NAMED_FIELDS,
  textRefusal,
} from '../src/http/input-policy.ts';
import { rulesProblem } from '../src/rules/calculation-service.ts';
import { demoCitizens } from '../src/seed/demo-data.ts';
import { APPLICATIONS, type Caller, call, createDraft, signIn } from './helpers/applications.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const DECOMPOSED = 'A\u0308ka\u0308'; // "Äkä" as letters with combining diaereses
const COMPOSED = '\u00c4k\u00e4';

describe('input policy (unit)', () => {
  test('refuses C0 controls except tab and line breaks, and lone surrogates', () => {
    for (const bad of ['a\u0000b', '\u0001', 'x\u0008', '\u000b', '\u000c', '\u001b[31m', '\u001f']) {
      assert.equal(textRefusal(bad), 'control_character', JSON.stringify(bad));
    }
    for (const bad of ['\ud800', 'a\udfffb', '\ud83d']) assert.equal(textRefusal(bad), 'ill_formed_text');
    for (const good of ['', 'tab\there', 'line\nbreak', 'crlf\r\n', 'Öhman 😀', '\u007f', '\u0085']) {
      assert.equal(textRefusal(good), undefined, JSON.stringify(good));
    }
  });

  test('normalises strings and keys to NFC in place and names every refused field', () => {
    const issues: InputIssue[] = [];
    const value = {
      name: DECOMPOSED,
      list: ['ok', 'bad\u0000', { [DECOMPOSED]: 'key' }],
      'k\u0000': 'refused key',
      n: 5,
      nothing: null,
    };
    const result = applyInputPolicy(value, issues) as Record<string, unknown>;
    assert.equal(result, value);
    assert.equal(result.name, COMPOSED);
    assert.deepEqual(result.list, ['ok', 'bad\u0000', { [COMPOSED]: 'key' }]);
    assert.deepEqual(issues, [
      { path: ['list', 1], code: 'control_character' },
      { path: ['k\u0000'], code: 'control_character' },
    ]);
    assert.equal(applyInputPolicy(DECOMPOSED, []), COMPOSED);
  });

  test('refuses nesting deeper than the limit instead of walking it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH + 5; i += 1) deep = [deep];
    const issues: InputIssue[] = [];
    applyInputPolicy(deep, issues);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.code, 'too_deep');
    assert.equal(issues[0]?.path.length, MAX_INPUT_DEPTH);
  });
});

describe('the nets behind the policy', () => {
  test('a data exception of the database (SQLSTATE class 22) is 400 problem+json, not 500', async () => {
    const app = Fastify({ logger: false });
    registerErrorHandling(app);
    app.get('/nul', async () => {
      throw Object.assign(new Error('unsupported Unicode escape sequence'), { code: '22P05' });
    });
    app.get('/year-zero', async () => {
      throw Object.assign(new Error('date/time field value out of range'), { code: '22008' });
    });
    app.get('/other', async () => {
      throw Object.assign(new Error('relation does not exist'), { code: '42P01' });
    });
    for (const url of ['/nul', '/year-zero']) {
      const response = await app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, 400, url);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      assert.doesNotMatch(response.body, /Unicode escape|out of range/);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/other' })).statusCode, 500);
    await app.close();
  });

  test('a RangeError of the rules engine is a 400 problem', () => {
    const input = { month: '0000-01' } as Parameters<typeof rulesProblem>[1];
    const refused = rulesProblem(new RangeError('Not a valid calendar date'), input, 'en');
    assert.equal(refused && problemOf(refused).status, 400);
    assert.equal(rulesProblem(new Error('a bug'), input, 'en'), undefined);
  });
});

for (const backend of databaseBackends) {
  describe(`input policy over HTTP (${backend})`, () => {
    const t = useTestApp(backend);
    let citizen: Caller;
    let handler: Caller;
    let draftId: string;

    before(async () => {
      const [matti] = demoCitizens;
      if (!matti) throw new Error('no demo citizen');
      citizen = await signIn(t, { personalIdentityCode: matti.personalIdentityCode });
      handler = await signIn(t, { username: 'handler' });
      draftId = (await createDraft(t, citizen)).json().id;
    });

    test('a NUL in draft content is 400 problem+json naming the field, in the asked language', async () => {
      const response = await call(t, citizen, 'PUT', `${APPLICATIONS}/${draftId}`, {
        payload: { content: { applicant: { occupation: 'opiskelija\u0000' } } },
        headers: { 'accept-language': 'sv' },
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      const body = response.json();
      assert.deepEqual(
        body.errors.map((error: { path: string; code: string }) => [error.path, error.code]),
        [['content.applicant.occupation', 'control_character']],
      );
      assert.match(body.errors[0].message, /styrtecken/);
    });

    test('a thousand refused fields are named in a short answer', async () => {
      const response = await call(t, citizen, 'PUT', `${APPLICATIONS}/${draftId}`, {
        payload: { content: { assets: Array.from({ length: 1000 }, () => ({ type: '\u0000' })) } },
      });
      assert.equal(response.statusCode, 400, response.body);
      const errors = response.json().errors as { path: string }[];
      assert.equal(errors.length, MAX_NAMED_FIELDS);
      assert.equal(errors[0]?.path, 'content.assets.0.type');
    });

    test('text is stored in NFC', async () => {
      const response = await call(t, citizen, 'PUT', `${APPLICATIONS}/${draftId}`, {
        payload: { content: { applicant: { occupation: DECOMPOSED } } },
      });
      assert.equal(response.statusCode, 200, response.body);
      const read = await call(t, citizen, 'GET', `${APPLICATIONS}/${draftId}`);
      assert.equal(read.json().content.applicant.occupation, COMPOSED);
    });

    test('the query string and path parameters follow the same policy', async () => {
      const search = await call(
        t,
        handler,
        'GET',
        `/api/v1/applications?q=${encodeURIComponent('Vir\u0000')}`,
      );
      assert.equal(search.statusCode, 400, search.body);
      assert.deepEqual(
        search.json().errors.map((error: { path: string }) => error.path),
        ['query.q'],
      );
      assert.match(search.json().errors[0].message, /ohjausmerkin/);
      const path = await call(t, citizen, 'GET', `${APPLICATIONS}/${encodeURIComponent('\u0001')}`);
      assert.equal(path.statusCode, 400, path.body);
      assert.equal(path.json().errors[0].path, 'params.applicationId');
    });

    test('the token endpoint answers a refused text as RFC 6749 invalid_request', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/oauth/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'grant_type=client_credentials&client_id=a%00b&client_secret=x',
      });
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(response.json(), {
        error: 'invalid_request',
        error_description: 'Control characters or text that is not valid Unicode in: client_id.',
      });
    });

    test('the access rule is applied first: no session, no word about the input', async () => {
      const response = await call(
        t,
        undefined,
        'GET',
        `/api/v1/applications?q=${encodeURIComponent('\u0000')}`,
      );
      assert.equal(response.statusCode, 401);
    });
  });
}
