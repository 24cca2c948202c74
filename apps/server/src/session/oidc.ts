// OpenID Connect (authorization code + PKCE) with openid-client, for citizens and for staff. The provider's
// metadata is fetched once per process; everything that must survive between the redirect and the callback
// (state, nonce, PKCE verifier, where to return) is in the database, bound to the browser by a cookie.
import { randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import type { OidcClientConfig } from '../config/config.ts';
import type { Db } from '../db/database.ts';
import { deleteOidcLoginsBefore, insertOidcLogin, useOidcLogin } from './session.repository.ts';
import { hashToken } from './sessions.ts';

export type Audience = 'citizen' | 'staff';

/** Sign-in attempts older than this are refused. */
export const LOGIN_TTL_MS = 10 * 60_000;

export class OidcClient {
  readonly #settings: OidcClientConfig;
  readonly #allowHttp: boolean;
  #configuration: Promise<oidc.Configuration> | undefined;

  constructor(settings: OidcClientConfig, allowHttp: boolean) {
    this.#settings = settings;
    this.#allowHttp = allowHttp;
  }

  configuration(): Promise<oidc.Configuration> {
    if (!this.#configuration) {
      const options = this.#allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined;
      this.#configuration = oidc
        .discovery(
          new URL(this.#settings.issuer),
          this.#settings.clientId,
          this.#settings.clientSecret,
          undefined,
          options,
        )
        .catch((error: unknown) => {
          this.#configuration = undefined;
          throw error;
        });
    }
    return this.#configuration;
  }

  get scope(): string {
    return this.#settings.scope;
  }
}

export interface StartedLogin {
  /** Goes into the binding cookie. */
  binding: string;
  authorizationUrl: URL;
}

export async function startLogin(
  db: Db,
  client: OidcClient,
  audience: Audience,
  redirectUri: string,
  returnTo: string,
  now: Date,
): Promise<StartedLogin> {
  const configuration = await client.configuration();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const binding = randomBytes(32).toString('base64url');
  await deleteOidcLoginsBefore(db, new Date(now.getTime() - LOGIN_TTL_MS));
  await insertOidcLogin(db, {
    binding_hash: hashToken(binding),
    audience,
    state,
    nonce,
    code_verifier: codeVerifier,
    return_to: returnTo,
    created_at: now,
  });
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: client.scope,
    response_type: 'code',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { binding, authorizationUrl };
}

export class LoginRefused extends Error {
  readonly reason: string;
  constructor(reason: string, message: string) {
    super(message);
    this.reason = reason;
  }
}

export interface CompletedLogin {
  claims: Record<string, unknown>;
  returnTo: string;
}

/** Checks the callback against the stored attempt (once only), redeems the code and returns the claims. */
export async function completeLogin(
  db: Db,
  client: OidcClient,
  audience: Audience,
  binding: string | undefined,
  callbackUrl: URL,
  now: Date,
): Promise<CompletedLogin> {
  if (!binding) throw new LoginRefused('no_login', 'no sign-in in progress in this browser');
  const attempt = await useOidcLogin(db, {
    bindingHash: hashToken(binding),
    audience,
    createdAfter: new Date(now.getTime() - LOGIN_TTL_MS),
    now,
  });
  if (!attempt) throw new LoginRefused('no_login', 'the sign-in was already used or has expired');
  if (callbackUrl.searchParams.get('error')) {
    throw new LoginRefused(
      'provider_error',
      `the identity provider answered ${callbackUrl.searchParams.get('error')}`,
    );
  }
  if (callbackUrl.searchParams.get('state') !== attempt.state) {
    throw new LoginRefused('state_mismatch', 'the state parameter does not match');
  }
  const configuration = await client.configuration();
  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: attempt.code_verifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('no ID token');
    claims = { ...idClaims };
    const userinfo = await oidc
      .fetchUserInfo(configuration, tokens.access_token, idClaims.sub)
      .catch(() => undefined);
    if (userinfo) claims = { ...userinfo, ...claims };
  } catch (error) {
    throw new LoginRefused('token_error', `the code could not be redeemed: ${(error as Error).message}`);
  }
  return { claims, returnTo: attempt.return_to };
}
