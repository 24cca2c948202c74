// The case view's words for a decision's letter deliveries and payments (features/case/decision/
// delivery-payments.ts): channel and status, each step's date and time in Finland, a returned letter; payee, amount,
// state, the bank's reason for a rejection and the paid day, in Finnish, Swedish and English.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dictionaries, type Language } from '@tuki/i18n';
import { createTranslatorFor } from '@tuki/i18n/web';
import type { DecisionPayment, LetterDelivery } from '@tuki/ui/delivery-payments';
import { deliveryText, paymentText } from '../src/features/case/decision/delivery-payments.ts';

const t = (language: Language) => createTranslatorFor(dictionaries[language]);
/** Intl writes no-break spaces in sums. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const read: LetterDelivery = {
  channel: 'suomifi_electronic',
  status: 'read',
  sentAt: '2026-12-08T08:15:00Z',
  readAt: '2026-12-08T12:02:00Z',
  printedAt: null,
  returnedAt: null,
  sentOn: '2026-12-08',
  notifiedOn: '2026-12-11',
};

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

describe('a delivery in the case view', () => {
  it('names the channel and status, and each step with its date and time in Finland', () => {
    assert.deepEqual(deliveryText(read, t('fi'), 'fi'), {
      channel: 'Suomi.fi-viesti',
      status: 'Luettu',
      label: 'success',
      steps: [
        { name: 'Lähetetty', when: '8.12.2026 klo 10.15' },
        { name: 'Luettu', when: '8.12.2026 klo 14.02' },
      ],
      returned: false,
    });
    const english = deliveryText(read, t('en'), 'en');
    assert.equal(english.channel, 'Suomi.fi electronic message');
    assert.equal(english.steps[1]?.when, '8.12.2026 at 14:02');
    assert.equal(deliveryText(read, t('sv'), 'sv').steps[0]?.when, '8.12.2026 kl. 10.15');
  });

  it('marks a letter returned to the sender, and a delivery not yet sent has no channel', () => {
    const returned = deliveryText(
      {
        ...read,
        channel: 'suomifi_paper',
        status: 'returned_to_sender',
        readAt: null,
        printedAt: '2026-12-08T09:00:00Z',
        returnedAt: '2026-12-15T07:30:00Z',
      },
      t('en'),
      'en',
    );
    assert.equal(returned.channel, 'Suomi.fi paper mail');
    assert.equal(returned.status, 'Returned to sender');
    assert.equal(returned.label, 'error');
    assert.equal(returned.returned, true);
    assert.deepEqual(
      returned.steps.map((step) => step.name),
      ['Sent', 'To printing', 'Returned'],
    );
    const pending = deliveryText(
      { ...read, channel: null, status: 'pending', sentAt: null, readAt: null },
      t('fi'),
      'fi',
    );
    assert.equal(pending.channel, 'Toimitustapa ei vielä selvillä');
    assert.equal(pending.status, 'Odottaa lähetystä');
    assert.deepEqual(pending.steps, []);
  });
});

describe('a payment in the case view', () => {
  it('waiting: payee, amount in the language’s format, its due date, no paid day', () => {
    const text = paymentText(payment({}), t('fi'), 'fi');
    assert.equal(text.payee, 'Matti Meikäläinen (asiakas)');
    assert.equal(plain(text.amount), '450,00 €');
    assert.equal(text.state, 'Odottaa maksuerää');
    assert.equal(text.detail, 'eräpäivä 10.12.2026');
    assert.equal(text.paidOn, '');
    assert.equal(plain(paymentText(payment({}), t('en'), 'en').amount), '€450.00');
  });

  it('sent and paid: when the file went to the bank, and the paid day', () => {
    const sent = paymentText(payment({ status: 'sent', sentAt: '2026-12-09T08:00:00Z' }), t('sv'), 'sv');
    assert.equal(sent.state, 'Skickad till banken');
    assert.equal(sent.detail, 'skickad 9.12.2026');
    const paid = paymentText(
      payment({
        status: 'accepted',
        sentAt: '2026-12-09T08:00:00Z',
        paidOn: '2026-12-10',
        payeeKind: 'landlord',
        payeeName: 'Vuokra Oy',
      }),
      t('fi'),
      'fi',
    );
    assert.equal(paid.payee, 'Vuokra Oy (vuokranantaja)');
    assert.equal(paid.state, 'Maksettu');
    assert.equal(paid.label, 'success');
    assert.equal(paid.detail, '');
    assert.equal(paid.paidOn, '10.12.2026');
  });

  it('rejected: the bank’s reason in words with its code, or the code alone when unknown', () => {
    const closed = paymentText(payment({ status: 'rejected', rejectionCode: 'AC04' }), t('fi'), 'fi');
    assert.equal(closed.state, 'Hylätty');
    assert.equal(closed.label, 'error');
    assert.equal(closed.detail, 'Pankin syy: tili on lopetettu (AC04)');
    assert.equal(closed.paidOn, '');
    const other = paymentText(payment({ status: 'rejected', rejectionCode: 'XY99' }), t('en'), 'en');
    assert.equal(other.detail, 'Bank’s reason: code XY99');
    const none = paymentText(payment({ status: 'rejected', rejectionCode: null }), t('sv'), 'sv');
    assert.equal(none.detail, 'Bankens orsak: banken uppgav ingen orsak');
  });
});
