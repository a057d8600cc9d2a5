/**
 * MFA management while signed in, kept in the proxy's profile so that sign-in sees it:
 * AssociateSoftwareToken / VerifySoftwareToken with an AccessToken, SetUserMFAPreference,
 * AdminSetUserMFAPreference, and the MFA fields of GetUser (cognito-local's own are replaced).
 */
import { Relay, record, type Context, type OperationRequest, type OperationResult } from '../context.js';
import { CognitoError, errors } from '../errors.js';
import { enabledMfa } from '../mfa.js';
import { MFA_CHALLENGES, type MfaType, type UserProfile } from '../profiles.js';
import { poolIdOf } from '../tokens.js';
import { generateSecret, verifyTotp } from '../totp.js';
import { parseJson } from '../upstream.js';
import type { StoredUser } from '../user-store.js';

/** The user an access token belongs to, after the token checks; `clientId` is the app client it was issued to. */
export async function signedInUser(ctx: Context, accessToken: unknown): Promise<{ poolId: string; user: StoredUser; clientId: string }> {
  const claims = await ctx.tokens.checkAccessToken(accessToken);
  const poolId = poolIdOf(claims);
  const user = await ctx.store.findUser(poolId, claims.username);
  if (!user) throw errors.userNotFound();
  return { poolId, user, clientId: claims.client_id ?? '' };
}

export async function associateSoftwareTokenSignedIn(ctx: Context, { body }: OperationRequest) {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  const secret = generateSecret();
  ctx.profiles.update(poolId, user.Username, (profile) => {
    profile.mfa.pendingTotpSecret = secret;
  });
  return { SecretCode: secret };
}

export async function verifySoftwareTokenSignedIn(ctx: Context, { body }: OperationRequest) {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  if (typeof body.UserCode !== 'string' || !body.UserCode) throw errors.invalidParameter('Missing required parameter UserCode');
  const pending = ctx.profiles.get(poolId, user.Username).mfa.pendingTotpSecret;
  if (!pending) throw new CognitoError('SoftwareTokenMFANotFoundException', 'Software token TOTP not found.');
  if (!verifyTotp(pending, body.UserCode)) throw new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch and fail enable Software Token MFA');
  // Verified means enabled (not preferred), as Cognito lists it in UserMFASettingList from now on.
  ctx.profiles.update(poolId, user.Username, (profile) => {
    profile.mfa.totpSecret = pending;
    delete profile.mfa.pendingTotpSecret;
    delete profile.mfa.totpDisabled;
  });
  return { Status: 'SUCCESS' };
}

const SETTINGS: [string, MfaType][] = [
  ['SMSMfaSettings', 'SMS'],
  ['SoftwareTokenMfaSettings', 'TOTP'],
  ['EmailMfaSettings', 'EMAIL'],
];

function applyPreference(ctx: Context, poolId: string, user: StoredUser, body: Record<string, unknown>): void {
  const profile = ctx.profiles.get(poolId, user.Username);
  for (const [member, type] of SETTINGS) {
    if (body[member] === undefined) continue;
    const { Enabled, PreferredMfa } = record(body[member]);
    if (Enabled === true) {
      if (type === 'SMS' && !user.Attributes?.some((a) => a.Name === 'phone_number')) {
        throw errors.invalidParameter('User does not have delivery config set to turn on SMS_MFA');
      }
      if (type === 'EMAIL' && !user.Attributes?.some((a) => a.Name === 'email')) {
        throw errors.invalidParameter('User does not have delivery config set to turn on EMAIL_OTP');
      }
      if (type === 'TOTP' && !profile.mfa.totpSecret) throw errors.invalidParameter('User has not verified software token mfa');
    }
    if (type === 'SMS' && typeof Enabled === 'boolean') profile.mfa.sms = Enabled;
    if (type === 'EMAIL' && typeof Enabled === 'boolean') profile.mfa.email = Enabled;
    if (type === 'TOTP' && typeof Enabled === 'boolean') profile.mfa.totpDisabled = !Enabled;
    if (PreferredMfa === true) {
      if (Enabled === false) throw errors.invalidParameter(`Cannot set ${MFA_CHALLENGES[type]} as preferred while disabling it`);
      profile.mfa.preferred = type;
    } else if (profile.mfa.preferred === type && (PreferredMfa === false || Enabled === false)) {
      delete profile.mfa.preferred;
    }
  }
  if (body.WebAuthnMfaSettings !== undefined) applyPasskeyMfa(ctx, profile, user, record(body.WebAuthnMfaSettings).Enabled);
  if (profile.mfa.preferred && !enabledMfa(profile, user).includes(profile.mfa.preferred)) {
    throw errors.invalidParameter(`Cannot set ${MFA_CHALLENGES[profile.mfa.preferred]} as preferred: it is not enabled`);
  }
  ctx.profiles.set(poolId, user.Username, profile);
}

/**
 * `WebAuthnMfaSettings {Enabled}`: a verified passkey as the user's MFA. Cognito requires the
 * pool's MULTI_FACTOR_WITH_USER_VERIFICATION and another MFA method the user keeps.
 */
function applyPasskeyMfa(ctx: Context, profile: UserProfile, user: StoredUser, enabled: unknown): void {
  if (typeof enabled !== 'boolean') return;
  if (enabled && ctx.settings.current.webAuthnFactorConfiguration !== 'MULTI_FACTOR_WITH_USER_VERIFICATION') {
    throw errors.invalidParameter('Passkey MFA needs the user pool WebAuthnConfiguration FactorConfiguration MULTI_FACTOR_WITH_USER_VERIFICATION');
  }
  if (enabled && !enabledMfa(profile, user).length) throw errors.invalidParameter('Passkey MFA needs another MFA method enabled for the user');
  profile.webAuthnMfa = enabled;
}

export async function setUserMfaPreference(ctx: Context, { body }: OperationRequest) {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  applyPreference(ctx, poolId, user, body);
  return {};
}

export async function adminSetUserMfaPreference(ctx: Context, { body }: OperationRequest) {
  if (typeof body.UserPoolId !== 'string' || !body.UserPoolId) throw errors.invalidParameter('Missing required parameter UserPoolId');
  const user = await ctx.store.findUser(body.UserPoolId, body.Username);
  if (!user) throw errors.userNotFound();
  applyPreference(ctx, body.UserPoolId, user, body);
  return {};
}

/** GetUser from cognito-local, with the MFA fields from the profile. */
export async function getUser(ctx: Context, { body, raw }: OperationRequest): Promise<OperationResult> {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  const relay = await ctx.upstream.forward('GetUser', raw);
  if (relay.status !== 200) return new Relay(relay);
  const { MFAOptions: _legacy, PreferredMfaSetting: _preferred, UserMFASettingList: _list, ...rest } = parseJson(relay.text);
  return { ...rest, ...mfaSettings(ctx.profiles.get(poolId, user.Username), user) };
}

/** GetUser's (and GetUserAuthFactors') `UserMFASettingList` and `PreferredMfaSetting`, when there are any. */
export function mfaSettings(profile: UserProfile, user: StoredUser): { UserMFASettingList?: string[]; PreferredMfaSetting?: string } {
  const enabled = enabledMfa(profile, user).map((type) => MFA_CHALLENGES[type]);
  return {
    ...(enabled.length ? { UserMFASettingList: enabled } : {}),
    ...(profile.mfa.preferred && enabled.includes(MFA_CHALLENGES[profile.mfa.preferred]) ? { PreferredMfaSetting: MFA_CHALLENGES[profile.mfa.preferred] } : {}),
  };
}
