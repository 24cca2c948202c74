// The Suomi.fi Messages client against the local fake of the service over real HTTP: tokens reused until shortly
// before they expire and fetched again once on a 401, attachments, multichannel messages (electronic with a mailbox,
// the paper letter without), electronic-only messages, a repeated externalId answered as already sent, the mailbox
// check and the event log read on from its continuation token.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PERSONAL_IDENTITY_CODE_MASK } from '@tuki/domain';
import { loadConfig } from '../src/config/config.ts';
import { errorOfResponse } from '../src/suomifi/errors.ts';
import {
  type OutgoingMessage,
  SuomifiAuthRefused,
  SuomifiMessagesClient,
  SuomifiRequestRefused,
  SuomifiUnavailable,
} from '../src/suomifi/index.ts';
import { runNpmScript } from './helpers/cli.ts';
import { freePort } from './helpers/net.ts';
import {
  pdf,
  recipientAddress,
  requestsTo,
  startSuomifiFixture,
  withMailbox,
  withoutMailbox,
} from './helpers/suomifi.ts';
import { createTestDatabase, databaseBackends, type TestDatabase } from './helpers/test-database.ts';

const TOKEN = 'POST /v1/token';
const MAILBOXES = 'POST /v1/mailboxes/active';

function letter(externalId: string, recipientId: string, attachmentId: string): OutgoingMessage {
  return {
    externalId,
    recipientId,
    title: 'Päätös toimeentulotuesta',
    body: 'Päätös on liitteenä.',
    attachmentIds: [attachmentId],
    paper: { attachmentId, recipientAddress, createAddressPage: true },
  };
}

