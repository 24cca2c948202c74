import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ageOn,
  CHECK_CHARACTERS,
  centurySigns,
  isValidPersonalIdentityCode,
  makePersonalIdentityCode,
  normalizePersonalIdentityCode,
  parsePersonalIdentityCode,
  personalIdentityCodeCheckCharacter,
} from '../src/personal-identity-code.ts';

// Computes the check character straight from the rule, independently of the module.
function checkCharacterByRule(nineDigits: string): string {
  const alphabet = '0123456789ABCDEFHJKLMNPRSTUVWXY';
  return alphabet[Number.parseInt(nineDigits, 10) % 31] ?? '?';
}

function withCheck(datePart: string, sign: string, individual: string): string {
  return datePart + sign + individual + checkCharacterByRule(datePart + individual);
}

function replaceCheck(code: string): string {
  const last = code.at(-1);
  return code.slice(0, -1) + (last === 'A' ? 'B' : 'A');
}

describe('check character', () => {
  it('uses the 31-character alphabet without G, I, O, Q and Z', () => {
    assert.equal(CHECK_CHARACTERS.length, 31);
    for (const excluded of 'GIOQZ') assert.ok(!CHECK_CHARACTERS.includes(excluded));
  });

  it('matches the rule for the official example 131052-308T', () => {
    assert.equal(131052308 % 31, 25);
    assert.equal(CHECK_CHARACTERS[25], 'T');
    assert.equal(personalIdentityCodeCheckCharacter('131052', '308'), 'T');
  });

  it('matches the rule for a sample of numbers', () => {
    for (const [datePart, individual] of [
      ['010101', '123'],
      ['311299', '999'],
      ['290200', '002'],
      ['000000', '000'],
      ['150677', '456'],
    ] as const) {
      assert.equal(
        personalIdentityCodeCheckCharacter(datePart, individual),
        checkCharacterByRule(datePart + individual),
      );
    }
  });

  it('rejects malformed parts', () => {
    assert.throws(() => personalIdentityCodeCheckCharacter('13105', '308'), RangeError);
    assert.throws(() => personalIdentityCodeCheckCharacter('131052', '30a'), RangeError);
  });
});

