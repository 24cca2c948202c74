// A polling loop for the background workers: runs a job every `intervalMs` (never two at once), logs a failed
// run and goes on, and stops by waiting for the run in progress. The timer does not keep the process alive.
//
// While the database is unavailable (a run fails with a connection error) the loop backs off: the next run waits
// intervalMs × 2^failures, at most MAX_BACKOFF_MS. The outage is logged once when it begins and once when a run
// succeeds again, not at every failed run.
import { isDatabaseUnavailable, unavailableSummary } from '../db/unavailable.ts';

/** The longest pause between two runs while the database is unavailable. */
export const MAX_BACKOFF_MS = 60_000;

export interface OutageLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface PollingLoopOptions {
  /** Named in the log lines of an outage, e.g. "outbox worker". */
  name: string;
  log: OutageLog;
  maxBackoffMs?: number;
  /** Milliseconds now; replaceable in tests. */
  now?: () => number;
}

export class PollingLoop {
  readonly #run: () => Promise<unknown>;
  readonly #onError: (error: unknown) => void;
  readonly #options: PollingLoopOptions | undefined;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;
  #stopped = false;
  #intervalMs = 0;
  /** Runs in a row that failed because the database was unavailable. */
  #unavailableRuns = 0;
  #outageSince = 0;
  #resumeAt = 0;

  constructor(run: () => Promise<unknown>, onError: (error: unknown) => void, options?: PollingLoopOptions) {
    this.#run = run;
    this.#onError = onError;
    this.#options = options;
  }

  /** True after stop() until the next start(): a run in progress should end early. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** How long the loop waits before its next run because the database is unavailable; 0 when it is not. */
  get backoffMs(): number {
    return this.#unavailableRuns === 0 ? 0 : this.#delay();
  }

  #now(): number {
    return this.#options?.now?.() ?? Date.now();
  }

  #delay(): number {
    const cap = this.#options?.maxBackoffMs ?? MAX_BACKOFF_MS;
    return Math.min(this.#intervalMs * 2 ** this.#unavailableRuns, Math.max(cap, this.#intervalMs));
  }

  /** One run, with the outage bookkeeping around it. */
  async #runOnce(): Promise<void> {
    try {
      await this.#run();
      if (this.#unavailableRuns > 0) {
        this.#options?.log.info(
          { worker: this.#options.name, outageMs: this.#now() - this.#outageSince },
          `database available again: ${this.#options.name} resumes`,
        );
      }
      this.#unavailableRuns = 0;
      this.#resumeAt = 0;
    } catch (error) {
      if (!this.#options || !isDatabaseUnavailable(error)) {
        this.#onError(error);
        return;
      }
      if (this.#unavailableRuns === 0) {
        this.#outageSince = this.#now();
        this.#options.log.warn(
          { worker: this.#options.name, database: unavailableSummary(error) },
          `database unavailable: ${this.#options.name} backs off until it answers again`,
        );
      }
      this.#unavailableRuns++;
      this.#resumeAt = this.#now() + this.#delay();
    }
  }

  /** Runs now and then every `intervalMs`, skipping a tick while a run is in progress or while backing off. */
  start(intervalMs: number): void {
    this.#stopped = false;
    this.#intervalMs = intervalMs;
    const tick = () => {
      if (this.#running || this.#stopped || this.#now() < this.#resumeAt) return;
      this.#running = this.#runOnce().finally(() => {
        this.#running = undefined;
      });
    };
    this.#timer = setInterval(tick, intervalMs);
    this.#timer.unref();
    tick();
  }

  /** Stops polling and waits for the run in progress, so the database can be closed after it. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
