/**
 * The seeded pools whose usernames are email addresses or phone numbers (docs/cognito.md §8.7):
 * SignUp takes the address or number, the username becomes a UUID (= sub), and confirmation,
 * sign-in (password and SRP), resend and reset all accept the address or number; an email matches
 * in any case, and one address or number belongs to one user.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { LocalUsernamePool } from '../launch.mjs';
import { assertError, assertOk, call, createUser, passwordSignIn, start, uniqueName, type CallResult, type LocalCognito, type OutboxEntry } from './helpers.js';
import { TestSrpClient } from './srp-client.js';

const PASSWORD = 'Good-pass-123';
const NEW_PASSWORD = 'Other-pass-456';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());

const emailPool = () => lc.usernamePools.email;
const phonePool = () => lc.usernamePools.phone;
const eitherPool = () => lc.usernamePools.emailOrPhone;

let phones = 0;
/** A UK mobile number no other test in this run has (07400 100000 onwards). */
function freshPhone(): string {
  return `+447400${String(100000 + (process.pid % 500) * 1000 + phones++).padStart(6, '0')}`;
}

function signUp(pool: LocalUsernamePool, username: string, attributes: { Name: string; Value: string }[] = []): Promise<CallResult> {
  return call(lc, 'SignUp', { ClientId: pool.clientId, Username: username, Password: PASSWORD, UserAttributes: attributes });
}

/** The newest code sent to an address or number (the username is a UUID the test does not know). */
async function codeTo(destination: string, purpose?: string): Promise<OutboxEntry> {
  const response = await fetch(`${lc.outboxUrl}?destination=${encodeURIComponent(destination)}`);
  const entries = ((await response.json()) as OutboxEntry[]).filter((m) => !purpose || m.purpose === purpose);
  assert.ok(entries.length, `no ${purpose ?? ''} code to ${destination}`);
  return entries[entries.length - 1];
}

async function signUpAndConfirm(pool: LocalUsernamePool, username: string, confirmAs = username): Promise<string> {
  const { UserSub } = assertOk(await signUp(pool, username));
  const { code } = await codeTo(username, 'SIGN_UP');
  assertOk(await call(lc, 'ConfirmSignUp', { ClientId: pool.clientId, Username: confirmAs, ConfirmationCode: code }));
  return UserSub;
}

function passwordAuth(pool: LocalUsernamePool, username: string, password = PASSWORD): Promise<CallResult> {
  return call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: pool.clientId, AuthParameters: { USERNAME: username, PASSWORD: password } });
}

/** USER_SRP_AUTH as a client does it: the proof is made for USER_ID_FOR_SRP, which the challenge names. */
async function srpAuth(pool: LocalUsernamePool, username: string, password = PASSWORD): Promise<{ userId: string; result: CallResult }> {
  const client = new TestSrpClient();
  const first = assertOk(await call(lc, 'InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: pool.clientId, AuthParameters: { USERNAME: username, SRP_A: client.srpA } }));
  assert.equal(first.ChallengeName, 'PASSWORD_VERIFIER');
  const answer = await client.answer(pool.userPoolId, first.ChallengeParameters, password);
  const result = await call(lc, 'RespondToAuthChallenge', { ClientId: pool.clientId, ChallengeName: 'PASSWORD_VERIFIER', Session: first.Session, ChallengeResponses: answer });
  return { userId: first.ChallengeParameters.USER_ID_FOR_SRP, result };
}

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

async function attributesOf(accessToken: string): Promise<Record<string, string>> {
  const user = assertOk(await call(lc, 'GetUser', { AccessToken: accessToken }));
  return Object.fromEntries(user.UserAttributes.map((a: { Name: string; Value: string }) => [a.Name, a.Value]));
}

describe('the seeded username pools', () => {
  it('are in the launch result and in GET /_local/config, each with its own app client', async () => {
    const config = (await (await fetch(`${lc.controlUrl}/config`)).json()) as Record<string, any>;
    assert.deepEqual(config.usernamePools, lc.usernamePools);
    assert.deepEqual(lc.usernamePools.email.usernameAttributes, ['email']);
    assert.deepEqual(lc.usernamePools.phone.usernameAttributes, ['phone_number']);
    assert.deepEqual(lc.usernamePools.emailOrPhone.usernameAttributes, ['email', 'phone_number']);
    const ids = Object.values(lc.usernamePools).flatMap((pool) => [pool.userPoolId, pool.clientId]);
    assert.equal(new Set([...ids, lc.userPoolId, lc.clientId]).size, ids.length + 2);
  });

  it('agree with the seed db: each client belongs to its pool, whose UsernameAttributes are the listed ones', () => {
    const seedFile = (name: string) => JSON.parse(readFileSync(new URL(`../seed/.cognito/db/${name}.json`, import.meta.url), 'utf8'));
    const clients = seedFile('clients').Clients;
    for (const pool of Object.values(lc.usernamePools)) {
      const options = seedFile(pool.userPoolId).Options;
      assert.equal(clients[pool.clientId].UserPoolId, pool.userPoolId);
      assert.deepEqual(options.UsernameAttributes, pool.usernameAttributes);
      assert.deepEqual(options.UsernameConfiguration, { CaseSensitive: false });
      assert.deepEqual(options.AutoVerifiedAttributes, pool.usernameAttributes);
      assert.deepEqual(clients[pool.clientId].ExplicitAuthFlows, ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
      assert.equal(clients[pool.clientId].ClientSecret, undefined);
    }
  });

  it('are added to a kept state from before they existed, leaving its users as they were', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'local-cognito-kept-'));
    try {
      const first = await start({ stateDir: dir });
      const kept = await createUser(first, 'kept');
      await first.stop();
      // Back to a db without the username pools, as one made before them.
      const db = join(dir, '.cognito', 'db');
      const clients = JSON.parse(readFileSync(join(db, 'clients.json'), 'utf8'));
      for (const pool of Object.values(first.usernamePools)) {
        rmSync(join(db, `${pool.userPoolId}.json`));
        delete clients.Clients[pool.clientId];
      }
      writeFileSync(join(db, 'clients.json'), JSON.stringify(clients));
      const again = await start({ stateDir: dir, keepState: true });
      try {
        await passwordSignIn(again, kept, 'Demo-pass-1234');
        const email = `${uniqueName('later')}@example.com`;
        assertOk(await call(again, 'SignUp', { ClientId: again.usernamePools.email.clientId, Username: email, Password: PASSWORD }));
      } finally {
        await again.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leave the first pool as it was: its usernames stay case-sensitive', async () => {
    assertError(await call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: 'DEMO', PASSWORD: 'Demo-pass-1234' } }), 'UserNotFoundException');
  });
});

