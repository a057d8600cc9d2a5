/**
 * The pool's `DeviceConfiguration` (remembered devices, docs/cognito.md §8.6) as a run-time
 * setting. null means device tracking is off, the default: sign-ins then answer no
 * NewDeviceMetadata and the device operations answer InvalidUserPoolConfigurationException. Any
 * object turns tracking on (Cognito: "setting any property activates device tracking"); a missing
 * property is false.
 */
import { errors } from './errors.js';
import type { Rules, SettingRule } from './setting-rules.js';

export interface DeviceConfiguration {
  /** A remembered device signs in with device SRP instead of the MFA challenge. */
  ChallengeRequiredOnNewDevice: boolean;
  /** ConfirmDevice leaves the device not remembered until UpdateDeviceStatus (UserConfirmationNecessary). */
  DeviceOnlyRememberedOnUserPrompt: boolean;
}

export interface DeviceTunables {
  deviceConfiguration: DeviceConfiguration | null;
}

const FIELDS = ['ChallengeRequiredOnNewDevice', 'DeviceOnlyRememberedOnUserPrompt'] as const;

/** The configuration, or the reason it is not one. */
function parse(value: unknown): DeviceConfiguration | null | string {
  if (value === null) return null;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'must be an object or null';
  const unknown = Object.keys(value).find((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown) return `has an unknown field ${unknown}`;
  const fields = value as Record<string, unknown>;
  for (const name of FIELDS) {
    if (fields[name] !== undefined && typeof fields[name] !== 'boolean') return `.${name} must be true or false`;
  }
  return {
    ChallengeRequiredOnNewDevice: fields.ChallengeRequiredOnNewDevice === true,
    DeviceOnlyRememberedOnUserPrompt: fields.DeviceOnlyRememberedOnUserPrompt === true,
  };
}

const deviceConfigurationRule: SettingRule<DeviceConfiguration | null> = {
  env: 'DEVICE_CONFIGURATION',
  fallback: null,
  fromEnv: (text) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Error('DEVICE_CONFIGURATION must be JSON: an object or null');
    }
    const parsed = parse(value);
    if (typeof parsed === 'string') throw new Error(`DEVICE_CONFIGURATION ${parsed}`);
    return parsed;
  },
  check: (value, key) => {
    const parsed = parse(value);
    if (typeof parsed === 'string') throw errors.invalidParameter(`${key} ${parsed}`);
    return parsed;
  },
};

export const DEVICE_RULES: Rules<DeviceTunables> = { deviceConfiguration: deviceConfigurationRule };