for (const backend of databaseBackends) {
  describe(`Suomi.fi Messages client (${backend})`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(backend);
    });
    after(() => database.close());

    test('a token is reused until shortly before it expires, then fetched anew', async (t) => {
      const { fake, clock, client } = await startSuomifiFixture(t, database.db, { tokenTtlSeconds: 600 });
      const suomifi = client();
      await suomifi.activeMailboxes([withMailbox]);
      await suomifi.activeMailboxes([withMailbox]);
      clock.advance(530_000);
      await suomifi.activeMailboxes([withMailbox]);
      assert.equal(requestsTo(fake, TOKEN), 1, 'one token for three calls within its lifetime');
      clock.advance(11_000);
      await suomifi.activeMailboxes([withMailbox]);
      assert.equal(requestsTo(fake, TOKEN), 2, 'renewed a minute before it expires');
      assert.equal(requestsTo(fake, MAILBOXES), 4, 'no call was refused');
    });

    test('a token the service no longer takes (401) is fetched again once', async (t) => {
      const { fake, client } = await startSuomifiFixture(t, database.db);
      const suomifi = client();
      await suomifi.activeMailboxes([withMailbox]);
      fake.expireTokens();
      assert.deepEqual([...(await suomifi.activeMailboxes([withMailbox]))], [withMailbox]);
      assert.equal(requestsTo(fake, TOKEN), 2);
      assert.equal(requestsTo(fake, MAILBOXES), 3, 'the refused call was made once more');

      fake.refuseAllTokens = true;
      await assert.rejects(suomifi.activeMailboxes([withMailbox]), (error: unknown) => {
        assert.ok(error instanceof SuomifiAuthRefused);
        assert.equal(error.retryable, false);
        return true;
      });
      assert.equal(requestsTo(fake, TOKEN), 3, 'one new token, not a loop');
      assert.equal(requestsTo(fake, MAILBOXES), 5);
    });

    test('an attachment and a multichannel message to a recipient with a mailbox go electronically', async (t) => {
      const { fake, config, client } = await startSuomifiFixture(t, database.db);
      const suomifi = client();
      const attachmentId = await suomifi.uploadAttachment('paatos.pdf', pdf);
      assert.deepEqual(fake.attachments.get(attachmentId), {
        fileName: 'paatos.pdf',
        contentType: 'application/pdf',
        size: pdf.byteLength,
      });
      const result = await suomifi.sendMessage(letter('decision-1', withMailbox, attachmentId));
      assert.deepEqual(result, { kind: 'sent', messageId: '1' });
      const [sent] = fake.messages;
      assert.equal(sent?.channel, 'electronic');
      assert.equal(sent?.route, 'multichannel');
      assert.deepEqual(sent?.body.recipient, { id: withMailbox });
      assert.deepEqual(sent?.body.sender, { serviceId: config.serviceId });
      assert.equal(sent?.body.electronic.visibility, 'Recipient only');
      assert.equal(sent?.body.electronic.replyAllowedBy, 'No one');
      assert.deepEqual(sent?.body.electronic.attachments, [{ attachmentId }]);
      assert.equal(
        sent?.body.paperMail?.printingAndEnvelopingService,
        undefined,
        'no printing service configured',
      );
      assert.deepEqual(
        fake.events.map((event) => [event.type, event.metadata.externalId]),
        [['Electronic message created', 'decision-1']],
      );
    });

    test('without a mailbox the multichannel message goes as paper mail, through the printing service', async (t) => {
      const { fake, config, client } = await startSuomifiFixture(t, database.db, { printing: true });
      const suomifi = client();
      const attachmentId = await suomifi.uploadAttachment('paatos.pdf', pdf);
      const result = await suomifi.sendMessage(letter('decision-2', withoutMailbox, attachmentId));
      assert.equal(result.kind, 'sent');
      const [sent] = fake.messages;
      assert.equal(sent?.channel, 'paper');
      const paper = sent?.body.paperMail;
      assert.equal(paper?.createAddressPage, true);
      assert.deepEqual(paper?.attachments, [{ attachmentId }]);
      assert.deepEqual(paper?.recipient.address, recipientAddress);
      assert.deepEqual(paper?.sender.address, config.senderAddress);
      assert.deepEqual(paper?.printingAndEnvelopingService, {
        postiMessaging: {
          contactDetails: { email: 'print@example.fi' },
          username: 'posti-user',
          password: 'posti-password',
        },
      });
      assert.deepEqual(
        fake.events.map((event) => event.type),
        ['Paper mail created', 'Sent for printing and enveloping'],
      );
    });

    test('an electronic-only message is refused without a mailbox and sent with one', async (t) => {
      const { fake, client } = await startSuomifiFixture(t, database.db);
      const suomifi = client();
      const attachmentId = await suomifi.uploadAttachment('paatos.pdf', pdf);
      await assert.rejects(
        suomifi.sendElectronicMessage(letter('notice-1', withoutMailbox, attachmentId)),
        (error: unknown) => {
          assert.ok(error instanceof SuomifiRequestRefused);
          assert.equal(error.status, 400);
          assert.equal(error.retryable, false);
          return true;
        },
      );
      assert.equal(fake.messages.length, 0);
      const sent = await suomifi.sendElectronicMessage(letter('notice-2', withMailbox, attachmentId));
      assert.equal(sent.kind, 'sent');
      assert.equal(fake.messages[0]?.route, 'electronic');
      assert.equal(fake.messages[0]?.body.paperMail, undefined, 'no paper part on the electronic-only route');
    });

    test("a message that does not fit the service's description is refused before it goes", async (t) => {
      const { fake, client } = await startSuomifiFixture(t, database.db);
      const suomifi = client();
      const attachmentId = await suomifi.uploadAttachment('paatos.pdf', pdf);
      const tooLong = { ...letter('decision-9', withMailbox, attachmentId), title: 'x'.repeat(257) };
      await assert.rejects(suomifi.sendMessage(tooLong), (error: unknown) => {
        assert.ok(error instanceof SuomifiRequestRefused);
        assert.equal(error.status, undefined);
        assert.match(error.message, /electronic\.title/);
        return true;
      });
      assert.equal(requestsTo(fake, 'POST /v2/messages'), 0);
    });

    test('a second message with the same externalId is answered as already sent', async (t) => {
      const { fake, client } = await startSuomifiFixture(t, database.db);
      const suomifi = client();
      const attachmentId = await suomifi.uploadAttachment('paatos.pdf', pdf);
      const first = await suomifi.sendMessage(letter('decision-3', withMailbox, attachmentId));
      const again = await client().sendMessage(letter('decision-3', withMailbox, attachmentId));
      assert.equal(first.kind, 'sent');
      assert.deepEqual(again, {
        kind: 'already-sent',
        messageId: first.kind === 'sent' ? first.messageId : '',
      });
      assert.equal(fake.messages.length, 1);
    });

    test('the mailbox check names only the recipients with an active mailbox', async (t) => {
      const { fake, client } = await startSuomifiFixture(t, database.db);
      const suomifi = client();
      assert.deepEqual([...(await suomifi.activeMailboxes([withMailbox, withoutMailbox]))], [withMailbox]);
      fake.setMailbox(withoutMailbox, true);
      assert.deepEqual(
        [...(await suomifi.activeMailboxes([withMailbox, withoutMailbox]))].sort(),
        [withMailbox, withoutMailbox].sort(),
      );
      assert.equal((await suomifi.activeMailboxes([])).size, 0);
    });

    test('the events are read page by page and the poll resumes from its continuation token', async (t) => {
      const { fake, client } = await startSuomifiFixture(t, database.db, { eventsPageSize: 2 });
      const suomifi = client();
      const attachmentId = await suomifi.uploadAttachment('paatos.pdf', pdf);
      await suomifi.sendMessage(letter('decision-4', withMailbox, attachmentId));
      await suomifi.sendMessage(letter('decision-5', withoutMailbox, attachmentId));
      fake.markRead('decision-4');
      fake.returnToSender('decision-5');

      const seen: string[] = [];
      let token: string | undefined;
      for (let page = 0; page < 10; page += 1) {
        const answer = await suomifi.events(token);
        assert.ok(answer.events.length <= 2);
        seen.push(...answer.events.map((event) => `${event.metadata.externalId}: ${event.type}`));
        token = answer.continuationToken;
        if (answer.events.length === 0) break;
      }
      assert.deepEqual(seen, [
        'decision-4: Electronic message created',
        'decision-5: Paper mail created',
        'decision-5: Sent for printing and enveloping',
        'decision-4: Electronic message read',
        'decision-5: Posti: returned to sender',
      ]);

      // A later poll (here by a restarted client) from the stored token sees only what came since.
      const attachment2 = await suomifi.uploadAttachment('paatos.pdf', pdf);
      await suomifi.sendMessage(letter('decision-6', withMailbox, attachment2));
      fake.markRead('decision-6');
      const later = await client().events(token);
      assert.deepEqual(
        later.events.map((event) => [event.metadata.externalId, event.type]),
        [
          ['decision-6', 'Electronic message created'],
          ['decision-6', 'Electronic message read'],
        ],
      );
      assert.equal((await suomifi.events(later.continuationToken)).events.length, 0);
    });

    test("the fake's control API marks a letter read, returns a paper letter and switches a mailbox", async (t) => {
      const { fake, client } = await startSuomifiFixture(t, database.db);
      const suomifi = client();
      const attachmentId = await suomifi.uploadAttachment('paatos.pdf', pdf);
      await suomifi.sendMessage(letter('decision-7', withMailbox, attachmentId));
      await suomifi.sendMessage(letter('decision-8', withoutMailbox, attachmentId));
      const control = (path: string, body?: object) =>
        fetch(`${fake.url}/control/${path}`, {
          method: 'POST',
          ...(body && { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
        }).then((response) => response.status);
      assert.equal(await control('messages/decision-7/read'), 204);
      assert.equal(await control('messages/decision-8/return-to-sender'), 204);
      assert.equal(await control('messages/decision-8/read'), 409, 'a paper letter is not read online');
      assert.equal(await control('messages/unknown/read'), 404);
      assert.equal(await control('mailboxes', { id: withoutMailbox, active: true }), 204);
      assert.equal(await control('mailboxes', { id: withoutMailbox }), 400);
      assert.deepEqual(
        (await suomifi.events()).events.slice(-2).map((event) => [event.metadata.externalId, event.type]),
        [
          ['decision-7', 'Electronic message read'],
          ['decision-8', 'Posti: returned to sender'],
        ],
      );
      assert.equal((await suomifi.activeMailboxes([withoutMailbox])).size, 1);
    });

    test('a service that does not answer is unavailable (retryable)', async (t) => {
      const { config, clock } = await startSuomifiFixture(t, database.db);
      const suomifi = new SuomifiMessagesClient({
        db: database.db,
        clock,
        config: { ...config, url: `http://127.0.0.1:${await freePort()}` },
      });
      await assert.rejects(suomifi.activeMailboxes([withMailbox]), (error: unknown) => {
        assert.ok(error instanceof SuomifiUnavailable);
        assert.equal(error.retryable, true);
        return true;
      });
    });
  });
}

