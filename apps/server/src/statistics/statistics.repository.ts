// SQL of the statistics: the decisions, duplicates and information requests of a period, counted in the database.
// A period runs from `start` to `end` (exclusive), both the first day of a month, in Finland's time.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

/** A group of decisions with the same dates and kind; `n` is how many. */
interface DecisionGroupRow {
  decided_on: string;
  arrived_on: string;
  urgent: boolean;
  rectification: boolean;
  request_base_on: string | null;
  n: number;
}

/** The decisions of the period grouped by their dates ('YYYY-MM-DD'), in one query. */
export async function selectDecisionGroups(db: Db, start: string, end: string): Promise<DecisionGroupRow[]> {
  const since = sql`(cast(${start} as timestamp) at time zone 'Europe/Helsinki')`;
  const until = sql`(cast(${end} as timestamp) at time zone 'Europe/Helsinki')`;
  // The last request before each decision as a hash join (a lateral subquery per decision made the planner's
  // estimate so high that PostgreSQL compiled the query with JIT: a second instead of a few hundred ms).
  const result = await sql<DecisionGroupRow>`
    select to_char(g.decided_on, 'YYYY-MM-DD') as decided_on, to_char(g.arrived_on, 'YYYY-MM-DD') as arrived_on,
           g.urgent, g.rectification, to_char(g.request_base_on, 'YYYY-MM-DD') as request_base_on, g.n
    from (
      select
        (d.decided_at at time zone 'Europe/Helsinki')::date as decided_on,
        (a.submitted_at at time zone 'Europe/Helsinki')::date as arrived_on,
        a.urgent,
        a.kind = 'rectification' as rectification,
        case
          when r.application_id is null then null
          when r.answered_at is not null and r.answered_at <= d.decided_at
            then (r.answered_at at time zone 'Europe/Helsinki')::date
          else r.due_date
        end as request_base_on,
        count(*)::int as n
      from decision d
      join application a on a.id = d.application_id
      left join (
        select distinct on (ir.application_id) ir.application_id, ir.answered_at, ir.due_date
        from information_request ir
        join decision rd on rd.application_id = ir.application_id
        where rd.decided_at >= ${since} and rd.decided_at < ${until} and ir.created_at <= rd.decided_at
        order by ir.application_id, ir.created_at desc
      ) r on r.application_id = d.application_id
      where d.decided_at >= ${since} and d.decided_at < ${until} and a.submitted_at is not null
      group by 1, 2, 3, 4, 5
    ) g
  `.execute(db);
  return result.rows;
}

/** The applications closed as duplicates per month of closing ('YYYY-MM'). */
export async function selectClosedAsDuplicate(
  db: Db,
  start: string,
  end: string,
): Promise<{ month: string; n: number }[]> {
  const result = await sql<{ month: string; n: number }>`
    select to_char(h.changed_at at time zone 'Europe/Helsinki', 'YYYY-MM') as month, count(*)::int as n
    from application_status_history h
    where h.status = 'closed_as_duplicate'
      and h.changed_at >= (cast(${start} as timestamp) at time zone 'Europe/Helsinki')
      and h.changed_at < (cast(${end} as timestamp) at time zone 'Europe/Helsinki')
    group by 1
  `.execute(db);
  return result.rows;
}

/** Per month of the decision: the requests made before it, and the decisions that had two or more. */
export async function selectRequestCounts(
  db: Db,
  start: string,
  end: string,
): Promise<{ month: string; requests: number; several: number }[]> {
  const since = sql`(cast(${start} as timestamp) at time zone 'Europe/Helsinki')`;
  const until = sql`(cast(${end} as timestamp) at time zone 'Europe/Helsinki')`;
  const result = await sql<{ month: string; requests: number; several: number }>`
    select r.month, sum(r.requests)::int as requests, (count(*) filter (where r.requests >= 2))::int as several
    from (
      select to_char(d.decided_at at time zone 'Europe/Helsinki', 'YYYY-MM') as month, d.id,
             count(*) as requests
      from decision d
      join application a on a.id = d.application_id
      join information_request ir on ir.application_id = d.application_id and ir.created_at <= d.decided_at
      where d.decided_at >= ${since} and d.decided_at < ${until} and a.submitted_at is not null
        and a.kind <> 'rectification'
      group by 1, 2
    ) r
    group by r.month
  `.execute(db);
  return result.rows;
}
