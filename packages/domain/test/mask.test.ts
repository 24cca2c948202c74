import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isSensitiveKey,
  maskDeep,
  maskPersonalIdentityCodes,
  PERSONAL_IDENTITY_CODE_MASK,
} from '../src/mask.ts';

const MASK = '******-****';

describe('maskPersonalIdentityCodes', () => {
  it('uses a fixed mask that hides the date of birth too', () => {
    assert.equal(PERSONAL_IDENTITY_CODE_MASK, MASK);
    assert.equal(maskPersonalIdentityCodes('131052-308T'), MASK);
  });

  it('masks codes inside text', () => {
    assert.equal(
      maskPersonalIdentityCodes('Hakija 131052-308T ja puoliso 010101A123N.'),
      `Hakija ${MASK} ja puoliso ${MASK}.`,
    );
    assert.equal(maskPersonalIdentityCodes('hetu=131052-308T;'), `hetu=${MASK};`);
    assert.equal(maskPersonalIdentityCodes('"131052-308T"'), `"${MASK}"`);
    assert.equal(maskPersonalIdentityCodes('(131052-308T)\n131052-308T'), `(${MASK})\n${MASK}`);
    assert.equal(maskPersonalIdentityCodes('/persons/131052-308T/'), `/persons/${MASK}/`);
  });

  it('masks every century sign', () => {
    for (const sign of ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F']) {
      assert.equal(maskPersonalIdentityCodes(`id 010203${sign}456K end`), `id ${MASK} end`, sign);
    }
  });

  it('masks codes with a wrong check character, invalid dates and lower case', () => {
    assert.equal(maskPersonalIdentityCodes('131052-308A'), MASK);
    assert.equal(maskPersonalIdentityCodes('999999-9999'), MASK);
    assert.equal(maskPersonalIdentityCodes('131052-308t'), MASK);
    assert.equal(maskPersonalIdentityCodes('010101a123n'), MASK);
  });

  it('does not mask things that only look a bit alike', () => {
    const untouched = [
      '131052 308T',
      '131052-308',
      '1131052-308T',
      '131052-308TT',
      'x131052-308T',
      '131052G308T',
      '2024-03-31',
      '2024-03-31T21:59:59.123Z',
      '31.3.2024',
      '+358 40 123 4567',
      '+358401234567',
      '040-1234567',
      '040 123 4567',
      '09-310 12345',
      'FI21 1234 5600 0007 85',
      'FI2112345600000785',
      'DE89 3704 0044 0532 0130 00',
      'NL91ABNA0417164300',
      'GB29NWBK60161331926819',
      '550e8400-e29b-41d4-a716-446655440000',
      '123456a7-890b-4cde-8f01-23456789abcd',
      '12345678-1234-1234-1234-123456789012',
      '00000000-0000-0000-0000-000000000000',
      'sha 123456a789bc',
      'amount 123456.78 EUR',
      'order 12345678901',
    ];
    for (const text of untouched) assert.equal(maskPersonalIdentityCodes(text), text, text);
  });

  it('masks a code next to a UUID or an IBAN without touching them', () => {
    const text = 'id=550e8400-e29b-41d4-a716-446655440000 hetu=131052-308T iban=FI2112345600000785';
    assert.equal(
      maskPersonalIdentityCodes(text),
      `id=550e8400-e29b-41d4-a716-446655440000 hetu=${MASK} iban=FI2112345600000785`,
    );
  });

  it('keeps letters with diacritics as word characters', () => {
    assert.equal(maskPersonalIdentityCodes('ä131052-308T'), 'ä131052-308T');
    assert.equal(maskPersonalIdentityCodes('nro:131052-308T, kiitos'), `nro:${MASK}, kiitos`);
  });
});

describe('isSensitiveKey', () => {
  it('matches identity code keys in any spelling', () => {
    for (const key of [
      'personalIdentityCode',
      'personal_identity_code',
      'personal-identity-code',
      'PersonalIdentityCodes',
      'applicantPersonalIdentityCode',
      'hetu',
      'HETU',
      'spouseHetu',
      'henkilötunnus',
      'ssn',
      'SSN',
      'social_security_number',
      'nationalIdentificationNumber',
      'national_identity_number',
    ]) {
      assert.ok(isSensitiveKey(key), key);
    }
  });

  it('does not match ordinary keys', () => {
    for (const key of [
      'id',
      'name',
      'iban',
      'personId',
      'dateOfBirth',
      'identity',
      'code',
      'lessons',
      'nationality',
    ]) {
      assert.equal(isSensitiveKey(key), false, key);
    }
  });
});

