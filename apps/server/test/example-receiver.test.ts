// The example integration's signature check (examples/webhook-receiver) against the Standard Webhooks test vector,
// the timestamp tolerance and a rotation with two signatures.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sign, verify } from '../../../examples/webhook-receiver/verify.ts';

// The published example of the Standard Webhooks specification.
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const timestamp = '1614265330';
const body = '{"test": 2432232314}';
const expected = 'g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';

describe('the example receiver’s signature check', () => {
  it('signs as the specification’s example does', () => {
    assert.equal(sign(secret, id, timestamp, body), expected);
  });

  it('accepts a valid signature within the tolerance and refuses anything else', () => {
    const headers = { id, timestamp, signature: `v1,${expected}` };
    assert.ok(verify(secret, headers, body, 1614265330));
    assert.ok(verify(secret, headers, body, 1614265330 + 299));
    assert.ok(!verify(secret, headers, body, 1614265330 + 301), 'too old');
    assert.ok(!verify(secret, headers, `${body} `, 1614265330), 'body changed');
    assert.ok(!verify(secret, { ...headers, id: 'msg_other' }, body, 1614265330), 'another id');
    assert.ok(
      !verify(secret, { ...headers, signature: `v2,${expected}` }, body, 1614265330),
      'unknown version',
    );
    assert.ok(!verify('whsec_AAAA', headers, body, 1614265330), 'another secret');
    assert.ok(!verify(secret, { ...headers, signature: undefined }, body, 1614265330));
  });

  it('accepts either signature while a secret is being rotated', () => {
    const signature = `v1,${sign('whsec_b2xkc2VjcmV0', id, timestamp, body)} v1,${expected}`;
    assert.ok(verify(secret, { id, timestamp, signature }, body, 1614265330));
    assert.ok(verify('whsec_b2xkc2VjcmV0', { id, timestamp, signature }, body, 1614265330));
  });
});
