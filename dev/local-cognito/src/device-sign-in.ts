/**
 * The sign-in side of remembered devices (docs/cognito.md §8.6), for steps.ts: whether the
 * DEVICE_KEY a sign-in names is a device of the user, whether that device stands in for the MFA
 * challenge, and a new device key for a sign-in that names none. Everything here is inert while
 * device tracking is off (`deviceConfiguration` null).
 */
import type { Context } from './context.js';
import type { StoredDevice } from './devices.js';
import { errors } from './errors.js';
import type { AppClient } from './user-store.js';

/** The part of a sign-in in progress (steps.ts Attempt) that devices depend on. */
export interface DeviceAttempt {
  client: AppClient;
  username: string;
  deviceKey?: string;
}

/**
 * The confirmed device the sign-in names; undefined without a DEVICE_KEY or with tracking off. An
 * unknown, unconfirmed or forgotten key is ResourceNotFoundException "Device does not exist.",
 * on which clients drop the key and sign in again without it.
 */
export function namedDevice(ctx: Context, attempt: DeviceAttempt): StoredDevice | undefined {
  if (!ctx.settings.current.deviceConfiguration || attempt.deviceKey === undefined) return undefined;
  const device = ctx.devices.get(attempt.client.UserPoolId, attempt.username, attempt.deviceKey);
  if (!device) throw errors.deviceNotFound();
  return device;
}

/** With ChallengeRequiredOnNewDevice, a remembered device signs in by device SRP instead of the MFA challenge. */
export function deviceReplacesMfa(ctx: Context, attempt: DeviceAttempt): boolean {
  if (!ctx.settings.current.deviceConfiguration?.ChallengeRequiredOnNewDevice) return false;
  return namedDevice(ctx, attempt)?.status === 'remembered';
}

/** NewDeviceMetadata for a sign-in that named no device; undefined with tracking off. */
export function newDeviceMetadata(ctx: Context, attempt: DeviceAttempt): { DeviceKey: string; DeviceGroupKey: string } | undefined {
  if (!ctx.settings.current.deviceConfiguration) return undefined;
  return ctx.devices.issue(attempt.client.UserPoolId, attempt.username);
}

/** A DEVICE_KEY parameter as sent, when it is a non-empty string. */
export function deviceKeyParameter(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/**
 * The device an answer signs in with: its own DEVICE_KEY when it has the member (null = none: how
 * identity-js answers again after "Device does not exist."), else the one the sign-in started with.
 */
export function answerDeviceKey(responses: Record<string, unknown>, session: { deviceKey?: string }): string | undefined {
  return Object.hasOwn(responses, 'DEVICE_KEY') ? deviceKeyParameter(responses.DEVICE_KEY) : session.deviceKey;
}