describe('maskDeep', () => {
  it('masks strings in nested objects and arrays and leaves other values alone', () => {
    const at = new Date('2025-01-01T00:00:00Z');
    const input = {
      message: 'Hakemus 131052-308T vastaanotettu',
      count: 3,
      ok: true,
      missing: null,
      nested: { list: ['010101A123N', 'plain', 7], deeper: [{ text: 'x 131052-308T y' }] },
      applicationId: '550e8400-e29b-41d4-a716-446655440000',
      receivedOn: '2025-04-20',
      phone: '+358 40 123 4567',
      iban: 'FI21 1234 5600 0007 85',
      at,
    };
    const output = maskDeep(input);
    assert.deepEqual(output, {
      message: `Hakemus ${MASK} vastaanotettu`,
      count: 3,
      ok: true,
      missing: null,
      nested: { list: [MASK, 'plain', 7], deeper: [{ text: `x ${MASK} y` }] },
      applicationId: '550e8400-e29b-41d4-a716-446655440000',
      receivedOn: '2025-04-20',
      phone: '+358 40 123 4567',
      iban: 'FI21 1234 5600 0007 85',
      at,
    });
  });

  it('masks values of sensitive keys entirely', () => {
    const output = maskDeep({
      personalIdentityCode: 'not even a code',
      hetu: 131052308,
      ssn: ['131052-308T', '010101A123N'],
      nationalIdentificationNumber: { value: 'x' },
      applicant: { spouse_hetu: '131052-308T', name: 'Maija' },
      optionalHetu: null,
      otherHetu: undefined,
    });
    assert.deepEqual(output, {
      personalIdentityCode: MASK,
      hetu: MASK,
      ssn: MASK,
      nationalIdentificationNumber: MASK,
      applicant: { spouse_hetu: MASK, name: 'Maija' },
      optionalHetu: null,
      otherHetu: undefined,
    });
  });

  it('masks plain strings and passes primitives through', () => {
    assert.equal(maskDeep('131052-308T'), MASK);
    assert.equal(maskDeep(42), 42);
    assert.equal(maskDeep(null), null);
    assert.equal(maskDeep(undefined), undefined);
    assert.equal(maskDeep(10n), 10n);
  });

  it('does not modify the input', () => {
    const input = { text: '131052-308T', list: ['131052-308T'], hetu: '131052-308T' };
    const snapshot = structuredClone(input);
    maskDeep(input);
    assert.deepEqual(input, snapshot);
  });

  it('masks object keys that contain codes', () => {
    assert.deepEqual(maskDeep({ '131052-308T': 'found' }), { [MASK]: 'found' });
  });

  it('turns errors into masked plain objects', () => {
    const error = Object.assign(
      new Error('Person 131052-308T not found', { cause: new Error('hetu 010101A123N') }),
      {
        hetu: '131052-308T',
        status: 404,
      },
    );
    const output = maskDeep({ error }) as { error: Record<string, unknown> };
    assert.equal(output.error.name, 'Error');
    assert.equal(output.error.message, `Person ${MASK} not found`);
    assert.equal(output.error.hetu, MASK);
    assert.equal(output.error.status, 404);
    assert.ok(typeof output.error.stack === 'string' && !output.error.stack.includes('131052-308T'));
    assert.equal((output.error.cause as Record<string, unknown>).message, `hetu ${MASK}`);
  });

  it('masks Maps and Sets', () => {
    const output = maskDeep({
      map: new Map<string, unknown>([
        ['note', '131052-308T'],
        ['hetu', 'abc'],
      ]),
      set: new Set(['131052-308T', 'ok']),
    }) as { map: Map<string, unknown>; set: Set<string> };
    assert.deepEqual(
      [...output.map],
      [
        ['note', MASK],
        ['hetu', MASK],
      ],
    );
    assert.deepEqual([...output.set], [MASK, 'ok']);
  });

  it('replaces circular references and keeps shared references', () => {
    const shared = { text: '131052-308T' };
    const input: Record<string, unknown> = { a: shared, b: shared };
    input.self = input;
    const output = maskDeep(input) as Record<string, unknown>;
    assert.deepEqual(output.a, { text: MASK });
    assert.deepEqual(output.b, { text: MASK });
    assert.equal(output.self, '[Circular]');
  });

  it('handles objects without a prototype', () => {
    const input = Object.assign(Object.create(null) as Record<string, unknown>, { text: '131052-308T' });
    assert.deepEqual(maskDeep(input), { text: MASK });
  });
});
