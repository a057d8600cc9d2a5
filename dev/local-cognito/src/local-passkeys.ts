/**
 * Passkeys through the control API, for tests and the seed: `webAuthnCredentials` in a
 * `POST /_local/users` body or a manifest profile, and `/_local/users/NAME/webauthn-credentials`
 * (GET lists what is stored, sign counts included; POST adds one; DELETE removes all). A passkey
 * given this way is a public key the test or seed holds the private half of; it is checked to be
 * a COSE key Cognito would accept (ES256 or RS256).
 */
import { decodeCredentialPublicKey, isoBase64URL } from '@simplewebauthn/server/helpers';
import type { Context } from './context.js';
import { CognitoError, errors } from './errors.js';
import { SUPPORTED_ALGORITHMS, friendlyName } from './passkey-registration.js';
import type { StoredPasskey } from './passkeys.js';
import type { Json } from './upstream.js';

const KEYS = new Set(['credentialId', 'publicKey', 'signCount', 'transports', 'friendlyName', 'relyingPartyId', 'attachment', 'createdAt']);
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

/** One passkey spec, validated; `relyingPartyId` defaults to the current setting. */
export function passkeyFromSpec(ctx: Context, spec: unknown, name = 'webAuthnCredentials[]'): StoredPasskey {
  const bad = (why: string) => errors.invalidParameter(`${name} ${why}`);
  if (!isObject(spec)) throw bad('must be an object');
  const unknown = Object.keys(spec).find((key) => !KEYS.has(key));
  if (unknown) throw bad(`has an unknown field ${unknown}`);
  const { credentialId, publicKey, signCount = 0, transports = [], relyingPartyId = ctx.settings.current.webAuthnRelyingPartyId, attachment, createdAt = Date.now() } = spec;
  if (typeof credentialId !== 'string' || !BASE64URL.test(credentialId)) throw bad('.credentialId must be base64url');
  if (typeof publicKey !== 'string' || !BASE64URL.test(publicKey)) throw bad('.publicKey must be a base64url COSE key');
  let algorithm: unknown;
  try {
    algorithm = decodeCredentialPublicKey(isoBase64URL.toBuffer(publicKey)).get(3);
  } catch {
    throw bad('.publicKey is not a COSE key');
  }
  if (!SUPPORTED_ALGORITHMS.includes(Number(algorithm))) throw bad('.publicKey must be an ES256 (-7) or RS256 (-257) COSE key');
  if (!Number.isInteger(signCount) || (signCount as number) < 0) throw bad('.signCount must be a whole number ≥ 0');
  if (!Array.isArray(transports) || transports.some((t) => typeof t !== 'string')) throw bad('.transports must be a list of strings');
  if (typeof relyingPartyId !== 'string' || !relyingPartyId) throw bad('.relyingPartyId must be a host name');
  if (attachment !== undefined && attachment !== 'platform' && attachment !== 'cross-platform') throw bad('.attachment must be platform or cross-platform');
  if (!Number.isFinite(createdAt)) throw bad('.createdAt must be epoch milliseconds');
  const friendly = spec.friendlyName ?? friendlyName(createdAt as number);
  if (typeof friendly !== 'string') throw bad('.friendlyName must be a string');
  return {
    credentialId,
    publicKey,
    signCount: signCount as number,
    transports: transports as string[],
    relyingPartyId,
    friendlyName: friendly,
    ...(attachment ? { attachment: attachment as string } : {}),
    createdAt: createdAt as number,
  };
}

/** `webAuthnCredentials` of a user spec; none is an empty list. Ids must be new to the pool. */
export function passkeysFromSpec(ctx: Context, spec: Json): StoredPasskey[] {
  if (spec.webAuthnCredentials === undefined) return [];
  if (!Array.isArray(spec.webAuthnCredentials)) throw errors.invalidParameter('webAuthnCredentials must be a list');
  const passkeys = spec.webAuthnCredentials.map((item) => passkeyFromSpec(ctx, item));
  const ids = passkeys.map((p) => p.credentialId);
  if (new Set(ids).size !== ids.length || ids.some((id) => ctx.passkeys.registered(ctx.pool.userPoolId, id))) {
    throw errors.invalidParameter('webAuthnCredentials: a credentialId is already registered');
  }
  return passkeys;
}

/** `/_local/users/NAME/webauthn-credentials`: GET, POST (one spec → 201 with it), DELETE (all → 204). */
export async function localPasskeys(ctx: Context, method: string | undefined, username: string, body: () => Promise<unknown>): Promise<{ status: number; body?: unknown }> {
  const poolId = ctx.pool.userPoolId;
  const user = await ctx.store.findUser(poolId, username);
  if (!user) throw new CognitoError('UserNotFoundException', `${username} does not exist`, 404);
  switch (method) {
    case 'GET':
      return { status: 200, body: ctx.passkeys.list(poolId, user.Username) };
    case 'POST': {
      const passkey = passkeyFromSpec(ctx, await body(), 'The passkey');
      if (ctx.passkeys.registered(poolId, passkey.credentialId)) throw errors.invalidParameter('The passkey is already registered');
      ctx.passkeys.add(poolId, user.Username, passkey);
      return { status: 201, body: passkey };
    }
    case 'DELETE':
      ctx.passkeys.removeAll(poolId, user.Username);
      return { status: 204 };
    default:
      throw new CognitoError('UnknownOperationException', `No route for ${method} on webauthn-credentials`, 404);
  }
}
