/**
 * SignUp in a pool whose usernames are email addresses and/or phone numbers (its
 * UsernameAttributes; docs/cognito.md §8.7). As in Cognito, `Username` is the address or number:
 * it must have that shape, becomes that attribute, must not sign anyone in already, and the user's
 * real username is a new UUID, the same as `sub`. Every later call that names the address or number
 * (sign-in, confirmation, resend, reset) finds the user through user-store.ts `findUser`.
 *
 * cognito-local makes the UUID username itself only for an email address, and in a pool that lists
 * `email` it refuses any Username without an `@`. So a phone number in a pool without `email` is
 * sent with the UUID as Username, and one in a pool with both is sent under a throwaway address
 * that is removed straight after.
 */
import { randomUUID } from 'node:crypto';
import { signsInAnother } from './attribute-aliases.js';
import { EMAIL_PATTERN, PHONE_PATTERN } from './contact-formats.js';
import { record, type Context } from './context.js';
import { CognitoError, errors } from './errors.js';
import type { Json } from './upstream.js';
import { nameMatcher, type PoolOptions, type StoredAttribute } from './user-store.js';

export type UsernameAttribute = 'email' | 'phone_number';

/** The attribute a SignUp `Username` is in this pool; undefined when the pool has plain usernames. */
export function usernameAttributeOf(options: PoolOptions, username: string): UsernameAttribute | undefined {
  const email = !!options.UsernameAttributes?.includes('email');
  const phone = !!options.UsernameAttributes?.includes('phone_number');
  if (!email && !phone) return undefined;
  if (email && EMAIL_PATTERN.test(username)) return 'email';
  if (phone && PHONE_PATTERN.test(username)) return 'phone_number';
  throw errors.invalidParameter(
    email && phone ? 'Username should be either an email or a phone number.' : email ? 'Username should be an email.' : 'Username should be a phone number.',
  );
}

/**
 * Creates the user upstream; answers SignUp's reply (with `UserSub`) and the new username. `body`
 * is the SignUp request as it goes upstream (a passwordless one already has its unknowable password).
 */
export async function signUpByAttribute(
  ctx: Context,
  poolId: string,
  options: PoolOptions,
  body: Json,
  name: UsernameAttribute,
): Promise<{ result: Json; username: string }> {
  const value = body.Username as string;
  const attributes = withUsernameAttribute(options, body.UserAttributes, name, value);
  for (const listed of options.UsernameAttributes ?? []) {
    const given = attributes.find((a) => a.Name === listed)?.Value;
    if (given !== undefined && (await signsInAnother(ctx, poolId, undefined, listed, given))) {
      throw new CognitoError('UsernameExistsException', `An account with the given ${listed} already exists.`);
    }
  }
  if (name === 'email') {
    // cognito-local makes the username the new sub itself.
    const result = await ctx.upstream.call('SignUp', { ...body, UserAttributes: attributes });
    return { result, username: String(result.UserSub) };
  }
  if (!options.UsernameAttributes?.includes('email')) {
    const sub = randomUUID();
    const result = await ctx.upstream.call('SignUp', { ...body, Username: sub, UserAttributes: [{ Name: 'sub', Value: sub }, ...attributes] });
    // cognito-local answers a UserSub of its own making, not the sub it stored.
    return { result: { ...result, UserSub: sub }, username: sub };
  }
  const hasEmail = attributes.some((a) => a.Name === 'email');
  const result = await ctx.upstream.call('SignUp', { ...body, Username: `${randomUUID()}@phone-username.invalid`, UserAttributes: attributes });
  const username = String(result.UserSub);
  if (!hasEmail) await ctx.upstream.call('AdminDeleteUserAttributes', { UserPoolId: poolId, Username: username, UserAttributeNames: ['email'] });
  return { result, username };
}

/** `UserAttributes` with the username's attribute set; one given too must be the same value. */
function withUsernameAttribute(options: PoolOptions, given: unknown, name: UsernameAttribute, value: string): StoredAttribute[] {
  const attributes = (Array.isArray(given) ? given : []).map((item) => record(item) as unknown as StoredAttribute);
  const own = attributes.find((a) => a.Name === name);
  if (!own) return [...attributes, { Name: name, Value: value }];
  if (!nameMatcher(options)(own.Value, value)) throw errors.invalidParameter(`The ${name} attribute must be the same as the username.`);
  return attributes.map((a) => (a === own ? { Name: name, Value: value } : a));
}
