/**
 * `POST /_local/users`: a user for one test or demo path, created in one call. cognito-local gets
 * the account (AdminCreateUser + AdminSetUserPassword, or SignUp for an unconfirmed one); the proxy
 * gets the rest (MFA methods, required MFA, reset flag, required attributes, no password, passkey
 * MFA) as the user's profile, and the passkeys. The same spec shape, minus the account fields, is
 * the `profile` of seed/manifest.json users. `PATCH /_local/users/NAME` changes a profile later.
 */
import type { Context } from './context.js';
import { CognitoError, errors } from './errors.js';
import { passkeysFromSpec } from './local-passkeys.js';
import { DEFAULT_SETUP_TYPES } from './mfa.js';
import { signUp, unknowablePassword, validateAttributes, validateUsername } from './ops/sign-up.js';
import { enforcePasswordPolicy } from './password-policy.js';
import type { MfaType, SetupType, UserProfile } from './profiles.js';
import { isValidSecret } from './totp.js';
import type { Json } from './upstream.js';

export type LocalUserStatus = 'CONFIRMED' | 'UNCONFIRMED' | 'FORCE_CHANGE_PASSWORD';

const SPEC_KEYS = new Set([
  'username',
  'password',
  'email',
  'phone_number',
  'attributes',
  'status',
  'mfa',
  'mfaRequired',
  'mfaCanSetUp',
  'customAuth',
  'resetRequired',
  'requiredAttributes',
  'passwordless',
  'webAuthnMfa',
  'webAuthnCredentials',
]);
/** What `PATCH /_local/users/NAME` may change: the proxy-side profile. */
const PROFILE_KEYS = ['mfa', 'mfaRequired', 'mfaCanSetUp', 'customAuth', 'resetRequired', 'requiredAttributes', 'passwordless', 'webAuthnMfa'];
/** A manifest entry's `profile` may also carry passkeys. */
const SEED_PROFILE_KEYS = [...PROFILE_KEYS, 'webAuthnCredentials'];
const STATUSES: LocalUserStatus[] = ['CONFIRMED', 'UNCONFIRMED', 'FORCE_CHANGE_PASSWORD'];
const MFA_TYPES: MfaType[] = ['SMS', 'TOTP', 'EMAIL'];

const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);
const optionalBoolean = (value: unknown, name: string) => {
  if (value !== undefined && typeof value !== 'boolean') throw errors.invalidParameter(`${name} must be true or false`);
  return value as boolean | undefined;
};

/**
 * The proxy-side part of a spec, validated. `attributes` are the user's (for checking that SMS MFA
 * has a phone number and email MFA an address).
 */
export function profileFromSpec(spec: Json, attributes: Record<string, string>): UserProfile {
  const profile: UserProfile = { mfa: {} };
  if (spec.mfa !== undefined) {
    if (!isObject(spec.mfa)) throw errors.invalidParameter('mfa must be an object');
    const { sms, email, totpSecret, preferred, ...rest } = spec.mfa;
    if (Object.keys(rest).length) throw errors.invalidParameter(`Unknown mfa field ${Object.keys(rest)[0]}`);
    if (optionalBoolean(sms, 'mfa.sms')) {
      if (!attributes.phone_number) throw errors.invalidParameter('mfa.sms needs a phone_number');
      profile.mfa.sms = true;
    }
    if (optionalBoolean(email, 'mfa.email')) {
      if (!attributes.email) throw errors.invalidParameter('mfa.email needs an email');
      profile.mfa.email = true;
    }
    if (totpSecret !== undefined) {
      if (!isValidSecret(totpSecret)) throw errors.invalidParameter('mfa.totpSecret must be a Base32 secret of at least 16 characters');
      profile.mfa.totpSecret = totpSecret.replace(/[\s=]/g, '').toUpperCase();
    }
    if (preferred !== undefined) {
      const enabled = { SMS: profile.mfa.sms, TOTP: !!profile.mfa.totpSecret, EMAIL: profile.mfa.email };
      if (!MFA_TYPES.includes(preferred as MfaType) || !enabled[preferred as MfaType]) {
        throw errors.invalidParameter('mfa.preferred must name a method the user has (SMS, TOTP or EMAIL)');
      }
      profile.mfa.preferred = preferred as MfaType;
    }
  }
  if (optionalBoolean(spec.mfaRequired, 'mfaRequired')) profile.mfaRequired = true;
  if (spec.mfaCanSetUp !== undefined) {
    const types = spec.mfaCanSetUp;
    if (!Array.isArray(types) || !types.length || types.some((t) => !DEFAULT_SETUP_TYPES.includes(t as SetupType))) {
      throw errors.invalidParameter('mfaCanSetUp must be a non-empty list of TOTP and/or EMAIL');
    }
    profile.mfaCanSetUp = [...new Set(types as SetupType[])];
  }
  if (optionalBoolean(spec.customAuth, 'customAuth')) profile.customAuth = true;
  if (optionalBoolean(spec.resetRequired, 'resetRequired')) profile.resetRequired = true;
  if (spec.requiredAttributes !== undefined) {
    const names = spec.requiredAttributes;
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string' || !n)) throw errors.invalidParameter('requiredAttributes must be a list of attribute names');
    profile.requiredAttributes = names as string[];
  }
  if (optionalBoolean(spec.passwordless, 'passwordless')) profile.passwordless = true;
  if (optionalBoolean(spec.webAuthnMfa, 'webAuthnMfa')) profile.webAuthnMfa = true;
  return profile;
}

