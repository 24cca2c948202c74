// The transactional outbox and the e-mail sent when an application is received: a real SMTP server on loopback
// receives the mail; language, link and no personal data; e-mail off; retries with backoff while SMTP is down;
// a "crash" between commit and send; a crash during the hand-over (never sent twice); two workers at once; .eml
// files when SMTP is not configured.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { translate } from '@tuki/i18n';
import { sql } from 'kysely';
import type { MailConfig } from '../src/config/config.ts';
import { accountNotificationEmail } from '../src/notifications/account-notification.ts';
import { notificationHandlers } from '../src/notifications/index.ts';
import { createMailer, type Mailer, surelyNotSent } from '../src/notifications/mailer.ts';
import { enqueue, topics } from '../src/outbox/outbox.ts';
import { OutboxWorker, retryDelayMs } from '../src/outbox/worker.ts';
import { APPLICATIONS, call, completeDraft, signIn } from './helpers/applications.ts';
import { anna, matti } from './helpers/demo-citizens.ts';
import { freePort } from './helpers/net.ts';
import { type ArrivedMail, startSmtpServer, type TestSmtpServer } from './helpers/smtp-server.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const PUBLIC_URL = 'https://tuki.example.fi';
const LINK = `${PUBLIC_URL}/applications`;
const FROM = 'Tuki <no-reply@tuki.example.fi>';

interface ReceivedMail extends ArrivedMail {
  /** Headers and bodies with quoted-printable and encoded words decoded. */
  decoded: string;
}

/** Enough MIME decoding for the tests: quoted-printable bodies and =?UTF-8?Q|B?…?= header words. */
/**
 * The message without what is random on every run (the Message-ID, the MIME boundaries, the date), where digits
 * such as 650 can appear by chance; what is left is what the client reads.
 */
function withoutRandomTokens(text: string): string {
  const boundaries = [...text.matchAll(/boundary="?([^";\r\n]+)"?/g)].map((match) => match[1] ?? '');
  let rest = text.replace(/^(Message-ID|Date):.*$/gim, '');
  for (const boundary of boundaries) if (boundary) rest = rest.split(boundary).join('');
  return rest;
}

