// Pages for the browser tests: a fresh browser context per page (viewport, locale, page errors fail the test),
// signed in through the development sign-in of either web app; screenshots with an axe-core check; the keyboard
// helpers several tests share.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, FileChooser, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser } from './browser.ts';
import { startE2eServer } from './server.ts';

/** Where screenshots and other artefacts of the browser tests go (test-results/ at the repository root). */
export const screenshots = new URL('../../test-results/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });

export interface PageOptions {
  /** Default 'fi-FI'. */
  locale?: string;
  /** Default 1280 × 900. */
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
}

export interface SignInOptions extends PageOptions {
  app: 'citizen' | 'staff';
  /** The name on the user's button on the development sign-in page. */
  user: RegExp;
}

/** A page in a new browser context (kept in `contexts` for closeContexts); an error in the page fails the test. */
export async function newPage(
  browser: Browser,
  options: PageOptions = {},
  contexts?: BrowserContext[],
): Promise<Page> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'fi-FI',
    ...(options.acceptDownloads === undefined ? {} : { acceptDownloads: options.acceptDownloads }),
  });
  contexts?.push(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => assert.fail(`error in the page: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
      assert.fail(`the page broke its content security policy: ${message.text()}`);
    }
  });
  return page;
}

/** Signs the page in through the app's development sign-in page by clicking the user's button. */
export async function signIn(
  page: Page,
  baseUrl: string,
  { app, user }: Pick<SignInOptions, 'app' | 'user'>,
): Promise<void> {
  await page.goto(app === 'staff' ? `${baseUrl}/staff/login` : `${baseUrl}/login`);
  await page
    .getByRole('button', { name: user })
    .click()
    .catch(async (error: unknown) => {
      await page.screenshot({ path: `${screenshots}sign-in-failed-${app}.png`, fullPage: true });
      throw error;
    });
  if (app === 'citizen') await page.waitForURL(`${baseUrl}/`);
  await page.getByTestId('signed-in-name').waitFor();
}

/** A new page (see newPage) signed in as `user` in the citizen or the staff app. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  options: SignInOptions,
  contexts?: BrowserContext[],
): Promise<Page> {
  const page = await newPage(browser, options, contexts);
  await signIn(page, baseUrl, options);
  return page;
}

export async function closeContexts(contexts: BrowserContext[]): Promise<void> {
  for (const context of contexts) await context.close();
}

export type E2eServer = Awaited<ReturnType<typeof startE2eServer>>;

/**
 * The server and the browser of a test file (or describe block): started in a `before` hook registered here (so
 * before the caller's own hooks) and closed in an `after` hook, with every context opened through it.
 */
export function browserScene(env: Record<string, string> = {}) {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  before(async () => {
    server = await startE2eServer(env);
    browser = await launchBrowser();
  });
  after(async () => {
    await closeContexts(contexts);
    await browser?.close();
    await server?.close();
  });
  const scene = {
    get server(): E2eServer {
      if (!server) throw new Error('the server has not started');
      return server;
    },
    get browser(): Browser {
      if (!browser) throw new Error('the browser has not started');
      return browser;
    },
    get baseUrl(): string {
      return scene.server.baseUrl;
    },
    newPage: (options: PageOptions = {}): Promise<Page> => newPage(scene.browser, options, contexts),
    signedInPage: (options: SignInOptions): Promise<Page> =>
      signedInPage(scene.browser, scene.baseUrl, options, contexts),
    /** A new page carrying the session cookie of a sign-in made through the API (e.g. an unnamed person's). */
    pageWithSession: async (session: { cookie: string }, options: PageOptions = {}): Promise<Page> => {
      const page = await newPage(scene.browser, options, contexts);
      const [name = '', ...value] = session.cookie.split('=');
      await page.context().addCookies([{ name, value: value.join('='), url: scene.baseUrl }]);
      return page;
    },
  };
  return scene;
}

/** Saves a full-page screenshot as test-results/<name>.png and fails on any WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${name}: ${describeViolations(violations)}`);
}

/** Top-level domains of addresses a page may print (not i18n keys, though they look alike). */
const domains = new Set(['fi', 'se', 'com', 'org', 'net', 'eu', 'pdf', 'png', 'jpg']);