/** The profile fields of a manifest entry (`profile`), checked like a POST /_local/users body. */
export function pickProfileSpec(spec: Json): Json {
  return Object.fromEntries(Object.entries(spec).filter(([key]) => SEED_PROFILE_KEYS.includes(key)));
}

/**
 * `PATCH /_local/users/NAME`: each profile field given replaces the user's (false or a missing
 * list clears it); the rest stay. Answers the profile as it now is.
 */
export async function updateLocalUser(ctx: Context, username: string, patch: unknown): Promise<{ username: string; profile: UserProfile }> {
  if (!isObject(patch)) throw errors.invalidParameter('The change must be a JSON object');
  const unknown = Object.keys(patch).find((key) => !PROFILE_KEYS.includes(key));
  if (unknown) throw errors.invalidParameter(`Unknown or unchangeable field ${unknown}`);
  const poolId = ctx.pool.userPoolId;
  const user = await ctx.store.findUser(poolId, username);
  if (!user) throw new CognitoError('UserNotFoundException', `${username} does not exist`, 404);
  const attributes = Object.fromEntries((user.Attributes ?? []).map((a) => [a.Name, a.Value]));
  const given = profileFromSpec(patch, attributes) as unknown as Record<string, unknown>;
  const profile = ctx.profiles.update(poolId, user.Username, (current) => {
    const fields = current as unknown as Record<string, unknown>;
    for (const key of Object.keys(patch)) {
      if (given[key] === undefined) delete fields[key];
      else fields[key] = given[key];
    }
    current.mfa ??= {};
  });
  return { username: user.Username, profile };
}

export async function createLocalUser(ctx: Context, spec: unknown): Promise<{ username: string }> {
  if (!isObject(spec)) throw errors.invalidParameter('The user must be a JSON object');
  const unknown = Object.keys(spec).find((key) => !SPEC_KEYS.has(key));
  if (unknown) throw errors.invalidParameter(`Unknown field ${unknown}`);
  const { username } = spec;
  validateUsername(username);
  const status = (spec.status ?? 'CONFIRMED') as LocalUserStatus;
  if (!STATUSES.includes(status)) throw errors.invalidParameter(`status must be one of ${STATUSES.join(', ')}`);
  const poolId = ctx.pool.userPoolId;
  const { Options } = await ctx.store.pool(poolId);
  // A passwordless user still needs one in cognito-local: one nobody knows unless given.
  const passwordless = spec.passwordless === true;
  if (passwordless && status === 'FORCE_CHANGE_PASSWORD') throw errors.invalidParameter('A passwordless user cannot have a temporary password');
  const password = passwordless && spec.password === undefined ? unknowablePassword() : spec.password;
  enforcePasswordPolicy(password, Options.Policies?.PasswordPolicy);

  if (spec.attributes !== undefined && !(isObject(spec.attributes) && Object.values(spec.attributes).every((v) => typeof v === 'string'))) {
    throw errors.invalidParameter('attributes must map attribute names to strings');
  }
  const attributes: Record<string, string> = {};
  const verified = status === 'UNCONFIRMED' ? 'false' : 'true';
  for (const name of ['email', 'phone_number'] as const) {
    const value = spec[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw errors.invalidParameter(`${name} must be a string`);
    attributes[name] = value;
    attributes[`${name}_verified`] = verified;
  }
  Object.assign(attributes, spec.attributes as Record<string, string> | undefined);
  const list = Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
  validateAttributes(list);
  const profile = profileFromSpec(spec, attributes);
  const passkeys = passkeysFromSpec(ctx, spec);

  if (await ctx.store.findUser(poolId, username)) throw errors.usernameExists();
  if (status === 'UNCONFIRMED') {
    // Through the proxy's own SignUp, so the confirmation code is in the outbox as for a real sign-up.
    const body = {
      ClientId: ctx.pool.clientId,
      Username: username,
      Password: password,
      UserAttributes: list.filter((a) => !a.Name.endsWith('_verified')),
    };
    await signUp(ctx, { operation: 'SignUp', body, raw: JSON.stringify(body) });
  } else {
    await ctx.upstream.call('AdminCreateUser', {
      UserPoolId: poolId,
      Username: username,
      TemporaryPassword: password,
      MessageAction: 'SUPPRESS',
      UserAttributes: list,
    });
    if (status === 'CONFIRMED') {
      await ctx.upstream.call('AdminSetUserPassword', { UserPoolId: poolId, Username: username, Password: password, Permanent: true });
    }
  }
  ctx.profiles.set(poolId, username, profile);
  for (const passkey of passkeys) ctx.passkeys.add(poolId, username, passkey);
  return { username };
}
