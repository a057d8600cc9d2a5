/**
 * Which first factors a USER_AUTH sign-in offers a user (`AvailableChallenges`): the pool's
 * AllowedFirstAuthFactors narrowed to what the user has. PASSWORD_SRP and PASSWORD need a
 * password, EMAIL_OTP an email, SMS_OTP a phone number, WEB_AUTHN a passkey for the current RP ID;
 * and, by `passwordlessHiddenWithMfa` (docs/cognito.md §8.4), a user
 * facing MFA is offered only the password ones, plus WEB_AUTHN when a passkey is their MFA.
 */
import type { Context } from './context.js';
import { mfaStep } from './mfa.js';
import type { UserProfile } from './profiles.js';
import type { Tunables } from './settings.js';
import type { FirstFactorChallenge } from './user-auth-settings.js';
import { attribute, type StoredUser } from './user-store.js';

export function availableFirstFactors(ctx: Context, poolId: string, user: StoredUser): FirstFactorChallenge[] {
  const settings = ctx.settings.current;
  const allowed = settings.allowedFirstAuthFactors;
  const profile = ctx.profiles.get(poolId, user.Username);
  const offered: FirstFactorChallenge[] = [];
  if (allowed.includes('PASSWORD') && !profile.passwordless) offered.push('PASSWORD_SRP', 'PASSWORD');
  // A temporary password must be replaced before anything else signs the user in.
  if (user.UserStatus === 'FORCE_CHANGE_PASSWORD') return offered;
  const hidden = settings.passwordlessHiddenWithMfa && mfaStep(profile, user, settings.mfaConfiguration).kind !== 'none';
  if (!hidden && allowed.includes('EMAIL_OTP') && contactOffered(settings, user, 'email')) offered.push('EMAIL_OTP');
  if (!hidden && allowed.includes('SMS_OTP') && contactOffered(settings, user, 'phone_number')) offered.push('SMS_OTP');
  const passkeys = ctx.passkeys.list(poolId, user.Username).filter((p) => p.relyingPartyId === settings.webAuthnRelyingPartyId);
  if (allowed.includes('WEB_AUTHN') && passkeys.length && (!hidden || passkeyIsMfa(settings, profile))) offered.push('WEB_AUTHN');
  return offered;
}

/** A verified passkey counts as MFA: the pool's MULTI_FACTOR_WITH_USER_VERIFICATION and the user's WebAuthnMfaSettings. */
export function passkeyIsMfa(settings: Tunables, profile: UserProfile): boolean {
  return settings.webAuthnFactorConfiguration === 'MULTI_FACTOR_WITH_USER_VERIFICATION' && !!profile.webAuthnMfa;
}

function contactOffered(settings: Tunables, user: StoredUser, name: 'email' | 'phone_number'): boolean {
  if (!attribute(user, name)) return false;
  return attribute(user, `${name}_verified`) === 'true' || settings.unverifiedContactOtp !== 'HIDE';
}
