// Parameter sets in the database: the shipped sets seeded by the migration runner (identical to the JSON, not
// inserted twice), the chain rule, listParameterSets / getParameterSet / createParameterSet per role, validation
// (400), duplicates (409), a retroactive month refused, the audit row, and what each month gets before and after
// an admin adds a set.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NoParametersForMonthError, type ParameterSet, shippedParameterSets } from '@tuki/rules';
import { sql } from 'kysely';
import { migrate, readMigrations } from '../src/db/migrate.ts';
import { chainParameterSets, loadParameterSets, parameterSetFor } from '../src/rules/parameter-sets.ts';
import { changedValues, parameterCoverage } from '../src/rules/parameter-sets-admin.ts';
import { type Caller, call, signIn, useCaller } from './helpers/applications.ts';
import { matti } from './helpers/demo-citizens.ts';
import { useTestApp } from './helpers/test-app.ts';
import { createTestDatabase, databaseBackends } from './helpers/test-database.ts';

const BASE = '/api/v1/parameter-sets';
const newest = shippedParameterSets.at(-1);
if (!newest) throw new Error('no shipped parameter sets');

/** A copy of the newest shipped set with another version, months and basic amount. */
function derived(changes: { version: string; effectiveFrom: string; validThrough: string; cents?: number }) {
  const copy = structuredClone(newest) as ParameterSet;
  delete copy.revises; // only shipped sets revise one another
  copy.version = changes.version;
  copy.effectiveFrom = changes.effectiveFrom;
  copy.validThrough = changes.validThrough;
  copy.description = `Test set from ${changes.effectiveFrom}`;
  if (changes.cents !== undefined) {
    copy.sources['admin-test'] = 'Test decree';
    copy.basicAmount.singlePersonCents = { value: changes.cents, source: 'admin-test' };
  }
  return copy;
}

interface Summary {
  version: string;
  effectiveFrom: string;
  validThrough: string;
  ownValidThrough: string;
  origin: string;
  singlePersonCents: number;
  createdBy: { id: string; firstName: string; lastName: string } | null;
  createdAt: string;
}

test('the chain: a later set cuts the one before it, the last keeps its own validThrough', () => {
  const chain = chainParameterSets([
    { version: 'c', effectiveFrom: '2027-01', validThrough: '2027-12' },
    { version: 'a', effectiveFrom: '2026-03', validThrough: '2026-12' },
    { version: 'b', effectiveFrom: '2026-12', validThrough: '2027-06' },
  ]);
  assert.deepEqual(
    chain.map((set) => [set.version, set.effectiveFrom, set.validThrough]),
    [
      ['a', '2026-03', '2026-11'],
      ['b', '2026-12', '2026-12'],
      ['c', '2027-01', '2027-12'],
    ],
  );
  // A gap stays a gap: a set is never stretched past its own validThrough.
  const gap = chainParameterSets([
    { version: 'a', effectiveFrom: '2026-01', validThrough: '2026-06' },
    { version: 'b', effectiveFrom: '2026-09', validThrough: '2026-12' },
  ]);
  assert.deepEqual(
    gap.map((set) => set.validThrough),
    ['2026-06', '2026-12'],
  );
  assert.throws(
    () =>
      chainParameterSets([
        { version: 'a', effectiveFrom: '2026-01', validThrough: '2026-06' },
        { version: 'b', effectiveFrom: '2026-01', validThrough: '2026-12' },
      ]),
    RangeError,
  );
});

test('changedValues names the changed leaves with their paths', () => {
  assert.deepEqual(changedValues({ a: { b: 1, c: [1, 2] }, d: 'x' }, { a: { b: 2, c: [1, 2] }, d: 'x' }), [
    { path: 'a.b', from: 1, to: 2 },
  ]);
  assert.deepEqual(changedValues({ list: [{ v: 1 }] }, { list: [{ v: 1 }, { v: 2 }] }), [
    { path: 'list.1', from: null, to: { v: 2 } },
  ]);
});

