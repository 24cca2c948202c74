// The typed client of the web apps is generated from the committed OpenAPI document; it must be the one the
// server serves, or the apps would be typed against an API that no longer exists.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createTestApp } from './helpers/test-app.ts';

test('packages/api-client/openapi.json is the document the server serves (else: npm run generate -w packages/api-client)', async () => {
  const t = await createTestApp('pglite');
  try {
    const served = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const committed = JSON.parse(
      readFileSync(new URL('../../../packages/api-client/openapi.json', import.meta.url), 'utf8'),
    );
    assert.deepEqual(committed, served);
  } finally {
    await t.close();
  }
});
