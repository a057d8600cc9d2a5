/** USER_SRP_AUTH / PASSWORD_VERIFIER: real SRP-6a checks, as amazon-cognito-identity-js drives them. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { N } from '../../../src/cognito/srp-math.js';
import { assertError, assertOk, call, start, type LocalCognito } from './helpers.js';
import { TestSrpClient } from './srp-client.js';

let lc: LocalCognito;
before(async () => {
  // Many wrong passwords for `demo` here on purpose; the lockout has its own tests (control.test.ts).
  lc = await start({ env: { LOCKOUT_ATTEMPTS: '1000' } });
});
after(() => lc?.stop());

function identityJsSignIn(username: string, password: string): Promise<{ ok: true; username: string } | { ok: false; code: string; message: string }> {
  const pool = new CognitoUserPool({ UserPoolId: lc.userPoolId, ClientId: lc.clientId, endpoint: lc.endpoint });
  const user = new CognitoUser({ Username: username, Pool: pool });
  return new Promise((resolve) => {
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: (session) => resolve({ ok: true, username: session.getAccessToken().payload.username }),
      onFailure: (error: { code: string; message: string }) => resolve({ ok: false, code: error.code, message: error.message }),
    });
  });
}

async function passwordVerifier(client = new TestSrpClient(), username = 'demo', clientId = lc.clientId) {
  const body = assertOk(
    await call(lc, 'InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, SRP_A: client.srpA } }),
  );
  assert.equal(body.ChallengeName, 'PASSWORD_VERIFIER');
  return { client, parameters: body.ChallengeParameters as Record<string, string>, session: body.Session as string };
}

function respond(session: string, responses: Record<string, string>, clientId = lc.clientId) {
  return call(lc, 'RespondToAuthChallenge', { ChallengeName: 'PASSWORD_VERIFIER', ClientId: clientId, Session: session, ChallengeResponses: responses });
}

describe('amazon-cognito-identity-js authenticateUser (default SRP flow)', () => {
  it('signs in the seeded demo user', async () => {
    assert.deepEqual(await identityJsSignIn('demo', 'Demo-pass-1234'), { ok: true, username: 'demo' });
  });

  it('rejects a wrong password with NotAuthorizedException', async () => {
    assert.deepEqual(await identityJsSignIn('demo', 'Demo-pass-12345'), {
      ok: false,
      code: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('names an unknown user and an unconfirmed one like Cognito', async () => {
    assert.deepEqual(await identityJsSignIn('nobody-here', 'Demo-pass-1234'), {
      ok: false,
      code: 'UserNotFoundException',
      message: 'User does not exist.',
    });
    const unconfirmed = await identityJsSignIn('unconfirmed', 'Demo-pass-1234');
    assert.equal(unconfirmed.ok === false && unconfirmed.code, 'UserNotConfirmedException');
  });
});

describe('PASSWORD_VERIFIER challenge', () => {
  it('hands out Cognito-shaped parameters and an opaque Session', async () => {
    const { parameters, session } = await passwordVerifier();
    assert.deepEqual(Object.keys(parameters).sort(), ['SALT', 'SECRET_BLOCK', 'SRP_B', 'USERNAME', 'USER_ID_FOR_SRP']);
    assert.equal(parameters.USER_ID_FOR_SRP, 'demo');
    assert.match(parameters.SRP_B, /^[0-9a-f]+$/);
    assert.ok(session.length >= 32 && !session.includes('demo'));
  });

  it('accepts the day unpadded and rejects a zero-padded day or a wrong weekday', async () => {
    for (const [timestamp, valid] of [
      ['Tue Mar 03 09:07:05 UTC 2026', false],
      ['Wed Mar 3 09:07:05 UTC 2026', false],
      ['Tue Mar 3 9:07:05 UTC 2026', false],
      ['Tue Mar 3 09:07:05 GMT 2026', false],
      ['Tue Mar 3 09:07:05 UTC 2026', true],
    ] as const) {
      const { client, parameters, session } = await passwordVerifier();
      const result = await respond(session, await client.answer(lc.userPoolId, parameters, 'Demo-pass-1234', timestamp));
      if (valid) assert.ok(assertOk(result).AuthenticationResult.AccessToken, timestamp);
      else assertError(result, 'NotAuthorizedException', 'Incorrect username or password.');
    }
  });

  it('rejects a signature over a different secret block', async () => {
    const { client, parameters, session } = await passwordVerifier();
    const other = await passwordVerifier();
    const responses = await client.answer(lc.userPoolId, parameters, 'Demo-pass-1234');
    responses.PASSWORD_CLAIM_SECRET_BLOCK = other.parameters.SECRET_BLOCK;
    assertError(await respond(session, responses), 'NotAuthorizedException');
  });

  it('finds the challenge by SECRET_BLOCK when the client sends no Session', async () => {
    const { client, parameters } = await passwordVerifier();
    const result = await call(lc, 'RespondToAuthChallenge', {
      ChallengeName: 'PASSWORD_VERIFIER',
      ClientId: lc.clientId,
      ChallengeResponses: await client.answer(lc.userPoolId, parameters, 'Demo-pass-1234'),
    });
    assert.ok(assertOk(result).AuthenticationResult.IdToken);
  });

  it('uses a session once: a replay after success or failure is refused', async () => {
    const first = await passwordVerifier();
    const good = await first.client.answer(lc.userPoolId, first.parameters, 'Demo-pass-1234');
    assertOk(await respond(first.session, good));
    assertError(await respond(first.session, good), 'NotAuthorizedException', 'Invalid session for the user, session can only be used once.');

    const second = await passwordVerifier();
    assertError(await respond(second.session, await second.client.answer(lc.userPoolId, second.parameters, 'wrong-Pass-1')), 'NotAuthorizedException');
    const retry = await second.client.answer(lc.userPoolId, second.parameters, 'Demo-pass-1234');
    assertError(await respond(second.session, retry), 'NotAuthorizedException', /only be used once/);
  });

  it('refuses an unknown Session', async () => {
    const { client, parameters } = await passwordVerifier();
    const responses = await client.answer(lc.userPoolId, parameters, 'Demo-pass-1234');
    assertError(await respond('not-a-session', responses), 'NotAuthorizedException', /Invalid session/);
  });

  it('binds the session to its app client', async () => {
    // A second client, created straight in cognito-local (it does not check SigV4).
    const created = await fetch(lc.upstreamEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.CreateUserPoolClient' },
      body: JSON.stringify({ UserPoolId: lc.userPoolId, ClientName: 'srp-only', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] }),
    });
    const otherClientId = ((await created.json()) as { UserPoolClient: { ClientId: string } }).UserPoolClient.ClientId;

    const { client, parameters, session } = await passwordVerifier();
    const responses = await client.answer(lc.userPoolId, parameters, 'Demo-pass-1234');
    assertError(await respond(session, responses, otherClientId), 'NotAuthorizedException', /Invalid session/);

    // …and the other client's flow list is enforced.
    assertError(
      await call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: otherClientId, AuthParameters: { USERNAME: 'demo', PASSWORD: 'x' } }),
      'InvalidParameterException',
      'USER_PASSWORD_AUTH flow not enabled for this client',
    );
  });

  it('rejects SRP_A that is 0, N, a multiple of N, larger than N or not hex', async () => {
    for (const srpA of ['0', N.toString(16), (N * 2n).toString(16), (N + 5n).toString(16), 'xyz']) {
      const result = await call(lc, 'InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: 'demo', SRP_A: srpA } });
      assertError(result, 'InvalidParameterException');
    }
  });

  it('runs CUSTOM_AUTH with CHALLENGE_NAME=SRP_A: PASSWORD_VERIFIER first, then the custom challenge', async () => {
    const client = new TestSrpClient();
    const body = assertOk(
      await call(lc, 'InitiateAuth', {
        AuthFlow: 'CUSTOM_AUTH',
        ClientId: lc.clientId,
        AuthParameters: { USERNAME: 'demo', SRP_A: client.srpA, CHALLENGE_NAME: 'SRP_A' },
      }),
    );
    assert.equal(body.ChallengeName, 'PASSWORD_VERIFIER');
    const wrong = await passwordVerifier();
    assertError(await respond(wrong.session, await wrong.client.answer(lc.userPoolId, wrong.parameters, 'nope-Nope-1')), 'NotAuthorizedException');
    const result = await respond(body.Session, await client.answer(lc.userPoolId, body.ChallengeParameters, 'Demo-pass-1234'));
    assert.equal(assertOk(result).ChallengeName, 'CUSTOM_CHALLENGE');
  });
});

describe('NEW_PASSWORD_REQUIRED after SRP', () => {
  it('checks the temporary password first, then the policy, and keeps the Session for a retry', async () => {
    // A FORCE_CHANGE_PASSWORD user, created straight in cognito-local.
    const created = await fetch(lc.upstreamEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.AdminCreateUser' },
      body: JSON.stringify({ UserPoolId: lc.userPoolId, Username: 'temp-user', TemporaryPassword: 'Temp-pass-123', MessageAction: 'SUPPRESS' }),
    });
    assert.equal(created.status, 200);

    // cognito-local alone would answer NEW_PASSWORD_REQUIRED even for a wrong temporary password.
    const wrong = await identityJsSignIn('temp-user', 'Wrong-temp-1');
    assert.equal(wrong.ok === false && wrong.code, 'NotAuthorizedException');

    const { client, parameters, session } = await passwordVerifier(new TestSrpClient(), 'temp-user');
    const challenge = assertOk(await respond(session, await client.answer(lc.userPoolId, parameters, 'Temp-pass-123')));
    assert.equal(challenge.ChallengeName, 'NEW_PASSWORD_REQUIRED');
    assert.notEqual(challenge.Session, session);
    const answer = (NEW_PASSWORD: string) =>
      call(lc, 'RespondToAuthChallenge', {
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        ClientId: lc.clientId,
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: 'temp-user', NEW_PASSWORD },
      });
    assertError(await answer('weak'), 'InvalidPasswordException', 'Password does not conform to policy: Password not long enough');
    assert.ok(assertOk(await answer('Brand-new-pass-1')).AuthenticationResult.AccessToken);
    assertError(await answer('Brand-new-pass-2'), 'NotAuthorizedException', /only be used once/);
    assert.deepEqual(await identityJsSignIn('temp-user', 'Brand-new-pass-1'), { ok: true, username: 'temp-user' });
  });
});
