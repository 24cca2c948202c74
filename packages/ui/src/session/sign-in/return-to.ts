// Where the user comes back to after signing in: the sign-in page's `?returnTo=<path>` when that is a page of this
// app, otherwise its front page. The server checks it again (only paths of the same app).

import { devLoginPath } from '../useSignIn.ts';

export function signInReturnTo(requested: string | null, basePath: string): string {
  if (
    requested === null ||
    !requested.startsWith(basePath) ||
    requested.startsWith('//') ||
    requested.includes('\\') ||
    (basePath === '/' && requested.startsWith('/staff'))
  ) {
    return basePath;
  }
  // Back to the sign-in page itself would only ask again.
  const page = `/${requested.slice(basePath.length)}`.split(/[?#]/)[0];
  return page === devLoginPath ? basePath : requested;
}
