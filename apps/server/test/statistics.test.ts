// The processing-time statistics (getProcessingTimeStatistics) on both databases: decided applications inserted with
// known arrival and decision times around Christmas 2025 and Easter 2026, with and without information requests,
// an urgent one, a request for rectification, decisions and arrivals just after midnight in Finland; the counts,
// shares and medians per month, half-year and in total checked against figures worked out by hand (in the comments);
// the CSV; the default period; invalid periods; who may read it (supervisors, API clients with statistics:read).
//
// Calendar used: 24–26 Dec 2025 (Wed–Fri), 1 Jan 2026 (Thu) and 6 Jan 2026 (Tue) are holidays; Easter 2026 is
// 5 April, so Good Friday 3 April and Easter Monday 6 April are holidays.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { computeProcessingTimeStatistics, lastCompleteHalfYear } from '../src/statistics/processing-times.ts';
import { createApiClientAndToken } from './helpers/api-client.ts';
import { call, signIn } from './helpers/applications.ts';
import { type DecidedCase, insertDecidedCases } from './helpers/statistics.ts';
import { useTestApp } from './helpers/test-app.ts';
import { databaseBackends } from './helpers/test-database.ts';

const URL_BASE = '/api/v1/statistics/processing-times';

type Case = Omit<DecidedCase, 'referenceNumber'> & { name: string };

// Winter time in Finland is UTC+2: 10:00Z is 12:00 in Helsinki.
const cases: Case[] = [
  // December 2025. Arrived Mon 1 Dec; working days 2,3,4,5,8,9,10 → deadline Wed 10 Dec. Decided then: on time, 7.
  { name: 'A3', arrivedAt: '2025-12-01T10:00:00Z', decidedAt: '2025-12-10T10:00:00Z' },
  // Urgent, arrived Mon 22 Dec → deadline Tue 23 Dec; decided Mon 29 Dec: late. Working days 23, 29 → 2.
  { name: 'A2', arrivedAt: '2025-12-22T10:00:00Z', decidedAt: '2025-12-29T10:00:00Z', urgent: true },
  // January 2026. Arrived Fri 19 Dec: 22, 23, (24–26 holidays), 29, 30, 31, (1 Jan), 2, 5 Jan → deadline Mon 5 Jan.
  { name: 'A1a', arrivedAt: '2025-12-19T10:00:00Z', decidedAt: '2026-01-05T10:00:00Z' }, // on time, 7
  { name: 'A1b', arrivedAt: '2025-12-19T10:00:00Z', decidedAt: '2026-01-07T10:00:00Z' }, // (6 Jan holiday) late, 8
  // February: arrived Mon 26 Jan; decided Sat 31 Jan 22:30Z = Sun 1 Feb 00:30 in Finland → February.
  // Deadline 27, 28, 29, 30 Jan, 2, 3, 4 Feb → 4 Feb: on time; working days 27–30 Jan → 4.
  { name: 'C1', arrivedAt: '2026-01-26T10:00:00Z', decidedAt: '2026-01-31T22:30:00Z' },
  // March: arrived Sun 1 Mar 22:30Z = Mon 2 Mar 00:30 in Finland. Deadline 3, 4, 5, 6, 9, 10, 11 Mar → 11 Mar.
  // Decided 11 Mar: on time, 7 (counted from 1 Mar, as UTC would, it would be late).
  { name: 'D1', arrivedAt: '2026-03-01T22:30:00Z', decidedAt: '2026-03-11T10:00:00Z' },
  // April. Arrived Mon 30 Mar: 31 Mar, 1, 2, (3 Good Friday, 6 Easter Monday), 7, 8, 9, 10 Apr → deadline 10 Apr.
  { name: 'B1a', arrivedAt: '2026-03-30T07:00:00Z', decidedAt: '2026-04-10T07:00:00Z' }, // on time, 7
  { name: 'B1b', arrivedAt: '2026-03-30T07:00:00Z', decidedAt: '2026-04-13T07:00:00Z' }, // late, 8
  // Arrived Thu 2 Apr: 7, 8, 9, 10, 13, 14, 15 → deadline 15 Apr. Information asked for on 7 Apr, answered 15 Apr →
  // adjusted deadline 16, 17, 20, 21, 22, 23, 24 → 24 Apr. Decided 22 Apr: late by arrival, on time adjusted; 12.
  {
    name: 'B2',
    arrivedAt: '2026-04-02T07:00:00Z',
    decidedAt: '2026-04-22T07:00:00Z',
    // An earlier request, answered, counts in informationRequests but not in the deadline (the last one rules).
    requests: [
      { createdAt: '2026-04-03T07:00:00Z', dueDate: '2026-04-07', answeredAt: '2026-04-06T07:00:00Z' },
      { createdAt: '2026-04-07T07:00:00Z', dueDate: '2026-04-14', answeredAt: '2026-04-15T06:00:00Z' },
    ],
  },
  // Arrived Wed 1 Apr: 2, 7, 8, 9, 10, 13, 14 → deadline 14 Apr. Asked on 2 Apr to answer by 9 Apr, never answered
  // → adjusted 10, 13, 14, 15, 16, 17, 20 → 20 Apr. Decided 21 Apr: late both ways; 7 + 15, 16, 17, 20, 21 → 12.
  {
    name: 'B3',
    arrivedAt: '2026-04-01T07:00:00Z',
    decidedAt: '2026-04-21T07:00:00Z',
    requests: [{ createdAt: '2026-04-02T07:00:00Z', dueDate: '2026-04-09' }],
  },
  // Arrived Mon 20 Apr, asked 21 Apr, answered 22 Apr, decided Thu 23 Apr: on time; 3.
  {
    name: 'B4',
    arrivedAt: '2026-04-20T07:00:00Z',
    decidedAt: '2026-04-23T07:00:00Z',
    requests: [
      { createdAt: '2026-04-21T07:00:00Z', dueDate: '2026-04-24', answeredAt: '2026-04-22T07:00:00Z' },
    ],
  },
  // A request for rectification decided in April: only in rectificationsDecided.
  { name: 'R1', arrivedAt: '2026-03-02T07:00:00Z', decidedAt: '2026-04-28T07:00:00Z', kind: 'rectification' },
  // July: outside the default period (2026H1).
  { name: 'E1', arrivedAt: '2026-07-01T07:00:00Z', decidedAt: '2026-07-02T07:00:00Z' },
];

