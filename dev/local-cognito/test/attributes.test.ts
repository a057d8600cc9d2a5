/** UpdateUserAttributes, GetUserAttributeVerificationCode and VerifyUserAttribute, with and without verification before update. */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { PASSWORD, assertError, assertOk, call, control, createUser, latestCode, outbox, passwordSignIn, putSettings, start, type LocalCognito } from './helpers.js';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());
afterEach(() => control(lc, 'DELETE', '/settings'));

const settings = (values: Record<string, unknown>) => putSettings(lc, values);

async function attributesOf(accessToken: string): Promise<Record<string, string>> {
  const user = assertOk(await call(lc, 'GetUser', { AccessToken: accessToken }));
  return Object.fromEntries(user.UserAttributes.map((a: { Name: string; Value: string }) => [a.Name, a.Value]));
}

function idClaims(idToken: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString('utf8'));
}

function update(accessToken: string, attributes: Record<string, string>) {
  return call(lc, 'UpdateUserAttributes', { AccessToken: accessToken, UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })) });
}

function verify(accessToken: string, name: string, code: string) {
  return call(lc, 'VerifyUserAttribute', { AccessToken: accessToken, AttributeName: name, Code: code });
}

/** The newest VERIFY_ATTRIBUTE code for `username`, checked to have gone to `destination`. */
async function verificationCode(username: string, destination: string): Promise<string> {
  const message = await latestCode(lc, username);
  assert.equal(message.purpose, 'VERIFY_ATTRIBUTE');
  assert.equal(message.destination, destination);
  return message.code;
}

describe('without verification before update (the default)', () => {
  it('a new email replaces the old one at once, unverified; the emailed code verifies it, once', async () => {
    const username = await createUser(lc, 'attr-email');
    const { AccessToken } = await passwordSignIn(lc, username, PASSWORD);
    const reply = assertOk(await update(AccessToken, { email: 'new.address@example.org', name: 'Ada' }));
    assert.deepEqual(reply, { CodeDeliveryDetailsList: [{ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'n***@e***' }] });
    const changed = await attributesOf(AccessToken);
    assert.equal(changed.email, 'new.address@example.org');
    assert.equal(changed.email_verified, 'false');
    assert.equal(changed.name, 'Ada');

    const code = await verificationCode(username, 'new.address@example.org');
    assertError(await verify(AccessToken, 'email', code === '000000' ? '111111' : '000000'), 'CodeMismatchException');
    assert.deepEqual(assertOk(await verify(AccessToken, 'email', code)), {});
    assert.equal((await attributesOf(AccessToken)).email_verified, 'true');
    assertError(await verify(AccessToken, 'email', code), 'CodeMismatchException');

    // Nothing to verify: no code.
    assert.deepEqual(assertOk(await update(AccessToken, { name: 'Ada L.' })), { CodeDeliveryDetailsList: [] });
    assert.deepEqual(assertOk(await update(AccessToken, { email: 'new.address@example.org' })), { CodeDeliveryDetailsList: [] });
  });

  it('a new phone number gets an SMS code; GetUserAttributeVerificationCode sends another, and only the newest works', async () => {
    const username = await createUser(lc, 'attr-phone');
    const { AccessToken } = await passwordSignIn(lc, username, PASSWORD);
    const reply = assertOk(await update(AccessToken, { phone_number: '+15555550123' }));
    assert.deepEqual(reply.CodeDeliveryDetailsList, [{ AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: '+*******0123' }]);
    const first = await verificationCode(username, '+15555550123');
    const resent = assertOk(await call(lc, 'GetUserAttributeVerificationCode', { AccessToken, AttributeName: 'phone_number' }));
    assert.deepEqual(resent, { CodeDeliveryDetails: { AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: '+*******0123' } });
    const second = await verificationCode(username, '+15555550123');
    if (first !== second) assertError(await verify(AccessToken, 'phone_number', first), 'CodeMismatchException');
    assertOk(await verify(AccessToken, 'phone_number', second));
    assert.equal((await attributesOf(AccessToken)).phone_number_verified, 'true');
  });

  it('a code is ExpiredCodeException after attributeCodeTtlSeconds; a new one works', async () => {
    await settings({ attributeCodeTtlSeconds: 1 });
    const username = await createUser(lc, 'attr-expiry');
    const { AccessToken } = await passwordSignIn(lc, username, PASSWORD);
    assertOk(await update(AccessToken, { email: 'late@example.org' }));
    const late = await verificationCode(username, 'late@example.org');
    await sleep(1100);
    assertError(await verify(AccessToken, 'email', late), 'ExpiredCodeException');
    assertOk(await call(lc, 'GetUserAttributeVerificationCode', { AccessToken, AttributeName: 'email' }));
    assertOk(await verify(AccessToken, 'email', await verificationCode(username, 'late@example.org')));
  });

  it('refuses attributes a client may not write, bad formats, other attribute names and bad tokens', async () => {
    const username = await createUser(lc, 'attr-refuse');
    const { AccessToken } = await passwordSignIn(lc, username, PASSWORD);
    assertError(await update(AccessToken, { email_verified: 'true' }), 'NotAuthorizedException', 'A client attempted to write unauthorized attribute');
    assertError(await update(AccessToken, { sub: 'mine' }), 'NotAuthorizedException');
    assertError(await update(AccessToken, { email: 'not-an-address' }), 'InvalidParameterException', 'Invalid email address format.');
    assertError(await update(AccessToken, { phone_number: '555' }), 'InvalidParameterException', 'Invalid phone number format.');
    assertError(await call(lc, 'UpdateUserAttributes', { AccessToken, UserAttributes: [] }), 'InvalidParameterException');
    assertError(await call(lc, 'GetUserAttributeVerificationCode', { AccessToken, AttributeName: 'name' }), 'InvalidParameterException');
    assertError(await call(lc, 'GetUserAttributeVerificationCode', { AccessToken, AttributeName: 'phone_number' }), 'InvalidParameterException');
    assertError(await verify(AccessToken, 'email', ''), 'InvalidParameterException');
    assertError(await update('not-a-token', { name: 'x' }), 'NotAuthorizedException', 'Invalid Access Token');
    assertOk(await call(lc, 'GlobalSignOut', { AccessToken }));
    assertError(await update(AccessToken, { name: 'x' }), 'NotAuthorizedException', 'Access Token has been revoked');
    assertError(await call(lc, 'GetUserAttributeVerificationCode', { AccessToken, AttributeName: 'email' }), 'NotAuthorizedException');
  });
});

