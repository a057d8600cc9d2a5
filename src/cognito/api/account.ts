/**
 * The signed-in person's account over Cognito's JSON API (docs/cognito.md §12): `GetUser`,
 * `ChangePassword`, `UpdateUserAttributes`, `GetUserAttributeVerificationCode`,
 * `VerifyUserAttribute`, `SetUserMFAPreference`, the authenticator app's `AssociateSoftwareToken` /
 * `VerifySoftwareToken` with the access token, and `DeleteUser`. Loaded on first use (only an
 * account page needs it).
 */
import type { AccountProfile, MfaSetting } from '../../core/account-port.js';
import type { CallOptions, CodeDelivery, MfaType } from '../../core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { codeDelivery, str, type Json } from '../wire.js';
import type { AccessToken } from './passkeys.js';
import type { ApiCall } from './session.js';

/** Cognito's names for the MFA methods in `GetUser` and `SetUserMFAPreference`. */
const MFA_NAMES: Readonly<Record<MfaType, { listed: string; settings: string }>> = {
  SMS: { listed: 'SMS_MFA', settings: 'SMSMfaSettings' },
  TOTP: { listed: 'SOFTWARE_TOKEN_MFA', settings: 'SoftwareTokenMfaSettings' },
  EMAIL: { listed: 'EMAIL_OTP', settings: 'EmailMfaSettings' },
};

const MFA_TYPES = Object.keys(MFA_NAMES) as MfaType[];

async function signedIn(accessToken: AccessToken, options: CallOptions): Promise<string> {
  const token = await accessToken(options);
  if (!token) throw new AuthError('NotAuthorizedException', 'Access Token has been revoked');
  return token;
}

export async function getProfile(call: ApiCall, accessToken: AccessToken, options: CallOptions): Promise<AccountProfile> {
  const out = await call('GetUser', { AccessToken: await signedIn(accessToken, options) }, options);
  const attributes: Record<string, string> = {};
  for (const item of Array.isArray(out.UserAttributes) ? (out.UserAttributes as Json[]) : []) {
    const name = str(item.Name);
    if (name) attributes[name] = str(item.Value) ?? '';
  }
  const listed = Array.isArray(out.UserMFASettingList) ? out.UserMFASettingList.map(String) : [];
  const enabled = MFA_TYPES.filter((type) => listed.includes(MFA_NAMES[type].listed));
  const preferred = MFA_TYPES.find((type) => MFA_NAMES[type].listed === out.PreferredMfaSetting);
  return { username: str(out.Username) ?? '', attributes, mfa: preferred ? { enabled, preferred } : { enabled } };
}

export async function changePassword(
  call: ApiCall,
  accessToken: AccessToken,
  input: { current: string; proposed: string },
  options: CallOptions,
): Promise<void> {
  const token = await signedIn(accessToken, options);
  await call('ChangePassword', { AccessToken: token, PreviousPassword: input.current, ProposedPassword: input.proposed }, options);
}

export async function updateAttributes(
  call: ApiCall,
  accessToken: AccessToken,
  attributes: Readonly<Record<string, string>>,
  options: CallOptions,
): Promise<CodeDelivery[]> {
  const UserAttributes = Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
  const out = await call('UpdateUserAttributes', { AccessToken: await signedIn(accessToken, options), UserAttributes }, options);
  return Array.isArray(out.CodeDeliveryDetailsList) ? out.CodeDeliveryDetailsList.map(codeDelivery) : [];
}

export async function sendAttributeCode(call: ApiCall, accessToken: AccessToken, name: string, options: CallOptions): Promise<CodeDelivery> {
  const out = await call('GetUserAttributeVerificationCode', { AccessToken: await signedIn(accessToken, options), AttributeName: name }, options);
  return { ...codeDelivery(out.CodeDeliveryDetails), attributeName: name };
}

export async function verifyAttribute(
  call: ApiCall,
  accessToken: AccessToken,
  input: { name: string; code: string },
  options: CallOptions,
): Promise<void> {
  const token = await signedIn(accessToken, options);
  await call('VerifyUserAttribute', { AccessToken: token, AttributeName: input.name, Code: input.code }, options);
}

/** As Amplify maps them: on = enabled and not preferred, preferred = both, off = disabled. */
export async function setMfaPreference(
  call: ApiCall,
  accessToken: AccessToken,
  settings: Partial<Record<MfaType, MfaSetting>>,
  options: CallOptions,
): Promise<void> {
  const input: Json = { AccessToken: await signedIn(accessToken, options) };
  for (const type of MFA_TYPES) {
    const setting = settings[type];
    if (setting) input[MFA_NAMES[type].settings] = setting === 'off' ? { Enabled: false } : { Enabled: true, PreferredMfa: setting === 'preferred' };
  }
  await call('SetUserMFAPreference', input, options);
}

export async function startTotpSetup(call: ApiCall, accessToken: AccessToken, options: CallOptions): Promise<{ secretCode: string }> {
  const out = await call('AssociateSoftwareToken', { AccessToken: await signedIn(accessToken, options) }, options);
  const secretCode = str(out.SecretCode);
  if (!secretCode) throw new AuthError(KIT_ERROR_NAMES.unknown, 'Cognito returned no authenticator-app secret.');
  return { secretCode };
}

export async function finishTotpSetup(
  call: ApiCall,
  accessToken: AccessToken,
  input: { code: string; deviceName?: string },
  options: CallOptions,
): Promise<void> {
  const body: Json = { AccessToken: await signedIn(accessToken, options), UserCode: input.code };
  if (input.deviceName) body.FriendlyDeviceName = input.deviceName;
  const out = await call('VerifySoftwareToken', body, options);
  if (out.Status !== undefined && out.Status !== 'SUCCESS') throw new AuthError('CodeMismatchException', 'The code was not accepted.');
}

export async function deleteAccount(call: ApiCall, accessToken: AccessToken, options: CallOptions): Promise<void> {
  await call('DeleteUser', { AccessToken: await signedIn(accessToken, options) }, options);
}
