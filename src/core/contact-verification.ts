/**
 * Verifying a contact right after sign-in (`verify-contact="prompt"`, docs/cognito.md §12.3): when
 * the ID token shows an email address or phone number but neither is verified, the person is offered
 * a code to verify one (a verified contact is how a forgotten password is reset), and may skip it.
 */
import type { ContactAttribute } from './account-port.js';
import type { ContactChoice } from './steps.js';

export type VerifyContact = 'prompt' | 'never';

const CONTACTS: readonly ContactAttribute[] = ['email', 'phone_number'];

/** Cognito's ID token carries `email_verified` as a boolean; some issuers write the string. */
const isVerified = (claims: Readonly<Record<string, unknown>>, name: ContactAttribute) =>
  claims[`${name}_verified`] === true || claims[`${name}_verified`] === 'true';

/** The contacts to offer, or none when one is verified already (or the account has none). */
export function unverifiedContacts(claims: Readonly<Record<string, unknown>>): ContactChoice[] {
  if (CONTACTS.some((name) => isVerified(claims, name))) return [];
  return CONTACTS.flatMap((attribute) => {
    const value = claims[attribute];
    return typeof value === 'string' && value ? [{ attribute, value }] : [];
  });
}
