/**
 * GetUserAuthFactors `{AccessToken}` → `{Username, ConfiguredUserAuthFactors, UserMFASettingList?,
 * PreferredMfaSetting?}`: what a signed-in user can sign in with, so an app knows whether to offer
 * "add a passkey" or "set up MFA". PASSWORD unless passwordless, EMAIL_OTP / SMS_OTP for an
 * address / phone the pool may send codes to, WEB_AUTHN with a passkey, SOFTWARE_TOKEN with TOTP.
 */
import type { Context, OperationRequest } from '../context.js';
import { attribute } from '../user-store.js';
import { mfaSettings, signedInUser } from './mfa-preference.js';

export async function getUserAuthFactors(ctx: Context, { body }: OperationRequest) {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  const profile = ctx.profiles.get(poolId, user.Username);
  const { allowedFirstAuthFactors: allowed, webAuthnRelyingPartyId } = ctx.settings.current;
  const factors: string[] = [];
  if (!profile.passwordless) factors.push('PASSWORD');
  if (allowed.includes('EMAIL_OTP') && attribute(user, 'email')) factors.push('EMAIL_OTP');
  if (allowed.includes('SMS_OTP') && attribute(user, 'phone_number')) factors.push('SMS_OTP');
  if (ctx.passkeys.list(poolId, user.Username).some((p) => p.relyingPartyId === webAuthnRelyingPartyId)) factors.push('WEB_AUTHN');
  if (profile.mfa.totpSecret && !profile.mfa.totpDisabled) factors.push('SOFTWARE_TOKEN');
  return { Username: user.Username, ...mfaSettings(profile, user), ConfiguredUserAuthFactors: factors };
}