function decodeMail(raw: string): string {
  const words = raw.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`),
          'latin1',
        )
          .toString()
          .replace(/(%[0-9A-F]{2})+/gi, (match) => decodeURIComponent(match)),
  );
  const body = words.replace(/=\r?\n/g, '');
  return body.replace(/(=[0-9A-F]{2})+/g, (match) =>
    Buffer.from(match.replace(/=/g, ''), 'hex').toString('utf8'),
  );
}

const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

for (const backend of databaseBackends) {
  describe(`e-mail notifications from the outbox (${backend})`, () => {
    let t: TestApp;
    let smtp: TestSmtpServer;
    let mailer: Mailer;
    const received: ReceivedMail[] = [];

    const mailConfig = (port: number): MailConfig => ({
      from: FROM,
      smtp: { host: '127.0.0.1', port, secure: false, auth: undefined },
      fileDir: join(tmpdir(), 'unused'),
    });

    const worker = (options: { mailer?: Mailer; maxAttempts?: number } = {}) =>
      new OutboxWorker({
        db: t.database.db,
        clock: t.clock,
        log: silentLog,
        handlers: notificationHandlers({ mailer: options.mailer ?? mailer, publicUrl: PUBLIC_URL }),
        random: () => 0,
        ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
      });

    /** Sends a complete application as the citizen; returns its id and reference number. */
    const submitAs = async (personalIdentityCode: string) => {
      const caller = await signIn(t, { personalIdentityCode });
      const { id } = await completeDraft(t, caller, '2026-11');
      const response = await call(t, caller, 'POST', `${APPLICATIONS}/${id}/submit`);
      assert.equal(response.statusCode, 200, response.body);
      return { id, referenceNumber: String(response.json().referenceNumber) };
    };

    const outboxRows = () => t.database.db.selectFrom('outbox').selectAll().orderBy('id').execute();

    const personEmail = async (code: string, email: string | null, on = true) => {
      await t.database.db
        .updateTable('person')
        .set({ email, email_notifications: on })
        .where('personal_identity_code', '=', code)
        .execute();
    };

    before(async () => {
      t = await createTestApp(backend, { PUBLIC_URL });
      smtp = await startSmtpServer(({ to, raw }, accept) => {
        received.push({ to, raw, decoded: decodeMail(raw) });
        accept();
      });
      mailer = createMailer(mailConfig(smtp.port));
    });

    after(async () => {
      mailer.close();
      await smtp.close();
      await t.close();
    });

    beforeEach(async () => {
      received.length = 0;
      t.clock.set('2026-11-25T10:00:00Z');
      await personEmail(matti.personalIdentityCode, matti.email ?? null);
      await personEmail(anna.personalIdentityCode, anna.email ?? null);
    });

    test('a submitted application: the outbox row commits with it; one e-mail in Finnish, no personal data', async () => {
      const { id, referenceNumber } = await submitAs(matti.personalIdentityCode);
      const rows = await outboxRows();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.topic, 'notification.application_received');
      assert.equal(rows[0]?.processed_at, null);
      assert.deepEqual(rows[0]?.payload, {
        personId: (await signIn(t, { personalIdentityCode: matti.personalIdentityCode })).id,
        applicationId: id,
      });

      assert.deepEqual(await worker().runOnce(), { processed: 1, failed: 0 });
      assert.equal(received.length, 1);
      const mail = received[0];
      assert.ok(mail);
      assert.deepEqual(mail.to, [matti.email]);
      assert.match(
        mail.decoded,
        new RegExp(`Subject: ${translate('fi', 'email.applicationReceived.subject')}`),
      );
      assert.ok(mail.decoded.includes(translate('fi', 'email.applicationReceived.body')));
      assert.ok(mail.decoded.includes(LINK));
      assert.ok(
        mail.decoded.includes(translate('fi', 'email.common.dataProtection')),
        'the data-protection paragraph',
      );
      assert.ok(mail.decoded.includes(`${PUBLIC_URL}/privacy`), 'with the link to the notice');
      assert.ok(mail.decoded.includes('<tuki-outbox-'), 'a stable Message-ID');
      for (const secret of [
        matti.firstName,
        matti.lastName,
        matti.personalIdentityCode,
        referenceNumber,
        id,
        '650',
        'FI21',
      ]) {
        assert.ok(!withoutRandomTokens(mail.decoded).includes(secret), `no ${secret} in the e-mail`);
        assert.ok(!withoutRandomTokens(mail.raw).includes(secret), `no ${secret} in the raw e-mail`);
      }
      const [row] = await outboxRows();
      assert.ok(row?.processed_at);
      assert.equal(row?.attempts, 1);
      const marker = await t.database.db.selectFrom('notification_sent').selectAll().execute();
      assert.deepEqual(
        marker.map((m) => [Number(m.outbox_id), m.channel]),
        [[Number(row?.id), 'email']],
      );
      assert.deepEqual(await worker().runOnce(), { processed: 0, failed: 0 });
      assert.equal(received.length, 1, 'never twice');
    });

    test('in the person’s preferred language (Swedish for Anna)', async () => {
      await submitAs(anna.personalIdentityCode);
      await worker().runOnce();
      assert.equal(received.length, 1);
      assert.deepEqual(received[0]?.to, [anna.email]);
      assert.ok(received[0]?.decoded.includes(translate('sv', 'email.applicationReceived.subject')));
      assert.ok(received[0]?.decoded.includes(translate('sv', 'email.applicationReceived.body')));
      assert.ok(received[0]?.decoded.includes(LINK));
      assert.ok(!received[0]?.decoded.includes(anna.lastName));
    });

    test('no e-mail on the person: the applicant e-mail of the application; no address at all: none', async () => {
      const { id } = await submitAs(matti.personalIdentityCode);
      await personEmail(matti.personalIdentityCode, null);
      await sql`update application set content = jsonb_set(content, '{applicant,email}', '"matti@other.example"') where id = ${id}`.execute(
        t.database.db,
      );
      await worker().runOnce();
      assert.deepEqual(
        received.map((mail) => mail.to),
        [['matti@other.example']],
      );

      received.length = 0;
      const second = await submitAs(matti.personalIdentityCode);
      await sql`update application set content = jsonb_set(content, '{applicant,email}', 'null') where id = ${second.id}`.execute(
        t.database.db,
      );
      assert.deepEqual(await worker().runOnce(), { processed: 1, failed: 0 });
      assert.equal(received.length, 0);
    });

    test('e-mail turned off: the event is processed, nothing is sent', async () => {
      await personEmail(matti.personalIdentityCode, matti.email ?? null, false);
      await submitAs(matti.personalIdentityCode);
      assert.deepEqual(await worker().runOnce(), { processed: 1, failed: 0 });
      assert.equal(received.length, 0);
      const last = await t.database.db
        .selectFrom('notification_sent')
        .select('channel')
        .orderBy('outbox_id', 'desc')
        .executeTakeFirst();
      assert.equal(last?.channel, 'none');
    });

    test('SMTP down: retried with exponential backoff, then delivered once', async () => {
      await submitAs(matti.personalIdentityCode);
      const down = createMailer(mailConfig(await freePort()));
      try {
        assert.deepEqual(await worker({ mailer: down }).runOnce(), { processed: 0, failed: 1 });
        let row = (await outboxRows()).at(-1);
        assert.equal(row?.attempts, 1);
        assert.ok(row?.last_error);
        assert.equal(new Date(row?.available_at ?? 0).getTime() - t.clock.now().getTime(), 30_000);
        assert.deepEqual(
          await worker({ mailer: down }).runOnce(),
          { processed: 0, failed: 0 },
          'not due yet',
        );
        t.clock.advance(30_000);
        assert.deepEqual(await worker({ mailer: down }).runOnce(), { processed: 0, failed: 1 });
        row = (await outboxRows()).at(-1);
        assert.equal(row?.attempts, 2);
        assert.equal(new Date(row?.available_at ?? 0).getTime() - t.clock.now().getTime(), 60_000);
        t.clock.advance(59_000);
        assert.deepEqual(await worker().runOnce(), { processed: 0, failed: 0 });
        t.clock.advance(1_000);
        assert.deepEqual(await worker().runOnce(), { processed: 1, failed: 0 });
        assert.equal(received.length, 1);
        row = (await outboxRows()).at(-1);
        assert.equal(row?.attempts, 3);
        assert.equal(row?.last_error, null);
        t.clock.advance(3_600_000);
        await worker().runOnce();
        assert.equal(received.length, 1);
      } finally {
        down.close();
      }
    });

    test('gives up after the maximum attempts: marked failed, not retried', async () => {
      await submitAs(matti.personalIdentityCode);
      const down = createMailer(mailConfig(await freePort()));
      try {
        await worker({ mailer: down, maxAttempts: 2 }).runOnce();
        t.clock.advance(30_000);
        await worker({ mailer: down, maxAttempts: 2 }).runOnce();
        const row = (await outboxRows()).at(-1);
        assert.ok(row?.failed_at);
        assert.equal(row?.processed_at, null);
        t.clock.advance(7_200_000);
        assert.deepEqual(await worker().runOnce(), { processed: 0, failed: 0 });
        assert.equal(received.length, 0);
      } finally {
        down.close();
      }
    });

    test('a crash between commit and send: a new worker sends it after the restart, once', async () => {
      const crashed = worker();
      await submitAs(anna.personalIdentityCode);
      await crashed.stop();
      assert.equal(received.length, 0);
      const restarted = worker();
      assert.deepEqual(await restarted.runOnce(), { processed: 1, failed: 0 });
      assert.deepEqual(await restarted.runOnce(), { processed: 0, failed: 0 });
      assert.equal(received.length, 1);
    });

    test('a crash during the hand-over to SMTP: the e-mail is never sent twice; the event is left for an operator', async () => {
      await submitAs(matti.personalIdentityCode);
      // The process dies after the SMTP server took the message, before it could record that (the send never returns).
      const dying: Mailer = {
        send: async (message) => {
          await mailer.send(message);
          await new Promise(() => undefined);
        },
        close: () => undefined,
      };
      void worker({ mailer: dying }).runOnce();
      while (received.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const row = (await outboxRows()).at(-1);
      assert.equal(row?.processed_at, null);
      const marker = () =>
        t.database.db
          .selectFrom('notification_sent')
          .select(['state', 'channel'])
          .where('outbox_id', '=', Number(row?.id))
          .executeTakeFirst();
      assert.deepEqual(
        await marker(),
        { state: 'sending', channel: 'email' },
        'claimed before the hand-over',
      );
      assert.deepEqual(await worker().runOnce(), { processed: 0, failed: 0 }, 'leased while it is sent');
      t.clock.advance(300_000);
      assert.deepEqual(await worker().runOnce(), { processed: 0, failed: 1 });
      assert.equal(received.length, 1, 'at most once: not sent again');
      assert.deepEqual(await marker(), { state: 'uncertain', channel: 'email' });
      const after = (await outboxRows()).at(-1);
      assert.ok(after?.failed_at, 'given up, for an operator to look at');
      assert.match(String(after?.last_error), /not sent again/);
      t.clock.advance(86_400_000);
      assert.deepEqual(await worker().runOnce(), { processed: 0, failed: 0 });
      assert.equal(received.length, 1);
    });

    test('a failure whose outcome is unknown (the connection lost after the message) is not retried', async () => {
      await submitAs(anna.personalIdentityCode);
      const lost: Mailer = {
        send: async (message) => {
          await mailer.send(message);
          throw Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT' });
        },
        close: () => undefined,
      };
      assert.deepEqual(await worker({ mailer: lost }).runOnce(), { processed: 0, failed: 1 });
      const row = (await outboxRows()).at(-1);
      assert.ok(row?.failed_at);
      t.clock.advance(3_600_000);
      assert.deepEqual(await worker().runOnce(), { processed: 0, failed: 0 });
      assert.equal(received.length, 1);
      const marker = await t.database.db
        .selectFrom('notification_sent')
        .select('state')
        .where('outbox_id', '=', Number(row?.id))
        .executeTakeFirst();
      assert.equal(marker?.state, 'uncertain');
    });

    test('SMTP errors: a refusal or an unreachable server is surely not sent; a lost connection is unknown', () => {
      const error = (fields: Record<string, unknown>) => Object.assign(new Error('x'), fields);
      assert.equal(surelyNotSent(error({ code: 'ESOCKET', originalCode: 'ECONNREFUSED' })), true);
      assert.equal(surelyNotSent(error({ code: 'EENVELOPE', responseCode: 550 })), true);
      assert.equal(surelyNotSent(error({ code: 'EMESSAGE', responseCode: 451 })), true);
      assert.equal(surelyNotSent(error({ code: 'ETIMEDOUT', timeoutType: 'GREETING_TIMEOUT' })), true);
      assert.equal(surelyNotSent(error({ code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT' })), false);
      assert.equal(surelyNotSent(error({ code: 'ECONNECTION' })), false);
      assert.equal(surelyNotSent(error({ code: 'ESOCKET', originalCode: 'ECONNRESET' })), false);
      assert.equal(surelyNotSent('not an error'), false);
    });

    test('two workers at once: each event is sent once', async () => {
      await submitAs(matti.personalIdentityCode);
      await submitAs(anna.personalIdentityCode);
      await submitAs(matti.personalIdentityCode);
      const results = await Promise.all([worker().runOnce(), worker().runOnce()]);
      assert.equal(results[0].processed + results[1].processed, 3);
      assert.equal(received.length, 3);
      assert.deepEqual(
        received.map((mail) => mail.to[0]).sort(),
        [anna.email, matti.email, matti.email].sort(),
      );
    });

    test('an information request and a message from the office: one e-mail each, in the client’s language, no content', async () => {
      const { id } = await submitAs(anna.personalIdentityCode);
      await worker().runOnce();
      received.length = 0;
      const handler = await signIn(t, { username: 'handler' });
      const asked = await call(t, handler, 'POST', `/api/v1/applications/${id}/information-requests`, {
        payload: {
          items: [{ code: 'bank_statements' }],
          message: 'Tarvitsemme tiliotteet.',
          dueDate: '2026-12-09',
        },
      });
      assert.equal(asked.statusCode, 200, asked.body);
      const sent = await call(t, handler, 'POST', `/api/v1/applications/${id}/messages`, {
        payload: { body: 'Salainen viestisisältö', attachmentIds: [] },
      });
      assert.equal(sent.statusCode, 201, sent.body);
      // A message from the client announces nothing to the client.
      const client = await signIn(t, { personalIdentityCode: anna.personalIdentityCode });
      const own = await call(t, client, 'POST', `${APPLICATIONS}/${id}/messages`, {
        payload: { body: 'Kiitos', attachmentIds: [] },
      });
      assert.equal(own.statusCode, 201, own.body);
      // The two e-mails, and the request's Suomi.fi notice (without the service configured, nothing to send).
      assert.deepEqual(await worker().runOnce(), { processed: 3, failed: 0 });
      assert.equal(received.length, 2);
      const [request, message] = received;
      // Long subjects are folded over lines: compare with the whitespace evened out.
      const text = (mail: ReceivedMail | undefined) => mail?.decoded.replace(/\s+/g, ' ') ?? '';
      assert.ok(text(request).includes(`Subject: ${translate('sv', 'email.informationRequested.subject')}`));
      assert.ok(text(request).includes(translate('sv', 'email.informationRequested.body')));
      assert.ok(text(message).includes(`Subject: ${translate('sv', 'email.newMessage.subject')}`));
      assert.ok(text(message).includes(translate('sv', 'email.newMessage.body')));
      for (const mail of received) {
        assert.deepEqual(mail.to, [anna.email]);
        assert.ok(mail.decoded.includes(LINK));
        for (const secret of ['Tarvitsemme tiliotteet', 'Salainen viestisisältö', anna.lastName, id]) {
          assert.ok(!mail.decoded.includes(secret), `no ${secret} in the e-mail`);
        }
      }
      assert.deepEqual(await worker().runOnce(), { processed: 0, failed: 0 });
      assert.equal(received.length, 2, 'never twice');
    });

    test('e-mail turned off in the preferences: the event is handled, nothing is sent', async () => {
      const client = await signIn(t, { personalIdentityCode: matti.personalIdentityCode });
      const off = await call(t, client, 'PUT', '/api/v1/my/preferences', {
        payload: { email: matti.email, emailNotifications: false, language: 'fi' },
      });
      assert.equal(off.statusCode, 200, off.body);
      await submitAs(matti.personalIdentityCode);
      assert.deepEqual(await worker().runOnce(), { processed: 1, failed: 0 });
      assert.equal(received.length, 0);
      const markers = await t.database.db.selectFrom('notification_sent').select('channel').execute();
      assert.equal(markers.at(-1)?.channel, 'none');
    });

    test('the decision hook: an event of a decision sends the decision e-mail', async () => {
      const { id } = await submitAs(matti.personalIdentityCode);
      await worker().runOnce();
      received.length = 0;
      const personId = (await signIn(t, { personalIdentityCode: matti.personalIdentityCode })).id;
      await t.database.db
        .transaction()
        .execute((trx) =>
          enqueue(
            trx,
            topics.decisionMade,
            { personId, applicationId: id, decisionId: randomUUID() },
            t.clock.now(),
          ),
        );
      assert.deepEqual(await worker().runOnce(), { processed: 1, failed: 0 });
      assert.equal(received.length, 1);
      assert.ok(received[0]?.decoded.includes(translate('fi', 'email.decisionMade.subject')));
    });

    test('start() polls and stop() waits for the run in progress', async () => {
      await submitAs(matti.personalIdentityCode);
      const running = worker().start(60_000);
      await running.stop();
      assert.equal(received.length, 1, 'the first run starts at once and stop() waited for it');
    });

    test('no SMTP_HOST: the message is written as an .eml file', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'tuki-mail-test-'));
      const files = createMailer({ from: FROM, smtp: undefined, fileDir: dir });
      try {
        await submitAs(anna.personalIdentityCode);
        assert.deepEqual(await worker({ mailer: files }).runOnce(), { processed: 1, failed: 0 });
        const names = await readdir(dir);
        assert.equal(names.length, 1);
        assert.match(names[0] ?? '', /\.eml$/);
        const raw = await readFile(join(dir, names[0] ?? ''), 'utf8');
        const decoded = decodeMail(raw);
        assert.ok(decoded.includes(`To: ${anna.email}`));
        assert.ok(decoded.includes(translate('sv', 'email.applicationReceived.subject')));
        assert.ok(decoded.includes(LINK));
        assert.ok(decoded.includes(translate('sv', 'email.common.dataProtection')));
        assert.ok(decoded.includes(`${PUBLIC_URL}/privacy`));
        assert.equal(received.length, 0);
      } finally {
        files.close();
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
}

test('every e-mail, in every language, has the data-protection paragraph with the link, in text and HTML', () => {
  const kinds = ['applicationReceived', 'informationRequested', 'newMessage', 'decisionMade'] as const;
  for (const kind of kinds) {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const mail = accountNotificationEmail(kind, language, 'https://tuki.example');
      const paragraph = translate(language, 'email.common.dataProtection');
      assert.ok(
        mail.text.includes(`${paragraph}\nhttps://tuki.example/privacy\n`),
        `${kind} ${language} text`,
      );
      assert.ok(
        mail.html.includes('<a href="https://tuki.example/privacy">'),
        `${kind} ${language} html link`,
      );
      assert.ok(mail.html.includes(paragraph), `${kind} ${language} html paragraph`);
    }
  }
});

test('retry delays: 30 s doubling to at most 1 h, with up to 20 % jitter', () => {
  const options = { baseDelayMs: 30_000, maxDelayMs: 3_600_000, random: () => 0 };
  assert.deepEqual(
    [1, 2, 3, 4, 8, 9, 10].map((n) => retryDelayMs(n, options)),
    [30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000, 3_600_000],
  );
  assert.equal(retryDelayMs(1, { ...options, random: () => 0.5 }), 27_000);
});
