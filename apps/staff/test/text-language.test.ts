// The decision form's language check (features/case/decision/text-language.ts), measured on the project's own texts:
// every Finnish, Swedish and English text of packages/i18n is a sample of known language.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dictionaries } from '@tuki/i18n';
import { detectTextLanguage } from '../src/features/case/decision/text-language.ts';

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value
      ? Object.values(value).flatMap(strings)
      : [];

function samples(minWords: number) {
  return (['fi', 'sv', 'en'] as const).flatMap((language) =>
    strings(dictionaries[language])
      .map((text) => text.replace(/\{\w+\}/g, ' '))
      .filter((text) => text.split(/\s+/).filter(Boolean).length >= minWords)
      .map((text) => ({ language, text })),
  );
}

describe('the language of the caseworker’s free text', () => {
  test('never names the wrong language for the project’s own texts, and names most of them', () => {
    for (const [minWords, minRate] of [
      [8, 0.85],
      [12, 0.95],
    ] as const) {
      const all = samples(minWords);
      assert.ok(all.length > 500, `samples of ${minWords}+ words: ${all.length}`);
      const answered = all.map((sample) => ({ ...sample, detected: detectTextLanguage(sample.text) }));
      const wrong = answered.filter(
        (sample) => sample.detected !== null && sample.detected !== sample.language,
      );
      assert.deepEqual(
        wrong.map((sample) => `${sample.language} → ${sample.detected}: ${sample.text}`),
        [],
        'no text is taken for another language',
      );
      const rate = answered.filter((sample) => sample.detected !== null).length / all.length;
      assert.ok(rate >= minRate, `${minWords}+ words: ${(rate * 100).toFixed(1)} % detected`);
    }
  });

  test('a caseworker’s reasons in each language', () => {
    assert.equal(
      detectTextLanguage(
        'Vuokra on hyväksytty vuokrasopimuksen mukaan, ja sähkölasku otetaan huomioon menona.',
      ),
      'fi',
    );
    assert.equal(
      detectTextLanguage(
        'Hyran har godkänts enligt hyresavtalet och elräkningen har beaktats som en utgift.',
      ),
      'sv',
    );
    assert.equal(
      detectTextLanguage(
        'The rent has been accepted according to the rental agreement and the electricity bill.',
      ),
      'en',
    );
  });

  test('no answer for short, mixed or unclear text', () => {
    for (const text of [
      '',
      'Vuokra hyväksytty.',
      'Hyran har godkänts.',
      'OK',
      'TT-2026-000123 1 234,56 € 12.3.2026',
      'Kela Helsinki Espoo Vantaa Tampere Turku Oulu',
      'Vuokra on hyväksytty ja the rent has been accepted and hyran har godkänts och beaktats',
    ]) {
      assert.equal(detectTextLanguage(text), null, text);
    }
  });
});
