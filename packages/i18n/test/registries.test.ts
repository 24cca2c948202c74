import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { registries } from '../scripts/generate.ts';

const root = new URL('../', import.meta.url);

describe('the registries of the text sections', () => {
  it('are what `npm run generate -w packages/i18n` writes (every section file, each app’s sections)', () => {
    const files = registries();
    assert.ok(files.size >= 9);
    for (const [path, text] of files) {
      assert.equal(
        readFileSync(new URL(path, root), 'utf8'),
        text,
        `${path}: run npm run generate -w packages/i18n`,
      );
    }
  });

  it('list every section of a language and give each app the sections its code uses', () => {
    const files = registries();
    assert.match(
      files.get('src/sections/sv/index.ts') ?? '',
      /export \{ devLogin \} from '\.\/devLogin\.ts';/,
    );
    const citizen = files.get('src/apps/citizen.ts') ?? '';
    assert.match(citizen, /import \{ citizenDecisions \} from '\.\.\/sections\/fi\/citizenDecisions\.ts';/);
    assert.doesNotMatch(citizen, /workQueue/, 'not the staff app’s');
    assert.match(
      files.get('src/apps/citizen-sv.ts') ?? '',
      /export \{ citizenDecisions \} from '\.\.\/sections\/sv\/citizenDecisions\.ts';/,
    );
    assert.doesNotMatch(files.get('src/apps/citizen-en.ts') ?? '', /workQueue/, 'not the staff app’s');
    assert.match(citizen, /dataProtection: \{/, 'its page brings it');
    const staff = files.get('src/apps/staff.ts') ?? '';
    assert.match(staff, /statistics: \{\n {4}fi: \(\) => import\('\.\.\/sections\/fi\/statistics\.ts'\)/);
    assert.doesNotMatch(staff, /import \{ statistics \}/, 'a lazy section is not in the initial texts');
  });
});
