// Browser test: the API documentation page (Swagger UI at /api/docs) works under its content security policy:
// it renders the operations, "Try it out" calls the API, and Chromium reports no violation of the policy.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { freePort } from '../apps/server/test/helpers/net.ts';
import { browserScene, screenshots } from './helpers/pages.ts';

// The document names PUBLIC_URL as its server, so "Try it out" calls that: the server runs at it here.
const port = await freePort();

describe('the API documentation page', () => {
  const scene = browserScene({
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  });

  test('renders and calls the API with no content security policy violation', async () => {
    const page = await scene.newPage({ locale: 'en-GB' });
    // Collected in the page from the start (an init script runs outside the page's policy).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(`${scene.baseUrl}/api/docs`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    assert.match(policy, /script-src 'self'/);
    await page.getByRole('heading', { name: /Tuki API/ }).waitFor();
    const operation = page.locator('#operations-system-getPublicConfig');
    await operation.locator('.opblock-summary').first().click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    await operation.getByRole('button', { name: 'Execute' }).click();
    await operation.locator('.live-responses-table tbody .response-col_status').first().waitFor();
    const status = await operation
      .locator('.live-responses-table tbody .response-col_status')
      .first()
      .textContent();
    assert.match(status ?? '', /200/);
    const body = await operation.locator('.live-responses-table').textContent();
    assert.match(body ?? '', /"authMode": "dev"/);
    await page.screenshot({ path: `${screenshots}api-docs.png`, fullPage: false });
    const violations = await page.evaluate(
      () => (globalThis as unknown as { cspViolations: string[] }).cspViolations,
    );
    assert.deepEqual(violations, [], 'no content security policy violation');
  });
});
