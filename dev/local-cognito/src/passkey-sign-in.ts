/**
 * Signing in with a passkey: the WEB_AUTHN challenge's CREDENTIAL_REQUEST_OPTIONS (this user's
 * passkeys only), and the answer: the browser's assertion checked against the challenge the
 * Session issued and the user's stored passkey (allowed credential, origin, RP ID, user presence
 * and verification, signature, sign count, user handle; signature and counter by
 * @simplewebauthn/server). Any failure is the `webAuthnAssertionError` exception, since
 * RespondToAuthChallenge lists no WebAuthn errors (docs/cognito.md §8.4).
 */
import { randomBytes } from 'node:crypto';
import { verifyAuthenticationResponse } from '@simplewebauthn/server';
import { isoBase64URL } from '@simplewebauthn/server/helpers';
import type { Context } from './context.js';
import { CognitoError } from './errors.js';
import type { PasskeyChallenge } from './sessions.js';
import { attribute, type StoredUser } from './user-store.js';
import { allowedOrigins, originAllowed } from './webauthn-origins.js';
import { authenticationResponse, clientData } from './webauthn-response.js';

/** Cognito's message is undocumented; this one is the local Cognito's. */
export const ASSERTION_REFUSED = 'The passkey could not be verified.';

/** `user.id` in the creation options and `userHandle` in assertions: base64url of the user's `sub` (docs/cognito.md §8.4). */
export function userHandle(user: StoredUser): string {
  return Buffer.from(attribute(user, 'sub') ?? user.Username, 'utf8').toString('base64url');
}

/**
 * A fresh challenge for this user's passkeys under the current RP ID, as the browser gets it
 * (`options`, to be JSON-encoded) and as the Session keeps it (`challenge`).
 */
export function requestOptions(ctx: Context, poolId: string, user: StoredUser, timeoutMs: number): { options: Record<string, unknown>; challenge: PasskeyChallenge } {
  const { webAuthnRelyingPartyId: relyingPartyId, webAuthnUserVerification: userVerification } = ctx.settings.current;
  const passkeys = ctx.passkeys.list(poolId, user.Username).filter((p) => p.relyingPartyId === relyingPartyId);
  const challenge = randomBytes(32).toString('base64url');
  return {
    options: {
      challenge,
      timeout: timeoutMs,
      rpId: relyingPartyId,
      allowCredentials: passkeys.map((p) => ({ type: 'public-key', id: p.credentialId, transports: p.transports })),
      userVerification,
    },
    challenge: { challenge, relyingPartyId, allowCredentials: passkeys.map((p) => p.credentialId), userVerification },
  };
}

/** Resolves when `credential` proves the user holds one of the offered passkeys; spends nothing itself. */
export async function verifyAssertion(ctx: Context, poolId: string, user: StoredUser, challenge: PasskeyChallenge, credential: unknown, requireUserVerification: boolean): Promise<void> {
  const response = authenticationResponse(credential);
  const refuse = () => new CognitoError(ctx.settings.current.webAuthnAssertionError, ASSERTION_REFUSED);
  if (!challenge.allowCredentials.includes(response.id)) throw refuse();
  const stored = ctx.passkeys.find(poolId, user.Username, response.id);
  if (!stored) throw refuse();
  const data = clientData(response);
  if (!data || !originAllowed(data.origin, allowedOrigins(ctx.settings.current))) throw refuse();
  const handle = response.response.userHandle;
  if (handle && handle !== userHandle(user)) throw refuse();

  let newCounter: number;
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: data.origin,
      expectedRPID: challenge.relyingPartyId,
      credential: { id: stored.credentialId, publicKey: isoBase64URL.toBuffer(stored.publicKey), counter: stored.signCount, transports: stored.transports },
      requireUserVerification,
    });
    if (!result.verified) throw refuse();
    newCounter = result.authenticationInfo.newCounter;
  } catch {
    // Bad signature, wrong challenge or RP ID, missing UP/UV flag, a counter that did not grow.
    throw refuse();
  }
  ctx.passkeys.recordUse(poolId, user.Username, stored.credentialId, newCounter);
}
