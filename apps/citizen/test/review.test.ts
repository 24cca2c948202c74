import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UploadError } from '../src/features/application/api/upload.ts';
import { returnPathOf } from '../src/features/common/return-path.ts';

describe('signing in on the way to a page', () => {
  it('goes on to a path of the citizen app only', () => {
    assert.equal(returnPathOf('/applications', '/login'), '/applications');
    assert.equal(returnPathOf('/applications/new?x=1', '/login'), '/applications/new?x=1');
    assert.equal(returnPathOf(null, '/login'), '/');
    assert.equal(returnPathOf('//evil.example/', '/login'), '/');
    assert.equal(returnPathOf('https://evil.example/', '/login'), '/');
    assert.equal(returnPathOf('/\\evil.example', '/login'), '/');
    assert.equal(returnPathOf('/staff/applications', '/login'), '/');
    assert.equal(returnPathOf('/login?returnTo=/login', '/login'), '/');
  });
});

describe('a refused upload', () => {
  it('keeps the kind of failure only, never the server’s text', () => {
    const error = new UploadError('notDraft');
    assert.equal(error.failure, 'notDraft');
    assert.equal('detail' in error, false);
  });
});