describe('a pool whose usernames are email addresses', () => {
  it('signs up with the address: the username is a new UUID, the sub, and the address is the email attribute', async () => {
    const email = `${uniqueName('ada')}@example.com`;
    const body = assertOk(await signUp(emailPool(), email));
    assert.match(body.UserSub, UUID);
    assert.equal(body.UserConfirmed, false);
    assert.deepEqual(body.CodeDeliveryDetails, { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: 'a***@e***' });
    const sent = await codeTo(email, 'SIGN_UP');
    assert.equal(sent.username, body.UserSub, 'the outbox names the real username');
    assert.equal(sent.medium, 'EMAIL');

    assertOk(await call(lc, 'ConfirmSignUp', { ClientId: emailPool().clientId, Username: email, ConfirmationCode: sent.code }));
    const tokens = assertOk(await passwordAuth(emailPool(), email)).AuthenticationResult;
    assert.equal(claims(tokens.AccessToken).username, body.UserSub);
    assert.equal(claims(tokens.IdToken)['cognito:username'], body.UserSub);
    assert.equal(claims(tokens.IdToken).sub, body.UserSub);
    assert.equal(claims(tokens.IdToken).email, email);
    assert.equal((await attributesOf(tokens.AccessToken)).email_verified, 'true');
  });

  it('signs in with SRP by the address; the challenge names the UUID the proof is made for', async () => {
    const email = `${uniqueName('srp')}@example.com`;
    const sub = await signUpAndConfirm(emailPool(), email);
    const { userId, result } = await srpAuth(emailPool(), email);
    assert.equal(userId, sub);
    assert.ok(assertOk(result).AuthenticationResult.AccessToken);
    const wrong = await srpAuth(emailPool(), email, 'Wrong-pass-999');
    assertError(wrong.result, 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('an email that differs only in case signs in, confirms, resends and resets', async () => {
    const local = uniqueName('Grace.Hopper');
    const email = `${local}@Example.com`;
    const shouted = `${local.toUpperCase()}@EXAMPLE.COM`;
    const quiet = email.toLowerCase();
    assertOk(await signUp(emailPool(), email));
    const resent = assertOk(await call(lc, 'ResendConfirmationCode', { ClientId: emailPool().clientId, Username: shouted }));
    assert.equal(resent.CodeDeliveryDetails.DeliveryMedium, 'EMAIL');
    const { code } = await codeTo(email, 'RESEND');
    assertOk(await call(lc, 'ConfirmSignUp', { ClientId: emailPool().clientId, Username: quiet, ConfirmationCode: code }));

    for (const typed of [email, quiet, shouted]) {
      assert.ok(assertOk(await passwordAuth(emailPool(), typed)).AuthenticationResult.AccessToken, typed);
    }
    assert.ok(assertOk((await srpAuth(emailPool(), shouted)).result).AuthenticationResult.AccessToken);

    const forgot = assertOk(await call(lc, 'ForgotPassword', { ClientId: emailPool().clientId, Username: shouted }));
    assert.equal(forgot.CodeDeliveryDetails.AttributeName, 'email');
    const reset = await codeTo(quiet, 'FORGOT_PASSWORD');
    assertOk(await call(lc, 'ConfirmForgotPassword', { ClientId: emailPool().clientId, Username: quiet, ConfirmationCode: reset.code, Password: NEW_PASSWORD }));
    assertError(await passwordAuth(emailPool(), email), 'NotAuthorizedException');
    const tokens = assertOk(await passwordAuth(emailPool(), shouted, NEW_PASSWORD)).AuthenticationResult;
    assert.equal(claims(tokens.IdToken).email, email, 'stored as it was signed up');
  });

  it('one address is one account, in any case, confirmed or not', async () => {
    const email = `${uniqueName('taken')}@example.com`;
    assertOk(await signUp(emailPool(), email)); // left unconfirmed
    assertError(await signUp(emailPool(), email.toUpperCase()), 'UsernameExistsException', 'An account with the given email already exists.');
    assertError(await signUp(emailPool(), email), 'UsernameExistsException', 'An account with the given email already exists.');
  });

  it('refuses a username that is not an address, and an email attribute that differs from it', async () => {
    assertError(await signUp(emailPool(), uniqueName('plain')), 'InvalidParameterException', 'Username should be an email.');
    assertError(await signUp(emailPool(), freshPhone()), 'InvalidParameterException', 'Username should be an email.');
    const email = `${uniqueName('both')}@example.com`;
    assertError(await signUp(emailPool(), email, [{ Name: 'email', Value: `other-${email}` }]), 'InvalidParameterException', 'The email attribute must be the same as the username.');
    assertOk(await signUp(emailPool(), email, [{ Name: 'email', Value: email }]));
  });

  it('an address another user signs in with, in another case, cannot become a second user’s', async () => {
    const first = `${uniqueName('first')}@example.com`;
    const second = `${uniqueName('second')}@example.com`;
    await signUpAndConfirm(emailPool(), first);
    await signUpAndConfirm(emailPool(), second);
    const tokens = assertOk(await passwordAuth(emailPool(), second)).AuthenticationResult;
    assertError(
      await call(lc, 'UpdateUserAttributes', { AccessToken: tokens.AccessToken, UserAttributes: [{ Name: 'email', Value: first.toUpperCase() }] }),
      'AliasExistsException',
      'An account with the given email already exists.',
    );
  });

  it('a sign-in or reset for an unknown address is an unknown user', async () => {
    const nobody = `${uniqueName('nobody')}@example.com`;
    assertError(await passwordAuth(emailPool(), nobody), 'UserNotFoundException');
    assertError(await call(lc, 'ForgotPassword', { ClientId: emailPool().clientId, Username: nobody }), 'UserNotFoundException');
  });
});

describe('a pool whose usernames are phone numbers', () => {
  it('signs up with the number: a UUID username, the code by SMS, then confirm and sign in by the number', async () => {
    const phone = freshPhone();
    const body = assertOk(await signUp(phonePool(), phone));
    assert.match(body.UserSub, UUID);
    assert.deepEqual(body.CodeDeliveryDetails, { AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: `+********${phone.slice(-4)}` });
    const sent = await codeTo(phone, 'SIGN_UP');
    assert.equal(sent.medium, 'SMS');
    assert.equal(sent.username, body.UserSub);
    assertOk(await call(lc, 'ConfirmSignUp', { ClientId: phonePool().clientId, Username: phone, ConfirmationCode: sent.code }));

    const { userId, result } = await srpAuth(phonePool(), phone);
    assert.equal(userId, body.UserSub);
    const tokens = assertOk(result).AuthenticationResult;
    assert.equal(claims(tokens.IdToken)['cognito:username'], body.UserSub);
    assert.equal(claims(tokens.IdToken).sub, body.UserSub, 'the sub the proxy chose is the one stored');
    const attributes = await attributesOf(tokens.AccessToken);
    assert.equal(attributes.phone_number, phone);
    assert.equal(attributes.phone_number_verified, 'true');
    assert.equal(attributes.email, undefined);
  });

  it('resets a password by the number, with the code by SMS', async () => {
    const phone = freshPhone();
    await signUpAndConfirm(phonePool(), phone);
    const forgot = assertOk(await call(lc, 'ForgotPassword', { ClientId: phonePool().clientId, Username: phone }));
    assert.deepEqual(forgot.CodeDeliveryDetails, { AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: `+********${phone.slice(-4)}` });
    const { code, medium } = await codeTo(phone, 'FORGOT_PASSWORD');
    assert.equal(medium, 'SMS');
    assertOk(await call(lc, 'ConfirmForgotPassword', { ClientId: phonePool().clientId, Username: phone, ConfirmationCode: code, Password: NEW_PASSWORD }));
    assertError(await passwordAuth(phonePool(), phone), 'NotAuthorizedException');
    assert.ok(assertOk(await passwordAuth(phonePool(), phone, NEW_PASSWORD)).AuthenticationResult.AccessToken);
  });

  it('resends the confirmation code to the number', async () => {
    const phone = freshPhone();
    assertOk(await signUp(phonePool(), phone));
    const resent = assertOk(await call(lc, 'ResendConfirmationCode', { ClientId: phonePool().clientId, Username: phone }));
    assert.equal(resent.CodeDeliveryDetails.DeliveryMedium, 'SMS');
    const { code } = await codeTo(phone, 'RESEND');
    assertOk(await call(lc, 'ConfirmSignUp', { ClientId: phonePool().clientId, Username: phone, ConfirmationCode: code }));
    assert.ok(assertOk(await passwordAuth(phonePool(), phone)).AuthenticationResult.AccessToken);
  });

  it('refuses a username that is not a number in E.164, and a number already taken', async () => {
    assertError(await signUp(phonePool(), `${uniqueName('mail')}@example.com`), 'InvalidParameterException', 'Username should be a phone number.');
    assertError(await signUp(phonePool(), '07400123456'), 'InvalidParameterException', 'Username should be a phone number.');
    const phone = freshPhone();
    assertOk(await signUp(phonePool(), phone));
    assertError(await signUp(phonePool(), phone), 'UsernameExistsException', 'An account with the given phone_number already exists.');
  });
});

describe('a username pool made at run time (cognito-local CreateUserPool, then the proxy as for the seeded ones)', () => {
  it('signs up and in by phone number, and by email in any case with CaseSensitive false', async () => {
    const upstream = async (operation: string, body: object) => {
      const response = await fetch(lc.upstreamEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
        body: JSON.stringify(body),
      });
      assert.equal(response.status, 200);
      return (await response.json()) as Record<string, any>;
    };
    const userPoolId = (
      await upstream('CreateUserPool', {
        PoolName: 'made-later',
        UsernameAttributes: ['email', 'phone_number'],
        UsernameConfiguration: { CaseSensitive: false },
        AutoVerifiedAttributes: ['email', 'phone_number'],
      })
    ).UserPool.Id;
    const clientId = (await upstream('CreateUserPoolClient', { UserPoolId: userPoolId, ClientName: 'later', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }))
      .UserPoolClient.ClientId;
    const pool: LocalUsernamePool = { userPoolId, clientId, usernameAttributes: ['email', 'phone_number'] };
    const phone = freshPhone();
    assert.match(await signUpAndConfirm(pool, phone), UUID);
    assert.ok(assertOk(await passwordAuth(pool, phone)).AuthenticationResult.AccessToken);
    const email = `${uniqueName('Later')}@example.com`;
    await signUpAndConfirm(pool, email);
    assert.ok(assertOk(await passwordAuth(pool, email.toLowerCase())).AuthenticationResult.AccessToken);
  });
});

describe('a pool whose usernames are email addresses or phone numbers', () => {
  it('signs up either; a number gets no email attribute (none was given)', async () => {
    const email = `${uniqueName('either')}@example.com`;
    await signUpAndConfirm(eitherPool(), email, email.toUpperCase());
    assert.ok(assertOk(await passwordAuth(eitherPool(), email.toUpperCase())).AuthenticationResult.AccessToken);

    const phone = freshPhone();
    const sub = await signUpAndConfirm(eitherPool(), phone);
    const { userId, result } = await srpAuth(eitherPool(), phone);
    assert.equal(userId, sub);
    const tokens = assertOk(result).AuthenticationResult;
    assert.equal(claims(tokens.IdToken).sub, sub);
    const attributes = await attributesOf(tokens.AccessToken);
    assert.equal(attributes.phone_number, phone);
    assert.equal(attributes.email, undefined, 'no stand-in address left behind');
  });

  it('a number signed up with an address keeps the address, and both are taken', async () => {
    const phone = freshPhone();
    const email = `${uniqueName('pair')}@example.com`;
    assertOk(await signUp(eitherPool(), phone, [{ Name: 'email', Value: email }]));
    assertError(await signUp(eitherPool(), email), 'UsernameExistsException', 'An account with the given email already exists.');
    assertError(await signUp(eitherPool(), phone), 'UsernameExistsException', 'An account with the given phone_number already exists.');
    // The pool auto-verifies both; like Cognito the code goes by SMS when there is a number.
    assert.equal((await codeTo(phone, 'SIGN_UP')).medium, 'SMS');
  });

  it('refuses a username that is neither', async () => {
    assertError(await signUp(eitherPool(), uniqueName('plain')), 'InvalidParameterException', 'Username should be either an email or a phone number.');
  });
});
