/**
 * The WebAuthn ceremonies, through `@simplewebauthn/browser` (it decodes and encodes every
 * base64url member of the JSON forms Cognito sends and expects, and runs conditional mediation).
 * Browser failures become the kit's error names, so each gets its own message (docs/cognito.md §10).
 */
import {
  startAuthentication,
  startRegistration,
  WebAuthnAbortService,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { abortError, AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';

/** An assertion for Cognito's `CREDENTIAL_REQUEST_OPTIONS`, as the JSON string Cognito expects. */
export async function getPasskey(requestOptions: string, { signal, autofill = false }: { signal?: AbortSignal; autofill?: boolean }): Promise<string> {
  const optionsJSON = JSON.parse(requestOptions) as PublicKeyCredentialRequestOptionsJSON;
  return JSON.stringify(await ceremony(signal, () => startAuthentication({ optionsJSON, useBrowserAutofill: autofill, verifyBrowserAutofillInput: false })));
}

/** A new credential for `StartWebAuthnRegistration`'s options, as the object Cognito expects. */
export async function createPasskey(creationOptions: Record<string, unknown>, { signal }: { signal?: AbortSignal }): Promise<Record<string, unknown>> {
  const optionsJSON = creationOptions as unknown as PublicKeyCredentialCreationOptionsJSON;
  return { ...(await ceremony(signal, () => startRegistration({ optionsJSON }))) };
}

async function ceremony<T>(signal: AbortSignal | undefined, run: () => Promise<T>): Promise<T> {
  if (signal?.aborted) throw abortError(signal.reason);
  const cancel = () => WebAuthnAbortService.cancelCeremony();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return await run();
  } catch (error) {
    if (signal?.aborted) throw abortError(error);
    throw passkeyError(error);
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}

/** The browser's reason, from the DOMException the library wraps (its `cause`) or throws. */
function passkeyError(error: unknown): AuthError {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const name = cause instanceof Error ? cause.name : '';
  const message = cause instanceof Error ? cause.message : String(cause);
  if (name === 'NotAllowedError' || name === 'AbortError') return new AuthError(KIT_ERROR_NAMES.passkeyCancelled, message, { cause: error });
  if (name === 'InvalidStateError') return new AuthError(KIT_ERROR_NAMES.passkeyExists, message, { cause: error });
  if (name === 'SecurityError') return new AuthError(KIT_ERROR_NAMES.passkeyNotAllowed, message, { cause: error });
  if (name === 'NotSupportedError') return new AuthError(KIT_ERROR_NAMES.passkeyUnsupported, message, { cause: error });
  return new AuthError(KIT_ERROR_NAMES.passkeyFailed, message, { cause: error });
}
