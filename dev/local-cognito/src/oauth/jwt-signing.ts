/**
 * Signs JWTs with cognito-local's own key pair: the development key its package ships (public, so
 * these tokens prove nothing outside the emulator), with its key id `CognitoLocal`. Tokens signed
 * here therefore verify against the same JWKS (`/<poolId>/.well-known/jwks.json`) as cognito-local's
 * own, both in the proxy's token checks (tokens.ts) and in any client that verifies them.
 */
import { createHash, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let privateKey: KeyObject | undefined;

function key(): KeyObject {
  privateKey ??= createPrivateKey((require('cognito-local/lib/keys/cognitoLocal.private.json') as { pem: string }).pem);
  return privateKey;
}

export function signJwt(header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const encode = (part: Record<string, unknown>) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const input = `${encode({ ...header, alg: 'RS256' })}.${encode(payload)}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key()).toString('base64url')}`;
}

/** OIDC's `at_hash`: base64url of the left half of the access token's SHA-256. */
export function accessTokenHash(accessToken: string): string {
  return createHash('sha256').update(accessToken).digest().subarray(0, 16).toString('base64url');
}
