// The notification day and the rectification deadline from the delivery facts (decisions/notification.ts): the
// way the letter actually went counts, on the day it went (Helsinki time), with weekends and holidays moving only
// the last day.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type DeliveryFacts,
  type LetterChannel,
  notificationOfDecision,
  sendingOf,
} from '../src/decisions/notification.ts';

function delivery(channel: LetterChannel | null, sentAt?: string, printedAt?: string): DeliveryFacts {
  return {
    channel,
    sentAt: sentAt ? new Date(sentAt) : null,
    printedAt: printedAt ? new Date(printedAt) : null,
  };
}

function decision(
  decidedAt: string,
  choice: 'electronic' | 'paper',
  deliveries: DeliveryFacts[],
  batchMailedAt?: string,
) {
  return {
    decidedAt: new Date(decidedAt),
    delivery: choice,
    batchMailedAt: batchMailedAt ? new Date(batchMailedAt) : null,
    deliveries,
  };
}

describe('notification from the delivery facts', () => {
  test('paper chosen, reached the Suomi.fi mailbox: electronic, the 3rd day; the last day past Easter', () => {
    const result = notificationOfDecision(
      decision('2026-03-02T08:00:00Z', 'paper', [delivery('suomifi_electronic', '2026-03-02T09:00:00Z')]),
    );
    // Notified Thu 5 March; 30 days on is Sat 4 April, then Easter Sunday and Easter Monday: Tue 7 April.
    assert.deepEqual(result.notification, {
      channel: 'electronic',
      sentOn: '2026-03-02',
      notifiedOn: '2026-03-05',
      rectificationDeadline: '2026-04-07',
    });
    assert.equal(result.rectificationDeadline, '2026-04-07');
    const byPost = notificationOfDecision(decision('2026-03-02T08:00:00Z', 'paper', [delivery(null)]));
    assert.equal(byPost.rectificationDeadline, '2026-04-08', 'before the send: the later paper deadline');
  });

  test('the delivery’s sent time, not the decision’s: a Friday decision sent on Monday', () => {
    const result = notificationOfDecision(
      decision('2026-03-06T14:00:00Z', 'electronic', [
        delivery('suomifi_electronic', '2026-03-09T07:00:00Z'),
      ]),
    );
    assert.equal(result.notification?.sentOn, '2026-03-09');
    assert.equal(result.notification?.notifiedOn, '2026-03-12');
    // 30 days on is Sat 11 April: Mon 13 April.
    assert.equal(result.rectificationDeadline, '2026-04-13');
  });

  test('the sending day is the Helsinki day: 22:30 UTC is already the next day', () => {
    const sending = sendingOf(
      { decidedAt: new Date('2026-03-02T20:00:00Z'), delivery: 'paper', batchMailedAt: null },
      delivery('suomifi_electronic', '2026-03-02T22:30:00Z'),
    );
    assert.deepEqual(sending, { channel: 'electronic', sentOn: '2026-03-03' });
  });

  test('Suomi.fi paper mail: mailed when sent for printing, until then on the day the service accepted it', () => {
    const accepted = notificationOfDecision(
      decision('2026-03-02T08:00:00Z', 'paper', [delivery('suomifi_paper', '2026-03-02T09:00:00Z')]),
    );
    assert.deepEqual(accepted.notification, {
      channel: 'paper',
      sentOn: '2026-03-02',
      notifiedOn: '2026-03-09',
      rectificationDeadline: '2026-04-08',
    });
    const printed = notificationOfDecision(
      decision('2026-03-02T08:00:00Z', 'paper', [
        delivery('suomifi_paper', '2026-03-02T09:00:00Z', '2026-03-03T06:00:00Z'),
      ]),
    );
    assert.equal(printed.notification?.sentOn, '2026-03-03');
    assert.equal(printed.notification?.notifiedOn, '2026-03-10');
    assert.equal(printed.rectificationDeadline, '2026-04-09');
  });

  test('the local print batch: mailed on the batch’s day; a last day on Christmas Eve moves past Christmas', () => {
    const result = notificationOfDecision(
      decision('2026-11-16T10:00:00Z', 'paper', [delivery('local_print')], '2026-11-17T10:00:00Z'),
    );
    // Notified Tue 24 November; 30 days on is Christmas Eve, then Christmas, St Stephen's Day and a Sunday.
    assert.equal(result.notification?.channel, 'paper');
    assert.equal(result.notification?.notifiedOn, '2026-11-24');
    assert.equal(result.rectificationDeadline, '2026-12-28');
    const notBatched = notificationOfDecision(
      decision('2026-11-16T10:00:00Z', 'paper', [delivery('local_print')]),
    );
    assert.equal(notBatched.notification, null, 'not mailed yet');
    assert.equal(notBatched.rectificationDeadline, '2026-12-23', 'counted from the decision’s day meanwhile');
  });

  test('the e-services account: electronic from the decision’s day; so is electronic delivery still pending', () => {
    const eservice = notificationOfDecision(
      decision('2026-11-16T10:00:00Z', 'electronic', [delivery('eservice')]),
    );
    assert.deepEqual(eservice.notification, {
      channel: 'electronic',
      sentOn: '2026-11-16',
      notifiedOn: '2026-11-19',
      // 30 days on is Sat 19 December.
      rectificationDeadline: '2026-12-21',
    });
    const pending = notificationOfDecision(decision('2026-11-16T10:00:00Z', 'electronic', [delivery(null)]));
    assert.deepEqual(pending.notification, eservice.notification);
  });

  test('without Suomi.fi: the client’s choice, paper with its print batch', () => {
    assert.equal(notificationOfDecision(decision('2026-11-16T10:00:00Z', 'paper', [])).notification, null);
    assert.equal(
      notificationOfDecision(decision('2026-11-16T10:00:00Z', 'paper', [], '2026-11-17T10:00:00Z'))
        .notification?.notifiedOn,
      '2026-11-24',
    );
    assert.equal(
      notificationOfDecision(decision('2026-11-16T10:00:00Z', 'electronic', [])).notification?.notifiedOn,
      '2026-11-19',
    );
  });

  test('a pending or unsent delivery has no sending day', () => {
    const facts = {
      decidedAt: new Date('2026-03-02T08:00:00Z'),
      delivery: 'paper' as const,
      batchMailedAt: null,
    };
    assert.equal(sendingOf(facts, delivery(null)), null);
    assert.equal(sendingOf(facts, delivery('suomifi_electronic')), null);
    assert.equal(sendingOf(facts, delivery('local_print')), null);
  });
});