test('parameterCoverage: the first month from now on no set covers, warned of 60 days ahead', () => {
  const at = (instant: string) => parameterCoverage(shippedParameterSets, new Date(instant));
  assert.deepEqual(at('2026-11-01T21:59:59Z'), {
    coveredThrough: '2026-12',
    firstUncoveredMonth: '2027-01',
    warnFrom: '2026-11-02',
    missingSoon: false,
  });
  assert.equal(at('2026-11-01T22:00:00Z').missingSoon, true, 'from 2 November in Helsinki');
  // A gap: the chain stops at the first month no set reaches, even when a later set exists.
  const gap = chainParameterSets([
    { ...(shippedParameterSets.at(-1) as ParameterSet), validThrough: '2026-06' },
    { ...(shippedParameterSets.at(-1) as ParameterSet), version: 'later', effectiveFrom: '2026-09' },
  ]);
  assert.deepEqual(parameterCoverage(gap, new Date('2026-05-10T12:00:00Z')), {
    coveredThrough: '2026-06',
    firstUncoveredMonth: '2026-07',
    warnFrom: '2026-05-02',
    missingSoon: true,
  });
  // Nothing in force this month: nothing covered, warned at once.
  assert.deepEqual(parameterCoverage([], new Date('2026-05-10T12:00:00Z')), {
    coveredThrough: null,
    firstUncoveredMonth: '2026-05',
    warnFrom: '2026-03-02',
    missingSoon: true,
  });
});

