// The CSRF token of the current browser session. `getSession` and `devLogin` return it; the session query stores it
// here, and the client sends it in `X-CSRF-Token` on every request that changes something.

let csrfToken: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export function getCsrfToken(): string | undefined {
  return csrfToken;
}

export const csrfHeader = 'X-CSRF-Token';

const unsafeMethods: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function needsCsrfToken(method: string): boolean {
  return unsafeMethods.has(method.toUpperCase());
}
