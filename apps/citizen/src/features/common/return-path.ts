// Where a sign-in goes on to (`?returnTo=`): a path of the citizen app only, never another site, the staff app or
// the sign-in page itself (which would only ask again). Without one, or with any other, the front page.

export function returnPathOf(requested: string | null, signInPath: string): string {
  if (
    requested === null ||
    !requested.startsWith('/') ||
    requested.startsWith('//') ||
    requested.includes('\\') ||
    requested.startsWith('/staff')
  ) {
    return '/';
  }
  const page = requested.split(/[?#]/)[0];
  return page === signInPath ? '/' : requested;
}