describe('Suomi.fi Messages errors', () => {
  test('an answer of the service that names a personal identity code is masked in the error', async () => {
    const refused = await errorOfResponse(
      'send a message',
      new Response(`{"reason":"Recipient ${withoutMailbox} has no mailbox"}`, { status: 400 }),
    );
    assert.ok(refused instanceof SuomifiRequestRefused);
    assert.doesNotMatch(refused.message, new RegExp(withoutMailbox));
    assert.match(refused.message, new RegExp(PERSONAL_IDENTITY_CODE_MASK.replace(/\*/g, '\\*')));
    const unavailable = await errorOfResponse('send a message', new Response('busy', { status: 503 }));
    assert.ok(unavailable instanceof SuomifiUnavailable);
  });
});

test('npm run fake-national-services starts the fake and prints the variables that point Tuki at it', async () => {
  const port = await freePort();
  const run = await runNpmScript(
    'fake-national-services',
    { FAKE_SUOMIFI_PORT: String(port) },
    /PAYMENT_DEBTOR_BUSINESS_ID=/,
  );
  assert.match(run.stdout, /A FAKE of Suomi\.fi Messages/);
  const printed = Object.fromEntries(
    [...run.stdout.matchAll(/^export (\w+)='([^']*)'$/gm)].map((match) => [match[1], match[2]]),
  );
  assert.equal(printed.SUOMIFI_MESSAGES_URL, `http://127.0.0.1:${port}`);
  const config = loadConfig(printed);
  assert.ok(config.suomifiMessages?.senderAddress, 'the printed variables are a whole configuration');
  assert.ok(config.paymentDebtor, 'and the city’s demo account, for payment files');
  assert.equal(run.stderr, '');
});
