// One clean-up task of the hourly housekeeping (housekeeping.ts); the aggregates that add a task implement it.
import type { Db } from '../db/database.ts';

export interface HousekeepingTask {
  name: string;
  /** Returns how many rows it removed. */
  run(db: Db, now: Date): Promise<number>;
}
