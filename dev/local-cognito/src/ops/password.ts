/**
 * ForgotPassword / ConfirmForgotPassword, owned by the proxy (codes to a verified email or phone,
 * expiry, policy; the new password is set upstream with AdminSetUserPassword; it also clears an
 * AdminResetUserPassword), and ChangePassword with the policy, Cognito's error name for a wrong
 * old password and a limit on wrong ones.
 */
import { type Context, type OperationRequest, type OperationResult } from '../context.js';
import { codeDeliveryDetails, recoveryDelivery } from '../delivery.js';
import { CognitoError, MESSAGES, errors } from '../errors.js';
import { enforcePasswordPolicy } from '../password-policy.js';
import { passwordResetSession } from '../sign-in-after-sign-up.js';
import { poolIdOf } from '../tokens.js';

export async function forgotPassword(ctx: Context, { body }: OperationRequest) {
  const client = await ctx.store.client(body.ClientId);
  const poolId = client.UserPoolId;
  const user = await ctx.store.findUser(poolId, body.Username);
  if (!user) throw errors.userNotFound(MESSAGES.userNotFoundForClient);
  if (user.Enabled === false) throw errors.notAuthorized('User is disabled.');
  const { Options } = await ctx.store.pool(poolId);
  const delivery = recoveryDelivery(Options, user);
  if (!delivery) {
    throw errors.invalidParameter('Cannot reset password for the user as there is no registered/verified email or phone_number');
  }
  const code = ctx.codes.generate();
  ctx.codes.issue(poolId, user.Username, 'FORGOT_PASSWORD', code, delivery.AttributeName);
  ctx.outbox.record({
    username: user.Username,
    medium: delivery.DeliveryMedium,
    destination: delivery.Destination,
    code,
    purpose: 'FORGOT_PASSWORD',
  });
  return { CodeDeliveryDetails: codeDeliveryDetails(delivery) };
}

export async function confirmForgotPassword(ctx: Context, { body }: OperationRequest) {
  const client = await ctx.store.client(body.ClientId);
  const poolId = client.UserPoolId;
  const { Options } = await ctx.store.pool(poolId);
  enforcePasswordPolicy(body.Password, Options.Policies?.PasswordPolicy);
  const user = await ctx.store.findUser(poolId, body.Username);
  if (!user) throw errors.userNotFound(MESSAGES.userNotFoundForClient);
  ctx.codes.consume(poolId, user.Username, 'FORGOT_PASSWORD', body.ConfirmationCode);
  await ctx.upstream.call('AdminSetUserPassword', { UserPoolId: poolId, Username: user.Username, Password: body.Password, Permanent: true });
  // The reset completes an AdminResetUserPassword.
  ctx.profiles.update(poolId, user.Username, (profile) => {
    delete profile.resetRequired;
    delete profile.passwordless;
  });
  const session = passwordResetSession(ctx, client, user.Username);
  return session ? { Session: session } : {};
}

/**
 * ChangePassword: the caller's previous password (none for a user who has never had one), under
 * the limit on wrong ones (change-password-limit.ts), and a new one that meets the policy. It
 * revokes nothing: the caller's and the user's other tokens keep working, as in Cognito.
 */
export async function changePassword(ctx: Context, { body }: OperationRequest): Promise<OperationResult> {
  const claims = await ctx.tokens.checkAccessToken(body.AccessToken);
  const poolId = poolIdOf(claims);
  const user = await ctx.store.findUser(poolId, claims.username);
  if (!user) throw errors.userNotFound();
  ctx.passwordChangeLimit.check(poolId, user.Username);
  const { Options } = await ctx.store.pool(poolId);
  enforcePasswordPolicy(body.ProposedPassword, Options.Policies?.PasswordPolicy, 'proposedPassword');
  // A user without a password sets a first one with no PreviousPassword (Cognito's rule).
  const firstPassword = body.PreviousPassword === undefined && !!ctx.profiles.get(poolId, user.Username).passwordless;
  try {
    const result = await ctx.upstream.call('ChangePassword', firstPassword ? { ...body, PreviousPassword: user.Password } : body);
    ctx.passwordChangeLimit.succeeded(poolId, user.Username);
    if (firstPassword) {
      ctx.profiles.update(poolId, user.Username, (profile) => {
        delete profile.passwordless;
      });
    }
    return result;
  } catch (error) {
    // cognito-local: InvalidPasswordException "Invalid password"; Cognito: NotAuthorizedException.
    if (error instanceof CognitoError && error.type === 'InvalidPasswordException') {
      ctx.passwordChangeLimit.failed(poolId, user.Username);
      throw errors.notAuthorized();
    }
    throw error;
  }
}
