/**
 * Creating a passkey for the signed-in person: Cognito's creation options, the browser's sheet,
 * then Cognito's check of the credential. Shared by the offer after sign-in (passkey-flows.ts) and
 * the account page (account-controller.ts), each loaded only where it is used.
 */
import type { AuthBackend, CallOptions, PasskeyAuthenticator } from './backend.js';
import { AuthError, KIT_ERROR_NAMES } from './errors.js';

export const unsupportedHere = () => new AuthError(KIT_ERROR_NAMES.passkeyUnsupported, 'This browser cannot use passkeys.');

export async function createPasskey(backend: AuthBackend, passkeys: PasskeyAuthenticator | null | undefined, options: CallOptions): Promise<void> {
  if (!backend.startPasskeyRegistration || !backend.completePasskeyRegistration) {
    throw new AuthError(KIT_ERROR_NAMES.unsupported, 'This backend cannot create passkeys.');
  }
  if (!passkeys?.available()) throw unsupportedHere();
  const creation = await backend.startPasskeyRegistration(options);
  const credential = await passkeys.create(creation, { signal: options.signal });
  await backend.completePasskeyRegistration(credential, options);
}
