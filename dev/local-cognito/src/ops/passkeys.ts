/**
 * Passkey management for the signed-in user (AccessToken-authorised, docs/cognito.md §8.4):
 * StartWebAuthnRegistration, CompleteWebAuthnRegistration, ListWebAuthnCredentials and
 * DeleteWebAuthnCredential. Registration is verified in passkey-registration.ts; the passkeys live
 * in the proxy state (passkeys.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Context, OperationRequest } from '../context.js';
import { CognitoError, errors } from '../errors.js';
import { userHandle } from '../passkey-sign-in.js';
import { SUPPORTED_ALGORITHMS, verifyRegistration } from '../passkey-registration.js';
import { signedInUser } from './mfa-preference.js';

/** Cognito's example creation options ask the browser for a minute. */
const REGISTRATION_TIMEOUT_MS = 60_000;
const PAGE_SIZE = 20;

/** Passkeys must be a first factor the pool allows. */
function requirePasskeysEnabled(ctx: Context): void {
  if (!ctx.settings.current.allowedFirstAuthFactors.includes('WEB_AUTHN')) {
    throw new CognitoError('WebAuthnNotEnabledException', 'Passkey sign-in (WEB_AUTHN) is not an allowed first factor of this user pool.');
  }
}

/** `{AccessToken}` → `{CredentialCreationOptions}`: a JSON object (not a string), shaped as Cognito's example. */
export async function startWebAuthnRegistration(ctx: Context, { body }: OperationRequest) {
  const { poolId, user, clientId } = await signedInUser(ctx, body.AccessToken);
  requirePasskeysEnabled(ctx);
  const settings = ctx.settings.current;
  const existing = ctx.passkeys.list(poolId, user.Username);
  if (existing.length >= settings.maxWebAuthnCredentialsPerUser) {
    throw new CognitoError('LimitExceededException', `A user may register at most ${settings.maxWebAuthnCredentialsPerUser} passkeys.`);
  }
  const challenge = randomBytes(32).toString('base64url');
  const relyingPartyId = settings.webAuthnRelyingPartyId;
  ctx.registrations.start(poolId, user.Username, {
    challenge,
    clientId,
    relyingPartyId,
    userVerification: settings.webAuthnUserVerification,
    expiresAt: Date.now() + settings.webAuthnChallengeTtlSeconds * 1000,
  });
  return {
    CredentialCreationOptions: {
      authenticatorSelection: { requireResidentKey: true, residentKey: 'required', userVerification: settings.webAuthnUserVerification },
      challenge,
      excludeCredentials: existing.map((passkey) => ({ id: passkey.credentialId, type: 'public-key' })),
      pubKeyCredParams: SUPPORTED_ALGORITHMS.map((alg) => ({ alg, type: 'public-key' })),
      rp: { id: relyingPartyId, name: relyingPartyId },
      timeout: REGISTRATION_TIMEOUT_MS,
      user: { displayName: user.Username, id: userHandle(user), name: user.Username },
    },
  };
}

/** `{AccessToken, Credential}` (a RegistrationResponseJSON object) → `{}`. */
export async function completeWebAuthnRegistration(ctx: Context, { body }: OperationRequest) {
  const { poolId, user, clientId } = await signedInUser(ctx, body.AccessToken);
  requirePasskeysEnabled(ctx);
  if (body.Credential === undefined) throw errors.invalidParameter('Missing required parameter Credential');
  const passkey = await verifyRegistration(ctx, poolId, user.Username, clientId, body.Credential);
  ctx.passkeys.add(poolId, user.Username, passkey);
  return {};
}

/** `{AccessToken, NextToken?, MaxResults?}` → `{Credentials, NextToken?}`; CreatedAt in epoch seconds. */
export async function listWebAuthnCredentials(ctx: Context, { body }: OperationRequest) {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  const max = body.MaxResults ?? PAGE_SIZE;
  if (!Number.isInteger(max) || (max as number) < 1 || (max as number) > PAGE_SIZE) {
    throw errors.invalidParameter(`MaxResults must be a whole number from 1 to ${PAGE_SIZE}`);
  }
  const start = body.NextToken === undefined ? 0 : pageStart(body.NextToken);
  const all = ctx.passkeys.list(poolId, user.Username);
  const page = all.slice(start, start + (max as number));
  const next = start + page.length;
  return {
    Credentials: page.map((passkey) => ({
      CredentialId: passkey.credentialId,
      FriendlyCredentialName: passkey.friendlyName,
      RelyingPartyId: passkey.relyingPartyId,
      ...(passkey.attachment ? { AuthenticatorAttachment: passkey.attachment } : {}),
      AuthenticatorTransports: passkey.transports,
      CreatedAt: passkey.createdAt / 1000,
    })),
    ...(next < all.length ? { NextToken: Buffer.from(String(next)).toString('base64url') } : {}),
  };
}

function pageStart(token: unknown): number {
  const start = typeof token === 'string' ? Number(Buffer.from(token, 'base64url').toString()) : NaN;
  if (!Number.isInteger(start) || start < 0) throw errors.invalidParameter('Invalid NextToken');
  return start;
}

/** `{AccessToken, CredentialId}` → `{}`; another user's or an unknown id is ResourceNotFoundException. */
export async function deleteWebAuthnCredential(ctx: Context, { body }: OperationRequest) {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  if (typeof body.CredentialId !== 'string' || !body.CredentialId) throw errors.invalidParameter('Missing required parameter CredentialId');
  if (!ctx.passkeys.remove(poolId, user.Username, body.CredentialId)) throw errors.resourceNotFound('Credential not found.');
  return {};
}
