/**
 * The signed-in person's passkeys over Cognito's JSON API: registration (`StartWebAuthnRegistration`,
 * `CompleteWebAuthnRegistration`), listing and deleting (docs/cognito.md §10). Loaded on first use.
 */
import type { CallOptions, Passkey } from '../../core/backend.js';
import { AuthError } from '../../core/errors.js';
import { str, type Json } from '../wire.js';
import { signedIn, type AccessToken } from './access-token.js';
import type { ApiCall } from './session.js';

export async function startRegistration(call: ApiCall, accessToken: AccessToken, options: CallOptions): Promise<Record<string, unknown>> {
  const out = await call('StartWebAuthnRegistration', { AccessToken: await signedIn(accessToken, options) }, options);
  const creation = out.CredentialCreationOptions;
  if (!creation || typeof creation !== 'object') throw new AuthError('UnknownError', 'Cognito returned no credential creation options.');
  return creation as Record<string, unknown>;
}

export async function completeRegistration(
  call: ApiCall,
  accessToken: AccessToken,
  credential: Record<string, unknown>,
  options: CallOptions,
): Promise<void> {
  await call('CompleteWebAuthnRegistration', { AccessToken: await signedIn(accessToken, options), Credential: credential }, options);
}

export async function listPasskeys(call: ApiCall, accessToken: AccessToken, options: CallOptions): Promise<Passkey[]> {
  const token = await signedIn(accessToken, options);
  const passkeys: Passkey[] = [];
  let next: string | undefined;
  do {
    const input: Json = { AccessToken: token, MaxResults: 20 };
    if (next) input.NextToken = next;
    const out = await call('ListWebAuthnCredentials', input, options);
    for (const item of Array.isArray(out.Credentials) ? (out.Credentials as Json[]) : []) {
      // Epoch seconds on the wire; the SDK transport hands over a Date.
      const createdAt = item.CreatedAt instanceof Date ? item.CreatedAt.getTime() : Number(item.CreatedAt) * 1000;
      const passkey: Passkey = { id: str(item.CredentialId) ?? '', name: str(item.FriendlyCredentialName) ?? '', createdAt };
      const attachment = str(item.AuthenticatorAttachment);
      if (attachment) passkey.attachment = attachment;
      if (passkey.id) passkeys.push(passkey);
    }
    next = str(out.NextToken) || undefined;
  } while (next);
  return passkeys;
}

export async function deletePasskey(call: ApiCall, accessToken: AccessToken, id: string, options: CallOptions): Promise<void> {
  await call('DeleteWebAuthnCredential', { AccessToken: await signedIn(accessToken, options), CredentialId: id }, options);
}
