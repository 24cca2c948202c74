// The municipal housing-cost norms (TTL 7 b §, in force from 2024-04-01; domain doc §2.3) for 2024–2026 as data:
// data/housing-cost-norms-2024-2026.csv (SISU asummenorajat_2024…2026, euros per month), one row per year and
// municipality. Read once when the module loads; the shipped parameter sets take their year's rows from here, so
// each stored set lists every municipality (see parameters.ts).
import { readFileSync } from 'node:fs';
import type { MunicipalNorm } from './parameter-set.ts';

const HEADER = 'year,municipality_code,municipality,persons_1,persons_2,persons_3,persons_4,each_further';

/** Whole euros (the table's unit) as cents; refuses anything else. */
function euros(text: string, where: string): number {
  if (!/^\d{1,6}$/.test(text)) throw new RangeError(`${where}: not an amount in whole euros: ${text}`);
  return Number(text) * 100;
}

/** Parses the CSV into the rows of each year, in the file's order. Throws RangeError on a malformed line. */
export function parseHousingNormCsv(csv: string): Map<number, MunicipalNorm[]> {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines[0] !== HEADER) throw new RangeError(`unexpected header: ${lines[0]}`);
  const years = new Map<number, MunicipalNorm[]>();
  lines.slice(1).forEach((line, index) => {
    const where = `line ${index + 2}`;
    const cells = line.split(',');
    if (cells.length !== 8) throw new RangeError(`${where}: expected 8 cells, found ${cells.length}`);
    const [year, code, name, p1, p2, p3, p4, further] = cells as [string, ...string[]] as string[];
    if (!/^\d{4}$/.test(year ?? '') || !/^\d{3}$/.test(code ?? '') || !name) {
      throw new RangeError(`${where}: expected a year, a three-digit code and a name`);
    }
    const rows = years.get(Number(year)) ?? [];
    if (rows.some((row) => row.municipalityCode === code)) {
      throw new RangeError(`${where}: municipality ${code} twice in ${year}`);
    }
    rows.push({
      municipalityCode: code as string,
      name,
      byHouseholdSizeCents: [p1, p2, p3, p4].map((cell) => euros(cell ?? '', where)),
      eachFurtherCents: euros(further ?? '', where),
    });
    years.set(Number(year), rows);
  });
  return years;
}

const tables = parseHousingNormCsv(
  readFileSync(new URL('../data/housing-cost-norms-2024-2026.csv', import.meta.url), 'utf8'),
);

/** The years the norm data covers. */
export const housingNormYears: readonly number[] = [...tables.keys()].sort();

/** Every municipality's norm for `year` (a fresh copy); RangeError when the data has no such year. */
export function housingNormTable(year: number): MunicipalNorm[] {
  const rows = tables.get(year);
  if (!rows)
    throw new RangeError(`no housing-cost norms for ${year} (data covers ${housingNormYears.join(', ')})`);
  return rows.map((row) => ({ ...row, byHouseholdSizeCents: [...row.byHouseholdSizeCents] }));
}
