/**
 * The /_local control API (users, totp, settings, faults) and the account states it sets up:
 * NEW_PASSWORD_REQUIRED with required attributes, AdminResetUserPassword, lockout.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import {
  PASSWORD,
  assertError,
  assertOk,
  call,
  control,
  createUser,
  expectChallenge,
  expectTokens,
  latestCode,
  outbox,
  respond,
  signInWithPassword,
  start,
  uniqueName,
  type LocalCognito,
} from './helpers.js';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());

// Independent users, so these run side by side.
describe('accounts', { concurrency: true }, () => {
  describe('POST /_local/users', () => {
    it('refuses bad specs with a Cognito-shaped 400', async () => {
      const post = (spec: object) => control(lc, 'POST', '/users', { username: uniqueName('bad'), password: PASSWORD, ...spec });
      for (const [spec, type] of [
        [{ password: 'weak' }, 'InvalidPasswordException'],
        [{ colour: 'red' }, 'InvalidParameterException'],
        [{ status: 'DISABLED' }, 'InvalidParameterException'],
        [{ mfa: { sms: true } }, 'InvalidParameterException'],
        [{ mfa: { totpSecret: 'not base32!' } }, 'InvalidParameterException'],
        [{ email: 'x@example.com', mfa: { email: true, preferred: 'SMS' } }, 'InvalidParameterException'],
        [{ mfaCanSetUp: ['SMS'] }, 'InvalidParameterException'],
        [{ phone_number: '555-0100' }, 'InvalidParameterException'],
      ] as const) {
        const result = await post(spec);
        assert.deepEqual([result.status, result.body.__type], [400, type], JSON.stringify(spec));
      }
      const username = await createUser(lc, 'twice');
      const again = await control(lc, 'POST', '/users', { username, password: PASSWORD });
      assert.deepEqual([again.status, again.body.__type], [400, 'UsernameExistsException']);
    });

    it('CONFIRMED users sign in at once; UNCONFIRMED ones have a sign-up code in the outbox', async () => {
      expectTokens(await signInWithPassword(lc, await createUser(lc, 'confirmed')));
      const username = await createUser(lc, 'pending', { status: 'UNCONFIRMED' });
      assertError(await signInWithPassword(lc, username), 'UserNotConfirmedException');
      const { code, purpose } = await latestCode(lc, username);
      assert.equal(purpose, 'SIGN_UP');
      assertOk(await call(lc, 'ConfirmSignUp', { ClientId: lc.clientId, Username: username, ConfirmationCode: code }));
      expectTokens(await signInWithPassword(lc, username));
    });
  });

  describe('NEW_PASSWORD_REQUIRED', () => {
    it('lists missing required attributes and current ones as JSON strings, enforces them, saves the answers, then MFA', async () => {
      const username = await createUser(lc, 'temp', {
        status: 'FORCE_CHANGE_PASSWORD',
        password: 'Temp-pass-123',
        attributes: { given_name: 'Ada' },
        requiredAttributes: ['name', 'family_name', 'given_name'],
        mfa: { email: true },
      });
      assertError(await signInWithPassword(lc, username, 'Wrong-temp-1'), 'NotAuthorizedException', 'Incorrect username or password.');
      const { parameters, session } = expectChallenge(await signInWithPassword(lc, username, 'Temp-pass-123'), 'NEW_PASSWORD_REQUIRED');
      assert.deepEqual(Object.keys(parameters).sort(), ['USER_ID_FOR_SRP', 'requiredAttributes', 'userAttributes']);
      assert.equal(parameters.requiredAttributes, '["userAttributes.name","userAttributes.family_name"]');
      assert.deepEqual(JSON.parse(parameters.userAttributes), { email: `${username}@example.com`, email_verified: 'true', given_name: 'Ada' });

      const answer = (responses: Record<string, string>) => respond(lc, 'NEW_PASSWORD_REQUIRED', session, username, { NEW_PASSWORD: 'Brand-new-pass-1', ...responses });
      assertError(await answer({ 'userAttributes.name': 'Ada L' }), 'InvalidParameterException', 'Invalid attributes given, family_name is missing');
      assertError(await answer({}), 'InvalidParameterException', 'Invalid attributes given, name and family_name is missing');
      assertError(
        await answer({ 'userAttributes.name': 'Ada L', 'userAttributes.family_name': 'L', 'userAttributes.email_verified': 'true' }),
        'NotAuthorizedException',
        'A client attempted to write unauthorized attribute',
      );
      const otp = expectChallenge(await answer({ 'userAttributes.name': 'Ada Lovelace', 'userAttributes.family_name': 'Lovelace' }), 'EMAIL_OTP');
      const { code } = await latestCode(lc, username);
      const tokens = expectTokens(await respond(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: code }));
      const user = assertOk(await call(lc, 'GetUser', { AccessToken: tokens.AccessToken }));
      const attributes = Object.fromEntries(user.UserAttributes.map((a: { Name: string; Value: string }) => [a.Name, a.Value]));
      assert.deepEqual([attributes.name, attributes.family_name], ['Ada Lovelace', 'Lovelace']);
      expectChallenge(await signInWithPassword(lc, username, 'Brand-new-pass-1'), 'EMAIL_OTP');
    });

    it('the seeded new-password user asks for name', async () => {
      const { parameters } = expectChallenge(await signInWithPassword(lc, 'new-password', 'Temp-pass-1234', 'USER_PASSWORD_AUTH'), 'NEW_PASSWORD_REQUIRED');
      assert.equal(parameters.requiredAttributes, '["userAttributes.name"]');
    });
  });

  describe('AdminResetUserPassword', () => {
    it('sign-in answers PasswordResetRequiredException until ConfirmForgotPassword; the admin call sends the code', async () => {
      const username = await createUser(lc, 'reset');
      assertOk(await call(lc, 'AdminResetUserPassword', { UserPoolId: lc.userPoolId, Username: username }));
      const { code, purpose, medium } = await latestCode(lc, username);
      assert.deepEqual([purpose, medium], ['FORGOT_PASSWORD', 'EMAIL']);
      for (const flow of ['USER_PASSWORD_AUTH', 'USER_SRP_AUTH'] as const) {
        const result =
          flow === 'USER_SRP_AUTH'
            ? await call(lc, 'InitiateAuth', { AuthFlow: flow, ClientId: lc.clientId, AuthParameters: { USERNAME: username, SRP_A: 'ab12' } })
            : await signInWithPassword(lc, username, PASSWORD, flow);
        assertError(result, 'PasswordResetRequiredException', 'Password reset required for the user');
      }
      assertOk(await call(lc, 'ConfirmForgotPassword', { ClientId: lc.clientId, Username: username, ConfirmationCode: code, Password: 'After-reset-1' }));
      expectTokens(await signInWithPassword(lc, username, 'After-reset-1'));
      assertError(await call(lc, 'AdminResetUserPassword', { UserPoolId: lc.userPoolId, Username: 'nobody-here' }), 'UserNotFoundException');
    });

    it('the flag from POST /_local/users (and the seeded reset-required user) clears through ForgotPassword', async () => {
      assertError(await signInWithPassword(lc, 'reset-required', PASSWORD, 'USER_PASSWORD_AUTH'), 'PasswordResetRequiredException');
      const username = await createUser(lc, 'reset-flag', { resetRequired: true });
      assertError(await signInWithPassword(lc, username, PASSWORD, 'USER_PASSWORD_AUTH'), 'PasswordResetRequiredException');
      assertOk(await call(lc, 'ForgotPassword', { ClientId: lc.clientId, Username: username }));
      const { code } = await latestCode(lc, username);
      assertOk(await call(lc, 'ConfirmForgotPassword', { ClientId: lc.clientId, Username: username, ConfirmationCode: code, Password: 'After-reset-2' }));
      expectTokens(await signInWithPassword(lc, username, 'After-reset-2', 'USER_PASSWORD_AUTH'));
    });
  });

  describe('GET /_local/totp', () => {
    it('404 for a user without an authenticator, 400 without a usable query', async () => {
      const username = await createUser(lc, 'no-totp');
      const missing = await control(lc, 'GET', `/totp?username=${username}`);
      assert.deepEqual([missing.status, missing.body.__type], [404, 'ResourceNotFoundException']);
      assert.equal((await control(lc, 'GET', '/totp')).status, 400);
      assert.equal((await control(lc, 'GET', '/totp?secret=1234')).status, 400);
      assert.match((await control(lc, 'GET', '/totp?username=totp-mfa')).body.code, /^\d{6}$/);
    });
  });
});

// Settings and faults are global: these run one at a time, after the rest.
describe('global switches', { concurrency: false }, () => {
  describe('settings and lockout', { concurrency: false }, () => {
    it('GET shows the values; PUT validates and applies; DELETE restores', async () => {
      const defaults = (await control(lc, 'GET', '/settings')).body;
      assert.deepEqual(defaults, {
        authSessionTtlSeconds: null,
        mfaCodeTtlSeconds: 180,
        signUpCodeTtlSeconds: 86400,
        resetCodeTtlSeconds: 3600,
        lockoutAttempts: 5,
        lockoutSeconds: 60,
        mfaConfiguration: 'OPTIONAL',
        maxRefreshTokensPerUser: 20,
        refreshTokenRotation: {},
        allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'],
        passwordlessHiddenWithMfa: true,
        mfaAfterPasswordless: false,
        firstFactorCodeTtlSeconds: 180,
        firstFactorCodeLength: 8,
        wrongCodeAttempts: 0,
        otpResendSupersedes: true,
        unverifiedContactOtp: 'VERIFY',
        factorSwitchChallenges: ['WEB_AUTHN'],
        passwordPreferenceWithoutPassword: 'PASSWORD_CHALLENGE',
        selectChallengeCredentialOptions: false,
        signUpSessionTtlSeconds: null,
        confirmSignUpRequiresSession: false,
        confirmForgotPasswordSession: false,
        webAuthnRelyingPartyId: 'localhost',
        webAuthnAllowedOrigins: null,
        webAuthnUserVerification: 'preferred',
        webAuthnFactorConfiguration: 'SINGLE_FACTOR',
        webAuthnChallengeTtlSeconds: 120,
        webAuthnAssertionError: 'NotAuthorizedException',
        maxWebAuthnCredentialsPerUser: 20,
        oauthClients: Object.fromEntries(
          [lc.clientId, lc.userAuthClientId].map((clientId) => [
            clientId,
            {
              AllowedOAuthFlowsUserPoolClient: true,
              AllowedOAuthFlows: ['code'],
              AllowedOAuthScopes: ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'],
              CallbackURLs: ['http://localhost:*/*', 'http://127.0.0.1:*/*'],
              LogoutURLs: ['http://localhost:*/*', 'http://127.0.0.1:*/*'],
              SupportedIdentityProviders: ['COGNITO', 'Google', 'Facebook', 'SignInWithApple', 'LoginWithAmazon', 'AcmeOIDC', 'OktaSAML'],
            },
          ]),
        ),
        oauthCodeTtlSeconds: 300,
        oauthCodeSpentOnFailedExchange: true,
        oauthDisallowedScopes: 'IGNORE',
        managedLoginSessionSeconds: 3600,
        idpCancelError: null,
        federatedUsernameCase: 'PROVIDER_NAME',
        oauthUserInfoRevokeCors: true,
        deviceConfiguration: null,
        attributesRequireVerificationBeforeUpdate: [],
        attributeCodeTtlSeconds: 86400,
        changePasswordAttempts: 5,
        accessTokenValiditySeconds: 3600,
        idTokenValiditySeconds: 3600,
      });
      for (const bad of [
        { nope: 1 },
        { lockoutAttempts: 0 },
        { maxRefreshTokensPerUser: 0 },
        { mfaCodeTtlSeconds: 'soon' },
        { authSessionTtlSeconds: 0 },
        { mfaConfiguration: 'SOMETIMES' },
        { allowedFirstAuthFactors: [] },
        { allowedFirstAuthFactors: ['SOFTWARE_TOKEN'] },
        { firstFactorCodeLength: 3 },
        { mfaAfterPasswordless: 'yes' },
        { webAuthnRelyingPartyId: '127.0.0.1' },
        { webAuthnRelyingPartyId: 'Not A Host' },
        { webAuthnAllowedOrigins: ['localhost:5173'] },
        { webAuthnUserVerification: 'discouraged' },
        { signUpSessionTtlSeconds: 0 },
        { oauthCodeTtlSeconds: -1 },
        { oauthDisallowedScopes: 'DROP' },
        { idpCancelError: 'Access Denied' },
        { federatedUsernameCase: 'UPPER' },
        { oauthClients: [] },
      ]) {
        assert.equal((await control(lc, 'PUT', '/settings', bad)).status, 400, JSON.stringify(bad));
      }
      const updated = await control(lc, 'PUT', '/settings', { authSessionTtlSeconds: 0.5 });
      assert.equal(updated.body.authSessionTtlSeconds, 0.5);
      try {
        const username = await createUser(lc, 'short-session', { mfa: { email: true } });
        const { session } = expectChallenge(await signInWithPassword(lc, username), 'EMAIL_OTP');
        const { code } = await latestCode(lc, username);
        await sleep(700);
        assertError(await respond(lc, 'EMAIL_OTP', session, username, { EMAIL_OTP_CODE: code }), 'NotAuthorizedException', 'Invalid session for the user, session is expired.');
      } finally {
        assert.deepEqual((await control(lc, 'DELETE', '/settings')).body, defaults);
      }
    });

    it('five wrong passwords lock the user (SRP and plain alike) until lockoutSeconds pass; a right password resets the count', async () => {
      await control(lc, 'PUT', '/settings', { lockoutSeconds: 1 });
      try {
        const username = await createUser(lc, 'locked');
        for (let attempt = 1; attempt <= 5; attempt++) {
          const flow = attempt % 2 ? 'USER_PASSWORD_AUTH' : 'USER_SRP_AUTH';
          assertError(await signInWithPassword(lc, username, 'Wrong-pass-1', flow), 'NotAuthorizedException', 'Incorrect username or password.');
        }
        assertError(await signInWithPassword(lc, username, PASSWORD, 'USER_PASSWORD_AUTH'), 'NotAuthorizedException', 'Password attempts exceeded');
        assertError(await signInWithPassword(lc, username, PASSWORD, 'USER_SRP_AUTH'), 'NotAuthorizedException', 'Password attempts exceeded');
        await sleep(1100);
        expectTokens(await signInWithPassword(lc, username));

        for (let round = 0; round < 2; round++) {
          for (let attempt = 1; attempt <= 4; attempt++) assertError(await signInWithPassword(lc, username, 'Wrong-pass-1', 'USER_PASSWORD_AUTH'), 'NotAuthorizedException', 'Incorrect username or password.');
          expectTokens(await signInWithPassword(lc, username, PASSWORD, 'USER_PASSWORD_AUTH'));
        }
      } finally {
        await control(lc, 'DELETE', '/settings');
      }
    });
  });

  describe('fault switch', { concurrency: false }, () => {
    const initiate = (username = 'demo') =>
      call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: username, PASSWORD } });
    const addFault = async (fault: object) => {
      const result = await control(lc, 'POST', '/faults', fault);
      assert.equal(result.status, 201, JSON.stringify(result.body));
      return result.body;
    };

    it('error: the named exception for `times` calls (default 1), optionally for one user only', async () => {
      try {
        const fault = await addFault({ operation: 'InitiateAuth', mode: 'error', error: 'TooManyRequestsException' });
        assert.deepEqual([fault.times, typeof fault.id], [1, 'string']);
        assertError(await initiate(), 'TooManyRequestsException', 'Rate exceeded');
        expectTokens(await initiate());

        const username = await createUser(lc, 'faulty');
        await addFault({ operation: '*', mode: 'error', error: 'LimitExceededException', username, times: 2 });
        expectTokens(await initiate());
        assertError(await initiate(username), 'LimitExceededException');
        assertError(await call(lc, 'ForgotPassword', { ClientId: lc.clientId, Username: username }), 'LimitExceededException');
        expectTokens(await initiate(username));

        await addFault({ operation: 'InitiateAuth', mode: 'error', error: 'InternalErrorException', times: 0 });
        for (let i = 0; i < 3; i++) assert.equal((await initiate()).status, 500);
        assert.equal((await control(lc, 'GET', '/faults')).body.faults.length, 1);
      } finally {
        assert.equal((await control(lc, 'DELETE', '/faults')).status, 204);
      }
      expectTokens(await initiate());
    });

    it('network: the connection drops without an answer', async () => {
      await addFault({ operation: 'InitiateAuth', mode: 'network' });
      await assert.rejects(initiate(), TypeError);
      expectTokens(await initiate());
    });

    it('hang: no answer until the faults are cleared (then the call runs) or the client aborts', async () => {
      await addFault({ operation: 'InitiateAuth', mode: 'hang' });
      let settled = false;
      const pending = initiate().finally(() => (settled = true));
      await sleep(200);
      assert.equal(settled, false);
      assert.equal((await control(lc, 'GET', '/faults')).body.hanging, 1);
      await control(lc, 'DELETE', '/faults');
      expectTokens(await pending);

      await addFault({ operation: 'InitiateAuth', mode: 'hang' });
      const abort = new AbortController();
      const aborted = fetch(lc.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
        body: '{}',
        signal: abort.signal,
      });
      await sleep(100);
      abort.abort();
      await assert.rejects(aborted, { name: 'AbortError' });
      await sleep(50);
      assert.equal((await control(lc, 'GET', '/faults')).body.hanging, 0);
    });

    it('refuses a malformed fault', async () => {
      for (const bad of [{ mode: 'error' }, { operation: 'InitiateAuth', mode: 'explode' }, { operation: 'InitiateAuth', mode: 'error', times: -1 }]) {
        assert.equal((await control(lc, 'POST', '/faults', bad)).status, 400, JSON.stringify(bad));
      }
    });
  });
});

describe('outbox', () => {
  it('the outbox filters by user and empties on DELETE', async () => {
    const username = await createUser(lc, 'outbox', { status: 'UNCONFIRMED' });
    assert.equal((await outbox(lc, username)).length, 1);
    assert.equal((await control(lc, 'DELETE', '/outbox')).status, 204);
    assert.equal((await outbox(lc)).length, 0);
  });
});