for (const backend of databaseBackends) {
  describe(`parameter sets (${backend})`, () => {
    const t = useTestApp(backend); // the clock: 2026-11-25, so the current month is 2026-11
    const admin = useCaller(t, { username: 'admin' });
    const handler = useCaller(t, { username: 'handler' });
    const auditor = useCaller(t, { username: 'auditor' });
    const citizen = useCaller(t, { personalIdentityCode: matti.personalIdentityCode });

    const list = async (caller: Caller) => {
      const response = await call(t, caller, 'GET', BASE);
      assert.equal(response.statusCode, 200, response.body);
      return (response.json() as { items: Summary[] }).items;
    };
    const create = (caller: Caller | undefined, payload: unknown) =>
      call(t, caller, 'POST', BASE, { payload });

    test('the migration runner seeded every shipped set, identical to the JSON, and seeds nothing twice', async () => {
      const rows = await t.database.db
        .selectFrom('rule_parameter_set')
        .selectAll()
        .orderBy('effective_from')
        .execute();
      assert.equal(rows.length, shippedParameterSets.length);
      rows.forEach((row, index) => {
        const shipped = shippedParameterSets[index];
        assert.equal(row.version, shipped?.version);
        assert.equal(row.origin, 'shipped');
        assert.equal(row.created_by, null);
        assert.deepEqual(row.parameters, JSON.parse(JSON.stringify(shipped)));
      });
      assert.deepEqual(await loadParameterSets(t.database.db), shippedParameterSets);
      assert.deepEqual(await migrate(t.database), [], 'nothing to migrate');
      const count = await t.database.db
        .selectFrom('rule_parameter_set')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.count), shippedParameterSets.length, 'a second run inserts nothing');
    });

    test('a stored set is never changed or deleted', async () => {
      await assert.rejects(
        sql`update rule_parameter_set set origin = 'admin' where version = ${newest.version}`.execute(
          t.database.db,
        ),
        /never changed or deleted/,
      );
      await assert.rejects(
        sql`delete from rule_parameter_set where version = ${newest.version}`.execute(t.database.db),
        /never changed or deleted/,
      );
    });

    test('listParameterSets: admins and the handling roles; others 403, anonymous 401', async () => {
      for (const caller of [admin, handler]) {
        const items = await list(caller);
        assert.deepEqual(
          items.map((item) => [item.version, item.effectiveFrom, item.validThrough, item.singlePersonCents]),
          shippedParameterSets.map((set) => [
            set.version,
            set.effectiveFrom,
            set.validThrough,
            set.basicAmount.singlePersonCents.value,
          ]),
        );
        assert.ok(items.every((item) => item.origin === 'shipped' && item.createdBy === null));
      }
      assert.equal((await call(t, auditor, 'GET', BASE)).statusCode, 403);
      assert.equal((await call(t, citizen, 'GET', BASE)).statusCode, 403);
      assert.equal((await call(t, undefined, 'GET', BASE)).statusCode, 401);
    });

    test('coverage: a missing set for next year is flagged from 60 days before its first month', async () => {
      const coverage = async () => {
        const response = await call(t, admin, 'GET', BASE);
        assert.equal(response.statusCode, 200, response.body);
        return (response.json() as { coverage: Record<string, unknown> }).coverage;
      };
      const start = t.clock.now();
      try {
        // 2026-11-25 (the test clock): the sets cover through 2026-12; 2027-01 has none.
        assert.deepEqual(await coverage(), {
          coveredThrough: '2026-12',
          firstUncoveredMonth: '2027-01',
          warnFrom: '2026-11-02',
          missingSoon: true,
        });
        t.clock.set('2026-11-01T21:59:00Z'); // 23:59 on 1 November in Helsinki
        assert.equal((await coverage()).missingSoon, false);
        t.clock.set('2026-11-01T22:00:00Z'); // 00:00 on 2 November in Helsinki
        assert.equal((await coverage()).missingSoon, true);
        t.clock.set('2026-06-15T09:00:00Z');
        assert.deepEqual(await coverage(), {
          coveredThrough: '2026-12',
          firstUncoveredMonth: '2027-01',
          warnFrom: '2026-11-02',
          missingSoon: false,
        });
      } finally {
        t.clock.set(start);
      }
    });

    test('getParameterSet: the whole set as stored, 404 for an unknown version', async () => {
      const url = `${BASE}/${encodeURIComponent(newest.version)}`;
      const response = await call(t, handler, 'GET', url);
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json() as { parameters: unknown; replaces: string | null };
      assert.deepEqual(body.parameters, JSON.parse(JSON.stringify(newest)));
      assert.equal(body.replaces, shippedParameterSets.at(-2)?.version);
      assert.equal((await call(t, admin, 'GET', `${BASE}/nope`)).statusCode, 404);
      assert.equal((await call(t, auditor, 'GET', url)).statusCode, 403);
      assert.equal((await call(t, citizen, 'GET', url)).statusCode, 403);
      assert.equal((await call(t, undefined, 'GET', url)).statusCode, 401);
    });

    test('createParameterSet is for admins only', async () => {
      const set = derived({ version: 'forbidden.1', effectiveFrom: '2026-12', validThrough: '2026-12' });
      assert.equal((await create(handler, set)).statusCode, 403);
      assert.equal((await create(auditor, set)).statusCode, 403);
      assert.equal((await create(citizen, set)).statusCode, 403);
      assert.equal((await create(undefined, set)).statusCode, 401);
      assert.equal((await list(admin)).length, shippedParameterSets.length, 'nothing was added');
    });

    test('an invalid set is refused with 400 naming the fields', async () => {
      const negative = derived({ version: 'bad.1', effectiveFrom: '2026-12', validThrough: '2026-12' });
      negative.basicAmount.singlePersonCents.value = -1;
      negative.basicAmount.sharesBasisPoints.source = 'no-such-source';
      const response = await create(admin, negative);
      assert.equal(response.statusCode, 400, response.body);
      const paths = (response.json() as { errors: { path: string }[] }).errors.map((error) => error.path);
      assert.ok(paths.includes('basicAmount.singlePersonCents.value'), paths.join());
      assert.ok(paths.includes('basicAmount.sharesBasisPoints.source'), paths.join());

      const backwards = derived({ version: 'bad.2', effectiveFrom: '2027-03', validThrough: '2027-01' });
      const refused = await create(admin, backwards);
      assert.equal(refused.statusCode, 400, refused.body);
      assert.match(refused.body, /validThrough/);
      assert.equal((await create(admin, { version: 'x' })).statusCode, 400);
      const slash = await create(
        admin,
        derived({ version: '2027/01', effectiveFrom: '2027-01', validThrough: '2027-12' }),
      );
      assert.equal(slash.statusCode, 400, slash.body);
      assert.equal((slash.json() as { errors: { path: string }[] }).errors[0]?.path, 'version');
    });

    test('a month before the current one (Helsinki time) is refused', async () => {
      const response = await create(
        admin,
        derived({ version: 'past.1', effectiveFrom: '2026-10', validThrough: '2026-12' }),
      );
      assert.equal(response.statusCode, 400, response.body);
      const problem = response.json() as { type: string; errors: { path: string }[] };
      assert.match(problem.type, /parameter-set-retroactive$/);
      assert.equal(problem.errors[0]?.path, 'effectiveFrom');

      // 30 November 22:30 UTC is already 1 December in Helsinki: November is then in the past.
      const saved = t.clock.now();
      t.clock.set('2026-11-30T22:30:00Z');
      try {
        const lateAdmin = await signIn(t, { username: 'admin' });
        const late = await create(
          lateAdmin,
          derived({ version: 'past.2', effectiveFrom: '2026-11', validThrough: '2026-12' }),
        );
        assert.equal(late.statusCode, 400, late.body);
      } finally {
        t.clock.set(saved);
      }
      assert.equal((await list(admin)).length, shippedParameterSets.length, 'nothing was added');
    });

    test('a set from next month supersedes the one in force from that month on; earlier months keep theirs', async () => {
      const db = t.database.db;
      const thisMonthBefore = await parameterSetFor(db, '2026-11');
      const earlier = await Promise.all(
        ['2017-01', '2023-06', '2026-02', '2026-10'].map((month) => parameterSetFor(db, month)),
      );
      assert.equal((await parameterSetFor(db, '2026-12')).version, newest.version);

      const set = derived({
        version: '2026-12.test',
        effectiveFrom: '2026-12',
        validThrough: '2027-06',
        cents: 60000,
      });
      // Sent as the staff form sends a copy of the newest set: with its `revises`, which an admin's set never keeps.
      const response = await create(admin, { ...set, revises: newest.revises });
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.headers.location, `${BASE}/2026-12.test`);
      const created = response.json() as Summary & { replaces: string; parameters: unknown };
      assert.equal(created.origin, 'admin');
      assert.equal(created.createdBy?.id, admin.id);
      assert.equal(created.replaces, newest.version);
      assert.equal(created.validThrough, '2027-06');
      assert.deepEqual(created.parameters, JSON.parse(JSON.stringify(set)));

      const next = await parameterSetFor(db, '2026-12');
      assert.equal(next.version, '2026-12.test');
      assert.equal(next.basicAmount.singlePersonCents.value, 60000);
      assert.equal((await parameterSetFor(db, '2027-06')).version, '2026-12.test', 'coverage extended');
      const thisMonth = await parameterSetFor(db, '2026-11');
      assert.equal(thisMonth.version, newest.version);
      assert.deepEqual({ ...thisMonth, validThrough: thisMonthBefore.validThrough }, thisMonthBefore);
      assert.equal(thisMonth.validThrough, '2026-11', 'the old set now ends the month before');
      // Earlier months get the same sets with the same figures; only the end of the period of the set that was
      // in force is now known to be earlier.
      const later = await Promise.all(
        ['2017-01', '2023-06', '2026-02', '2026-10'].map((month) => parameterSetFor(db, month)),
      );
      assert.deepEqual(later.slice(0, 3), earlier.slice(0, 3), 'earlier periods are untouched');
      assert.deepEqual({ ...later[3], validThrough: earlier[3]?.validThrough }, earlier[3]);

      const listed = (await list(handler)).find((item) => item.version === newest.version);
      assert.equal(listed?.validThrough, '2026-11');
      assert.equal(listed?.ownValidThrough, newest.validThrough);

      // The audit row, in the same transaction, names what changed against the set it replaces.
      const rows = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('action', '=', 'parameter_set.create')
        .where('object_id', '=', '2026-12.test')
        .execute();
      assert.equal(rows.length, 1);
      const row = rows[0];
      assert.equal(row?.actor_id, admin.id);
      assert.equal(row?.object_type, 'parameter_set');
      const details = (typeof row?.details === 'string' ? JSON.parse(row.details) : row?.details) as {
        replaces: string;
        supersedesFrom?: string;
        changed: { path: string; from: unknown; to: unknown }[];
      };
      assert.equal(details.replaces, newest.version);
      assert.equal(details.supersedesFrom, '2026-12');
      const paths = details.changed.map((change) => change.path);
      assert.ok(paths.includes('basicAmount.singlePersonCents.value'), paths.join());
      assert.ok(paths.includes('sources.admin-test'), paths.join());
      assert.ok(
        !paths.includes('version') && !paths.includes('effectiveFrom') && !paths.includes('revises'),
        paths.join(),
      );
      const amount = details.changed.find((change) => change.path === 'basicAmount.singlePersonCents.value');
      assert.deepEqual(amount, {
        path: 'basicAmount.singlePersonCents.value',
        from: newest.basicAmount.singlePersonCents.value,
        to: 60000,
      });
    });

    test('duplicates: the same version or the same effective month is 409', async () => {
      const sameVersion = await create(
        admin,
        derived({ version: '2026-12.test', effectiveFrom: '2027-02', validThrough: '2027-12' }),
      );
      assert.equal(sameVersion.statusCode, 409, sameVersion.body);
      assert.match((sameVersion.json() as { type: string }).type, /parameter-set-version-taken$/);
      const sameMonth = await create(
        admin,
        derived({ version: 'another.1', effectiveFrom: '2026-12', validThrough: '2027-12' }),
      );
      assert.equal(sameMonth.statusCode, 409, sameMonth.body);
      const problem = sameMonth.json() as { type: string; errors: { path: string }[] };
      assert.match(problem.type, /parameter-set-month-taken$/);
      assert.equal(problem.errors[0]?.path, 'effectiveFrom');
    });

    test('a set after the last one extends the coverage and cuts the one before it', async () => {
      const db = t.database.db;
      await assert.rejects(parameterSetFor(db, '2027-07'), NoParametersForMonthError);
      const response = await create(
        admin,
        derived({ version: '2027-07.test', effectiveFrom: '2027-07', validThrough: '2027-12', cents: 61000 }),
      );
      assert.equal(response.statusCode, 201, response.body);
      assert.equal((await parameterSetFor(db, '2027-12')).version, '2027-07.test');
      assert.equal((await parameterSetFor(db, '2027-06')).version, '2026-12.test');
      await assert.rejects(parameterSetFor(db, '2028-01'), NoParametersForMonthError);
      // Reading the sets again from another handle (no cache) gives the same chain.
      const sets = await loadParameterSets(db);
      assert.deepEqual(
        sets.slice(-3).map((set) => [set.version, set.effectiveFrom, set.validThrough]),
        [
          [newest.version, newest.effectiveFrom, '2026-11'],
          ['2026-12.test', '2026-12', '2027-06'],
          ['2027-07.test', '2027-07', '2027-12'],
        ],
      );
      // A new migration run (a server start) leaves the admins' sets and the shipped ones as they are.
      await migrate(t.database);
      assert.deepEqual(await loadParameterSets(db), sets);
    });
  });
}

