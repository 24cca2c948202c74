// The walk of docs/API.md, run as written: an admin registers an API client, the client gets a token and subscribes
// the example integration (examples/webhook-receiver, run as its own process) to the events; a demo application
// goes from sent to decided through the citizen's and the caseworker's operations; the receiver prints each event
// after checking its signature, and the client fetches the case with the link of an event.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { matti } from '../apps/server/test/helpers/demo-citizens.ts';
import { freePort } from '../apps/server/test/helpers/net.ts';
import { helsinkiToday, testApi } from './helpers/api.ts';
import { startE2eServer } from './helpers/server.ts';

const receiverScript = new URL('../examples/webhook-receiver/receiver.ts', import.meta.url).pathname;

/** Two weeks ahead, on a weekday: a date the client can be asked to answer by. */
function answerBy(): string {
  const date = new Date(`${helsinkiToday()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 14);
  while ([0, 6].includes(date.getUTCDay())) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

describe('the integrator’s walk of docs/API.md', () => {
  let server: Awaited<ReturnType<typeof startE2eServer>>;
  let receiver: ChildProcess | undefined;
  const printed: string[] = [];
  const { api, signInApi, sendApplication, assign } = testApi(() => server.baseUrl);

  before(async () => {
    server = await startE2eServer({ WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_POLL_INTERVAL_MS: '100' });
  });
  after(async () => {
    receiver?.kill();
    await server?.close();
  });

  /** Waits until the receiver has printed a line matching `pattern` (the events come within a poll or two). */
  async function printedLine(pattern: RegExp): Promise<string> {
    for (let i = 0; i < 300; i++) {
      const line = printed.find((text) => pattern.test(text));
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.fail(`the receiver printed no line matching ${pattern}:\n${printed.join('\n')}`);
  }

  test('register a client, get a token, subscribe, watch an application go from sent to decided, fetch it', async () => {
    // 1. An admin registers the client.
    const admin = await signInApi({ username: 'admin' });
    const registered = await api(admin, 'POST', '/api/v1/api-clients', {
      json: {
        name: 'E-asiointitili',
        contact: 'integraatiot@example.fi',
        scopes: ['applications:read', 'events:manage'],
      },
    });
    assert.equal(registered.status, 201, await registered.clone().text());
    const { client, clientSecret } = (await registered.json()) as {
      client: { id: string };
      clientSecret: string;
    };

    // A client that reads applications works once a second admin has approved it.
    const secondAdmin = await signInApi({ username: 'admin2' });
    const current = await api(secondAdmin, 'GET', `/api/v1/api-clients/${client.id}`);
    const approved = await api(secondAdmin, 'POST', `/api/v1/api-clients/${client.id}/approval`, {
      headers: { 'if-match': current.headers.get('etag') ?? '' },
    });
    assert.equal(approved.status, 200, await approved.clone().text());

    // 2. A token by the client-credentials grant.
    const tokenResponse = await fetch(`${server.baseUrl}/api/v1/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${client.id}:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    assert.equal(tokenResponse.status, 200);
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
    const bearer = { authorization: `Bearer ${token}` };

    // 5. A subscription to the example receiver, started with the subscription's secret.
    const port = await freePort();
    const subscribed = await fetch(`${server.baseUrl}/api/v1/webhook-subscriptions`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ url: `http://127.0.0.1:${port}/` }),
    });
    assert.equal(subscribed.status, 201, await subscribed.clone().text());
    const { secret } = (await subscribed.json()) as { secret: string };
    receiver = spawn(process.execPath, [receiverScript], {
      env: { ...process.env, WEBHOOK_SECRET: secret, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [receiver.stdout, receiver.stderr]) {
      stream?.on('data', (chunk: Buffer) =>
        printed.push(...chunk.toString('utf8').split('\n').filter(Boolean)),
      );
    }
    await printedLine(/^listening on /);

    // 7. A demo application from sent to decided.
    const application = await sendApplication(matti);
    await printedLine(new RegExp(`status_changed ${application.id} .*"status":"submitted"`));
    const handler = await signInApi({ username: 'handler' });
    if (!handler.staffUser) throw new Error('the handler has no staff user');
    await assign(handler, application.id, handler.staffUser.id);
    const asked = await api(handler, 'POST', `/api/v1/applications/${application.id}/information-requests`, {
      json: { items: [{ code: 'bank_statements' }], message: 'Tiliotteet, kiitos.', dueDate: answerBy() },
    });
    assert.equal(asked.status, 200, await asked.clone().text());
    await printedLine(new RegExp(`information_requested ${application.id}`));
    const citizen = await signInApi({ personalIdentityCode: matti.personalIdentityCode });
    const own = (await (await api(citizen, 'GET', `/api/v1/my/applications/${application.id}`)).json()) as {
      informationRequests: { id: string }[];
    };
    const answered = await api(
      citizen,
      'POST',
      `/api/v1/my/applications/${application.id}/information-requests/${own.informationRequests[0]?.id}/answer`,
      { json: { message: 'Tiliotteet tulevat.', attachmentIds: [] } },
    );
    assert.equal(answered.status, 200, await answered.clone().text());
    await printedLine(new RegExp(`information_answered ${application.id}`));
    const draft = (await (
      await api(handler, 'GET', `/api/v1/applications/${application.id}/calculation-draft`)
    ).json()) as { input: unknown };
    const decided = await api(handler, 'POST', `/api/v1/applications/${application.id}/decision`, {
      json: {
        outcome: 'approved',
        calculation: draft.input,
        reasoning: '',
        reasonTemplates: ['calculatedNeed'],
      },
    });
    assert.equal(decided.status, 201, await decided.clone().text());
    await printedLine(new RegExp(`decision_made ${application.id}`));
    const last = await printedLine(new RegExp(`status_changed ${application.id} .*"status":"decided"`));
    assert.ok(!printed.some((line) => line.includes('refused')), 'every request was signed');

    // The case, fetched with the link of the event.
    const link = (JSON.parse(last.slice(last.indexOf('{'))) as { links: { application: string } }).links
      .application;
    // The link is absolute on PUBLIC_URL; this test server listens on a free port of its own.
    assert.match(link, new RegExp(`/api/v1/applications/${application.id}$`));
    const fetched = await fetch(new URL(new URL(link).pathname, server.baseUrl), { headers: bearer });
    assert.equal(fetched.status, 200);
    const body = (await fetched.json()) as { status: string; referenceNumber: string };
    assert.equal(body.status, 'decided');
    assert.equal(body.referenceNumber, application.ref);
    const order = printed
      .filter((line) => line.includes(application.id) && line.includes('status_changed'))
      .map((line) => /"status":"(\w+)"/.exec(line)?.[1]);
    assert.deepEqual(order, [
      'submitted',
      'in_processing',
      'waiting_for_information',
      'in_processing',
      'decided',
    ]);
  });
});
