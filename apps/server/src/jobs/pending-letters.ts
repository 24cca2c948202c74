// The pending-letter job: every server process renders, every `intervalMs`, the decision letters that are not
// stored yet (decisions/pending-letters.ts): those whose render after the decision failed or was cut short (a
// crash, a restart). A letter is claimed before it is rendered, so two processes never render the same one at
// once; a failed render is tried again after a backoff. The render after the decision normally leaves nothing to do.
import type { Db } from '../db/database.ts';
import {
  type LetterRendering,
  type PendingLettersRun,
  renderPendingLetters,
} from '../decisions/pending-letters.ts';
import type { Clock } from '../shared/clock.ts';
import { PollingLoop } from './polling-loop.ts';

export const PENDING_LETTERS_INTERVAL_MS = 30_000;

export interface PendingLetterLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface PendingLetterWorkerOptions {
  db: Db;
  clock: Clock;
  log: PendingLetterLog;
  rendering: LetterRendering;
}

export class PendingLetterWorker {
  readonly #options: PendingLetterWorkerOptions;
  readonly #loop: PollingLoop;

  constructor(options: PendingLetterWorkerOptions) {
    this.#options = options;
    this.#loop = new PollingLoop(
      () => this.runOnce(),
      (error) => options.log.error({ err: error }, 'pending-letter run failed'),
      { name: 'pending-letter job', log: options.log },
    );
  }

  /** Renders the due pending letters (at most one batch); returns how many were rendered and how many failed. */
  async runOnce(): Promise<PendingLettersRun> {
    const { db, clock, log, rendering } = this.#options;
    const result = await renderPendingLetters(db, rendering, clock.now(), {
      onError: (decisionId, error) =>
        log.error({ err: error, decisionId }, 'a decision letter could not be rendered: tried again later'),
    });
    if (result.rendered > 0) log.info({ ...result }, 'pending decision letters rendered');
    return result;
  }

  start(intervalMs: number = PENDING_LETTERS_INTERVAL_MS): this {
    this.#loop.start(intervalMs);
    return this;
  }

  /** Stops polling and waits for the run in progress, so the database can be closed after it. */
  stop(): Promise<void> {
    return this.#loop.stop();
  }
}
