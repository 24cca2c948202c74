// What the routes need from the rest of the server, passed in explicitly (no globals).
import type { DestinationStream } from 'pino';
import type { Config } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import { type LetterRenderer, type LetterRendering, typstLetterRenderer } from '../letters/index.ts';
import type { Clock } from '../shared/clock.ts';

export interface AppContext {
  config: Config;
  db: Db;
  clock: Clock;
  /** Answers whether the database is reachable (for /readyz). */
  ping(): Promise<void>;
  /** Renders the decision letters; Typst with the process's compiler when absent (tests pass their own). */
  letterRenderer?: LetterRenderer;
  /** Where the logs go; standard output when absent (tests capture them here). */
  logStream?: DestinationStream;
}

/** How the decision letters are rendered: the context's renderer (looked up at each render), else Typst. */
export function letterRenderingOf(context: AppContext): LetterRendering {
  return {
    render: (letter, options) => (context.letterRenderer ?? typstLetterRenderer)(letter, options),
    publicUrl: context.config.publicUrl,
  };
}