const empty = {
  decided: 0,
  decidedLate: 0,
  lateShare: null,
  decidedLateAdjusted: 0,
  lateAdjustedShare: null,
  withInformationRequest: 0,
  informationRequestShare: null,
  informationRequests: 0,
  applicationsWithSeveralRequests: 0,
  medianWorkingDays: null,
  rectificationsDecided: 0,
  closedAsDuplicate: 0,
};

const december2025 = {
  month: '2025-12',
  decided: 2,
  decidedLate: 1,
  lateShare: 0.5,
  decidedLateAdjusted: 1,
  lateAdjustedShare: 0.5,
  withInformationRequest: 0,
  informationRequestShare: 0,
  informationRequests: 0,
  applicationsWithSeveralRequests: 0,
  medianWorkingDays: 4.5, // 2 and 7
  rectificationsDecided: 0,
  closedAsDuplicate: 0,
};
const january = { ...december2025, month: '2026-01', medianWorkingDays: 7.5 }; // 7 and 8
const february = {
  month: '2026-02',
  decided: 1,
  decidedLate: 0,
  lateShare: 0,
  decidedLateAdjusted: 0,
  lateAdjustedShare: 0,
  withInformationRequest: 0,
  informationRequestShare: 0,
  informationRequests: 0,
  applicationsWithSeveralRequests: 0,
  medianWorkingDays: 4,
  rectificationsDecided: 0,
  closedAsDuplicate: 0,
};
const march = { ...february, month: '2026-03', medianWorkingDays: 7 };
const april = {
  month: '2026-04',
  decided: 5,
  decidedLate: 3, // B1b, B2, B3
  lateShare: 0.6,
  decidedLateAdjusted: 2, // B1b, B3
  lateAdjustedShare: 0.4,
  withInformationRequest: 3, // B2, B3, B4
  informationRequestShare: 0.6,
  informationRequests: 4, // B2 twice, B3, B4
  applicationsWithSeveralRequests: 1, // B2
  medianWorkingDays: 8, // 3, 7, 8, 12, 12
  rectificationsDecided: 1,
  closedAsDuplicate: 0,
};
// January–June: 9 decided, 4 late, 3 late adjusted, 3 with a request; working days 3,4,7,7,7,8,8,12,12 → 7.
const firstHalf2026 = {
  decided: 9,
  decidedLate: 4,
  lateShare: 0.4444,
  decidedLateAdjusted: 3,
  lateAdjustedShare: 0.3333,
  withInformationRequest: 3,
  informationRequestShare: 0.3333,
  informationRequests: 4, // B2 twice, B3, B4
  applicationsWithSeveralRequests: 1, // B2
  medianWorkingDays: 7,
  rectificationsDecided: 1,
  closedAsDuplicate: 0,
};

