/**
 * What is sent for a username of the pool's kind (username.ts): the address or number as Cognito
 * stores it, and which attribute it is. The commands use it, so it loads with them, not with the
 * first screen (docs/architecture.md §11).
 */
import type { UsernameKind } from './username.js';

/** What Cognito expects from what a person typed: "+1 (555) 010-0199" → "+15550100199". */
export function normalizePhone(value: string): string {
  return value.replace(/[\s().-]/g, '');
}

/** In a field that takes either, an `@` makes it an email address. */
export const isEmailLike = (value: string): boolean => value.includes('@');

/**
 * Trimmed; a phone number in E.164; an address with its domain lower-cased. Only the domain: it
 * is case-insensitive wherever mail goes, while the part before the `@` may not be, and whether
 * the pool compares usernames case-insensitively is a pool setting the kit cannot see
 * (`UsernameConfiguration.CaseSensitive`; the local Cognito's email and phone-number pools compare
 * in any case, its first pool exactly: docs/cognito.md §8.7), so "Ana@Example.com" stays
 * "Ana@example.com".
 */
export function normalizeUsername(value: string, kind: UsernameKind = 'username'): string {
  const trimmed = value.trim();
  if (kind === 'username') return trimmed;
  if (kind === 'phone' || !isEmailLike(trimmed)) return kind === 'email' ? trimmed : normalizePhone(trimmed);
  const at = trimmed.lastIndexOf('@');
  return trimmed.slice(0, at) + trimmed.slice(at).toLowerCase();
}

/** The attribute a username of this kind is (sign-up sends it too, as Cognito's pools with `UsernameAttributes` expect). */
export function usernameAttributeName(username: string, kind: UsernameKind): 'email' | 'phone_number' | null {
  if (kind === 'username') return null;
  return kind === 'email' || (kind === 'emailOrPhone' && isEmailLike(username)) ? 'email' : 'phone_number';
}
