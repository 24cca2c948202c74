// A minimal browser for the sign-in tests: follows redirects by hand and keeps cookies per origin.
export class CookieJar {
  readonly #byOrigin = new Map<string, Map<string, string>>();

  header(url: URL): string {
    const cookies = this.#byOrigin.get(url.origin);
    return cookies ? [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') : '';
  }

  store(url: URL, response: Response): void {
    const cookies = this.#byOrigin.get(url.origin) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*max-age=0/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a),
      );
      if (expired || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    this.#byOrigin.set(url.origin, cookies);
  }

  get(origin: string, name: string): string | undefined {
    return this.#byOrigin.get(origin)?.get(name);
  }
}

export interface Step {
  url: URL;
  response: Response;
  body: string;
}

/** Requests a URL, and follows redirects until a page, or until `stopAt` matches the next URL. */
export async function navigate(
  jar: CookieJar,
  start: string | URL,
  init: { method?: string; form?: Record<string, string>; stopAt?: (url: URL) => boolean } = {},
): Promise<Step> {
  let url = new URL(start);
  let method = init.method ?? 'GET';
  let body: string | undefined = init.form ? new URLSearchParams(init.form).toString() : undefined;
  for (let hops = 0; hops < 20; hops += 1) {
    const headers: Record<string, string> = { cookie: jar.header(url) };
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    jar.store(url, response);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url);
      if (init.stopAt?.(next)) return { url: next, response, body: '' };
      url = next;
      method = 'GET';
      body = undefined;
      continue;
    }
    return { url, response, body: await response.text() };
  }
  throw new Error('too many redirects');
}

/** The action of the first form of an HTML page. */
export function formAction(page: Step): URL {
  const match = /<form[^>]*action="([^"]+)"/.exec(page.body);
  if (!match?.[1]) throw new Error(`no form on ${page.url}: ${page.body.slice(0, 300)}`);
  return new URL(match[1].replaceAll('&amp;', '&'), page.url);
}
