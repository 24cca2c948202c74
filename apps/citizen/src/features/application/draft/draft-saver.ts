// Keeps a draft application on the server while the user types: saves a moment after the last change (debounced),
// at once when asked (step change, page hidden), one save at a time, with the ETag of the version it is based on
// (If-Match). What the server has not yet confirmed is also kept in the tab's sessionStorage, so a reload, a lost
// connection or a sign-out loses nothing. Failures are retried; a change made elsewhere (412) is never
// overwritten: the user is told and chooses to load the newest version.
//
// Framework-free (React subscribes with useSyncExternalStore) so that it can be tested with node:test.

import type { ApplicationContent } from '@tuki/domain';
import { sameContent } from '../content-paths.ts';

export type SaveStatus =
  /** Nothing changed since the draft was loaded. */
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** The last save failed (no connection, server error); another attempt is scheduled. */
  | { kind: 'retrying'; attempt: number }
  /** The draft was changed in another window or device (412): waits for the user. */
  | { kind: 'conflict' }
  /** The application is no longer a draft (409): nothing can be saved. */
  | { kind: 'locked' }
  /** Signed out (401): kept locally, saved again after signing in. */
  | { kind: 'signedOut' };

export interface DraftSnapshot {
  content: ApplicationContent;
  status: SaveStatus;
  /** Changes that the server has not confirmed yet. */
  dirty: boolean;
  /** The content was taken from this tab's unsaved copy when the page was loaded. */
  restored: boolean;
}

export interface SaveResult {
  etag: string;
}

export type SaveFailure = 'conflict' | 'locked' | 'signedOut' | 'retry';

export interface DraftSaverOptions {
  /** Sends the content with If-Match: resolves with the new ETag or rejects. */
  save: (content: ApplicationContent, etag: string, options: { keepalive: boolean }) => Promise<SaveResult>;
  /** The newest version on the server. */
  load: () => Promise<{ content: ApplicationContent; etag: string }>;
  /** What kind of failure an error from `save` is. */
  classify: (error: unknown) => SaveFailure;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  debounceMs?: number;
  retryDelaysMs?: readonly number[];
  now?: () => Date;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

interface StoredCopy {
  content: ApplicationContent;
  baseEtag: string;
}

export const storageKeyOf = (applicationId: string) => `tuki.draft.${applicationId}`;

export class DraftSaver {
  readonly #key: string;
  readonly #options: Required<Omit<DraftSaverOptions, 'storage'>> & Pick<DraftSaverOptions, 'storage'>;
  readonly #listeners = new Set<() => void>();
  #snapshot: DraftSnapshot;
  #etag: string;
  /** The content the server has (as far as we know): what `#etag` names. */
  #serverContent: ApplicationContent | undefined;
  /** Bumped on every change, to know whether a finished save still covers the newest content. */
  #version = 0;
  #timer: unknown;
  #inFlight: Promise<void> | undefined;
  #failures = 0;
  #disposed = false;

  constructor(
    applicationId: string,
    server: { content: ApplicationContent; etag: string },
    options: DraftSaverOptions,
  ) {
    this.#key = storageKeyOf(applicationId);
    this.#options = {
      debounceMs: 1500,
      retryDelaysMs: [2000, 5000, 10000, 30000],
      now: () => new Date(),
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      ...options,
    };
    this.#etag = server.etag;
    this.#serverContent = server.content;

    const stored = this.#readStored();
    if (stored && !sameContent(stored.content, server.content)) {
      // Unsaved changes from this tab. Saved on top of the version they were made on: if the server has
      // moved on since, the save answers 412 and the user decides.
      this.#etag = stored.baseEtag;
      this.#serverContent = stored.baseEtag === server.etag ? server.content : undefined;
      this.#snapshot = { content: stored.content, status: { kind: 'idle' }, dirty: true, restored: true };
      this.#version = 1;
      this.#schedule(0);
    } else {
      if (stored) this.#removeStored();
      this.#snapshot = { content: server.content, status: { kind: 'idle' }, dirty: false, restored: false };
    }
  }

  getSnapshot = (): DraftSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  get etag(): string {
    return this.#etag;
  }