for (const backend of databaseBackends) {
  describe(`processing-time statistics (${backend})`, () => {
    const t = useTestApp(backend); // the clock stands at 25 Nov 2026
    before(async () => {
      await insertDecidedCases(
        t.database.db,
        cases.map((item, index) => ({ ...item, referenceNumber: `TT-STAT-${index + 1}` })),
      );
    });

    test('the default period is the last complete half-year, with every month and the hand-worked figures', async () => {
      const supervisor = await signIn(t, { username: 'supervisor' });
      const response = await call(t, supervisor, 'GET', URL_BASE);
      assert.equal(response.statusCode, 200, response.body);
      assert.match(String(response.headers['content-type']), /^application\/json/);
      assert.equal(response.headers['cache-control'], 'no-store');
      const body = response.json();
      assert.equal(body.from, '2026-01');
      assert.equal(body.to, '2026-06');
      assert.deepEqual(body.months, [
        january,
        february,
        march,
        april,
        { month: '2026-05', ...empty },
        { month: '2026-06', ...empty },
      ]);
      assert.deepEqual(body.halfYears, [
        { period: '2026H1', from: '2026-01', to: '2026-06', complete: true, ...firstHalf2026 },
      ]);
      assert.deepEqual(body.total, firstHalf2026);
    });

    test('a range across two half-years: partial half-years and the total', async () => {
      const supervisor = await signIn(t, { username: 'supervisor' });
      const response = await call(t, supervisor, 'GET', `${URL_BASE}?from=2025-12&to=2026-04`);
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json();
      assert.deepEqual(
        body.months.map((month: { month: string }) => month.month),
        ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04'],
      );
      assert.deepEqual(body.months[0], december2025);
      const { month: _december, ...decemberFigures } = december2025;
      assert.deepEqual(body.halfYears, [
        { period: '2025H2', from: '2025-12', to: '2025-12', complete: false, ...decemberFigures },
        { period: '2026H1', from: '2026-01', to: '2026-04', complete: false, ...firstHalf2026 },
      ]);
      // 11 decided, 5 late, 4 late adjusted, 3 with a request; working days 2,3,4,7,7,7,7,8,8,12,12 → 7.
      assert.deepEqual(body.total, {
        decided: 11,
        decidedLate: 5,
        lateShare: 0.4545,
        decidedLateAdjusted: 4,
        lateAdjustedShare: 0.3636,
        withInformationRequest: 3,
        informationRequestShare: 0.2727,
        informationRequests: 4, // B2 twice, B3, B4
        applicationsWithSeveralRequests: 1, // B2
        medianWorkingDays: 7,
        rectificationsDecided: 1,
        closedAsDuplicate: 0,
      });
    });

    test('CSV: BOM, semicolons, decimal comma, CRLF, the header in the asked language', async () => {
      const supervisor = await signIn(t, { username: 'supervisor' });
      const response = await call(t, supervisor, 'GET', `${URL_BASE}?from=2026-04&to=2026-04&format=csv`);
      assert.equal(response.statusCode, 200, response.body);
      assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
      assert.equal(
        response.headers['content-disposition'],
        'attachment; filename="processing-times-2026-04_2026-04.csv"',
      );
      const bytes = response.rawPayload;
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      assert.ok(text.endsWith('\r\n'));
      assert.deepEqual(text.split('\r\n'), [
        'Jakso;Alkaen;Päättyen;Päätöksiä;Yli 7 arkipäivää;Yli 7 arkipäivää (%);Myöhässä lisäselvitys huomioiden;' +
          'Myöhässä lisäselvitys huomioiden (%);Lisäselvitys pyydetty;Lisäselvitys pyydetty (%);' +
          'Lisäselvityspyyntöjä;Useita pyyntöjä;Mediaani (arkipäivää);Oikaisuvaatimuksia;Suljettu päällekkäisenä',
        '2026-04;2026-04;2026-04;5;3;60,0;2;40,0;3;60,0;4;1;8;1;0',
        '2026H1;2026-04;2026-04;5;3;60,0;2;40,0;3;60,0;4;1;8;1;0',
        'Yhteensä;2026-04;2026-04;5;3;60,0;2;40,0;3;60,0;4;1;8;1;0',
        '',
      ]);

      // Accept: text/csv does the same; the header follows lang, else Accept-Language.
      const english = await call(t, supervisor, 'GET', `${URL_BASE}?from=2026-01&to=2026-01&lang=en`, {
        headers: { accept: 'text/csv' },
      });
      assert.equal(english.statusCode, 200);
      const lines = english.rawPayload.toString('utf8').slice(1).split('\r\n');
      assert.match(lines[0] ?? '', /^Period;From;To;Decisions;Over 7 working days;/);
      assert.equal(lines[1], '2026-01;2026-01;2026-01;2;1;50,0;1;50,0;0;0,0;0;0;7,5;0;0');
      const swedish = await call(t, supervisor, 'GET', `${URL_BASE}?from=2026-05&to=2026-05`, {
        headers: { accept: 'text/csv', 'accept-language': 'sv-FI, fi;q=0.5' },
      });
      const swedishLines = swedish.rawPayload.toString('utf8').slice(1).split('\r\n');
      assert.match(swedishLines[0] ?? '', /^Period;Från;Till;Beslut;/);
      assert.equal(
        swedishLines[1],
        '2026-05;2026-05;2026-05;0;0;;0;;0;;0;0;;0;0',
        'empty shares when nothing decided',
      );

      // JSON is preferred when asked for first.
      const json = await call(t, supervisor, 'GET', `${URL_BASE}?from=2026-04&to=2026-04`, {
        headers: { accept: 'application/json, text/csv;q=0.5' },
      });
      assert.match(String(json.headers['content-type']), /^application\/json/);
    });

    test('invalid periods are 400', async () => {
      const supervisor = await signIn(t, { username: 'supervisor' });
      for (const query of [
        'from=2026-05&to=2026-04',
        'from=2026-04',
        'to=2026-04',
        'from=2026-4&to=2026-05',
      ]) {
        const response = await call(t, supervisor, 'GET', `${URL_BASE}?${query}`);
        assert.equal(response.statusCode, 400, query);
        assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      }
      const tooLong = await call(t, supervisor, 'GET', `${URL_BASE}?from=2020-01&to=2025-01`);
      assert.equal(tooLong.statusCode, 400);
      const longest = await call(t, supervisor, 'GET', `${URL_BASE}?from=2021-01&to=2025-12`);
      assert.equal(longest.statusCode, 200);
      assert.equal(longest.json().months.length, 60);
    });

    test('supervisors only: the other roles and citizens 403, no session 401', async () => {
      for (const username of ['handler', 'social_worker', 'admin', 'auditor', 'payer']) {
        const caller = await signIn(t, { username });
        const response = await call(t, caller, 'GET', URL_BASE);
        assert.equal(response.statusCode, 403, username);
      }
      const person = await sql<{ personal_identity_code: string }>`
        select personal_identity_code from person order by created_at limit 1`.execute(t.database.db);
      const code = person.rows[0]?.personal_identity_code;
      assert.ok(code);
      const citizen = await signIn(t, { personalIdentityCode: code });
      assert.equal((await call(t, citizen, 'GET', URL_BASE)).statusCode, 403);
      assert.equal((await call(t, undefined, 'GET', URL_BASE)).statusCode, 401);
      assert.equal((await call(t, undefined, 'GET', `${URL_BASE}?format=csv`)).statusCode, 401);
    });

    test('an API client with statistics:read may read them; without the scope 403', async () => {
      const reader = await createApiClientAndToken(t, ['statistics:read']);
      const response = await call(t, undefined, 'GET', `${URL_BASE}?from=2026-04&to=2026-04`, {
        headers: { authorization: reader.authorization },
      });
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json().months, [april]);
      const other = await createApiClientAndToken(t, ['applications:read']);
      const refused = await call(t, undefined, 'GET', URL_BASE, {
        headers: { authorization: other.authorization },
      });
      assert.equal(refused.statusCode, 403);
    });
  });
}

