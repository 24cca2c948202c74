// Puts the parameter sets shipped with the project (packages/rules/parameters/*.json) into rule_parameter_set.
// The migration runner calls it after the migrations, on the same connection and under the same advisory lock, so
// it runs wherever the schema is brought up to date: at every server start (production and the browser tests),
// `npm run migrate`, and every test database (createTestDatabase migrates). `on conflict do nothing` makes it
// idempotent and safe with several processes starting at once: a set already there (by version) is left as it is
// (sets are never changed; a corrected shipped set is a new version that `revises` the old one, migration 0021).
// A shipped set is not inserted into a month that a set in force already holds, unless it revises that very set:
// an admin's set for the same month wins over a later shipped one, as before.
import { shippedParameterSets } from '@tuki/rules';

type Exec = (script: string) => Promise<Record<string, unknown>[]>;

/** A SQL string literal (standard_conforming_strings is on in PostgreSQL and PGlite: only ' is special). */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The insert of every shipped set that is missing (one statement per set, in effective order). */
export function shippedParameterSetsScript(): string {
  return shippedParameterSets
    .map((set) => {
      const revises = set.revises === undefined ? 'null::text' : literal(set.revises);
      return (
        'insert into rule_parameter_set (version, effective_from, parameters, origin, revises)\n' +
        `select ${literal(set.version)}, ${literal(set.effectiveFrom)}, ${literal(JSON.stringify(set))}::jsonb, ` +
        `'shipped', ${revises}\n` +
        'where not exists (select 1 from rule_parameter_set held\n' +
        `  where held.effective_from = ${literal(set.effectiveFrom)}\n` +
        `    and held.version is distinct from ${revises}\n` +
        '    and not exists (select 1 from rule_parameter_set later where later.revises = held.version))\n' +
        'on conflict do nothing;'
      );
    })
    .join('\n');
}

/** Inserts the missing shipped sets; does nothing before migration 0021 (the table of 0013, `revises`). */
export async function seedShippedParameterSets(exec: Exec): Promise<void> {
  const [found] = await exec(
    `select exists (select 1 from information_schema.columns where table_schema = current_schema() ` +
      `and table_name = 'rule_parameter_set' and column_name = 'revises') as present`,
  );
  if (found?.present !== true) return;
  await exec(shippedParameterSetsScript());
}
