/**
 * The signed-in attribute operations, owned by the proxy (docs/cognito.md §8.6):
 * UpdateUserAttributes, GetUserAttributeVerificationCode and VerifyUserAttribute. Codes are the
 * proxy's own (outbox purpose VERIFY_ATTRIBUTE, `attributeCodeTtlSeconds`, the newest one per
 * attribute wins). An email or phone number named in `attributesRequireVerificationBeforeUpdate`
 * waits in the user's profile while cognito-local keeps the old value, so sign-in by alias,
 * GetUser and the ID token go on using it until VerifyUserAttribute swaps the new one in; any
 * other new value is written at once, unverified.
 */
import { CONTACT_ATTRIBUTES, type ContactAttribute } from '../account-settings.js';
import { refuseTakenAlias } from '../attribute-aliases.js';
import type { CodeKind } from '../codes.js';
import { record, type Context, type OperationRequest } from '../context.js';
import { codeDeliveryDetails } from '../delivery.js';
import { CognitoError, errors } from '../errors.js';
import { attribute, type StoredAttribute, type StoredUser } from '../user-store.js';
import { refuseUnwritable } from '../writable-attributes.js';
import { signedInUser } from './mfa-preference.js';
import { validateAttributes } from './sign-up.js';

const isContact = (name: string): name is ContactAttribute => (CONTACT_ATTRIBUTES as readonly string[]).includes(name);
const codeKind = (name: ContactAttribute): CodeKind => (name === 'email' ? 'VERIFY_EMAIL' : 'VERIFY_PHONE_NUMBER');

/** `UserAttributes` as sent: a list of `{Name, Value}` strings a client may write, in valid formats. */
function requestedAttributes(value: unknown): StoredAttribute[] {
  if (!Array.isArray(value) || !value.length) throw errors.invalidParameter('UserAttributes must be a non-empty list');
  const attributes = value.map((item) => {
    const { Name, Value } = record(item);
    if (typeof Name !== 'string' || !Name || typeof Value !== 'string') throw errors.invalidParameter('Each attribute needs a Name and a string Value');
    refuseUnwritable(Name);
    return { Name, Value };
  });
  validateAttributes(attributes);
  return attributes;
}

function contactName(value: unknown): ContactAttribute {
  if (typeof value !== 'string' || !isContact(value)) throw errors.invalidParameter('AttributeName must be email or phone_number');
  return value;
}

/**
 * Writes attributes upstream. cognito-local then sends a code of its own for an unverified contact
 * (unused here) and fails when the user had no contact to send it to, after saving: that failure
 * is not one.
 */
async function writeAttributes(ctx: Context, poolId: string, username: string, attributes: StoredAttribute[]): Promise<void> {
  try {
    await ctx.upstream.call('AdminUpdateUserAttributes', { UserPoolId: poolId, Username: username, UserAttributes: attributes });
  } catch (error) {
    if (!(error instanceof CognitoError && /no attribute matching desired auto verified attributes/.test(error.message))) throw error;
  }
}

/** A fresh code for `name` = `destination`, in the outbox; the CodeDeliveryDetails to answer. */
function sendCode(ctx: Context, poolId: string, username: string, name: ContactAttribute, destination: string) {
  const code = ctx.codes.generate();
  ctx.codes.issue(poolId, username, codeKind(name), code, name);
  const medium = name === 'email' ? 'EMAIL' : 'SMS';
  ctx.outbox.record({ username, medium, destination, code, purpose: 'VERIFY_ATTRIBUTE' });
  return codeDeliveryDetails({ AttributeName: name, DeliveryMedium: medium, Destination: destination });
}

/** The value a code for `name` proves: the pending one, else the live one. */
function valueToVerify(ctx: Context, poolId: string, user: StoredUser, name: ContactAttribute): string | undefined {
  return ctx.profiles.get(poolId, user.Username).pendingAttributes?.[name] ?? attribute(user, name);
}

/** `{AccessToken, UserAttributes, ClientMetadata?}` → `{CodeDeliveryDetailsList}` (one entry per code sent). */
export async function updateUserAttributes(ctx: Context, { body }: OperationRequest) {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  const requested = requestedAttributes(body.UserAttributes);
  const { Options } = await ctx.store.pool(poolId);
  const deferred: readonly string[] = ctx.settings.current.attributesRequireVerificationBeforeUpdate;
  const live: StoredAttribute[] = [];
  const pending: Partial<Record<ContactAttribute, string>> = {};
  const toVerify: { name: ContactAttribute; value: string }[] = [];
  for (const { Name, Value } of requested) {
    if (!isContact(Name)) {
      live.push({ Name, Value });
      continue;
    }
    // Setting the verified value again changes nothing (and drops a pending one, below).
    if (Value === attribute(user, Name) && attribute(user, `${Name}_verified`) === 'true') continue;
    await refuseTakenAlias(ctx, poolId, user.Username, Name, Value);
    if (deferred.includes(Name)) {
      pending[Name] = Value;
      toVerify.push({ name: Name, value: Value });
    } else {
      live.push({ Name, Value }, { Name: `${Name}_verified`, Value: 'false' });
      if (Options.AutoVerifiedAttributes?.includes(Name)) toVerify.push({ name: Name, value: Value });
    }
  }
  if (live.length) await writeAttributes(ctx, poolId, user.Username, live);
  const named = requested.map((a) => a.Name).filter(isContact);
  if (named.length) {
    ctx.profiles.update(poolId, user.Username, (profile) => {
      const waiting = { ...profile.pendingAttributes };
      for (const name of named) delete waiting[name];
      Object.assign(waiting, pending);
      if (Object.keys(waiting).length) profile.pendingAttributes = waiting;
      else delete profile.pendingAttributes;
    });
  }
  return { CodeDeliveryDetailsList: toVerify.map(({ name, value }) => sendCode(ctx, poolId, user.Username, name, value)) };
}

/** `{AccessToken, AttributeName, ClientMetadata?}` → `{CodeDeliveryDetails}`: a new code, to the pending value when there is one. */
export async function getUserAttributeVerificationCode(ctx: Context, { body }: OperationRequest) {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  const name = contactName(body.AttributeName);
  const value = valueToVerify(ctx, poolId, user, name);
  if (!value) throw errors.invalidParameter(`The user has no ${name} to verify`);
  return { CodeDeliveryDetails: sendCode(ctx, poolId, user.Username, name, value) };
}

/** `{AccessToken, AttributeName, Code}` → `{}`: `<name>_verified`, and a pending value becomes the live one. */
export async function verifyUserAttribute(ctx: Context, { body }: OperationRequest) {
  const { poolId, user } = await signedInUser(ctx, body.AccessToken);
  const name = contactName(body.AttributeName);
  if (typeof body.Code !== 'string' || !body.Code) throw errors.invalidParameter('Missing required parameter Code');
  const kind = codeKind(name);
  ctx.codes.check(poolId, user.Username, kind, body.Code);
  const value = valueToVerify(ctx, poolId, user, name);
  if (!value) throw errors.codeMismatch();
  await refuseTakenAlias(ctx, poolId, user.Username, name, value);
  ctx.codes.consume(poolId, user.Username, kind, body.Code);
  await writeAttributes(ctx, poolId, user.Username, [
    { Name: name, Value: value },
    { Name: `${name}_verified`, Value: 'true' },
  ]);
  ctx.profiles.update(poolId, user.Username, (profile) => {
    if (!profile.pendingAttributes) return;
    delete profile.pendingAttributes[name];
    if (!Object.keys(profile.pendingAttributes).length) delete profile.pendingAttributes;
  });
  return {};
}
