import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { citizenTexts } from '../src/apps/citizen.ts';
import { staffTexts } from '../src/apps/staff.ts';
import type { Dictionary } from '../src/fi.ts';
import { dictionaries, translate } from '../src/index.ts';
import {
  type AppTexts,
  appFinnish,
  createTranslatorFor,
  isTranslationKey,
  loadDictionary,
  loadSections,
  registerAppTexts,
} from '../src/web.ts';

const repo = new URL('../../../', import.meta.url).pathname;

describe('@tuki/i18n/web', () => {
  it('gives each app its sections, the same texts as the server’s, in every language', async () => {
    for (const texts of [citizenTexts, staffTexts]) {
      registerAppTexts(texts);
      for (const language of ['fi', 'sv', 'en'] as const) {
        const loaded = await loadDictionary(language);
        assert.deepEqual(Object.keys(loaded).sort(), [...texts.sections].sort());
        for (const section of texts.sections) assert.equal(loaded[section], dictionaries[language][section]);
      }
      assert.deepEqual(appFinnish(), texts.finnish);
    }
  });

  it('brings a lazy section into every language loaded, before and after', async () => {
    registerAppTexts(staffTexts);
    const swedish = await loadDictionary('sv');
    assert.equal(swedish.statistics, undefined, 'not before its page');
    assert.ok(!isTranslationKey('statistics.title'));
    await loadSections(['statistics']);
    assert.equal(swedish.statistics, dictionaries.sv.statistics);
    assert.equal(appFinnish().statistics, dictionaries.fi.statistics);
    assert.ok(isTranslationKey('statistics.title'));
    const english = await loadDictionary('en');
    assert.equal(english.statistics, dictionaries.en.statistics, 'a language loaded later gets it too');
    const t = createTranslatorFor(swedish);
    assert.equal(t('statistics.title'), translate('sv', 'statistics.title'));
  });

  it('an app carries no other app’s texts', () => {
    assert.ok(!citizenTexts.sections.includes('workQueue'));
    assert.ok(!citizenTexts.sections.includes('staffUsers'));
    assert.ok(!staffTexts.sections.includes('citizenDecisions'));
    assert.ok(!staffTexts.sections.includes('account'));
  });

  it('translates with loaded texts as translate does', async () => {
    registerAppTexts(citizenTexts);
    const t = createTranslatorFor(await loadDictionary('sv'));
    assert.equal(t('common.signIn'), 'Logga in');
    assert.equal(
      t('application.save.saved', { time: '14.32' }),
      translate('sv', 'application.save.saved', { time: '14.32' }),
    );
  });

  it('knows the app’s keys built at run time', () => {
    registerAppTexts(citizenTexts);
    assert.ok(isTranslationKey('validation.invalid_iban'));
    assert.ok(!isTranslationKey('validation.no_such_code'));
    assert.ok(!isTranslationKey('workQueue.pageTitle'), 'not the staff app’s');
  });
});

/** Every source file under a folder. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The sections an app's code (and the shared UI code) names in keys: `'section.…'` or `` `section.…` ``. */
function sectionsUsed(folders: string[], sections: readonly string[]): Map<string, string> {
  const pattern = new RegExp(`['"\`](${sections.join('|')})\\.[A-Za-z$]`, 'g');
  const used = new Map<string, string>();
  for (const file of folders.flatMap(sourceFiles)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(pattern)) if (match[1]) used.set(match[1], file);
    if (text.includes('calculationLineText')) used.set('calculation', file);
  }
  return used;
}

describe('each app’s list of sections', () => {
  const all = Object.keys(dictionaries.fi) as (keyof Dictionary)[];
  const cases: [string, AppTexts][] = [
    ['citizen', citizenTexts],
    ['staff', staffTexts],
  ];
  for (const [app, texts] of cases) {
    it(`the ${app} app has every section its code uses`, () => {
      const lazy = Object.keys(texts.lazy ?? {});
      const used = sectionsUsed([join(repo, 'apps', app, 'src'), join(repo, 'packages/ui/src')], all);
      const missing = [...used].filter(
        ([section]) => !texts.sections.includes(section as keyof Dictionary) && !lazy.includes(section),
      );
      assert.deepEqual(
        missing.map(([section, file]) => `${section} (${file.replace(repo, '')})`),
        [],
        'run `npm run generate -w packages/i18n`',
      );
    });

    it(`the ${app} app uses a lazy section only in the pages that load it`, () => {
      // A lazyPage in AppRoutes.tsx loads a page with its sections, one in a page a part of it: the folder of the
      // module loaded may use them.
      const src = join(repo, 'apps', app, 'src/');
      const loadedBy = new Map<string, string[]>();
      for (const file of sourceFiles(src)) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/lazyPage\(\s*\(\) =>\s*import\('(\.[^']+)'\)[^[]*\[([^\]]*)\]/g)) {
          const module = join(dirname(file), match[1] ?? '');
          const folder = `${dirname(module).replace(src, '')}/`;
          for (const section of (match[2] ?? '').match(/\w+/g) ?? []) {
            loadedBy.set(section, [...(loadedBy.get(section) ?? []), folder]);
          }
        }
      }
      const lazy = Object.keys(texts.lazy ?? {});
      const misplaced: string[] = [];
      for (const section of lazy) {
        const folders = loadedBy.get(section) ?? [];
        if (folders.length === 0) misplaced.push(`${section}: no lazyPage loads it`);
        for (const file of sourceFiles(join(repo, 'apps', app, 'src'))) {
          const text = readFileSync(file, 'utf8');
          if (!new RegExp(`['"\`]${section}\\.[A-Za-z$]`).test(text)) continue;
          const relative = file.replace(join(repo, 'apps', app, 'src/'), '');
          if (!folders.some((folder) => relative.startsWith(folder)))
            misplaced.push(`${section} in ${relative}`);
        }
      }
      assert.deepEqual(misplaced, []);
    });
  }
});