  /** Replaces the content with the user's newest answers; saved after a pause in typing. */
  update(content: ApplicationContent): void {
    if (this.#disposed || this.#snapshot.status.kind === 'locked') return;
    this.#version += 1;
    this.#set({ content, dirty: true });
    this.#writeStored(content);
    const blocked = this.#snapshot.status.kind === 'conflict' || this.#snapshot.status.kind === 'signedOut';
    if (!blocked && this.#snapshot.status.kind !== 'retrying') this.#schedule(this.#options.debounceMs);
  }

  /**
   * Saves now if anything is unsaved (and waits for a save under way). True when the server has everything.
   * `keepalive` lets the request finish after the page is gone (pagehide).
   */
  async flush(options: { keepalive?: boolean } = {}): Promise<boolean> {
    if (this.#disposed) return !this.#snapshot.dirty;
    this.#cancelTimer();
    if (this.#inFlight) await this.#inFlight;
    const kind = this.#snapshot.status.kind;
    if (this.#snapshot.dirty && kind !== 'conflict' && kind !== 'locked') {
      await this.#save(options.keepalive ?? false);
    }
    return !this.#snapshot.dirty;
  }

  /** After signing in again, or when the connection returns: try the waiting changes at once. */
  resume(): void {
    if (this.#disposed || !this.#snapshot.dirty) return;
    const kind = this.#snapshot.status.kind;
    if (kind === 'signedOut' || kind === 'retrying') {
      this.#failures = 0;
      this.#schedule(0);
    }
  }

  /**
   * The server's version changed for a reason other than the content (an attachment was added, say): take its
   * ETag when its content is what we last saved, so the next save does not meet a needless 412.
   */
  adopt(server: { content: ApplicationContent; etag: string }): void {
    if (this.#disposed || this.#inFlight) return;
    if (this.#serverContent !== undefined && sameContent(server.content, this.#serverContent)) {
      this.#etag = server.etag;
    }
  }

  /** Conflict resolved by the user: the newest version replaces what this tab had. */
  async loadLatest(): Promise<void> {
    const latest = await this.#options.load();
    this.#cancelTimer();
    this.#version += 1;
    this.#etag = latest.etag;
    this.#serverContent = latest.content;
    this.#failures = 0;
    this.#removeStored();
    this.#set({ content: latest.content, dirty: false, restored: false, status: { kind: 'idle' } });
  }

  dispose(): void {
    this.#disposed = true;
    this.#cancelTimer();
    this.#listeners.clear();
  }

  #set(patch: Partial<DraftSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of this.#listeners) listener();
  }

  #schedule(ms: number): void {
    this.#cancelTimer();
    this.#timer = this.#options.setTimer(() => {
      this.#timer = undefined;
      void this.#save(false);
    }, ms);
  }

  #cancelTimer(): void {
    if (this.#timer !== undefined) this.#options.clearTimer(this.#timer);
    this.#timer = undefined;
  }

  #save(keepalive: boolean): Promise<void> {
    if (this.#inFlight) {
      // One save at a time: the next one starts when this one is done.
      return this.#inFlight.then(() => (this.#snapshot.dirty ? this.#save(keepalive) : undefined));
    }
    if (this.#disposed || !this.#snapshot.dirty) return Promise.resolve();
    const kind = this.#snapshot.status.kind;
    if (kind === 'conflict' || kind === 'locked') return Promise.resolve();
    this.#inFlight = this.#attempt(keepalive).finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  async #attempt(keepalive: boolean): Promise<void> {
    const version = this.#version;
    const content = this.#snapshot.content;
    this.#set({ status: { kind: 'saving' } });
    try {
      const { etag } = await this.#options.save(content, this.#etag, { keepalive });
      this.#etag = etag;
      this.#serverContent = content;
      this.#failures = 0;
      const current = version === this.#version;
      // The tab's copy now builds on the version just saved (or is not needed any more).
      if (current) this.#removeStored();
      else this.#writeStored(this.#snapshot.content);
      this.#set({ status: { kind: 'saved', at: this.#options.now() }, dirty: !current });
      if (!current && !this.#disposed) this.#schedule(this.#options.debounceMs);
    } catch (error) {
      await this.#failed(error);
    }
  }

  async #failed(error: unknown): Promise<void> {
    const failure = this.#options.classify(error);
    if (failure === 'conflict') {
      // Perhaps only something other than the content changed (an attachment): then the content we based our
      // change on is still the newest, and saving on the new version overwrites nothing.
      try {
        const latest = await this.#options.load();
        if (this.#serverContent !== undefined && sameContent(latest.content, this.#serverContent)) {
          this.#etag = latest.etag;
          this.#set({ status: { kind: 'idle' } });
          this.#schedule(0);
          return;
        }
      } catch {
        // Could not tell: treat it as the conflict it may be.
      }
      this.#set({ status: { kind: 'conflict' } });
      return;
    }
    if (failure === 'locked') {
      this.#removeStored();
      this.#set({ status: { kind: 'locked' } });
      return;
    }
    if (failure === 'signedOut') {
      this.#set({ status: { kind: 'signedOut' } });
      return;
    }
    this.#failures += 1;
    const delays = this.#options.retryDelaysMs;
    const delay = delays[Math.min(this.#failures - 1, delays.length - 1)] ?? 30000;
    this.#set({ status: { kind: 'retrying', attempt: this.#failures } });
    if (!this.#disposed) this.#schedule(delay);
  }

  #readStored(): StoredCopy | undefined {
    try {
      const text = this.#options.storage?.getItem(this.#key);
      if (!text) return undefined;
      const value = JSON.parse(text) as Partial<StoredCopy>;
      if (typeof value.baseEtag !== 'string' || typeof value.content !== 'object' || value.content === null) {
        return undefined;
      }
      return { content: value.content, baseEtag: value.baseEtag };
    } catch {
      return undefined;
    }
  }

  #writeStored(content: ApplicationContent): void {
    try {
      const copy: StoredCopy = { content, baseEtag: this.#etag };
      this.#options.storage?.setItem(this.#key, JSON.stringify(copy));
    } catch {
      // Storage full or disabled: the server copy is all there is.
    }
  }

  #removeStored(): void {
    try {
      this.#options.storage?.removeItem(this.#key);
    } catch {
      // As above.
    }
  }
}
