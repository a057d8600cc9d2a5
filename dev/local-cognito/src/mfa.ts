/**
 * Which MFA step follows a proven first factor, decided from the proxy's profile (never from
 * cognito-local, whose pool stays MFA OFF): a method's challenge, SELECT_MFA_TYPE when several are
 * enabled and none is preferred, MFA_SETUP when MFA is required and the user has none, or nothing.
 */
import type { MfaType, SetupType, UserProfile } from './profiles.js';
import type { MfaConfiguration } from './settings.js';
import { attribute, type StoredUser } from './user-store.js';

export type MfaStep =
  | { kind: 'none' }
  | { kind: 'challenge'; type: MfaType }
  | { kind: 'select'; types: MfaType[] }
  | { kind: 'setup'; types: SetupType[] };

export const DEFAULT_SETUP_TYPES: SetupType[] = ['TOTP', 'EMAIL'];

/** The methods that can actually be used: SMS needs a phone number, email an address, TOTP a secret. */
export function enabledMfa(profile: UserProfile, user: StoredUser): MfaType[] {
  const types: MfaType[] = [];
  if (profile.mfa.sms && attribute(user, 'phone_number')) types.push('SMS');
  if (profile.mfa.totpSecret && !profile.mfa.totpDisabled) types.push('TOTP');
  if (profile.mfa.email && attribute(user, 'email')) types.push('EMAIL');
  return types;
}

export function mfaStep(profile: UserProfile, user: StoredUser, configuration: MfaConfiguration): MfaStep {
  if (configuration === 'OFF') return { kind: 'none' };
  const enabled = enabledMfa(profile, user);
  const preferred = profile.mfa.preferred;
  if (preferred && enabled.includes(preferred)) return { kind: 'challenge', type: preferred };
  if (enabled.length === 1) return { kind: 'challenge', type: enabled[0] };
  if (enabled.length > 1) return { kind: 'select', types: enabled };
  if (configuration === 'ON' || profile.mfaRequired) {
    const types = profile.mfaCanSetUp?.length ? profile.mfaCanSetUp : DEFAULT_SETUP_TYPES;
    return { kind: 'setup', types };
  }
  return { kind: 'none' };
}
