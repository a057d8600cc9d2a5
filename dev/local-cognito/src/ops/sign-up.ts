/**
 * SignUp, ConfirmSignUp and ResendConfirmationCode. cognito-local stores the user and mints the
 * first code; the proxy adds the password policy, masked destinations, code expiry, resend (which
 * cognito-local lacks) and the outbox. Confirmation is checked here and applied upstream with
 * AdminConfirmSignUp, so the newest code wins even though cognito-local only knows the first.
 * ALLOW_USER_AUTH clients also get the Sessions for signing in at once (sign-in-after-sign-up.ts),
 * and may sign up without a password when the pool signs in with codes. In a pool whose usernames
 * are email addresses or phone numbers the user's username is a new UUID (pool-usernames.ts).
 */
import { randomBytes } from 'node:crypto';
import { flowAllowed } from '../client-flows.js';
import { EMAIL_PATTERN, PHONE_PATTERN } from '../contact-formats.js';
import { record, type Context, type OperationRequest } from '../context.js';
import { codeDeliveryDetails, signUpDelivery } from '../delivery.js';
import { MESSAGES, errors } from '../errors.js';
import { enforcePasswordPolicy } from '../password-policy.js';
import { signUpByAttribute, usernameAttributeOf } from '../pool-usernames.js';
import { confirmedSignUpSession, signUpSession } from '../sign-in-after-sign-up.js';
import { attribute, type AppClient, type StoredUser } from '../user-store.js';

const USERNAME_PATTERN = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

export function validateUsername(username: unknown): asserts username is string {
  if (typeof username !== 'string' || !USERNAME_PATTERN.test(username) || username.length > 128) {
    throw errors.invalidParameter(
      "1 validation error detected: Value at 'username' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+",
    );
  }
}

export function validateAttributes(attributes: unknown): void {
  if (attributes === undefined) return;
  if (!Array.isArray(attributes)) throw errors.invalidParameter('UserAttributes must be a list');
  for (const item of attributes) {
    const { Name, Value } = record(item);
    if (Name === 'email' && (typeof Value !== 'string' || !EMAIL_PATTERN.test(Value))) {
      throw errors.invalidParameter('Invalid email address format.');
    }
    if (Name === 'phone_number' && (typeof Value !== 'string' || !PHONE_PATTERN.test(Value))) {
      throw errors.invalidParameter('Invalid phone number format.');
    }
  }
}

export async function signUp(ctx: Context, { body }: OperationRequest) {
  const client = await ctx.store.client(body.ClientId);
  validateUsername(body.Username);
  const { Options } = await ctx.store.pool(client.UserPoolId);
  // In a pool whose usernames are emails or phone numbers, Username is one (pool-usernames.ts).
  const usernameAttribute = usernameAttributeOf(Options, body.Username);
  const passwordless = body.Password === undefined && passwordlessSignUpAllowed(ctx, client);
  if (!passwordless) enforcePasswordPolicy(body.Password, Options.Policies?.PasswordPolicy);
  validateAttributes(body.UserAttributes);
  // cognito-local needs a password; a passwordless user gets one nobody knows (profiles.ts `passwordless`).
  const upstreamBody = passwordless ? { ...body, Password: unknowablePassword() } : body;
  const { result, username } = usernameAttribute
    ? await signUpByAttribute(ctx, client.UserPoolId, Options, upstreamBody, usernameAttribute)
    : { result: await ctx.upstream.call('SignUp', upstreamBody), username: body.Username }; // UsernameExistsException comes from here
  const user = await ctx.store.findUser(client.UserPoolId, username);
  if (user && passwordless) {
    ctx.profiles.update(client.UserPoolId, user.Username, (profile) => {
      profile.passwordless = true;
    });
  }
  const delivery = user && signUpDelivery(Options, user);
  if (user?.ConfirmationCode && delivery && user.UserStatus === 'UNCONFIRMED') {
    ctx.codes.issue(client.UserPoolId, user.Username, 'SIGN_UP', user.ConfirmationCode, delivery.AttributeName);
    ctx.outbox.record({
      username: user.Username,
      medium: delivery.DeliveryMedium,
      destination: delivery.Destination,
      code: user.ConfirmationCode,
      purpose: 'SIGN_UP',
    });
  }
  const session = user && signUpSession(ctx, client, user.Username);
  return { ...result, CodeDeliveryDetails: delivery ? codeDeliveryDetails(delivery) : undefined, ...(session ? { Session: session } : {}) };
}

