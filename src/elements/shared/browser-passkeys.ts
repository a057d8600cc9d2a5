/**
 * The browser's passkeys, as the controller's `PasskeyAuthenticator`. The support checks are
 * inline (whether passkeys work at all is passkey-support.ts, which the first screen reads); the
 * ceremonies (webauthn.ts, with its library) load the first time a passkey is used, so pages that
 * never see one do not pay for it.
 */
import type { PasskeyAuthenticator } from '../../core/backend.js';
import { passkeysAvailable } from './passkey-support.js';

const ceremonies = () => import('./webauthn.js');

export const browserPasskeys: PasskeyAuthenticator = {
  available: passkeysAvailable,
  autofillAvailable: async () => typeof PublicKeyCredential === 'function' && !!(await PublicKeyCredential.isConditionalMediationAvailable?.()),
  get: async (requestOptions, options) => (await ceremonies()).getPasskey(requestOptions, options),
  create: async (creationOptions, options) => (await ceremonies()).createPasskey(creationOptions, options),
};
