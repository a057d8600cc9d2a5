/**
 * Passkeys: registration (Start/CompleteWebAuthnRegistration, List, Delete) and the WEB_AUTHN
 * challenge of USER_AUTH, with a software authenticator standing in for the browser's, checked by
 * real WebAuthn verification: every refusal the verifier must make, and the control API for passkeys.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import {
  PASSWORD,
  answer,
  assertError,
  assertOk,
  call,
  control,
  createUser,
  expectFirstFactor,
  expectTokens,
  passwordSignIn,
  signInCodes,
  start,
  uniqueName,
  userAuth,
  withSettings,
  type LocalCognito,
} from './helpers.js';
import { SoftwareAuthenticator, type AssertionOptions, type RegistrationOptions } from './software-authenticator.js';

const REFUSED = 'The passkey could not be verified.';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());

async function signedIn(prefix: string, spec = {}, clientId = lc.clientId) {
  const username = await createUser(lc, prefix, spec);
  const tokens = await passwordSignIn(lc, username, PASSWORD, clientId);
  return { username, token: tokens.AccessToken };
}

async function creationOptions(token: string) {
  return assertOk(await call(lc, 'StartWebAuthnRegistration', { AccessToken: token })).CredentialCreationOptions;
}

/** Start, then Complete with the authenticator's answer (broken as `options` says). */
async function register(token: string, authenticator = SoftwareAuthenticator.create(), options: RegistrationOptions = {}) {
  const creation = await creationOptions(token);
  return call(lc, 'CompleteWebAuthnRegistration', { AccessToken: token, Credential: authenticator.register(creation, options) });
}

/** A user with one registered passkey, and its authenticator. */
async function userWithPasskey(prefix: string, spec = {}) {
  const { username, token } = await signedIn(prefix, spec);
  const authenticator = SoftwareAuthenticator.create();
  assertOk(await register(token, authenticator));
  return { username, token, authenticator };
}

/** InitiateAuth USER_AUTH preferring WEB_AUTHN: the Session and the parsed request options. */
async function passkeyChallenge(username: string) {
  const challenge = expectFirstFactor(await userAuth(lc, username, { PREFERRED_CHALLENGE: 'WEB_AUTHN' }), 'WEB_AUTHN');
  assert.deepEqual(Object.keys(challenge.parameters), ['CREDENTIAL_REQUEST_OPTIONS']);
  return { ...challenge, options: JSON.parse(challenge.parameters.CREDENTIAL_REQUEST_OPTIONS) };
}

async function signInWithPasskey(username: string, authenticator: SoftwareAuthenticator, options: AssertionOptions = {}) {
  const { session, options: request } = await passkeyChallenge(username);
  return answer(lc, 'WEB_AUTHN', session, username, { CREDENTIAL: JSON.stringify(authenticator.assert(request, options)) });
}

async function storedPasskeys(username: string) {
  const result = await control(lc, 'GET', `/users/${encodeURIComponent(username)}/webauthn-credentials`);
  assert.equal(result.status, 200, JSON.stringify(result.body));
  return result.body as { credentialId: string; signCount: number; friendlyName: string; lastUsedAt?: number }[];
}