describe('processing-time statistics without a database', () => {
  test('the default period moves with the half-years, in Finland’s time', () => {
    assert.deepEqual(lastCompleteHalfYear(new Date('2026-11-25T10:00:00Z')), {
      from: '2026-01',
      to: '2026-06',
    });
    assert.deepEqual(lastCompleteHalfYear(new Date('2026-06-30T20:59:00Z')), {
      from: '2025-07',
      to: '2025-12',
    });
    // 30 June 21:30Z is already 1 July in Finland.
    assert.deepEqual(lastCompleteHalfYear(new Date('2026-06-30T21:30:00Z')), {
      from: '2026-01',
      to: '2026-06',
    });
    assert.deepEqual(lastCompleteHalfYear(new Date('2027-01-01T00:00:00Z')), {
      from: '2026-07',
      to: '2026-12',
    });
  });

  test('groups outside the months are ignored; a decision on a weekend after the deadline is late', () => {
    const statistics = computeProcessingTimeStatistics('2026-05', '2026-05', [
      // Arrived Fri 8 May: 11, 12, 13, (14 Ascension Day), 15, 18, 19, 20 → deadline Wed 20 May.
      {
        decidedOn: '2026-05-20',
        arrivedOn: '2026-05-08',
        urgent: false,
        rectification: false,
        requestBaseOn: null,
        count: 3,
      },
      // Arrived Mon 11 May: 12, 13, 15, 18, 19, 20, 21 → Thu 21 May; decided Sat 23 May: late, 7 working days.
      {
        decidedOn: '2026-05-23',
        arrivedOn: '2026-05-11',
        urgent: false,
        rectification: false,
        requestBaseOn: null,
        count: 1,
      },
      {
        decidedOn: '2026-06-01',
        arrivedOn: '2026-05-20',
        urgent: false,
        rectification: false,
        requestBaseOn: null,
        count: 9,
      },
    ]);
    assert.equal(statistics.total.decided, 4);
    assert.equal(statistics.total.decidedLate, 1);
    assert.equal(statistics.total.lateShare, 0.25);
    assert.equal(statistics.total.medianWorkingDays, 7);
  });
});