/** SignUp may omit Password on an ALLOW_USER_AUTH client of a pool that signs in with email or SMS codes. */
function passwordlessSignUpAllowed(ctx: Context, client: AppClient): boolean {
  const factors = ctx.settings.current.allowedFirstAuthFactors;
  return flowAllowed(client, 'USER_AUTH') && (factors.includes('EMAIL_OTP') || factors.includes('SMS_OTP'));
}

/** Meets any password policy; never shown, logged or returned. */
export function unknowablePassword(): string {
  return `Aa1!${randomBytes(24).toString('base64url')}`;
}

async function existingUser(ctx: Context, poolId: string, username: unknown): Promise<StoredUser> {
  const user = await ctx.store.findUser(poolId, username);
  if (!user) throw errors.userNotFound(MESSAGES.userNotFoundForClient);
  return user;
}

export async function confirmSignUp(ctx: Context, { body }: OperationRequest) {
  const client = await ctx.store.client(body.ClientId);
  const poolId = client.UserPoolId;
  const user = await existingUser(ctx, poolId, body.Username);
  if (user.UserStatus !== 'UNCONFIRMED') {
    throw errors.notAuthorized(`User cannot be confirmed. Current status is ${user.UserStatus}`);
  }
  let attributeName: string | undefined;
  if (ctx.codes.get(poolId, user.Username, 'SIGN_UP')) {
    attributeName = ctx.codes.consume(poolId, user.Username, 'SIGN_UP', body.ConfirmationCode).attributeName;
  } else {
    // Users created before the proxy saw them (seed, older state): cognito-local's own code, no expiry.
    if (!user.ConfirmationCode) throw errors.codeExpired();
    if (user.ConfirmationCode !== body.ConfirmationCode) throw errors.codeMismatch();
    attributeName = attribute(user, 'email') ? 'email' : undefined;
  }
  await ctx.upstream.call('AdminConfirmSignUp', { UserPoolId: poolId, Username: user.Username });
  // Confirming with a code proves the address it went to; cognito-local does not record that.
  const value = attributeName && attribute(user, attributeName);
  if (attributeName && value) {
    await ctx.upstream.call('AdminUpdateUserAttributes', {
      UserPoolId: poolId,
      Username: user.Username,
      UserAttributes: [
        { Name: attributeName, Value: value },
        { Name: `${attributeName}_verified`, Value: 'true' },
      ],
    });
  }
  const session = confirmedSignUpSession(ctx, client, user.Username, body.Session);
  return session ? { Session: session } : {};
}

export async function resendConfirmationCode(ctx: Context, { body }: OperationRequest) {
  const client = await ctx.store.client(body.ClientId);
  const poolId = client.UserPoolId;
  const user = await existingUser(ctx, poolId, body.Username);
  if (user.UserStatus !== 'UNCONFIRMED') throw errors.invalidParameter('User is already confirmed.');
  const { Options } = await ctx.store.pool(poolId);
  const delivery = signUpDelivery(Options, user);
  if (!delivery) throw errors.invalidParameter('User has no attribute matching desired auto verified attributes');
  const code = ctx.codes.generate();
  ctx.codes.issue(poolId, user.Username, 'SIGN_UP', code, delivery.AttributeName);
  ctx.outbox.record({
    username: user.Username,
    medium: delivery.DeliveryMedium,
    destination: delivery.Destination,
    code,
    purpose: 'RESEND',
  });
  return { CodeDeliveryDetails: codeDeliveryDetails(delivery) };
}