for (const backend of databaseBackends) {
  describe(`parameter set revisions (${backend})`, () => {
    test('a database holding the first shipped versions gets the revisions at its next start', async () => {
      const database = await createTestDatabase(backend, { migrate: false });
      try {
        const all = readMigrations();
        await migrate(
          database,
          all.filter((migration) => migration.version <= 20),
        );
        // The sets as an older release stored them: version .1, six municipalities, no `revises`.
        const older = shippedParameterSets
          .filter((set) => set.revises !== undefined)
          .map((set) => {
            const copy = structuredClone(set) as ParameterSet;
            copy.version = set.revises as string;
            delete copy.revises;
            if (copy.housing.norm) {
              copy.housing.norm.value.municipalities = copy.housing.norm.value.municipalities.filter((norm) =>
                ['091', '049', '092', '837', '853', '564'].includes(norm.municipalityCode),
              );
            }
            copy.legalReferences.housing = 'TTL 7 a §';
            return copy;
          });
        for (const set of older) {
          await sql`insert into rule_parameter_set (version, effective_from, parameters, origin)
            values (${set.version}, ${set.effectiveFrom}, ${JSON.stringify(set)}::jsonb, 'shipped')`.execute(
            database.db,
          );
        }
        await migrate(database, all);
        const chain = await loadParameterSets(database.db);
        assert.deepEqual(chain, shippedParameterSets);
        assert.equal(
          (await parameterSetFor(database.db, '2025-05')).housing.norm?.value.municipalities.length,
          293,
        );
        // The first versions stay stored, unchanged, for the decisions that name them.
        const kept = await database.db
          .selectFrom('rule_parameter_set')
          .select(['version', 'parameters'])
          .where(
            'version',
            'in',
            older.map((set) => set.version),
          )
          .execute();
        assert.equal(kept.length, older.length);
        for (const row of kept) {
          assert.equal((row.parameters as ParameterSet).legalReferences.housing, 'TTL 7 a §');
        }
        // Another start inserts nothing more.
        const count = async () =>
          Number(
            (
              await database.db
                .selectFrom('rule_parameter_set')
                .select((eb) => eb.fn.countAll<number>().as('count'))
                .executeTakeFirstOrThrow()
            ).count,
          );
        const before = await count();
        await migrate(database);
        assert.equal(await count(), before);
        assert.equal(before, shippedParameterSets.length + older.length);
        // A set is revised at most once.
        const twice = { version: '2026-03.3', effectiveFrom: '2026-03', revises: '2026-03.1' };
        await assert.rejects(
          sql`insert into rule_parameter_set (version, effective_from, parameters, origin, revises)
            values ('2026-03.3', '2026-03', ${JSON.stringify(twice)}::jsonb, 'shipped', '2026-03.1')`.execute(
            database.db,
          ),
        );
      } finally {
        await database.close();
      }
    });
  });
}
