import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiProblem, NetworkError } from '@tuki/api-client';
import { appErrorKind, createAppErrorStore } from '../src/errors/error-store.ts';

const problem = (status: number) => new ApiProblem({ type: 'about:blank', title: 'x', status, errors: [] });

describe('appErrorKind', () => {
  it('sends failures no page handles to the app-wide notice', () => {
    assert.equal(appErrorKind(new NetworkError()), 'network');
    assert.equal(appErrorKind(problem(503)), 'network');
    assert.equal(appErrorKind(problem(401)), 'sessionExpired');
    assert.equal(appErrorKind(problem(403)), 'forbidden');
    assert.equal(appErrorKind(problem(500)), 'unexpected');
    assert.equal(appErrorKind(new TypeError('bug')), 'unexpected');
  });

  it('leaves invalid input, missing things and conflicts to the page', () => {
    for (const status of [400, 404, 409, 412, 413, 415])
      assert.equal(appErrorKind(problem(status)), undefined);
  });
});

describe('createAppErrorStore', () => {
  it('holds one error and tells its listeners when it changes', () => {
    const store = createAppErrorStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => {
      calls += 1;
    });
    store.report('network');
    store.report('network');
    assert.equal(store.get(), 'network');
    store.clear();
    assert.equal(store.get(), undefined);
    unsubscribe();
    store.report('forbidden');
    assert.equal(calls, 2);
  });
});
