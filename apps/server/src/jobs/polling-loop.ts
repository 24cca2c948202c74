// A polling loop for the background workers: runs a job every `intervalMs` (never two at once), logs a failed
// run and goes on, and stops by waiting for the run in progress. The timer does not keep the process alive.

export class PollingLoop {
  readonly #run: () => Promise<unknown>;
  readonly #onError: (error: unknown) => void;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;
  #stopped = false;

  constructor(run: () => Promise<unknown>, onError: (error: unknown) => void) {
    this.#run = run;
    this.#onError = onError;
  }

  /** True after stop() until the next start(): a run in progress should end early. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Runs now and then every `intervalMs`, skipping a tick while a run is in progress. */
  start(intervalMs: number): void {
    this.#stopped = false;
    const tick = () => {
      if (this.#running || this.#stopped) return;
      this.#running = this.#run()
        .catch((error: unknown) => this.#onError(error))
        .finally(() => {
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
