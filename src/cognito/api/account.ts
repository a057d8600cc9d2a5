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
import { accountProfile, mfaPreferenceMembers } from '../account-wire.js';
import { codeDelivery, str, type Json } from '../wire.js';
import { signedIn, type AccessToken } from './access-token.js';
import type { ApiCall } from './session.js';

export async function getProfile(call: ApiCall, accessToken: AccessToken, options: CallOptions): Promise<AccountProfile> {
  return accountProfile(await call('GetUser', { AccessToken: await signedIn(accessToken, options) }, options));
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

/** Only the methods named change (account-wire.ts). */
export async function setMfaPreference(
  call: ApiCall,
  accessToken: AccessToken,
  settings: Partial<Record<MfaType, MfaSetting>>,
  options: CallOptions,
): Promise<void> {
  await call('SetUserMFAPreference', { AccessToken: await signedIn(accessToken, options), ...mfaPreferenceMembers(settings) }, options);
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
