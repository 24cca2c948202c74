// Decision letters as the browser tests read them: the PDF fetched by the signed-in page (with its session), saved
// under test-results/ and read back with pdftotext.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { screenshots } from './pages.ts';

const run = promisify(execFile);

/**
 * Fetches the letter at `href` as the page's user, checks it is a PDF, saves it as test-results/<name>.pdf and
 * returns its text (pdftotext -layout, no-break spaces as spaces).
 */
export async function readLetter(page: Page, href: string, name: string): Promise<string> {
  const letter = await page.evaluate(async (url) => {
    const response = await fetch(url);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: [...new Uint8Array(await response.arrayBuffer())],
    };
  }, href);
  assert.equal(letter.status, 200);
  assert.equal(letter.type, 'application/pdf');
  const file = `${screenshots}${name}.pdf`;
  await writeFile(file, Buffer.from(letter.bytes));
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  return stdout.replaceAll('\u00a0', ' ');
}
