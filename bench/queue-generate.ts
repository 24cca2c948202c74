// Generates the work-queue benchmark's data set in a migrated database with set-based SQL (INSERT … SELECT over
// generate_series): 50 staff users, 200 000 persons with valid personal identity codes and Finnish names,
// 1 000 000 sent applications over five years and 20 000 drafts. Deterministic (setseed), so reruns give the same
// spread. Used by bench/queue.ts.
import { decisionDueDate, isValidPersonalIdentityCode } from '@tuki/domain';
import type pg from 'pg';
import { femaleFirstNames, lastNames, maleFirstNames } from '../apps/server/src/seed/generated-names.ts';

export const STAFF_USERS = 50;
export const PERSONS = 200_000;
export const SENT_APPLICATIONS = 1_000_000;
export const DRAFTS = 20_000;
/** The staff user the benchmark acts as ("me"): an ordinary handler. */
export const ME_INDEX = 13;

// The demo's names (the same as the development sign-in gives), with more surnames so that a search by one
// (q=Virtanen) meets about one person in 55.
const FIRST_NAMES = [...femaleFirstNames, ...maleFirstNames];
const LAST_NAMES = [
  ...lastNames,
  'Hiltunen',
  'Leinonen',
  'Miettinen',
  'Pelkonen',
  'Räsänen',
  'Väisänen',
  'Lindholm',
  'Lindqvist',
  'Nyström',
  'Öhman',
  'Kallio',
  'Aaltonen',
  'Hakala',
  'Ojala',
  'Seppälä',
  'Lampinen',
  'Rautio',
  'Peltonen',
  'Honkanen',
  'Koivisto',
  'Manninen',
  'Toivonen',
  'Vainio',
  'Anttila',
  'Mustonen',
];
const STREETS = ['Mannerheimintie', 'Hämeentie', 'Mäkelänkatu', 'Itäväylä', 'Kontulantie', 'Vuosaarentie'];

const textArray = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;

/** A deterministic version-4-shaped UUID from a label: the generated rows refer to each other without joins. */
const uuidOf = (label: string) =>
  `(substr(md5(${label}), 1, 12) || '4' || substr(md5(${label}), 14, 3) || '8' || substr(md5(${label}), 18, 15))::uuid`;
export const staffIdSql = (indexSql: string) => uuidOf(`'staff-' || (${indexSql})`);
const personIdSql = (indexSql: string) => uuidOf(`'person-' || (${indexSql})`);

export interface GenerationReport {
  steps: { step: string; ms: number }[];
  totalMs: number;
}

async function timed(report: GenerationReport, step: string, work: () => Promise<unknown>) {
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  report.steps.push({ step, ms });
  console.log(`  ${step}: ${(ms / 1000).toFixed(1)} s`);
}