describe('attributesRequireVerificationBeforeUpdate', () => {
  it('keeps the old email live (GetUser, ID token) until the new one is verified; codes go to the new one', async () => {
    await settings({ attributesRequireVerificationBeforeUpdate: ['email'] });
    const username = await createUser(lc, 'attr-pending');
    const old = `${username}@example.com`;
    const { AccessToken } = await passwordSignIn(lc, username, PASSWORD);
    const reply = assertOk(await update(AccessToken, { email: 'pending@example.org', name: 'Grace' }));
    assert.deepEqual(reply.CodeDeliveryDetailsList, [{ AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'p***@e***' }]);
    const before = await attributesOf(AccessToken);
    assert.equal(before.email, old);
    assert.equal(before.email_verified, 'true');
    assert.equal(before.name, 'Grace', 'other attributes change at once');
    assert.equal(idClaims((await passwordSignIn(lc, username, PASSWORD)).IdToken).email, old);

    // A resend goes to the pending address and replaces the first code.
    const first = await verificationCode(username, 'pending@example.org');
    const resent = assertOk(await call(lc, 'GetUserAttributeVerificationCode', { AccessToken, AttributeName: 'email' }));
    assert.equal(resent.CodeDeliveryDetails.Destination, 'p***@e***');
    const second = await verificationCode(username, 'pending@example.org');
    if (first !== second) assertError(await verify(AccessToken, 'email', first), 'CodeMismatchException');
    assert.equal((await attributesOf(AccessToken)).email, old, 'a wrong code swaps nothing');

    assertOk(await verify(AccessToken, 'email', second));
    const after = await attributesOf(AccessToken);
    assert.equal(after.email, 'pending@example.org');
    assert.equal(after.email_verified, 'true');
    assert.equal(idClaims((await passwordSignIn(lc, username, PASSWORD)).IdToken).email, 'pending@example.org');
  });

  it('setting the verified value again drops the pending one; attributes not listed change at once', async () => {
    await settings({ attributesRequireVerificationBeforeUpdate: ['email'] });
    const username = await createUser(lc, 'attr-undo', { phone_number: '+15555550100' });
    const old = `${username}@example.com`;
    const { AccessToken } = await passwordSignIn(lc, username, PASSWORD);
    assertOk(await update(AccessToken, { email: 'maybe@example.org' }));
    const code = await verificationCode(username, 'maybe@example.org');
    assert.deepEqual(assertOk(await update(AccessToken, { email: old })), { CodeDeliveryDetailsList: [] });
    // The code now proves the live address, which was already verified: it stays.
    assertOk(await verify(AccessToken, 'email', code));
    assert.equal((await attributesOf(AccessToken)).email, old);

    assertOk(await update(AccessToken, { phone_number: '+15555550199' }));
    const now = await attributesOf(AccessToken);
    assert.equal(now.phone_number, '+15555550199');
    assert.equal(now.phone_number_verified, 'false');
  });
});

