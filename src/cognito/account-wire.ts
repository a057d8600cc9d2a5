/**
 * The account operations' wire format, shared by every backend (docs/cognito.md §12): `GetUser`'s
 * reply as an `AccountProfile`, and the kit's MFA settings as `SetUserMFAPreference` members.
 */
import type { AccountProfile, MfaSetting } from '../core/account-port.js';
import type { MfaType } from '../core/backend.js';
import { str, type Json } from './wire.js';

/** Cognito's names for the MFA methods in `GetUser` and `SetUserMFAPreference`. */
const MFA_NAMES: Readonly<Record<MfaType, { listed: string; settings: string }>> = {
  SMS: { listed: 'SMS_MFA', settings: 'SMSMfaSettings' },
  TOTP: { listed: 'SOFTWARE_TOKEN_MFA', settings: 'SoftwareTokenMfaSettings' },
  EMAIL: { listed: 'EMAIL_OTP', settings: 'EmailMfaSettings' },
};

const MFA_TYPES = Object.keys(MFA_NAMES) as MfaType[];

/** `GetUser`'s reply: attributes by name, the MFA methods in `UserMFASettingList` and `PreferredMfaSetting`. */
export function accountProfile(out: Json): AccountProfile {
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

/**
 * `SetUserMFAPreference`'s members for the methods named (the others are left out, so they do not
 * change), as Amplify maps them: on = enabled and not preferred, preferred = both, off = disabled.
 */
export function mfaPreferenceMembers(settings: Partial<Record<MfaType, MfaSetting>>): Json {
  const members: Json = {};
  for (const type of MFA_TYPES) {
    const setting = settings[type];
    if (setting) members[MFA_NAMES[type].settings] = setting === 'off' ? { Enabled: false } : { Enabled: true, PreferredMfa: setting === 'preferred' };
  }
  return members;
}
