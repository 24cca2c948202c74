// @tuki/ui/delivery-payments: a delivery's steps in time order, a returned letter, a payment's state and the day it
// was paid (in Finland's time).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type DecisionPayment,
  deliverySteps,
  type LetterDelivery,
  paidOn,
  paymentState,
  returnedToSender,
} from '../src/delivery-payments/index.ts';

const delivery = (fields: Partial<LetterDelivery>): LetterDelivery => ({
  channel: 'suomifi_paper',
  status: 'sent',
  sentAt: null,
  readAt: null,
  printedAt: null,
  returnedAt: null,
  sentOn: null,
  notifiedOn: null,
  ...fields,
});

const payment = (fields: Partial<DecisionPayment>): DecisionPayment => ({
  amountCents: 45_000,
  payeeKind: 'client',
  payeeName: 'Matti Meikäläinen',
  iban: 'FI2112345600000785',
  status: 'proposed',
  dueDate: '2026-12-10',
  sentAt: null,
  paidOn: null,
  rejectionCode: null,
  rejectionReason: null,
  ...fields,
});

describe('a letter delivery', () => {
  it('lists the steps with a time, in the order they happened', () => {
    const steps = deliverySteps(
      delivery({
        sentAt: '2026-12-08T08:15:00Z',
        printedAt: '2026-12-08T09:00:00Z',
        returnedAt: '2026-12-14T10:00:00Z',
      }),
    );
    assert.deepEqual(steps, [
      { step: 'sent', at: '2026-12-08T08:15:00Z' },
      { step: 'printed', at: '2026-12-08T09:00:00Z' },
      { step: 'returned', at: '2026-12-14T10:00:00Z' },
    ]);
    assert.deepEqual(deliverySteps(delivery({ status: 'pending', channel: null })), []);
  });

  it('orders by time, not by kind: a read reported before the sending time comes first', () => {
    const steps = deliverySteps(delivery({ sentAt: '2026-12-08T10:00:00Z', readAt: '2026-12-08T09:59:00Z' }));
    assert.deepEqual(
      steps.map((entry) => entry.step),
      ['read', 'sent'],
    );
  });

  it('is returned to the sender by its status or by a reported return', () => {
    assert.equal(returnedToSender(delivery({ status: 'returned_to_sender' })), true);
    assert.equal(returnedToSender(delivery({ returnedAt: '2026-12-14T10:00:00Z' })), true);
    assert.equal(returnedToSender(delivery({ status: 'read', readAt: '2026-12-08T10:00:00Z' })), false);
  });
});

describe('a payment', () => {
  it('is waiting, in a batch, sent, paid or rejected', () => {
    assert.deepEqual(
      (['proposed', 'in_batch', 'sent', 'accepted', 'rejected'] as const).map((status) =>
        paymentState(payment({ status })),
      ),
      ['waiting', 'inBatch', 'sent', 'paid', 'rejected'],
    );
  });

  it('is paid on the day the server names once the bank accepted it', () => {
    assert.equal(paidOn(payment({ status: 'accepted', paidOn: '2026-12-10' })), '2026-12-10');
  });

  it('has no paid day unless the bank accepted it', () => {
    for (const status of ['proposed', 'in_batch', 'sent', 'rejected'] as const) {
      assert.equal(paidOn(payment({ status, paidOn: '2026-12-10' })), null, status);
    }
  });
});
