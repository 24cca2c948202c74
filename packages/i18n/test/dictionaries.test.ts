import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createTranslator,
  dictionaries,
  interpolate,
  isLanguage,
  isTranslationKey,
  languages,
  translate,
} from '../src/index.ts';

type Leaves = Map<string, string>;

function leaves(node: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (typeof node === 'string') {
    out.set(prefix, node);
    return out;
  }
  assert.ok(typeof node === 'object' && node !== null, `${prefix} is neither a text nor a group of texts`);
  for (const [key, value] of Object.entries(node)) leaves(value, prefix ? `${prefix}.${key}` : key, out);
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

const source = leaves(dictionaries.fi);

describe('dictionaries', () => {
  it('has the three languages', () => {
    assert.deepEqual([...languages], ['fi', 'sv', 'en']);
    assert.deepEqual(Object.keys(dictionaries).sort(), ['en', 'fi', 'sv']);
  });

  for (const language of languages) {
    const texts = leaves(dictionaries[language]);

    it(`${language} has exactly the keys of the Finnish source`, () => {
      assert.deepEqual([...texts.keys()].sort(), [...source.keys()].sort());
    });

    it(`${language} has no empty or untrimmed texts`, () => {
      for (const [key, text] of texts) {
        assert.notEqual(text.trim(), '', `${language}: ${key} is empty`);
        assert.equal(text, text.trim(), `${language}: ${key} has leading or trailing white space`);
      }
    });

    it(`${language} uses the same placeholders as Finnish`, () => {
      for (const [key, text] of texts) {
        assert.deepEqual(placeholders(text), placeholders(source.get(key) ?? ''), `${language}: ${key}`);
      }
    });
  }

  it('names the languages inside a text in the language of the text', () => {
    assert.deepEqual(dictionaries.fi.common.languageNamesInText, {
      fi: 'suomi',
      sv: 'ruotsi',
      en: 'englanti',
    });
    assert.deepEqual(dictionaries.sv.common.languageNamesInText, {
      fi: 'finska',
      sv: 'svenska',
      en: 'engelska',
    });
    assert.deepEqual(dictionaries.en.common.languageNamesInText, {
      fi: 'Finnish',
      sv: 'Swedish',
      en: 'English',
    });
  });

  it('names each language in that language', () => {
    for (const language of languages) {
      assert.deepEqual(dictionaries[language].common.languageNames, {
        fi: 'Suomi',
        sv: 'Svenska',
        en: 'English',
      });
    }
  });
});

describe('translate', () => {
  it('returns the text of a key in each language', () => {
    assert.equal(translate('fi', 'common.signIn'), 'Kirjaudu sisään');
    assert.equal(translate('sv', 'common.signIn'), 'Logga in');
    assert.equal(translate('en', 'common.signIn'), 'Sign in');
  });

  it('fills in placeholders', () => {
    assert.equal(translate('fi', 'staff.landing.title', { name: 'Anna' }), 'Tervetuloa, Anna');
    assert.equal(
      translate('sv', 'common.signedInAs', { name: 'Anna Andersson' }),
      'Inloggad som Anna Andersson',
    );
    assert.equal(
      translate('en', 'common.documentTitle', { page: 'Front page', app: 'Tuki' }),
      'Front page – Tuki',
    );
  });

  it('interpolates numbers and leaves unknown placeholders alone', () => {
    assert.equal(interpolate('{count} of {total}', { count: 3 }), '3 of {total}');
    assert.equal(interpolate('no placeholders'), 'no placeholders');
  });

  it('binds a language with createTranslator', () => {
    const t = createTranslator('sv');
    assert.equal(t('errors.forbidden'), dictionaries.sv.errors.forbidden);
  });

  it('checks keys built at run time', () => {
    assert.equal(isTranslationKey('devLogin.household.single_parent'), true);
    assert.equal(isTranslationKey('devLogin.household'), false);
    assert.equal(isTranslationKey('devLogin.household.nobody'), false);
    assert.equal(isTranslationKey('toString'), false);
  });

  it('recognises languages', () => {
    assert.equal(isLanguage('sv'), true);
    assert.equal(isLanguage('de'), false);
    assert.equal(isLanguage(undefined), false);
  });
});

describe('translate types', () => {
  it('rejects wrong keys and wrong placeholders at compile time', () => {
    // These lines have to fail `tsc` (an unused @ts-expect-error fails it too); at run time they fall back
    // harmlessly: an unknown key shows itself, a missing value leaves its placeholder, others are ignored.
    // @ts-expect-error: not a key
    assert.equal(translate('fi', 'common.nope'), 'common.nope');
    // @ts-expect-error: a group of texts, not a text
    assert.equal(translate('fi', 'common.roles'), 'common.roles');
    // @ts-expect-error: the text has a {name} placeholder
    assert.match(translate('fi', 'common.signedInAs'), /\{name\}/);
    // @ts-expect-error: the text has no placeholders
    assert.equal(translate('fi', 'common.signIn', { name: 'x' }), 'Kirjaudu sisään');
    // @ts-expect-error: not a language
    assert.equal(translate('de', 'common.signIn'), 'Kirjaudu sisään');
  });
});