describe('registration', () => {
  it('StartWebAuthnRegistration answers Cognito-shaped creation options: an object, user.id = base64url(sub), ES256 and RS256', async () => {
    const { username, token } = await signedIn('reg-shape');
    const sub = (await call(lc, 'GetUser', { AccessToken: token })).body.UserAttributes.find((a: { Name: string }) => a.Name === 'sub').Value;
    const options = await creationOptions(token);
    assert.deepEqual(Object.keys(options).sort(), ['authenticatorSelection', 'challenge', 'excludeCredentials', 'pubKeyCredParams', 'rp', 'timeout', 'user']);
    assert.deepEqual(options.authenticatorSelection, { requireResidentKey: true, residentKey: 'required', userVerification: 'preferred' });
    assert.match(options.challenge, /^[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(options.excludeCredentials, []);
    assert.deepEqual(options.pubKeyCredParams, [
      { alg: -7, type: 'public-key' },
      { alg: -257, type: 'public-key' },
    ]);
    assert.deepEqual(options.rp, { id: 'localhost', name: 'localhost' });
    assert.equal(options.timeout, 60000);
    assert.deepEqual(options.user, { displayName: username, id: Buffer.from(sub).toString('base64url'), name: username });
  });

  it('CompleteWebAuthnRegistration stores the passkey: listed (CreatedAt in epoch seconds), excluded next time, usable, deletable', async () => {
    const { username, token, authenticator } = await userWithPasskey('reg-ok');
    const list = assertOk(await call(lc, 'ListWebAuthnCredentials', { AccessToken: token }));
    assert.equal(list.Credentials.length, 1);
    const [credential] = list.Credentials;
    assert.equal(credential.CredentialId, authenticator.credentialId);
    assert.equal(credential.RelyingPartyId, 'localhost');
    assert.equal(credential.AuthenticatorAttachment, 'platform');
    assert.deepEqual(credential.AuthenticatorTransports, ['internal']);
    assert.match(credential.FriendlyCredentialName, /^Passkey added \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    assert.ok(Math.abs(credential.CreatedAt - Date.now() / 1000) < 60, `CreatedAt ${credential.CreatedAt} is epoch seconds`);
    assert.equal(list.NextToken, undefined);
    assert.deepEqual((await creationOptions(token)).excludeCredentials, [{ id: authenticator.credentialId, type: 'public-key' }]);

    expectTokens(await signInWithPasskey(username, authenticator));
    const factors = assertOk(await call(lc, 'GetUserAuthFactors', { AccessToken: token }));
    assert.deepEqual(factors, { Username: username, ConfiguredUserAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'] });

    const second = SoftwareAuthenticator.create();
    assertOk(await register(token, second));
    const page = assertOk(await call(lc, 'ListWebAuthnCredentials', { AccessToken: token, MaxResults: 1 }));
    assert.equal(page.Credentials.length, 1);
    const rest = assertOk(await call(lc, 'ListWebAuthnCredentials', { AccessToken: token, MaxResults: 1, NextToken: page.NextToken }));
    assert.equal(rest.Credentials[0].CredentialId, second.credentialId);
    assert.equal(rest.NextToken, undefined);

    assertOk(await call(lc, 'DeleteWebAuthnCredential', { AccessToken: token, CredentialId: authenticator.credentialId }));
    assertError(await call(lc, 'DeleteWebAuthnCredential', { AccessToken: token, CredentialId: authenticator.credentialId }), 'ResourceNotFoundException');
    const { options } = await passkeyChallenge(username);
    assert.deepEqual(options.allowCredentials.map((c: { id: string }) => c.id), [second.credentialId]);
  });

  it('refuses a wrong RP ID, a wrong origin, an unknown, spent or late challenge, another app client, and an unsupported key', async () => {
    const { token } = await signedIn('reg-bad');
    assertError(await register(token, undefined, { rpId: 'evil.example' }), 'WebAuthnRelyingPartyMismatchException');
    assertError(await register(token, undefined, { origin: 'https://evil.example' }), 'WebAuthnOriginNotAllowedException');
    assertError(await register(token, undefined, { origin: 'http://127.0.0.1:5173' }), 'WebAuthnOriginNotAllowedException');
    assertError(await register(token, undefined, { challenge: 'bm90LWlzc3VlZA' }), 'WebAuthnChallengeNotFoundException');
    assertError(await register(token, undefined, { coseAlgorithm: -8 }), 'WebAuthnCredentialNotSupportedException');
    assertError(await register(token, undefined, { type: 'webauthn.get' }), 'InvalidParameterException');

    // Spent: a Complete uses the challenge up, whatever its outcome.
    const authenticator = SoftwareAuthenticator.create();
    const creation = await creationOptions(token);
    const credential = authenticator.register(creation);
    assertOk(await call(lc, 'CompleteWebAuthnRegistration', { AccessToken: token, Credential: credential }));
    assertError(await call(lc, 'CompleteWebAuthnRegistration', { AccessToken: token, Credential: credential }), 'WebAuthnChallengeNotFoundException');
    assertError(await call(lc, 'CompleteWebAuthnRegistration', { AccessToken: token, Credential: SoftwareAuthenticator.create().register(creation) }), 'WebAuthnChallengeNotFoundException');

    await withSettings(lc, { webAuthnChallengeTtlSeconds: 0.2 }, async () => {
      const late = await creationOptions(token);
      await sleep(350);
      assertError(await call(lc, 'CompleteWebAuthnRegistration', { AccessToken: token, Credential: SoftwareAuthenticator.create().register(late) }), 'WebAuthnChallengeNotFoundException');
    });

    const { username } = await signedIn('reg-client');
    const fromOne = await passwordSignIn(lc, username, PASSWORD, lc.clientId);
    const fromOther = await passwordSignIn(lc, username, PASSWORD, lc.userAuthClientId);
    const started = await creationOptions(fromOne.AccessToken);
    const mismatch = await call(lc, 'CompleteWebAuthnRegistration', { AccessToken: fromOther.AccessToken, Credential: SoftwareAuthenticator.create().register(started) });
    assertError(mismatch, 'WebAuthnClientMismatchException');
  });

  it('userVerification required refuses an authenticator that did not verify the user', async () => {
    const { token } = await signedIn('reg-uv');
    await withSettings(lc, { webAuthnUserVerification: 'required' }, async () => {
      assert.equal((await creationOptions(token)).authenticatorSelection.userVerification, 'required');
      assertError(await register(token, undefined, { userVerified: false }), 'WebAuthnCredentialNotSupportedException');
      assertOk(await register(token));
    });
  });

  it('RP ID and origins are settings: a subdomain origin under https', async () => {
    const { token } = await signedIn('reg-domain');
    await withSettings(lc, { webAuthnRelyingPartyId: 'example.com', webAuthnAllowedOrigins: ['https://*.example.com'] }, async () => {
      assertError(await register(token, undefined, { origin: 'http://localhost:5173' }), 'WebAuthnOriginNotAllowedException');
      assertError(await register(token, undefined, { origin: 'https://example.com' }), 'WebAuthnOriginNotAllowedException');
      assertError(await register(token, undefined, { origin: 'https://app.example.com', rpId: 'localhost' }), 'WebAuthnRelyingPartyMismatchException');
      assertOk(await register(token, undefined, { origin: 'https://app.example.com' }));
    });
  });

  it('WEB_AUTHN must be an allowed first factor; the per-user limit; a valid access token', async () => {
    const { token } = await signedIn('reg-limits');
    await withSettings(lc, { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] }, async () => {
      assertError(await call(lc, 'StartWebAuthnRegistration', { AccessToken: token }), 'WebAuthnNotEnabledException');
    });
    await withSettings(lc, { maxWebAuthnCredentialsPerUser: 1 }, async () => {
      assertOk(await register(token));
      assertError(await call(lc, 'StartWebAuthnRegistration', { AccessToken: token }), 'LimitExceededException');
    });
    assertError(await call(lc, 'StartWebAuthnRegistration', { AccessToken: 'not-a-jwt' }), 'NotAuthorizedException', 'Invalid Access Token');
    assertError(await call(lc, 'ListWebAuthnCredentials', { AccessToken: 'not-a-jwt' }), 'NotAuthorizedException');
  });
});

describe('WEB_AUTHN sign-in', () => {
  it('CREDENTIAL_REQUEST_OPTIONS lists this user\'s passkeys; a good assertion gives tokens (no MFA) and the sign count is kept', async () => {
    const { username, authenticator } = await userWithPasskey('sign-ok');
    const { options, available, session } = await passkeyChallenge(username);
    assert.deepEqual(Object.keys(options), ['challenge', 'timeout', 'rpId', 'allowCredentials', 'userVerification']);
    assert.equal(options.rpId, 'localhost');
    assert.equal(options.timeout, 180000);
    assert.equal(options.userVerification, 'preferred');
    assert.deepEqual(options.allowCredentials, [{ type: 'public-key', id: authenticator.credentialId, transports: ['internal'] }]);
    assert.deepEqual(available, ['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN']);
    expectTokens(await answer(lc, 'WEB_AUTHN', session, username, { CREDENTIAL: JSON.stringify(authenticator.assert(options, { signCount: 7 })) }));
    const [stored] = await storedPasskeys(username);
    assert.equal(stored.signCount, 7);
    assert.ok(stored.lastUsedAt);
    // An authenticator that keeps no counter (0 every time) is fine while both are 0.
    const zero = await userWithPasskey('sign-zero');
    expectTokens(await signInWithPasskey(zero.username, zero.authenticator, { signCount: 0 }));
    expectTokens(await signInWithPasskey(zero.username, zero.authenticator, { signCount: 0 }));
  });

  it('refuses a tampered signature, a wrong origin, a replayed challenge and a lower sign count', async () => {
    const { username, authenticator } = await userWithPasskey('sign-bad');
    assertError(await signInWithPasskey(username, authenticator, { tamperSignature: true }), 'NotAuthorizedException', REFUSED);
    assertError(await signInWithPasskey(username, authenticator, { origin: 'https://evil.example' }), 'NotAuthorizedException', REFUSED);

    const first = await passkeyChallenge(username);
    const assertion = JSON.stringify(authenticator.assert(first.options, { signCount: 10 }));
    expectTokens(await answer(lc, 'WEB_AUTHN', first.session, username, { CREDENTIAL: assertion }));
    assertError(await answer(lc, 'WEB_AUTHN', first.session, username, { CREDENTIAL: assertion }), 'NotAuthorizedException', /only be used once/);
    const second = await passkeyChallenge(username);
    assertError(await answer(lc, 'WEB_AUTHN', second.session, username, { CREDENTIAL: assertion }), 'NotAuthorizedException', REFUSED);

    assertError(await signInWithPasskey(username, authenticator, { signCount: 9 }), 'NotAuthorizedException', REFUSED);
    assertError(await signInWithPasskey(username, authenticator, { signCount: 10 }), 'NotAuthorizedException', REFUSED);
    assert.equal((await storedPasskeys(username))[0].signCount, 10);
    expectTokens(await signInWithPasskey(username, authenticator, { signCount: 11 }));
  });

  it('refuses a credential not offered, a wrong user handle, a wrong RP ID, a missing presence flag, and junk', async () => {
    const { username, authenticator } = await userWithPasskey('sign-other');
    const stranger = await userWithPasskey('sign-stranger');
    assertError(await signInWithPasskey(username, stranger.authenticator), 'NotAuthorizedException', REFUSED);
    assertError(await signInWithPasskey(username, authenticator, { userHandle: Buffer.from('someone-else').toString('base64url') }), 'NotAuthorizedException', REFUSED);
    assertError(await signInWithPasskey(username, authenticator, { rpId: 'evil.example' }), 'NotAuthorizedException', REFUSED);
    assertError(await signInWithPasskey(username, authenticator, { userPresent: false }), 'NotAuthorizedException', REFUSED);
    assertError(await signInWithPasskey(username, authenticator, { type: 'webauthn.create' }), 'NotAuthorizedException', REFUSED);
    const { session } = await passkeyChallenge(username);
    assertError(await answer(lc, 'WEB_AUTHN', session, username, { CREDENTIAL: 'not json' }), 'InvalidParameterException');
    expectTokens(await signInWithPasskey(username, authenticator, { userHandle: null }));
  });

  it('userVerification required refuses an assertion without UV; webAuthnAssertionError names the exception', async () => {
    const { username, authenticator } = await userWithPasskey('sign-uv');
    await withSettings(lc, { webAuthnUserVerification: 'required' }, async () => {
      assert.equal((await passkeyChallenge(username)).options.userVerification, 'required');
      assertError(await signInWithPasskey(username, authenticator, { userVerified: false }), 'NotAuthorizedException', REFUSED);
      expectTokens(await signInWithPasskey(username, authenticator));
    });
    assertError(await signInWithPasskey(username, authenticator, { userVerified: false, signCount: 1 }), 'NotAuthorizedException');
    await withSettings(lc, { webAuthnAssertionError: 'WebAuthnCredentialNotSupportedException' }, async () => {
      assertError(await signInWithPasskey(username, authenticator, { tamperSignature: true }), 'WebAuthnCredentialNotSupportedException', REFUSED);
    });
  });

  it('a WEB_AUTHN Session takes a SELECT_CHALLENGE answer: switching factor, or the one-shot CREDENTIAL', async () => {
    const { username, authenticator } = await userWithPasskey('sign-switch');
    const cancelled = await passkeyChallenge(username);
    const otp = expectFirstFactor(await answer(lc, 'SELECT_CHALLENGE', cancelled.session, username, { ANSWER: 'EMAIL_OTP' }), 'EMAIL_OTP');
    const [{ code }] = await signInCodes(lc, username);
    expectTokens(await answer(lc, 'EMAIL_OTP', otp.session, username, { EMAIL_OTP_CODE: code }));
    assertError(await answer(lc, 'WEB_AUTHN', cancelled.session, username, { CREDENTIAL: '{}' }), 'NotAuthorizedException', /only be used once/);

    const oneShot = await passkeyChallenge(username);
    const credential = JSON.stringify(authenticator.assert(oneShot.options));
    expectTokens(await answer(lc, 'SELECT_CHALLENGE', oneShot.session, username, { ANSWER: 'WEB_AUTHN', CREDENTIAL: credential }));

    // A SELECT_CHALLENGE Session issued no passkey challenge, unless selectChallengeCredentialOptions.
    const select = expectFirstFactor(await userAuth(lc, username), 'SELECT_CHALLENGE');
    assertError(await answer(lc, 'SELECT_CHALLENGE', select.session, username, { ANSWER: 'WEB_AUTHN', CREDENTIAL: credential }), 'InvalidParameterException');
    await withSettings(lc, { selectChallengeCredentialOptions: true }, async () => {
      const withOptions = expectFirstFactor(await userAuth(lc, username), 'SELECT_CHALLENGE');
      const options = JSON.parse(withOptions.parameters.CREDENTIAL_REQUEST_OPTIONS);
      const oneShotFromSelect = JSON.stringify(authenticator.assert(options));
      expectTokens(await answer(lc, 'SELECT_CHALLENGE', withOptions.session, username, { ANSWER: 'WEB_AUTHN', CREDENTIAL: oneShotFromSelect }));
    });
    await withSettings(lc, { factorSwitchChallenges: [] }, async () => {
      const { session } = await passkeyChallenge(username);
      assertError(await answer(lc, 'SELECT_CHALLENGE', session, username, { ANSWER: 'EMAIL_OTP' }), 'InvalidParameterException', /Invalid challenge name/);
    });
  });

  it('passkey MFA: with MULTI_FACTOR_WITH_USER_VERIFICATION and the user\'s WebAuthnMfaSettings, a verified passkey stands in for MFA', async () => {
    const { username, token, authenticator } = await userWithPasskey('sign-mfa');
    assert.equal((await control(lc, 'PATCH', `/users/${username}`, { mfa: { email: true } })).status, 200);
    assertError(await call(lc, 'SetUserMFAPreference', { AccessToken: token, WebAuthnMfaSettings: { Enabled: true } }), 'InvalidParameterException', /MULTI_FACTOR_WITH_USER_VERIFICATION/);
    await withSettings(lc, { webAuthnFactorConfiguration: 'MULTI_FACTOR_WITH_USER_VERIFICATION' }, async () => {
      assert.deepEqual(expectFirstFactor(await userAuth(lc, username), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD']);
      assertOk(await call(lc, 'SetUserMFAPreference', { AccessToken: token, WebAuthnMfaSettings: { Enabled: true } }));
      assert.deepEqual(expectFirstFactor(await userAuth(lc, username), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD', 'WEB_AUTHN']);
      assertError(await signInWithPasskey(username, authenticator, { userVerified: false }), 'NotAuthorizedException', REFUSED);
      expectTokens(await signInWithPasskey(username, authenticator));
    });
  });

  it('the seeded user "passkey" signs in with the committed software key', async () => {
    const key = JSON.parse(readFileSync(new URL('../seed/passkey-demo-key.json', import.meta.url), 'utf8'));
    const manifest = JSON.parse(readFileSync(new URL('../seed/manifest.json', import.meta.url), 'utf8'));
    const seeded = manifest.users.find((u: { username: string }) => u.username === 'passkey').profile.webAuthnCredentials[0];
    const authenticator = SoftwareAuthenticator.fromPkcs8(key.privateKeyPkcs8, key.credentialId, key.userHandle);
    assert.deepEqual([seeded.credentialId, seeded.publicKey], [key.credentialId, key.publicKeyCose]);
    assert.equal(authenticator.publicKeyCoseBase64url, key.publicKeyCose);
    expectTokens(await signInWithPasskey('passkey', authenticator));
  });
});

describe('persistence', () => {
  it('passkeys and their sign counts survive a restart with the state kept', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'local-cognito-passkeys-'));
    try {
      let own = await start({ stateDir });
      const authenticator = SoftwareAuthenticator.create();
      const username = uniqueName('kept');
      const created = await control(own, 'POST', '/users', {
        username,
        password: PASSWORD,
        webAuthnCredentials: [{ credentialId: authenticator.credentialId, publicKey: authenticator.publicKeyCoseBase64url }],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const first = expectFirstFactor(await userAuth(own, username, { PREFERRED_CHALLENGE: 'WEB_AUTHN' }), 'WEB_AUTHN');
      const assertion = authenticator.assert(JSON.parse(first.parameters.CREDENTIAL_REQUEST_OPTIONS), { signCount: 5 });
      expectTokens(await answer(own, 'WEB_AUTHN', first.session, username, { CREDENTIAL: JSON.stringify(assertion) }));
      await own.stop();

      own = await start({ stateDir, keepState: true });
      try {
        const kept = (await control(own, 'GET', `/users/${username}/webauthn-credentials`)).body;
        assert.deepEqual(kept.map((p: { credentialId: string; signCount: number }) => [p.credentialId, p.signCount]), [[authenticator.credentialId, 5]]);
        const again = expectFirstFactor(await userAuth(own, username, { PREFERRED_CHALLENGE: 'WEB_AUTHN' }), 'WEB_AUTHN');
        const stale = authenticator.assert(JSON.parse(again.parameters.CREDENTIAL_REQUEST_OPTIONS), { signCount: 5 });
        assertError(await answer(own, 'WEB_AUTHN', again.session, username, { CREDENTIAL: JSON.stringify(stale) }), 'NotAuthorizedException', REFUSED);
      } finally {
        await own.stop();
      }
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});

describe('control API for passkeys and profiles', () => {
  it('POST, GET and DELETE /_local/users/NAME/webauthn-credentials; PATCH /_local/users/NAME', async () => {
    const username = await createUser(lc, 'ctl-key', { phone_number: '+15555550150' });
    const path = `/users/${username}/webauthn-credentials`;
    const authenticator = SoftwareAuthenticator.create();
    const added = await control(lc, 'POST', path, { credentialId: authenticator.credentialId, publicKey: authenticator.publicKeyCoseBase64url, signCount: 3 });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(added.body.relyingPartyId, 'localhost');
    assert.equal((await control(lc, 'POST', path, { credentialId: authenticator.credentialId, publicKey: authenticator.publicKeyCoseBase64url })).status, 400);
    assert.equal((await control(lc, 'POST', path, { credentialId: 'abc', publicKey: 'bm90LWNvc2U' })).status, 400);
    assert.equal((await storedPasskeys(username))[0].signCount, 3);
    expectTokens(await signInWithPasskey(username, authenticator, { signCount: 4 }));

    const patched = await control(lc, 'PATCH', `/users/${username}`, { passwordless: true });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    assert.equal(patched.body.profile.passwordless, true);
    assert.deepEqual(expectFirstFactor(await userAuth(lc, username), 'SELECT_CHALLENGE').available, ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN']);
    assert.equal((await control(lc, 'PATCH', `/users/${username}`, { password: 'x' })).status, 400);
    assert.equal((await control(lc, 'PATCH', '/users/nobody-here', { passwordless: true })).status, 404);
    await control(lc, 'PATCH', `/users/${username}`, { passwordless: false, mfa: { sms: true } });
    assert.deepEqual(expectFirstFactor(await userAuth(lc, username), 'SELECT_CHALLENGE').available, ['PASSWORD_SRP', 'PASSWORD']);

    assert.equal((await control(lc, 'DELETE', path)).status, 204);
    assert.deepEqual(await storedPasskeys(username), []);
  });
});
