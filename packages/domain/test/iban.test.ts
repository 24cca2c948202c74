import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatIban,
  ibanLengthByCountry,
  isValidIban,
  maskIban,
  normalizeIban,
  parseIban,
} from '../src/iban.ts';

// Example IBANs from the national formats (one per SEPA country).
const validExamples = [
  'AD1200012030200359100100',
  'AT611904300234573201',
  'BE68539007547034',
  'BG80BNBG96611020345678',
  'CH9300762011623852957',
  'CY17002001280000001200527600',
  'CZ6508000000192000145399',
  'DE89370400440532013000',
  'DK5000400440116243',
  'EE382200221020145685',
  'ES9121000418450200051332',
  'FI2112345600000785',
  'FR1420041010050500013M02606',
  'GB29NWBK60161331926819',
  'GI75NWBK000000007099453',
  'GR1601101250000000012300695',
  'HR1210010051863000160',
  'HU42117730161111101800000000',
  'IE29AIBK93115212345678',
  'IS140159260076545510730339',
  'IT60X0542811101000000123456',
  'LI21088100002324013AA',
  'LT121000011101001000',
  'LU280019400644750000',
  'LV80BANK0000435195001',
  'MC5811222000010123456789030',
  'MT84MALT011000012345MTLCAST001S',
  'NL91ABNA0417164300',
  'NO9386011117947',
  'PL61109010140000071219812874',
  'PT50000201231234567890154',
  'RO49AAAA1B31007593840000',
  'SE4550000000058398257466',
  'SI56263300012039086',
  'SK3112000000198742637541',
  'SM86U0322509800000000270100',
  'VA59001123000012345678',
];

describe('parseIban', () => {
  it('accepts the Finnish example in print and electronic format', () => {
    assert.deepEqual(parseIban('FI21 1234 5600 0007 85'), { ok: true, value: 'FI2112345600000785' });
    assert.deepEqual(parseIban('FI2112345600000785'), { ok: true, value: 'FI2112345600000785' });
    assert.deepEqual(parseIban(' fi21 1234 5600 0007 85 '), { ok: true, value: 'FI2112345600000785' });
  });

  it('accepts an example IBAN for every SEPA country in the table', () => {
    for (const iban of validExamples) {
      assert.ok(isValidIban(iban), iban);
      assert.equal(iban.length, ibanLengthByCountry[iban.slice(0, 2)], iban);
    }
    const countries = new Set(validExamples.map((iban) => iban.slice(0, 2)));
    for (const country of Object.keys(ibanLengthByCountry)) {
      if (country !== 'AX') assert.ok(countries.has(country), country);
    }
  });

  it('has the Finnish length 18', () => {
    assert.equal(ibanLengthByCountry.FI, 18);
    assert.equal(ibanLengthByCountry.AX, 18);
  });

  it('rejects wrong check digits', () => {
    assert.deepEqual(parseIban('FI22 1234 5600 0007 85'), { ok: false, reason: 'checksum' });
    assert.deepEqual(parseIban('FI21 1234 5600 0007 86'), { ok: false, reason: 'checksum' });
    assert.deepEqual(parseIban('FI00 1234 5600 0007 85'), { ok: false, reason: 'checksum' });
  });

  it('detects every single-digit change and adjacent swap in the Finnish example', () => {
    const iban = 'FI2112345600000785';
    for (let index = 2; index < iban.length; index++) {
      for (const digit of '0123456789') {
        if (digit === iban[index]) continue;
        const changed = iban.slice(0, index) + digit + iban.slice(index + 1);
        assert.equal(isValidIban(changed), false, changed);
      }
    }
    for (let index = 2; index < iban.length - 1; index++) {
      if (iban[index] === iban[index + 1]) continue;
      const swapped = iban.slice(0, index) + iban[index + 1] + iban[index] + iban.slice(index + 2);
      assert.equal(isValidIban(swapped), false, swapped);
    }
  });

  it('rejects wrong lengths', () => {
    assert.deepEqual(parseIban('FI21 1234 5600 0007 8'), { ok: false, reason: 'length' });
    assert.deepEqual(parseIban('FI21 1234 5600 0007 850'), { ok: false, reason: 'length' });
  });

  it('rejects unknown countries', () => {
    assert.deepEqual(parseIban('XX21 1234 5600 0007 85'), { ok: false, reason: 'country' });
    assert.deepEqual(parseIban('US64SVBKUS6S3300958879'), { ok: false, reason: 'country' });
  });

  it('rejects bad characters and structure', () => {
    for (const input of [
      '',
      'FI',
      'FI21',
      '1121 1234 5600 0007 85',
      'FIAB 1234 5600 0007 85',
      'FI21-1234-5600-0007-85',
      'FI21 1234 5600 0007 8!',
      'FI21 1234 5600 0007 8Ä',
    ]) {
      assert.deepEqual(parseIban(input), { ok: false, reason: 'format' }, input);
    }
  });
});

describe('normalizeIban and formatIban', () => {
  it('removes whitespace and upper-cases', () => {
    assert.equal(normalizeIban(' fi21 1234\t5600 0007\u00a085 '), 'FI2112345600000785');
  });

  it('formats into groups of four', () => {
    assert.equal(formatIban('FI2112345600000785'), 'FI21 1234 5600 0007 85');
    assert.equal(formatIban('fi21 12345600000785'), 'FI21 1234 5600 0007 85');
    assert.equal(formatIban('BE68539007547034'), 'BE68 5390 0754 7034');
    assert.equal(formatIban('MT84MALT011000012345MTLCAST001S'), 'MT84 MALT 0110 0001 2345 MTLC AST0 01S');
    assert.equal(formatIban(''), '');
  });
});

describe('maskIban', () => {
  it('keeps the country code and the last four characters', () => {
    assert.equal(maskIban('FI21 1234 5600 0007 85'), 'FI** **** **** **07 85');
    assert.equal(maskIban('fi2112345600000785'), 'FI** **** **** **07 85');
    assert.equal(maskIban('BE68539007547034'), 'BE** **** **** 7034');
    assert.equal(maskIban('NO9386011117947'), 'NO** **** ***7 947');
  });

  it('keeps the length and does not reveal the check digits', () => {
    const masked = maskIban('DE89370400440532013000');
    assert.equal(masked, 'DE** **** **** **** **30 00');
    assert.equal(masked.replaceAll(' ', '').length, 22);
  });

  it('masks short input entirely', () => {
    assert.equal(maskIban('FI21'), '****');
    assert.equal(maskIban('FI2112'), '**** **');
    assert.equal(maskIban(''), '');
  });
});
