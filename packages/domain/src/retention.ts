// Records management (tiedonohjaus): the kinds of document a case holds, their publicity and how long they are
// kept. The city's plan (tiedonohjaussuunnitelma) gives each record type its values; these are its defaults, which
// migration 0039 seeds into the plan and an archivist or admin may change. Retention counts from the day the case
// was closed (its final status): working-age adults' services, 10 years after the case is closed (Kansallisarkisto's
// definition of social welfare retention periods under the Client Data Act 703/2023).
import { daysInMonth, formatIsoDate, type IsoDate, parseIsoDate } from './calendar-date.ts';

export const recordTypes = [
  'application',
  'attachment',
  'message',
  'decision',
  'letter',
  'payment_file',
] as const;
export type RecordType = (typeof recordTypes)[number];

/** JHS 191 publicity classes; a client's social welfare documents are secret (812/2000 14 §). */
export const publicityClasses = ['public', 'restricted', 'secret'] as const;
export type PublicityClass = (typeof publicityClasses)[number];

export const DEFAULT_RETENTION_YEARS = 10;
export const DEFAULT_PUBLICITY_BASIS =
  'Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista 812/2000, 14 §';
export const DEFAULT_RETENTION_BASIS =
  'Työikäisten palvelutehtävä: 10 vuotta asian päättymisestä (Kansallisarkisto, sosiaalihuollon asiakirjojen säilytysajat; laki 703/2023)';

/** The roles that may read and change the retention plan. */
export const retentionPlanRoles = ['archivist', 'admin'] as const;
/** Who reviews and approves a destruction list: the archivist only (never the job that proposed it). */
export const destructionApproverRoles = ['archivist'] as const;

/**
 * The last day of the document's retention: counted in whole years from
 * the day (in Finland) its case was closed. Undefined while the case is open.
 */
export function destroyAfter(closedOn: IsoDate | null, retentionYears: number): IsoDate | null {
  if (!closedOn) return null;
  const { year, month, day } = parseIsoDate(closedOn);
  const target = year + retentionYears;
  // 29 February closes on 28 February in a common year.
  return formatIsoDate(target, month, Math.min(day, daysInMonth(target, month)));
}

/** Whether a document whose retention ends after `destroyAfterDay` may be destroyed on `today` (both YYYY-MM-DD). */
export const isPastRetention = (destroyAfterDay: IsoDate | null, today: IsoDate): boolean =>
  destroyAfterDay !== null && destroyAfterDay < today;
