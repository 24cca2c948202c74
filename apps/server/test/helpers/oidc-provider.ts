// A real OpenID provider (the oidc-provider package) on loopback for the sign-in tests. Accounts are named
// "<loa>:<personal identity code>" for citizens, or "staff:<username>:<roles>" for staff, so that each test
// chooses the claims it needs by the login name it types into the provider's sign-in form.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { type CookieJar, formAction, navigate, type Step } from './browser-like.ts';

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

export interface ProviderClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

function claimsFor(accountId: string): Record<string, unknown> {
  const [kind, first, second] = accountId.split(':');
  if (kind === 'staff') {
    return {
      sub: accountId,
      preferred_username: first,
      given_name: 'Kaisa',
      family_name: 'Käsittelijä',
      email: `${first}@city.example`,
      roles: second ? second.split(',') : [],
    };
  }
  return { sub: accountId, loa: kind, national_id: first, given_name: 'Åke', family_name: 'Östman' };
}

export async function startTestProvider(clients: ProviderClient[]): Promise<TestProvider> {
  let handler:
    | ((req: Parameters<Parameters<typeof createServer>[1] & object>[0], res: never) => void)
    | undefined;
  const server: Server = createServer((req, res) => handler?.(req, res as never));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: clients.map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      redirect_uris: [client.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      profile: ['given_name', 'family_name', 'preferred_username', 'loa', 'national_id', 'roles'],
      email: ['email'],
    },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => ({ ...claimsFor(id), sub: id }) }),
  });
  provider.on('server_error', () => undefined);
  handler = provider.callback() as never;
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Starts a sign-in at the app, goes through the provider's sign-in and consent forms as `login`, and returns
 * the callback URL the provider sends the browser back to (not yet followed).
 */
export async function signInThroughProvider(
  jar: CookieJar,
  appUrl: string,
  audience: 'citizen' | 'staff',
  login: string,
  returnTo: string,
): Promise<URL> {
  const isCallback = (url: URL) => url.origin === appUrl && url.pathname.endsWith('/callback');
  const start = `${appUrl}/api/v1/auth/${audience}/login?returnTo=${encodeURIComponent(returnTo)}`;
  let step: Step = await navigate(jar, start, { stopAt: isCallback });
  for (let i = 0; i < 4 && !isCallback(step.url); i += 1) {
    const prompt = /name="prompt" value="(\w+)"/.exec(step.body)?.[1];
    const form: Record<string, string> = { prompt: prompt ?? 'consent' };
    if (prompt === 'login') Object.assign(form, { login, password: 'any' });
    step = await navigate(jar, formAction(step), { method: 'POST', form, stopAt: isCallback });
  }
  if (!isCallback(step.url)) throw new Error(`the provider did not return to the app: ${step.url}`);
  return step.url;
}
