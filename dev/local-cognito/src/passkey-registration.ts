/**
 * Passkey registration: the challenge StartWebAuthnRegistration hands out (one per user, single
 * use, `webAuthnChallengeTtlSeconds`) and CompleteWebAuthnRegistration's verification, each failure
 * under the Cognito exception docs/cognito.md §8.4 names. The checks that pick the exception are
 * done here; the attestation itself is verified by @simplewebauthn/server.
 */
import { createHash } from 'node:crypto';
import { verifyRegistrationResponse } from '@simplewebauthn/server';
import { decodeAttestationObject, decodeCredentialPublicKey, isoBase64URL, parseAuthenticatorData } from '@simplewebauthn/server/helpers';
import type { Context } from './context.js';
import { CognitoError, errors } from './errors.js';
import type { StoredPasskey } from './passkeys.js';
import { allowedOrigins, originAllowed } from './webauthn-origins.js';
import { clientData, registrationResponse } from './webauthn-response.js';

/** ES256 and RS256: the algorithms Cognito's creation options list. */
export const SUPPORTED_ALGORITHMS = [-7, -257];
/** Attestation formats accepted: none (what browsers send by default) and packed. */
const SUPPORTED_FORMATS = ['none', 'packed'];
const COSE_ALG = 3;

export interface PendingRegistration {
  challenge: string;
  /** The app client of the access token that started it; Complete must come from the same one. */
  clientId: string;
  relyingPartyId: string;
  userVerification: 'preferred' | 'required';
  expiresAt: number;
}

/** Start challenges in memory (a restart forgets them, as it forgets challenge Sessions). */
export class PendingRegistrations {
  private readonly pending = new Map<string, PendingRegistration>();

  /** A newer Start replaces the user's earlier challenge. */
  start(poolId: string, username: string, registration: PendingRegistration): void {
    this.pending.set(`${poolId}/${username}`, registration);
  }

  /** The user's live challenge, spent by this call whatever the outcome. */
  take(poolId: string, username: string): PendingRegistration | undefined {
    const key = `${poolId}/${username}`;
    const registration = this.pending.get(key);
    this.pending.delete(key);
    return registration && Date.now() <= registration.expiresAt ? registration : undefined;
  }
}

const fail = (type: string, message: string) => new CognitoError(type, message);

/** CompleteWebAuthnRegistration's checks; resolves with the passkey to store. */
export async function verifyRegistration(ctx: Context, poolId: string, username: string, clientId: string, credential: unknown): Promise<StoredPasskey> {
  const pending = ctx.registrations.take(poolId, username);
  if (!pending) throw fail('WebAuthnChallengeNotFoundException', 'The registration challenge has expired or was never issued: call StartWebAuthnRegistration again.');
  if (pending.clientId !== clientId) throw fail('WebAuthnClientMismatchException', 'The registration was started with another app client.');
  const response = registrationResponse(credential);

  const data = clientData(response);
  if (!data) throw errors.invalidParameter('Credential.response.clientDataJSON is not base64url JSON');
  if (data.type !== 'webauthn.create') throw errors.invalidParameter(`clientDataJSON.type must be webauthn.create, not ${String(data.type)}`);
  if (data.challenge !== pending.challenge) throw fail('WebAuthnChallengeNotFoundException', 'The credential answers a challenge that was not issued for this registration.');
  if (!originAllowed(data.origin, allowedOrigins(ctx.settings.current))) {
    throw fail('WebAuthnOriginNotAllowedException', `The origin ${String(data.origin)} is not allowed for passkeys of this user pool.`);
  }

  let format: string;
  let authData: ReturnType<typeof parseAuthenticatorData>;
  try {
    const attestation = decodeAttestationObject(isoBase64URL.toBuffer(response.response.attestationObject));
    format = attestation.get('fmt');
    authData = parseAuthenticatorData(attestation.get('authData'));
  } catch {
    throw errors.invalidParameter('Credential.response.attestationObject cannot be decoded');
  }
  const expectedHash = createHash('sha256').update(pending.relyingPartyId).digest();
  if (!expectedHash.equals(Buffer.from(authData.rpIdHash))) {
    throw fail('WebAuthnRelyingPartyMismatchException', `The credential was made for another relying party than ${pending.relyingPartyId}.`);
  }
  if (!SUPPORTED_FORMATS.includes(format)) throw fail('WebAuthnCredentialNotSupportedException', `Attestation format ${format} is not supported.`);
  if (pending.userVerification === 'required' && !authData.flags.uv) {
    throw fail('WebAuthnCredentialNotSupportedException', 'The user pool requires user verification; this authenticator did not verify the user.');
  }
  const algorithm = authData.credentialPublicKey ? decodeCredentialPublicKey(authData.credentialPublicKey).get(COSE_ALG) : undefined;
  if (!SUPPORTED_ALGORITHMS.includes(Number(algorithm))) {
    throw fail('WebAuthnCredentialNotSupportedException', `Public key algorithm ${String(algorithm)} is not supported (ES256 or RS256).`);
  }

  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: pending.challenge,
      expectedOrigin: data.origin,
      expectedRPID: pending.relyingPartyId,
      requireUserVerification: pending.userVerification === 'required',
      supportedAlgorithmIDs: SUPPORTED_ALGORITHMS,
    });
  } catch (error) {
    throw errors.invalidParameter(`The credential does not verify: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!verified.verified) throw errors.invalidParameter('The credential does not verify.');
  const { credential: made, aaguid } = verified.registrationInfo;
  if (ctx.passkeys.registered(poolId, made.id)) throw errors.invalidParameter('This passkey is already registered.');
  const createdAt = Date.now();
  return {
    credentialId: made.id,
    publicKey: isoBase64URL.fromBuffer(made.publicKey),
    signCount: made.counter,
    transports: Array.isArray(response.response.transports) ? response.response.transports.filter((t) => typeof t === 'string') : [],
    relyingPartyId: pending.relyingPartyId,
    friendlyName: friendlyName(createdAt),
    ...(typeof response.authenticatorAttachment === 'string' ? { attachment: response.authenticatorAttachment } : {}),
    aaguid,
    createdAt,
  };
}

/** Cognito generates the name and does not say how; this one says when the passkey was added. */
export function friendlyName(createdAt: number): string {
  return `Passkey added ${new Date(createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