/**
 * Fails when the page's visible text shows a raw i18n key (`workQueue.search.label`), an unfilled placeholder
 * (`{month}`) or English server wording in a page whose language (`<html lang>`) is Finnish or Swedish.
 */
export async function expectNoRawText(page: Page, name: string): Promise<void> {
  const { lang, text } = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, without hidden elements, line by line
    text: document.body.innerText,
  }));
  const keys = text
    .split(/\s+/)
    .map((token) => token.replace(/^[("'“”«]+|[)"'“”»:;,.!?]+$/g, ''))
    .filter(
      (token) =>
        /^[a-z][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(token) &&
        !token.includes('@') &&
        // A date format such as p.k.vvvv is no key: a key's parts are words.
        token.split('.').every((part) => part.length > 1) &&
        !domains.has(token.split('.').at(-1) ?? ''),
    );
  assert.deepEqual(keys, [], `${name}: raw i18n keys`);
  assert.doesNotMatch(text, /\{[A-Za-z]+\}/, `${name}: an unfilled placeholder`);
  if (lang === 'fi' || lang === 'sv') {
    const english =
      /(?<!\p{L})(the|and|is|not|must|cannot|required|invalid|error|application|request|forbidden|found)(?!\p{L})/iu;
    const line = text.split('\n').find((candidate) => english.test(candidate));
    assert.equal(line, undefined, `${name}: English text in a ${lang} page`);
  }
}

/** Creates an empty draft as the citizen signed in on `page`, as the page itself would; returns its id. */
export async function createDraftInPage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const session = await (await fetch('/api/v1/session')).json();
    const response = await fetch('/api/v1/my/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: '{}',
    });
    return (await response.json()).id as string;
  });
}

/** Chooses a radio button with the mouse by clicking its label (HDS draws the button over the input). */
export async function choose(page: Page, label: string): Promise<void> {
  await page
    .locator('label')
    .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .click();
  assert.ok(await page.getByRole('radio', { name: label, exact: true }).isChecked(), `${label} is chosen`);
}

/** Presses Tab until the element with this id has the focus (at most `limit` times). */
export async function tabToId(page: Page, id: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached #${id}`);
}

export interface Focused {
  id: string;
  tag: string;
  type: string;
  text: string;
  /** The text of the element's first label. */
  label: string;
  aria: string;
}

/** The focused element (its id, tag, text and names), or null when nothing but the body has the focus. */
export async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const labels = (element as HTMLInputElement).labels;
    return {
      id: element.id,
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type') ?? '',
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      label: (labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      aria: element.getAttribute('aria-label') ?? '',
    };
  });
}

/** Waits until the element with this id has the focus (a page moves it in an effect, after it has drawn). */
export async function expectFocusOn(page: Page, id: string, why?: string): Promise<void> {
  try {
    await page.waitForFunction((expected) => document.activeElement?.id === expected, id, {
      timeout: 10_000,
    });
  } catch {
    assert.fail(`${why ?? 'the focus'}: never on #${id}; it is on ${JSON.stringify(await focused(page))}`);
  }
}

/** Presses Tab (or the given key, e.g. Shift+Tab) until the focused element matches; fails after `limit` presses. */
export async function tabUntil(
  page: Page,
  what: string,
  match: (element: Focused) => boolean,
  { limit = 150, key = 'Tab' }: { limit?: number; key?: string } = {},
): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    const element = await focused(page);
    if (element && match(element)) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${key} never reached ${what}; the focus is on ${JSON.stringify(await focused(page))}`);
}

/**
 * Tabs to a file input and opens it with Space, as a keyboard user does. A re-render can take the focus away
 * between the last Tab and the key press, and then no chooser opens; the helper then looks for the input again
 * (backwards, since the focus has usually moved past it) and presses Space once more, three times at most.
 */
export async function openFileChooserByKeyboard(
  page: Page,
  what: string,
  match: (element: Focused) => boolean,
): Promise<FileChooser> {
  for (let attempt = 1; ; attempt += 1) {
    await tabUntil(page, what, match, { key: attempt === 1 ? 'Tab' : 'Shift+Tab' });
    const chooser = page.waitForEvent('filechooser', { timeout: 5_000 });
    await page.keyboard.press('Space');
    try {
      return await chooser;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** 2026-12-09 → 9.12.2026 */
export function finnishDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)}.${Number(month)}.${year}`;
}
