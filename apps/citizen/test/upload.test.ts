import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failureOf, MAX_FILE_BYTES, precheckFile } from '../src/features/application/api/upload.ts';

function file(name: string, type: string, size: number): File {
  return { name, type, size } as File;
}

describe('uploads', () => {
  it('are checked before sending: size and type', () => {
    assert.equal(precheckFile(file('tiliote.pdf', 'application/pdf', 1000)), undefined);
    assert.equal(precheckFile(file('IMG_0001.HEIC', '', 1000)), undefined, 'a phone photo without a type');
    assert.equal(precheckFile(file('tiliote.pdf', 'application/pdf', 0)), 'empty');
    assert.equal(precheckFile(file('video.mp4', 'video/mp4', 1000)), 'unsupportedType');
    assert.equal(precheckFile(file('big.pdf', 'application/pdf', MAX_FILE_BYTES + 1)), 'tooLarge');
  });

  it('refusals of the server are told by kind', () => {
    assert.equal(failureOf(413, { type: 'file-too-large' }), 'tooLarge');
    assert.equal(failureOf(415, { type: 'unsupported-file-type' }), 'unsupportedType');
    assert.equal(failureOf(400, { type: 'https://tuki.example/problems/empty-file' }), 'empty');
    assert.equal(failureOf(422, { type: 'https://tuki.example/problems/infected' }), 'infected');
    assert.equal(failureOf(422, { type: 'https://tuki.example/problems/image-too-large' }), 'tooManyPixels');
    assert.equal(
      failureOf(422, { type: 'https://tuki.example/problems/inflates-too-much' }),
      'inflatesTooMuch',
    );
    assert.equal(failureOf(409, { type: 'too-many-attachments' }), 'tooMany');
    assert.equal(failureOf(409, { type: 'conflict' }), 'notDraft');
    assert.equal(failureOf(400, { type: 'upload-interrupted' }), 'interrupted');
    assert.equal(failureOf(503, { type: 'scanner-unavailable' }), 'scannerUnavailable');
  });
});
