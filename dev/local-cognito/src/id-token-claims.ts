/**
 * The ID token's standard claims as Cognito writes them, from the user's attributes. cognito-local
 * puts only `email` and an `email_verified` read with `Boolean("false") === true`; Cognito puts every
 * readable standard attribute, with `email_verified` and `phone_number_verified` as booleans
 * (docs/cognito.md §8.6). token-reissue.ts lays these over cognito-local's ID token.
 */
import type { StoredUser } from './user-store.js';

const STANDARD = new Set([
  'name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'profile', 'picture',
  'website', 'email', 'gender', 'birthdate', 'zoneinfo', 'locale', 'phone_number', 'address', 'updated_at',
]);

export function idTokenClaims(user: StoredUser): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const { Name, Value } of user.Attributes ?? []) {
    if (STANDARD.has(Name)) claims[Name] = Value;
    else if (Name === 'email_verified' || Name === 'phone_number_verified') claims[Name] = Value === 'true';
  }
  // An address without its flag is unverified, as Cognito says it.
  if (claims.email !== undefined) claims.email_verified ??= false;
  if (claims.phone_number !== undefined) claims.phone_number_verified ??= false;
  return claims;
}