describe('parsePersonalIdentityCode', () => {
  it('parses the official example 131052-308T', () => {
    assert.deepEqual(parsePersonalIdentityCode('131052-308T'), {
      ok: true,
      value: { code: '131052-308T', dateOfBirth: '1952-10-13', sex: 'female', temporary: false },
    });
  });

  it('parses 010101A123N (check character from the rule)', () => {
    const code = withCheck('010101', 'A', '123');
    assert.equal(code, '010101A123N');
    const result = parsePersonalIdentityCode(code);
    assert.ok(result.ok);
    assert.equal(result.value.dateOfBirth, '2001-01-01');
    assert.equal(result.value.sex, 'male');
  });

  it('accepts the temporary test codes published by the Digital and Population Data Services Agency', () => {
    const published = [
      '010594Y9021',
      '020594X903P',
      '020594X902N',
      '030594W903B',
      '030694W9024',
      '040594V9030',
      '040594V902Y',
      '050594U903M',
      '050594U902L',
      '010516B903X',
      '010516B902W',
      '020516C903K',
      '020516C902J',
      '030516D9037',
      '030516D9026',
      '010501E9032',
      '020502E902X',
      '020503F9037',
      '020504A902E',
      '020504B904H',
    ];
    for (const code of published) {
      const result = parsePersonalIdentityCode(code);
      assert.ok(result.ok, code);
      assert.equal(result.value.temporary, true);
      assert.deepEqual(parsePersonalIdentityCode(code, { allowTemporary: false }), {
        ok: false,
        reason: 'individual_number',
      });
    }
  });

  it('maps every century sign to its century', () => {
    const expectedCentury: Record<string, string> = {
      '+': '18',
      '-': '19',
      Y: '19',
      X: '19',
      W: '19',
      V: '19',
      U: '19',
      A: '20',
      B: '20',
      C: '20',
      D: '20',
      E: '20',
      F: '20',
    };
    assert.deepEqual([...centurySigns].sort(), Object.keys(expectedCentury).sort());
    for (const sign of centurySigns) {
      const result = parsePersonalIdentityCode(withCheck('150677', sign, '456'));
      assert.ok(result.ok, sign);
      assert.equal(result.value.dateOfBirth, `${expectedCentury[sign]}77-06-15`);
      assert.equal(result.value.sex, 'female');
    }
  });

  it('derives sex from the parity of the individual number', () => {
    const male = parsePersonalIdentityCode(withCheck('010190', '-', '003'));
    const female = parsePersonalIdentityCode(withCheck('010190', '-', '002'));
    assert.ok(male.ok && female.ok);
    assert.equal(male.value.sex, 'male');
    assert.equal(female.value.sex, 'female');
  });

  it('reports a wrong check character as check', () => {
    assert.deepEqual(parsePersonalIdentityCode('131052-308A'), { ok: false, reason: 'check' });
    assert.deepEqual(parsePersonalIdentityCode('131052-309T'), { ok: false, reason: 'check' });
    for (const letter of 'GIOQZ') {
      assert.deepEqual(parsePersonalIdentityCode(`131052-308${letter}`), { ok: false, reason: 'check' });
    }
  });

  it('rejects any single changed check character', () => {
    for (const char of CHECK_CHARACTERS) {
      if (char !== 'T') assert.equal(isValidPersonalIdentityCode(`131052-308${char}`), false);
    }
  });

  it('validates Feb 29 by leap year, per century', () => {
    assert.ok(isValidPersonalIdentityCode(withCheck('290200', 'A', '123'))); // 2000: leap
    assert.ok(isValidPersonalIdentityCode(withCheck('290296', '-', '123'))); // 1996: leap
    assert.ok(isValidPersonalIdentityCode(withCheck('290204', 'A', '123'))); // 2004: leap
    assert.ok(isValidPersonalIdentityCode(withCheck('290296', '+', '123'))); // 1896: leap
    const nonLeap = [
      withCheck('290200', '-', '123'),
      withCheck('290201', 'A', '123'),
      withCheck('290200', '+', '123'),
    ]; // 1900, 2001, 1800
    for (const code of nonLeap)
      assert.deepEqual(parsePersonalIdentityCode(code), { ok: false, reason: 'date' });
  });

  it('rejects impossible dates', () => {
    for (const datePart of ['000190', '320190', '310490', '010090', '011390', '300290']) {
      assert.deepEqual(
        parsePersonalIdentityCode(withCheck(datePart, '-', '123')),
        { ok: false, reason: 'date' },
        datePart,
      );
    }
    assert.ok(isValidPersonalIdentityCode(withCheck('310190', '-', '123')));
    assert.ok(isValidPersonalIdentityCode(withCheck('301190', '-', '123')));
  });

  it('checks the individual number range', () => {
    for (const individual of ['000', '001']) {
      assert.deepEqual(parsePersonalIdentityCode(withCheck('010190', '-', individual)), {
        ok: false,
        reason: 'individual_number',
      });
    }
    for (const individual of ['002', '500', '899']) {
      assert.ok(isValidPersonalIdentityCode(withCheck('010190', '-', individual), { allowTemporary: false }));
    }
    for (const individual of ['900', '999']) {
      const code = withCheck('010190', '-', individual);
      assert.ok(isValidPersonalIdentityCode(code));
      assert.ok(isValidPersonalIdentityCode(code, { allowTemporary: true }));
      assert.equal(isValidPersonalIdentityCode(code, { allowTemporary: false }), false);
    }
  });

  it('rejects bad format, lower case and surrounding whitespace', () => {
    const bad = [
      '',
      '131052-308',
      '131052-308TT',
      '131052308T',
      '131052_308T',
      '131052G308T',
      '131052Z308T',
      '13105a-308T',
      '131052-3o8T',
      ' 131052-308T',
      '131052-308T ',
      '131052-308t',
      withCheck('010101', 'a', '123').toLowerCase(),
      '１３１０５２-３０８T',
    ];
    for (const code of bad) {
      assert.deepEqual(parsePersonalIdentityCode(code), { ok: false, reason: 'format' }, code);
    }
  });

  it('accepts a lower-case code after normalization', () => {
    const input = '  010101a123n\n';
    assert.equal(isValidPersonalIdentityCode(input), false);
    assert.equal(normalizePersonalIdentityCode(input), '010101A123N');
    assert.ok(isValidPersonalIdentityCode(normalizePersonalIdentityCode(input)));
  });

  it('checks the date before the individual number and the individual number before the check', () => {
    assert.deepEqual(parsePersonalIdentityCode('310290-000X'), { ok: false, reason: 'date' });
    assert.deepEqual(parsePersonalIdentityCode(replaceCheck(withCheck('010190', '-', '001'))), {
      ok: false,
      reason: 'individual_number',
    });
  });
});

