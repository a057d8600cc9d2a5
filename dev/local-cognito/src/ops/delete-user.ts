/**
 * DeleteUser and AdminDeleteUser (docs/cognito.md §8.6): cognito-local deletes the user; the proxy
 * first revokes every access and refresh token of theirs (as GlobalSignOut; cognito-local forgets
 * its refresh tokens with the user), then forgets what it keeps about them: devices, passkeys,
 * profile and pending codes. A later sign-in is one of an unknown user, and a new user of the same
 * name starts afresh.
 */
import type { Context, OperationRequest } from '../context.js';
import { errors } from '../errors.js';
import type { StoredUser } from '../user-store.js';
import { signedInUser } from './mfa-preference.js';

export async function deleteUser(ctx: Context, { body }: OperationRequest) {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  await removeUser(ctx, poolId, user);
  return {};
}

/** Unsigned, as every local admin call. */
export async function adminDeleteUser(ctx: Context, { body }: OperationRequest) {
  if (typeof body.UserPoolId !== 'string' || !body.UserPoolId) throw errors.invalidParameter('Missing required parameter UserPoolId');
  const user = await ctx.store.findUser(body.UserPoolId, body.Username);
  if (!user) throw errors.userNotFound();
  await removeUser(ctx, body.UserPoolId, user);
  return {};
}

async function removeUser(ctx: Context, poolId: string, user: StoredUser): Promise<void> {
  const username = user.Username;
  ctx.tokens.signOut(poolId, username);
  for (const token of user.RefreshTokens ?? []) ctx.tokens.revokeRefreshToken(token);
  await ctx.upstream.call('AdminDeleteUser', { UserPoolId: poolId, Username: username });
  ctx.devices.removeAll(poolId, username);
  ctx.passkeys.removeAll(poolId, username);
  ctx.profiles.remove(poolId, username);
  ctx.codes.removeAll(poolId, username);
}