/** Fills an empty, migrated database. `now` is the benchmark's "now"; the backlog's due dates are around it. */
export async function generate(client: pg.Client, now: Date): Promise<GenerationReport> {
  const report: GenerationReport = { steps: [], totalMs: 0 };
  const started = performance.now();
  const nowSql = `'${now.toISOString()}'::timestamptz`;
  await client.query('select setseed(0.4242)');

  await timed(report, `staff users (${STAFF_USERS})`, () =>
    client.query(`
      insert into staff_user (id, username, first_name, last_name, email, roles, created_at, updated_at)
      select ${staffIdSql('g')}, 'kasittelija' || lpad(g::text, 2, '0'),
        (${textArray(FIRST_NAMES)})[1 + (g * 7) % ${FIRST_NAMES.length}],
        (${textArray(LAST_NAMES)})[1 + (g * 11) % ${LAST_NAMES.length}],
        'kasittelija' || g || '@kaupunki.example',
        case when g <= 3 then array['supervisor', 'handler'] when g <= 15 and g <> ${ME_INDEX}
          then array['social_worker'] else array['handler'] end,
        ${nowSql} - interval '6 years', ${nowSql} - interval '6 years'
      from generate_series(1, ${STAFF_USERS}) g`),
  );

  // Codes: person i is born on day (i mod 24000)·7919 mod 24000 after 1940-01-01 (a permutation) with an
  // individual number in the band 2 + 80·(i div 24000) … +79, so no two persons share a code.
  await timed(report, `persons (${PERSONS.toLocaleString('en')})`, () =>
    client.query(`
      insert into person (id, personal_identity_code, first_name, last_name, street_address, postal_code, city,
        preferred_language, email, phone, created_at, updated_at)
      select ${personIdSql('i')},
        ddmmyy || case when extract(year from dob) >= 2000 then 'A' else '-' end || nnn ||
          substr('0123456789ABCDEFHJKLMNPRSTUVWXY', ((ddmmyy || nnn)::bigint % 31)::int + 1, 1),
        (${textArray(FIRST_NAMES)})[1 + (i * 13 + i / 7) % ${FIRST_NAMES.length}],
        (${textArray(LAST_NAMES)})[1 + ((i * 7919) / 13 + i) % ${LAST_NAMES.length}],
        (${textArray(STREETS)})[1 + i % ${STREETS.length}] || ' ' || (1 + i % 120) || ' A ' || (1 + i % 40),
        '00' || lpad((100 + (i % 90) * 10)::text, 3, '0'), 'Helsinki',
        case when i % 100 < 90 then 'fi' when i % 100 < 97 then 'sv' else 'en' end,
        case when i % 3 = 0 then 'asiakas' || i || '@example.fi' end,
        case when i % 2 = 0 then '+35840' || lpad((i * 7)::text, 7, '0') end,
        ${nowSql} - interval '6 years', ${nowSql} - interval '6 years'
      from (
        select i, dob, to_char(dob, 'DDMMYY') as ddmmyy, lpad(nnn::text, 3, '0') as nnn
        from (
          select i, date '1940-01-01' + ((i % 24000) * 7919) % 24000 as dob,
            2 + 80 * (i / 24000) + (i * 37) % 80 as nnn
          from generate_series(0, ${PERSONS - 1}) i
        ) raw
      ) coded`),
  );

  // Due dates by the real rule (decisionDueDate, Finnish working days and holidays), per arrival date.
  await timed(report, 'due-date calendar', async () => {
    await client.query('create temporary table bench_due (arrival date, urgent boolean, due date)');
    const values: string[] = [];
    const start = Date.UTC(now.getUTCFullYear() - 5, now.getUTCMonth(), now.getUTCDate() - 3);
    for (let t = start; t <= now.getTime() + 2 * 86_400_000; t += 86_400_000) {
      const noon = new Date(t + 10 * 3_600_000);
      const arrival = noon.toISOString().slice(0, 10);
      for (const urgent of [false, true])
        values.push(`('${arrival}', ${urgent}, '${decisionDueDate(noon, urgent)}')`);
    }
    await client.query(`insert into bench_due values ${values.join(', ')}`);
    await client.query('alter table bench_due add primary key (arrival, urgent)');
  });

  // Sent applications. Arrival uniform over five years (office hours, Helsinki); ~5 % urgent. Older than 18 days:
  // decided, ~5 % withdrawn. Younger: the live backlog, more of it open the newer it is (so some are past their
  // due date): submitted (not yet taken, unassigned), in_processing or waiting_for_information, assigned.
  // Persons apply repeatedly (monthly assistance): the person is drawn with a skew towards some.
  await timed(report, `sent applications (${SENT_APPLICATIONS.toLocaleString('en')})`, () =>
    client.query(`
      insert into application (person_id, kind, status, content, version, reference_number, urgent, submitted_at,
        due_date, assignee_id, created_at, updated_at)
      select ${personIdSql(`floor(power(u_person, 1.3) * ${PERSONS})::int`)},
        case when u_kind < 0.85 then 'basic' when u_kind < 0.95 then 'supplementary' else 'preventive' end,
        status,
        jsonb_build_object(
          'applicant', jsonb_build_object('maritalStatus', case when u_kind < 0.6 then 'single' else 'married' end,
            'housing', jsonb_build_object('type', 'rental', 'rent', 450 + (g % 600), 'waterFee', 20)),
          'household', jsonb_build_object('children', g % 4),
          'incomes', jsonb_build_array(jsonb_build_object('type', 'unemployment_benefit', 'amount', 700 + g % 400)),
          'expenses', jsonb_build_array(jsonb_build_object('type', 'medicine', 'amount', g % 90)),
          'additionalInformation', 'Hakemus ' || g),
        case when status = 'decided' then 4 when status = 'withdrawn' then 2 when status = 'submitted' then 1
          else 3 end,
        'TT-' || extract(year from submitted_at at time zone 'Europe/Helsinki') || '-' || lpad(g::text, greatest(6, length(g::text)), '0'),
        s.urgent, s.submitted_at, d.due,
        case when status = 'submitted' or (status = 'withdrawn' and u_status < 0.5) then null
          else ${staffIdSql(`1 + floor(u_staff * ${STAFF_USERS})::int`)} end,
        submitted_at - interval '1 hour' * (1 + 40 * u_kind),
        case when status in ('decided', 'withdrawn') then submitted_at + interval '1 day' * (1 + 8 * u_staff)
          else submitted_at + interval '1 hour' * 20 * u_staff end
      from (
        select g, u_person, u_kind, u_staff, u_status, urgent, submitted_at,
          case
            when age_days < 18 and u_status < 0.95 * power(1 - age_days / 18, 1.5) then
              case when u_open < 0.4 - age_days / 30 then 'submitted'
                when u_open < 0.78 then 'in_processing' else 'waiting_for_information' end
            when u_withdrawn < 0.05 then 'withdrawn'
            else 'decided' end as status
        from (
          select g, u_person, u_kind, u_staff, u_status, u_open, u_withdrawn, urgent, submitted_at,
            extract(epoch from ${nowSql} - submitted_at) / 86400 as age_days
          from (
            select g, random() as u_person, random() as u_kind, random() as u_staff, random() as u_status,
              random() as u_open, random() as u_withdrawn, random() < 0.05 as urgent,
              least(${nowSql} - interval '1 minute' * (1 + 30 * random()),
                date_trunc('day', ${nowSql} - interval '5 years' * random())
                  + interval '6 hours' + interval '1 minute' * floor(600 * random())) as submitted_at
            from generate_series(1, ${SENT_APPLICATIONS}) g
          ) drawn
        ) aged
      ) s
      join bench_due d on d.arrival = (s.submitted_at at time zone 'Europe/Helsinki')::date
        and d.urgent = s.urgent`),
  );

  await timed(report, `drafts (${DRAFTS.toLocaleString('en')})`, () =>
    client.query(`
      insert into application (person_id, kind, status, content, created_at, updated_at)
      select ${personIdSql('who')}, 'basic', 'draft',
        jsonb_build_object('additionalInformation', 'Luonnos ' || g), changed - interval '1 hour', changed
      from (select g, floor(random() * ${PERSONS})::int as who, ${nowSql} - interval '90 days' * random() as changed
            from generate_series(1, ${DRAFTS}) g) d`),
  );
  await client.query(`select setval('application_reference_seq', ${SENT_APPLICATIONS})`);

  await timed(report, 'vacuum analyze', async () => {
    for (const table of ['staff_user', 'person', 'application'])
      await client.query(`vacuum analyze ${table}`);
  });

  await timed(report, 'check identity codes (domain validator)', async () => {
    const { rows } = await client.query<{ code: string }>(
      'select personal_identity_code as code from person',
    );
    const invalid = rows.filter((row) => !isValidPersonalIdentityCode(row.code));
    if (invalid.length > 0)
      throw new Error(`${invalid.length} generated codes are invalid, e.g. ${invalid[0]?.code}`);
  });
  report.totalMs = performance.now() - started;
  return report;
}