describe('a pool where email is a sign-in alias', () => {
  let clientId: string;
  let poolId: string;

  /** A call straight to cognito-local, for what the proxy leaves to it (creating a pool). */
  async function upstream(operation: string, body: object): Promise<Record<string, any>> {
    const response = await fetch(lc.upstreamEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 200, await response.clone().text());
    return (await response.json()) as Record<string, any>;
  }

  async function aliasUser(username: string, email?: string): Promise<void> {
    const attributes = email ? [{ Name: 'email', Value: email }, { Name: 'email_verified', Value: 'true' }] : [];
    assertOk(await call(lc, 'AdminCreateUser', { UserPoolId: poolId, Username: username, TemporaryPassword: PASSWORD, MessageAction: 'SUPPRESS', UserAttributes: attributes }));
    assertOk(await call(lc, 'AdminSetUserPassword', { UserPoolId: poolId, Username: username, Password: PASSWORD, Permanent: true }));
  }

  const signIn = (name: string) => call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: name, PASSWORD } });

  before(async () => {
    poolId = (await upstream('CreateUserPool', { PoolName: 'alias-pool', AliasAttributes: ['email'], AutoVerifiedAttributes: ['email'] })).UserPool.Id;
    clientId = (await upstream('CreateUserPoolClient', { UserPoolId: poolId, ClientName: 'alias', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }))
      .UserPoolClient.ClientId;
  });

  it('a verified email signs in; another user cannot take it (AliasExistsException), neither by update nor by verification', async () => {
    await aliasUser('alice', 'alice@example.com');
    await aliasUser('bob');
    assertOk(await signIn('alice@example.com'));
    const bob = assertOk(await signIn('bob')).AuthenticationResult.AccessToken;
    assertError(await update(bob, { email: 'alice@example.com' }), 'AliasExistsException', 'An account with the given email already exists.');

    // Bob takes an address nobody has verified yet; Carol verifies it first; Bob's code then cannot.
    assertOk(await update(bob, { email: 'shared@example.com' }));
    const code = await verificationCode('bob', 'shared@example.com');
    await aliasUser('carol', 'shared@example.com');
    assertError(await verify(bob, 'email', code), 'AliasExistsException');
    assertError(await signIn('bob@example.com'), 'UserNotFoundException');
  });

  it('with verification before update the old alias keeps signing in until the new one is verified', async () => {
    await settings({ attributesRequireVerificationBeforeUpdate: ['email'] });
    await aliasUser('dora', 'dora@example.com');
    const token = assertOk(await signIn('dora@example.com')).AuthenticationResult.AccessToken;
    assertOk(await update(token, { email: 'dora.new@example.com' }));
    assertOk(await signIn('dora@example.com'));
    assertError(await signIn('dora.new@example.com'), 'UserNotFoundException');
    assertOk(await verify(token, 'email', await verificationCode('dora', 'dora.new@example.com')));
    assertOk(await signIn('dora.new@example.com'));
    assertError(await signIn('dora@example.com'), 'UserNotFoundException');
    assert.ok((await outbox(lc, 'dora')).every((m) => m.purpose === 'VERIFY_ATTRIBUTE'));
  });
});
