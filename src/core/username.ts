/**
 * What the pool takes as a username (its `UsernameAttributes`): any username, an email address, a
 * phone number, or either of the two. The field's rules and input hints follow from it (fields.ts),
 * and so does what is sent (username-value.ts): the address or number as Cognito stores it.
 */
export type UsernameKind = 'username' | 'email' | 'phone' | 'emailOrPhone';

/** `"email"`, `"phone_number"` or `"email phone_number"` (the pool's `UsernameAttributes`); anything else is a plain username. */
export function parseUsernameAttributes(value = ''): UsernameKind {
  const email = /\bemail\b/.test(value);
  const phone = /\bphone_number\b/.test(value);
  return email && phone ? 'emailOrPhone' : email ? 'email' : phone ? 'phone' : 'username';
}
