// What the routes need from the rest of the server, passed in explicitly (no globals).
import type { DestinationStream } from 'pino';
import type { Config } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import type { Clock } from '../shared/clock.ts';

export interface AppContext {
  config: Config;
  db: Db;
  clock: Clock;
  /** Answers whether the database is reachable (for /readyz). */
  ping(): Promise<void>;
  /** Where the logs go; standard output when absent (tests capture them here). */
  logStream?: DestinationStream;
}
