// What the client reads of a decision's letter deliveries and payments (features/decisions/delivery-payments.ts):
// Suomi.fi Messages and when it was read, mailed, returned, still being sent; paid, to be paid, failed, to the
// client or to the landlord; in Finnish, Swedish and English.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dictionaries, type Language } from '@tuki/i18n';
import { createTranslatorFor } from '@tuki/i18n/web';
import type { DecisionPayment, LetterDelivery } from '@tuki/ui/delivery-payments';
import { deliverySentences, paymentSentence } from '../src/features/decisions/delivery-payments.ts';

const t = (language: Language) => createTranslatorFor(dictionaries[language]);
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const delivery = (fields: Partial<LetterDelivery>): LetterDelivery => ({
  channel: 'suomifi_electronic',
  status: 'sent',
  sentAt: '2026-12-08T08:15:00Z',
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

describe('how the letter reached the client', () => {
  it('to Suomi.fi Messages, and when they read it', () => {
    assert.deepEqual(deliverySentences(delivery({}), t('en'), 'en'), [
      'Sent to your Suomi.fi Messages on 8.12.2026.',
    ]);
    assert.deepEqual(
      deliverySentences(delivery({ status: 'read', readAt: '2026-12-09T06:00:00Z' }), t('fi'), 'fi'),
      ['Päätös lähetettiin Suomi.fi-viesteihisi 8.12.2026.', 'Avasit viestin 9.12.2026.'],
    );
  });

  it('mailed: the day it went to printing, else the day Suomi.fi took it', () => {
    assert.deepEqual(
      deliverySentences(
        delivery({ channel: 'suomifi_paper', printedAt: '2026-12-09T07:00:00Z' }),
        t('sv'),
        'sv',
      ),
      ['Beslutsbrevet postades till dig 9.12.2026.'],
    );
    assert.deepEqual(
      deliverySentences(delivery({ channel: 'local_print', status: 'local' }), t('en'), 'en'),
      ['Mailed to you on 8.12.2026.'],
    );
  });

  it('returned to the sender: the day it came back, and what to do', () => {
    const [sentence] = deliverySentences(
      delivery({
        channel: 'suomifi_paper',
        status: 'returned_to_sender',
        returnedAt: '2026-12-15T07:30:00Z',
      }),
      t('en'),
      'en',
    );
    assert.match(sentence ?? '', /^The letter mailed to you came back to us on 15\.12\.2026 /);
    assert.match(sentence ?? '', /Population Information System/);
  });

  it('not sent yet, or given in the e-service only', () => {
    assert.deepEqual(
      deliverySentences(delivery({ channel: null, status: 'pending', sentAt: null }), t('fi'), 'fi'),
      ['Päätöskirjettä ollaan lähettämässä sinulle.'],
    );
    assert.deepEqual(deliverySentences(delivery({ channel: 'eservice', status: 'local' }), t('en'), 'en'), [
      'The decision was given in this e-service only.',
    ]);
  });
});

describe('how the money is paid', () => {
  const today = '2026-12-08';

  it('paid, to the client’s own account or to the landlord', () => {
    const paid = paymentSentence(
      payment({ status: 'accepted', sentAt: '2026-12-09T07:00:00Z', paidOn: '2026-12-10' }),
      t('en'),
      'en',
      today,
    );
    assert.equal(plain(paid.text), 'Paid on 10.12.2026: €450.00');
    assert.equal(paid.failed, false);
    assert.equal(paid.account, 'FI2112345600000785');
    const landlord = paymentSentence(
      payment({
        status: 'accepted',
        paidOn: '2026-12-10',
        payeeKind: 'landlord',
        iban: 'FI** **** **** **12 34',
      }),
      t('fi'),
      'fi',
      today,
    );
    assert.equal(plain(landlord.text), 'Maksettu vuokranantajallesi 10.12.2026: 450,00 €');
    assert.equal(landlord.account, null, 'no landlord’s account');
  });

  it('to be paid on its due date, or in the next few days once that has passed', () => {
    for (const status of ['proposed', 'in_batch', 'sent'] as const) {
      assert.equal(
        plain(paymentSentence(payment({ status }), t('fi'), 'fi', today).text),
        'Maksetaan 10.12.2026: 450,00 €',
      );
    }
    assert.equal(
      plain(paymentSentence(payment({ payeeKind: 'landlord' }), t('sv'), 'sv', today).text),
      'Betalas till din hyresvärd 10.12.2026: 450,00 €',
    );
    assert.equal(
      plain(paymentSentence(payment({}), t('en'), 'en', '2026-12-11').text),
      'To be paid in the next few days: €450.00',
    );
  });

  it('failed: we will contact you', () => {
    const failed = paymentSentence(
      payment({ status: 'rejected', rejectionCode: 'AC04' }),
      t('fi'),
      'fi',
      today,
    );
    assert.equal(plain(failed.text), 'Maksu (450,00 €) epäonnistui – otamme sinuun yhteyttä.');
    assert.equal(failed.failed, true);
    assert.equal(
      plain(
        paymentSentence(payment({ status: 'rejected', payeeKind: 'landlord' }), t('en'), 'en', today).text,
      ),
      'Payment of €450.00 to your landlord failed – we will contact you.',
    );
  });
});
