/**
 * AliasExistsException (docs/cognito.md §8.6): an email or phone number that signs another user of
 * the pool in cannot become this user's. Where the pool's UsernameAttributes list the attribute,
 * any other user holding the value blocks it; where its AliasAttributes do, another user's
 * verified value does (the only kind that signs in). A case-insensitive pool compares in any case.
 * SignUp in a pool with UsernameAttributes asks the same question (pool-usernames.ts).
 */
import type { Context } from './context.js';
import { CognitoError } from './errors.js';
import { aliasUsable, attribute, nameMatcher } from './user-store.js';

/** Whether a user of the pool other than `username` (any user, when undefined) signs in with this value of `name`. */
export async function signsInAnother(ctx: Context, poolId: string, username: string | undefined, name: string, value: string): Promise<boolean> {
  const { Options, Users } = await ctx.store.pool(poolId);
  const asUsername = !!Options.UsernameAttributes?.includes(name);
  if (!asUsername && !Options.AliasAttributes?.includes(name)) return false;
  const same = nameMatcher(Options);
  return Object.values(Users).some(
    (other) => other.Username !== username && same(attribute(other, name), value) && (asUsername || aliasUsable(other, name)),
  );
}

export async function refuseTakenAlias(ctx: Context, poolId: string, username: string, name: string, value: string): Promise<void> {
  if (await signsInAnother(ctx, poolId, username, name, value)) {
    throw new CognitoError('AliasExistsException', `An account with the given ${name} already exists.`);
  }
}
