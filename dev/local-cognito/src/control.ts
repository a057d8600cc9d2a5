/**
 * The test/dev control API under `/_local/` (documented in README.md): the seeded pool's config,
 * the outbox, users made to order (and their profiles and passkeys changed later), the current TOTP
 * code of a secret, run-time settings, the fault switch, and the managed login's stand-in
 * providers, linked users and sessions. Plain JSON; errors are Cognito-shaped (`{"__type", "message"}`) with HTTP 400/404.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from './context.js';
import { CognitoError, errors } from './errors.js';
import { localPasskeys } from './local-passkeys.js';
import { createLocalUser, updateLocalUser } from './local-users.js';
import { isValidSecret, totpCode } from './totp.js';
import type { Json } from './upstream.js';

export interface ControlOptions {
  /** Served at GET /_local/config, with `oauthDomain` added. */
  config: Json;
  /** This proxy's own URL: the OpenID configuration's issuer and the managed-login domain. */
  publicUrl: () => string;
}

type Reply = { status: number; body?: unknown };

/** Answers a `/_local/…` request; undefined when no route matches. */
export async function handleControl(ctx: Context, options: ControlOptions, req: IncomingMessage, url: URL, readBody: () => Promise<string>): Promise<Reply | undefined> {
  const route = `${req.method} ${url.pathname.replace(/\/$/, '')}`;
  const json = async (): Promise<unknown> => {
    const text = await readBody();
    try {
      return JSON.parse(text || '{}');
    } catch {
      throw new CognitoError('SerializationException', 'Request body is not JSON');
    }
  };
  switch (route) {
    case 'GET /_local/config':
      return { status: 200, body: { ...options.config, oauthDomain: options.publicUrl() } };
    case 'GET /_local/identity-providers':
      return { status: 200, body: ctx.managedLogin.providers.list() };
    case 'GET /_local/federated-users':
      return { status: 200, body: await ctx.managedLogin.federatedUsers.list(ctx, ctx.pool.userPoolId, url.searchParams.get('provider')) };
    case 'DELETE /_local/managed-login-sessions':
      ctx.managedLogin.sessions.clear();
      return { status: 204 };
    case 'GET /_local/outbox':
      return { status: 200, body: ctx.outbox.list(url.searchParams.get('username'), url.searchParams.get('destination')) };
    case 'DELETE /_local/outbox':
      ctx.outbox.clear();
      return { status: 204 };
    case 'POST /_local/users':
      return { status: 201, body: await createLocalUser(ctx, await json()) };
    case 'GET /_local/totp':
      return { status: 200, body: { code: totpCode(await totpSecret(ctx, url)) } };
    case 'GET /_local/settings':
      return { status: 200, body: ctx.settings.current };
    case 'PUT /_local/settings':
      return { status: 200, body: ctx.settings.update(await json()) };
    case 'DELETE /_local/settings':
      return { status: 200, body: ctx.settings.reset() };
    case 'GET /_local/faults':
      return { status: 200, body: { faults: ctx.faults.list(), hanging: ctx.faults.hanging } };
    case 'POST /_local/faults':
      return { status: 201, body: ctx.faults.add(await json()) };
    case 'DELETE /_local/faults':
      ctx.faults.clear();
      return { status: 204 };
    default:
      return (await userRoute(ctx, req.method, url.pathname, json)) ?? providerRoute(ctx, req.method, url.pathname, json);
  }
}

/** `/_local/users/NAME` (PATCH: profile) and `/_local/users/NAME/webauthn-credentials`. */
async function userRoute(ctx: Context, method: string | undefined, path: string, json: () => Promise<unknown>): Promise<Reply | undefined> {
  const match = /^\/_local\/users\/([^/]+)(\/webauthn-credentials)?\/?$/.exec(path);
  if (!match) return undefined;
  const username = decodeURIComponent(match[1]);
  if (match[2]) return localPasskeys(ctx, method, username, json);
  if (method === 'PATCH') return { status: 200, body: await updateLocalUser(ctx, username, await json()) };
  return undefined;
}

/** `POST /_local/identity-providers/NAME/identities`: a test identity more for a stand-in provider. */
async function providerRoute(ctx: Context, method: string | undefined, path: string, json: () => Promise<unknown>): Promise<Reply | undefined> {
  const match = /^\/_local\/identity-providers\/([^/]+)\/identities\/?$/.exec(path);
  if (!match || method !== 'POST') return undefined;
  return { status: 201, body: ctx.managedLogin.providers.addIdentity(decodeURIComponent(match[1]), await json()) };
}

async function totpSecret(ctx: Context, url: URL): Promise<string> {
  const secret = url.searchParams.get('secret');
  if (secret !== null) {
    if (!isValidSecret(secret)) throw errors.invalidParameter('secret must be Base32 (at least 16 characters)');
    return secret;
  }
  const username = url.searchParams.get('username');
  if (!username) throw errors.invalidParameter('Pass ?username=NAME or ?secret=BASE32');
  const user = await ctx.store.findUser(ctx.pool.userPoolId, username);
  const stored = user && ctx.profiles.get(ctx.pool.userPoolId, user.Username).mfa.totpSecret;
  if (!stored) throw new CognitoError('ResourceNotFoundException', `${username} has no TOTP authenticator`, 404);
  return stored;
}
