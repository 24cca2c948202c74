import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApplicationContent } from '@tuki/domain';
import { DraftSaver, type SaveFailure, storageKeyOf } from '../src/features/application/draft/draft-saver.ts';

class Failure extends Error {
  readonly kind: SaveFailure;
  constructor(kind: SaveFailure) {
    super(kind);
    this.kind = kind;
  }
}

/** Timers run by hand; the server is a list of versions with ETags. */
function setup(options: { stored?: { content: ApplicationContent; baseEtag: string } } = {}) {
  const timers = new Map<number, { callback: () => void; ms: number }>();
  let nextTimer = 1;
  const storage = new Map<string, string>();
  if (options.stored) storage.set(storageKeyOf('a1'), JSON.stringify(options.stored));
  const server = { content: { month: '2026-06' } as ApplicationContent, version: 1 };
  const saves: { content: ApplicationContent; etag: string }[] = [];
  let failNext: SaveFailure[] = [];
  const saver = new DraftSaver(
    'a1',
    { content: server.content, etag: '"1"' },
    {
      save: async (content, etag) => {
        saves.push({ content, etag });
        const failure = failNext.shift();
        if (failure) throw new Failure(failure);
        if (etag !== `"${server.version}"`) throw new Failure('conflict');
        server.content = content;
        server.version += 1;
        return { etag: `"${server.version}"` };
      },
      load: async () => ({ content: server.content, etag: `"${server.version}"` }),
      classify: (error) => (error instanceof Failure ? error.kind : 'retry'),
      storage: {
        getItem: (key) => storage.get(key) ?? null,
        setItem: (key, value) => void storage.set(key, value),
        removeItem: (key) => void storage.delete(key),
      },
      setTimer: (callback, ms) => {
        const id = nextTimer++;
        timers.set(id, { callback, ms });
        return id;
      },
      clearTimer: (id) => void timers.delete(id as number),
      now: () => new Date('2026-06-12T11:32:00Z'),
    },
  );
  const runTimers = async () => {
    const pending = [...timers.entries()];
    timers.clear();
    for (const [, timer] of pending) timer.callback();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    saver,
    server,
    saves,
    storage,
    timers,
    runTimers,
    failNext: (...kinds: SaveFailure[]) => {
      failNext = kinds;
    },
  };
}

describe('DraftSaver', () => {
  it('saves once after a pause in typing, with the ETag, and keeps a copy until the server has it', async () => {
    const { saver, saves, storage, timers, runTimers } = setup();
    saver.update({ month: '2026-06', iban: 'F' });
    saver.update({ month: '2026-06', iban: 'FI' });
    assert.equal(timers.size, 1, 'one pending save');
    assert.equal([...timers.values()][0]?.ms, 1500);
    assert.ok(storage.has(storageKeyOf('a1')), 'kept in sessionStorage while unsaved');
    await runTimers();
    assert.deepEqual(saves, [{ content: { month: '2026-06', iban: 'FI' }, etag: '"1"' }]);
    assert.deepEqual(saver.getSnapshot().status, { kind: 'saved', at: new Date('2026-06-12T11:32:00Z') });
    assert.equal(saver.getSnapshot().dirty, false);
    assert.equal(saver.etag, '"2"');
    assert.ok(!storage.has(storageKeyOf('a1')));
  });

  it('flush saves at once (a step change, the page hidden)', async () => {
    const { saver, saves } = setup();
    saver.update({ iban: 'FI21' });
    assert.equal(await saver.flush(), true);
    assert.equal(saves.length, 1);
    assert.equal(await saver.flush(), true, 'nothing more to save');
    assert.equal(saves.length, 1);
  });

  it('retries after a network failure and keeps the copy meanwhile', async () => {
    const { saver, saves, storage, timers, runTimers, failNext } = setup();
    failNext('retry');
    saver.update({ iban: 'FI21' });
    await runTimers();
    assert.deepEqual(saver.getSnapshot().status, { kind: 'retrying', attempt: 1 });
    assert.ok(storage.has(storageKeyOf('a1')));
    assert.equal([...timers.values()][0]?.ms, 2000, 'tries again soon');
    await runTimers();
    assert.equal(saves.length, 2);
    assert.equal(saver.getSnapshot().status.kind, 'saved');
    assert.ok(!storage.has(storageKeyOf('a1')));
  });

  it('never overwrites a change made elsewhere: 412 stops saving until the newest version is loaded', async () => {
    const { saver, server, saves, timers, runTimers } = setup();
    server.content = { month: '2026-06', additionalInformation: 'other window' };
    server.version = 2;
    saver.update({ month: '2026-07' });
    await runTimers();
    assert.equal(saver.getSnapshot().status.kind, 'conflict');
    saver.update({ month: '2026-08' });
    assert.equal(timers.size, 0, 'no save while in conflict');
    assert.equal(await saver.flush(), false);
    assert.equal(saves.length, 1);
    await saver.loadLatest();
    assert.deepEqual(saver.getSnapshot().content, {
      month: '2026-06',
      additionalInformation: 'other window',
    });
    assert.equal(saver.getSnapshot().status.kind, 'idle');
    assert.equal(saver.etag, '"2"');
  });

  it('a new version with the same content (an attachment added) is taken over without asking', async () => {
    const { saver, server, saves, runTimers } = setup();
    server.version = 2; // the content did not change
    saver.update({ month: '2026-07' });
    await runTimers();
    await runTimers();
    assert.equal(saves.length, 2, 'saved again on the newest version');
    assert.equal(saver.getSnapshot().status.kind, 'saved');
    assert.deepEqual(server.content, { month: '2026-07' });
  });

  it('adopt takes the ETag of a refetched version whose content is the saved one', () => {
    const { saver } = setup();
    saver.adopt({ content: { month: '2026-06' }, etag: '"5"' });
    assert.equal(saver.etag, '"5"');
    saver.adopt({ content: { month: '2026-01' }, etag: '"6"' });
    assert.equal(saver.etag, '"5"', 'not when the content differs');
  });

  it('restores this tab’s unsaved copy after a reload and saves it', async () => {
    const { saver, saves, runTimers } = setup({
      stored: { content: { month: '2026-06', iban: 'FI21' }, baseEtag: '"1"' },
    });
    assert.equal(saver.getSnapshot().restored, true);
    assert.deepEqual(saver.getSnapshot().content, { month: '2026-06', iban: 'FI21' });
    await runTimers();
    assert.deepEqual(saves[0], { content: { month: '2026-06', iban: 'FI21' }, etag: '"1"' });
  });

  it('a sent application (409) is locked and its copy dropped', async () => {
    const { saver, storage, runTimers, failNext } = setup();
    failNext('locked');
    saver.update({ iban: 'FI21' });
    await runTimers();
    assert.equal(saver.getSnapshot().status.kind, 'locked');
    assert.ok(!storage.has(storageKeyOf('a1')));
  });
});
