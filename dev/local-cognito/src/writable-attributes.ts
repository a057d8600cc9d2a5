/**
 * Attributes an app client may write (NEW_PASSWORD_REQUIRED answers, UpdateUserAttributes): not
 * `sub`, the `*_verified` flags or `cognito:*`, as with Cognito's default app-client write
 * permissions; trying is NotAuthorizedException.
 */
import { MESSAGES, errors } from './errors.js';

const UNWRITABLE = new Set(['sub', 'email_verified', 'phone_number_verified']);

export function refuseUnwritable(name: string): void {
  if (UNWRITABLE.has(name) || name.startsWith('cognito:')) throw errors.notAuthorized(MESSAGES.unauthorizedAttribute);
}
