// The decision form's payment commitments (features/case/decision/commitment-rows.ts): euros as people type them
// into cents, each row's checks (payee, maximum, both days of the validity in order), the request, the server's
// field errors matched back to the rows, and a new row's defaults; and a document's retention in one line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dictionaries, type Language } from '@tuki/i18n';
import { createTranslatorFor } from '@tuki/i18n/web';
import {
  type CommitmentRow,
  checkCommitments,
  commitmentFieldOf,
  commitmentRequests,
  newCommitmentRow,
  parseEuros,
} from '../src/features/case/decision/commitment-rows.ts';
import { type DocumentRetention, retentionNote } from '../src/features/case/decision/retention.ts';

const row = (fields: Partial<CommitmentRow> = {}): CommitmentRow => ({
  key: 1,
  kind: 'rent_deposit',
  payeeName: 'Asunto Oy Kotikatu',
  payeeLanguage: 'fi',
  covers: 'Kotikatu 1 A 2',
  maxAmount: '850',
  validFrom: '2026-12-01',
  validTo: '2026-12-31',
  ...fields,
});

describe('parseEuros', () => {
  it('reads whole euros, a comma or a point with one or two decimals, spaces and a euro sign', () => {
    assert.equal(parseEuros('850'), 85_000);
    assert.equal(parseEuros('850,5'), 85_050);
    assert.equal(parseEuros('850,50'), 85_050);
    assert.equal(parseEuros('850.05'), 85_005);
    assert.equal(parseEuros(' 1 200,00 € '), 120_000);
    assert.equal(parseEuros('1\u00a0200'), 120_000);
    assert.equal(parseEuros('0,01'), 1);
    assert.equal(parseEuros('1000000'), 100_000_000);
  });

  it('refuses nothing, zero, too much, three decimals, signs and words', () => {
    for (const text of [
      '',
      '   ',
      '0',
      '0,00',
      '1000000,01',
      '12,345',
      '-5',
      '+5',
      '5e2',
      'kymppi',
      '1.200,00',
    ])
      assert.equal(parseEuros(text), undefined, text);
  });
});

describe('checkCommitments', () => {
  it('finds nothing in a whole row', () => {
    assert.deepEqual(checkCommitments([row(), row({ key: 2, validTo: '2026-12-01' })]), []);
  });

  it('names each missing field of each row, in order', () => {
    assert.deepEqual(checkCommitments([row(), row({ payeeName: '  ', maxAmount: 'x', validFrom: '' })]), [
      { row: 1, field: 'payeeName', error: 'payeeName' },
      { row: 1, field: 'maxAmount', error: 'maxAmount' },
      { row: 1, field: 'validFrom', error: 'validFrom' },
    ]);
    assert.deepEqual(checkCommitments([row({ validTo: '' })]), [
      { row: 0, field: 'validTo', error: 'validTo' },
    ]);
  });

  it('refuses a validity that ends before it starts', () => {
    assert.deepEqual(checkCommitments([row({ validFrom: '2026-12-10', validTo: '2026-12-09' })]), [
      { row: 0, field: 'validTo', error: 'validity' },
    ]);
  });
});

describe('commitmentRequests', () => {
  it('trims the words and gives the maximum in cents', () => {
    assert.deepEqual(
      commitmentRequests([row({ payeeName: ' Apteekki ', covers: ' lääkkeet ', maxAmount: '99,9' })]),
      [
        {
          kind: 'rent_deposit',
          payeeName: 'Apteekki',
          payeeLanguage: 'fi',
          covers: 'lääkkeet',
          maxAmountCents: 9_990,
          validFrom: '2026-12-01',
          validTo: '2026-12-31',
        },
      ],
    );
  });
});

describe('commitmentFieldOf', () => {
  it('matches the server’s paths to a row and its field', () => {
    assert.deepEqual(commitmentFieldOf('commitments.1.validTo'), { row: 1, field: 'validTo' });
    assert.deepEqual(commitmentFieldOf('commitments.0.maxAmountCents'), { row: 0, field: 'maxAmount' });
    assert.deepEqual(commitmentFieldOf('commitments.2'), { row: 2, field: undefined });
    assert.equal(commitmentFieldOf('rentToLandlord.iban'), undefined);
  });
});

describe('newCommitmentRow', () => {
  it('is valid from today to the end of the month, in the language given', () => {
    const fresh = newCommitmentRow(3, 'sv', '2026-02-10');
    assert.equal(fresh.key, 3);
    assert.equal(fresh.payeeLanguage, 'sv');
    assert.equal(fresh.validFrom, '2026-02-10');
    assert.equal(fresh.validTo, '2026-02-28');
    assert.equal(newCommitmentRow(1, 'fi', '2028-02-01').validTo, '2028-02-29');
    assert.equal(newCommitmentRow(1, 'fi', '2026-12-31').validTo, '2026-12-31');
  });
});

describe('retentionNote', () => {
  const t = (language: Language) => createTranslatorFor(dictionaries[language]);
  const retention: DocumentRetention = {
    recordType: 'decision',
    publicity: 'secret',
    publicityBasis: 'Sosiaalihuollon asiakaslaki 812/2000, 14 §',
    personalData: true,
    retentionYears: 10,
    basis: 'TOS',
    destroyAfter: null,
  };

  it('says the publicity and the years kept, in each language', () => {
    assert.equal(
      retentionNote(retention, t('fi')),
      'Salassa pidettävä · säilytetään 10 vuotta asian päättymisestä',
    );
    assert.equal(
      retentionNote(retention, t('sv')),
      'Sekretessbelagd · bevaras 10 år efter att ärendet avslutats',
    );
    assert.equal(
      retentionNote(retention, t('en')),
      'Confidential · kept for 10 years after the case is closed',
    );
    assert.equal(
      retentionNote({ ...retention, retentionYears: 1 }, t('fi')),
      'Salassa pidettävä · säilytetään vuoden asian päättymisestä',
    );
  });

  it('adds the first day it may be destroyed once the case is closed', () => {
    assert.equal(
      retentionNote({ ...retention, destroyAfter: '2036-12-31' }, t('fi')),
      'Salassa pidettävä · säilytetään 10 vuotta asian päättymisestä · hävitetään aikaisintaan 1.1.2037',
    );
  });
});