describe('makePersonalIdentityCode', () => {
  it('builds the official example', () => {
    assert.equal(makePersonalIdentityCode('1952-10-13', 308), '131052-308T');
  });

  it('picks the default century sign by year', () => {
    assert.equal(makePersonalIdentityCode('1899-12-31', 2).charAt(6), '+');
    assert.equal(makePersonalIdentityCode('1900-01-01', 2).charAt(6), '-');
    assert.equal(makePersonalIdentityCode('2000-01-01', 2).charAt(6), 'A');
    assert.equal(makePersonalIdentityCode('2099-12-31', 2).charAt(6), 'A');
  });

  it('round-trips through the parser for every century sign', () => {
    const datesBySign: Record<string, string> = { '+': '1888-02-29', '-': '1999-12-31', A: '2024-02-29' };
    for (const sign of centurySigns) {
      const dateOfBirth = datesBySign[sign] ?? (sign >= 'U' ? '1970-07-15' : '2010-03-09');
      for (const individualNumber of [2, 3, 457, 899, 900, 999]) {
        const code = makePersonalIdentityCode(dateOfBirth, individualNumber, sign);
        const result = parsePersonalIdentityCode(code);
        assert.ok(result.ok, code);
        assert.equal(result.value.dateOfBirth, dateOfBirth);
        assert.equal(result.value.sex, individualNumber % 2 === 1 ? 'male' : 'female');
        assert.equal(result.value.temporary, individualNumber >= 900);
        assert.equal(code.slice(-1), checkCharacterByRule(code.slice(0, 6) + code.slice(7, 10)));
      }
    }
  });

  it('rejects invalid input', () => {
    assert.throws(() => makePersonalIdentityCode('1952-10-13', 1), RangeError);
    assert.throws(() => makePersonalIdentityCode('1952-10-13', 1000), RangeError);
    assert.throws(() => makePersonalIdentityCode('1952-10-13', 12.5), RangeError);
    assert.throws(() => makePersonalIdentityCode('1952-02-30', 308), RangeError);
    assert.throws(() => makePersonalIdentityCode('1799-12-31', 308), RangeError);
    assert.throws(() => makePersonalIdentityCode('2100-01-01', 308), RangeError);
    assert.throws(() => makePersonalIdentityCode('1952-10-13', 308, 'A'), RangeError);
    assert.throws(() => makePersonalIdentityCode('2005-10-13', 308, 'Y'), RangeError);
  });
});

describe('ageOn', () => {
  it('counts full years from a date of birth', () => {
    assert.equal(ageOn('2000-06-15', '2018-06-14'), 17);
    assert.equal(ageOn('2000-06-15', '2018-06-15'), 18);
    assert.equal(ageOn('2000-06-15', '2018-12-31'), 18);
    assert.equal(ageOn('2000-06-15', '2000-06-15'), 0);
  });

  it('counts full years from a personal identity code', () => {
    assert.equal(ageOn('131052-308T', '2025-10-12'), 72);
    assert.equal(ageOn('131052-308T', '2025-10-13'), 73);
  });

  it('lets a person born on Feb 29 reach the next age on Mar 1 in non-leap years', () => {
    assert.equal(ageOn('2004-02-29', '2022-02-28'), 17);
    assert.equal(ageOn('2004-02-29', '2022-03-01'), 18);
    assert.equal(ageOn('2004-02-29', '2024-02-28'), 19);
    assert.equal(ageOn('2004-02-29', '2024-02-29'), 20);
  });

  it('throws on invalid input', () => {
    assert.throws(() => ageOn('131052-308A', '2025-01-01'), RangeError);
    assert.throws(() => ageOn('2001-02-29', '2025-01-01'), RangeError);
    assert.throws(() => ageOn('2000-01-01', '2025-13-01'), RangeError);
    assert.throws(() => ageOn('2000-01-01', '1999-12-31'), RangeError);
  });
});
