// A real OpenID provider (the oidc-provider package) on loopback for the sign-in tests. Accounts are named
// "<loa>:<personal identity code>" for citizens, or "staff:<username>:<roles>" for staff, so that each test
// chooses the claims it needs by the login name it types into the provider's sign-in form.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

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
