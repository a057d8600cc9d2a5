/**
 * Scopes: what an authorize request is granted, and which attributes `/oauth2/userInfo` answers
 * for a token's scopes (Cognito's userInfo page: `openid` alone → every attribute; `profile`,
 * `email`, `phone` → their attributes plus the basic ones; `aws.cognito.signin.user.admin` changes
 * nothing there).
 */
import type { StoredUser } from '../user-store.js';

export type ScopeGrant = { granted: string[] } | { refused: string };

/**
 * The scopes granted for `requested` (the `scope` parameter; null when absent, which means every
 * allowed scope). A scope the client may not have is dropped (IGNORE) or refuses the request
 * (ERROR); nothing left is a refusal too.
 */
export function grantScopes(requested: string | null, allowed: readonly string[], disallowed: 'IGNORE' | 'ERROR'): ScopeGrant {
  if (requested === null) return allowed.length ? { granted: [...allowed] } : { refused: 'The client has no allowed OAuth scopes' };
  const asked = [...new Set(requested.split(' ').filter(Boolean))];
  const notAllowed = asked.filter((scope) => !allowed.includes(scope));
  if (notAllowed.length && disallowed === 'ERROR') return { refused: `Scope not allowed for this client: ${notAllowed.join(' ')}` };
  const granted = asked.filter((scope) => allowed.includes(scope));
  return granted.length ? { granted } : { refused: 'No requested scope is allowed for this client' };
}

const PROFILE_ATTRIBUTES = new Set([
  'name',
  'family_name',
  'given_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'updated_at',
]);
const SCOPED_ATTRIBUTES: Record<string, (name: string) => boolean> = {
  profile: (name) => PROFILE_ATTRIBUTES.has(name) || name.startsWith('custom:'),
  email: (name) => name === 'email' || name === 'email_verified',
  phone: (name) => name === 'phone_number' || name === 'phone_number_verified',
};
/** Always answered: who the user is (and, for a linked user, where from). */
const BASIC_ATTRIBUTES = new Set(['sub', 'identities']);

/** The userInfo answer: attribute values as stored (strings, `identities` as its JSON text) and `username`. */
export function userInfoClaims(user: StoredUser, scopes: readonly string[]): Record<string, string> {
  const attributeScopes = scopes.filter((scope) => Object.hasOwn(SCOPED_ATTRIBUTES, scope));
  const wanted = (name: string) => !attributeScopes.length || BASIC_ATTRIBUTES.has(name) || attributeScopes.some((scope) => SCOPED_ATTRIBUTES[scope](name));
  const claims: Record<string, string> = {};
  for (const { Name, Value } of user.Attributes ?? []) if (wanted(Name)) claims[Name] = Value;
  claims.username = user.Username;
  return claims;
}
