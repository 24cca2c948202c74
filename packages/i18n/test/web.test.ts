import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dictionaries, translate } from '../src/index.ts';
import { createTranslatorFor, finnish, isTranslationKey, loadDictionary } from '../src/web.ts';

describe('@tuki/i18n/web', () => {
  it('loads each language’s dictionary, the same texts as the server’s', async () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      assert.equal(await loadDictionary(language), dictionaries[language]);
    }
    assert.equal(finnish, dictionaries.fi);
  });

  it('translates with a loaded dictionary as translate does', async () => {
    const t = createTranslatorFor(await loadDictionary('sv'));
    assert.equal(t('common.signIn'), 'Logga in');
    assert.equal(
      t('application.save.saved', { time: '14.32' }),
      translate('sv', 'application.save.saved', { time: '14.32' }),
    );
  });

  it('knows the keys built at run time', () => {
    assert.ok(isTranslationKey('validation.invalid_iban'));
    assert.ok(!isTranslationKey('validation.no_such_code'));
  });
});
