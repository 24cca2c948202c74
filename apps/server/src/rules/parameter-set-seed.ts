// Puts the parameter sets shipped with the project (packages/rules/parameters/*.json) into rule_parameter_set.
// The migration runner calls it after the migrations, on the same connection and under the same advisory lock, so
// it runs wherever the schema is brought up to date: at every server start (production and the browser tests),
// `npm run migrate`, and every test database (createTestDatabase migrates). `on conflict do nothing` makes it
// idempotent and safe with several processes starting at once: a set already there — by version, or an admin's
// set for the same month — is left as it is (sets are never changed; a corrected shipped set needs a new version).
import { shippedParameterSets } from '@tuki/rules';

type Exec = (script: string) => Promise<Record<string, unknown>[]>;

/** A SQL string literal (standard_conforming_strings is on in PostgreSQL and PGlite: only ' is special). */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The insert of every shipped set that is missing. */
export function shippedParameterSetsScript(): string {
  const rows = shippedParameterSets.map(
    (set) =>
      `(${literal(set.version)}, ${literal(set.effectiveFrom)}, ${literal(JSON.stringify(set))}::jsonb, 'shipped')`,
  );
  return (
    'insert into rule_parameter_set (version, effective_from, parameters, origin) values\n' +
    `${rows.join(',\n')}\non conflict do nothing`
  );
}

/** Inserts the missing shipped sets; does nothing before migration 0013 has created the table. */
export async function seedShippedParameterSets(exec: Exec): Promise<void> {
  const [found] = await exec(`select to_regclass('rule_parameter_set') is not null as present`);
  if (found?.present !== true) return;
  await exec(shippedParameterSetsScript());
}
