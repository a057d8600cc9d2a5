/**
 * The browser's passkeys, as the controller's `PasskeyAuthenticator`. The support checks are
 * inline; the ceremonies (webauthn.ts, with its library) load the first time a passkey is used, so
 * pages that never see one do not pay for it.
 */
import type { PasskeyAuthenticator } from '../../core/backend.js';

const ceremonies = () => import('./webauthn.js');

export const browserPasskeys: PasskeyAuthenticator = {
  available: () => typeof PublicKeyCredential === 'function' && globalThis.isSecureContext && !!navigator.credentials,
  autofillAvailable: async () => typeof PublicKeyCredential === 'function' && !!(await PublicKeyCredential.isConditionalMediationAvailable?.()),
  get: async (requestOptions, options) => (await ceremonies()).getPasskey(requestOptions, options),
  create: async (creationOptions, options) => (await ceremonies()).createPasskey(creationOptions, options),
};
