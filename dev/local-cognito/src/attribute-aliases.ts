/**
 * AliasExistsException (docs/cognito.md §8.6): an email or phone number that signs another user of
 * the pool in cannot become this user's. Where the pool's UsernameAttributes list the attribute,
 * any other user holding the value blocks it; where its AliasAttributes do, another user's
 * verified value does (the only kind that signs in).
 */
import type { Context } from './context.js';
import { CognitoError } from './errors.js';
import { aliasUsable, attribute } from './user-store.js';

export async function refuseTakenAlias(ctx: Context, poolId: string, username: string, name: string, value: string): Promise<void> {
  const { Options, Users } = await ctx.store.pool(poolId);
  const asUsername = !!Options.UsernameAttributes?.includes(name);
  if (!asUsername && !Options.AliasAttributes?.includes(name)) return;
  const taken = Object.values(Users).some(
    (other) => other.Username !== username && attribute(other, name) === value && (asUsername || aliasUsable(other, name)),
  );
  if (taken) throw new CognitoError('AliasExistsException', `An account with the given ${name} already exists.`);
}
