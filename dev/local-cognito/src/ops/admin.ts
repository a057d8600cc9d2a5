/**
 * AdminResetUserPassword, which cognito-local lacks: a proxy flag on the user. Sign-in then answers
 * PasswordResetRequiredException until ConfirmForgotPassword sets a new password. Like Cognito, it
 * sends a reset code straight away when the user has a verified email or phone (the same code
 * ForgotPassword would send; a later ForgotPassword replaces it). Unsigned, as every local admin call.
 */
import type { Context, OperationRequest } from '../context.js';
import { recoveryDelivery } from '../delivery.js';
import { errors } from '../errors.js';

export async function adminResetUserPassword(ctx: Context, { body }: OperationRequest) {
  if (typeof body.UserPoolId !== 'string' || !body.UserPoolId) throw errors.invalidParameter('Missing required parameter UserPoolId');
  const poolId = body.UserPoolId;
  const user = await ctx.store.findUser(poolId, body.Username);
  if (!user) throw errors.userNotFound();
  ctx.profiles.update(poolId, user.Username, (profile) => {
    profile.resetRequired = true;
  });
  const { Options } = await ctx.store.pool(poolId);
  const delivery = recoveryDelivery(Options, user);
  if (delivery) {
    const code = ctx.codes.generate();
    ctx.codes.issue(poolId, user.Username, 'FORGOT_PASSWORD', code, delivery.AttributeName);
    ctx.outbox.record({ username: user.Username, medium: delivery.DeliveryMedium, destination: delivery.Destination, code, purpose: 'FORGOT_PASSWORD' });
  }
  return {};
}
