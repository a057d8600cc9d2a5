/** The access token the signed-in operations send (passkeys, devices, the account page). */
import type { CallOptions } from '../../core/backend.js';
import { AuthError } from '../../core/errors.js';

/** The access token, or null when nobody is signed in. */
export type AccessToken = (options: CallOptions) => Promise<string | null>;

/** The access token, or Cognito's own refusal when nobody is signed in. */
export async function signedIn(accessToken: AccessToken, options: CallOptions): Promise<string> {
  const token = await accessToken(options);
  if (!token) throw new AuthError('NotAuthorizedException', 'Access Token has been revoked');
  return token;
}
