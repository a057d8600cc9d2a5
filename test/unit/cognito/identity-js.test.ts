/**
 * The identity-js backend against a scripted identity-js `Client` (what `pool.client` is): the wire
 * requests it makes, the results it returns, and the identity-js 6.3.21 behaviours it works around.
 * The first describe pins those library behaviours on identity-js alone, so an upgrade that changes
 * them shows up here; the second checks the backend's answer to each.
 */
import { expect } from '@open-wc/testing';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import { CognitoIdentityJsBackend, MemoryCognitoStorage } from '../../../src/cognito/identity-js-backend.js';
import { toAuthError } from '../../../src/cognito/identity-js/client.js';
import { cachedTokens } from '../../../src/cognito/identity-js/storage.js';
import type { SignInResult } from '../../../src/core/backend.js';
import { rejection } from '../../support/rejection.js';
import { CLIENT_ID, fail, networkError, POOL_ID, scriptedClient, scriptedPool, serviceError, tokens } from '../../support/scripted-identity-js.js';

/** A PASSWORD_VERIFIER reply identity-js can compute an answer for (the signature is not checked here). */
function passwordVerifier(userId: string) {
  return {
    ChallengeName: 'PASSWORD_VERIFIER',
    Session: 'session-srp',
    ChallengeParameters: {
      SALT: 'c0ffee0123456789abcdef0123456789',
      SRP_B: '5eed'.repeat(96),
      SECRET_BLOCK: btoa('opaque-secret-block'),
      USER_ID_FOR_SRP: userId,
      USERNAME: userId,
    },
  };
}

function reply(ChallengeName: string, Session: string, ChallengeParameters: Record<string, string> = {}) {
  return { ChallengeName, Session, ChallengeParameters };
}

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

const PASSWORD = 'Right-pass-1';
const SMS = { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******1234' };
const EMAIL = { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'e***@e***' };

function challengeOf(result: SignInResult): Extract<SignInResult, { kind: 'challenge' }> {
  if (result.kind !== 'challenge') throw new Error('expected a challenge');
  return result;
}

function doneOf(result: SignInResult): Extract<SignInResult, { kind: 'done' }> {
  if (result.kind !== 'done') throw new Error(`expected tokens, got ${result.name}`);
  return result;
}

/** What identity-js does with a callback map: the first callback called, or 'nothing' within 100 ms. */
function firstCallback(start: (callbacks: any) => void): Promise<{ callback: string; args: unknown[] }> {
  return new Promise((resolve) => {
    const callbacks = new Proxy({}, { get: (_, callback: string) => (...args: unknown[]) => resolve({ callback, args }) });
    start(callbacks);
    setTimeout(() => resolve({ callback: 'nothing', args: [] }), 100);
  });
}

describe('amazon-cognito-identity-js 6.3.21 on its own: the limits the backend works around', () => {
  function userOn(client: object, username = 'erin') {
    const user = new CognitoUser({ Username: username, Pool: scriptedPool(client), Storage: new MemoryCognitoStorage() });
    user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
    return user;
  }
  const details = new AuthenticationDetails({ Username: 'erin', Password: PASSWORD });

  it('has no EMAIL_OTP callback: the reply is read as tokens and fails with a TypeError', async () => {
    const { client } = scriptedClient({ InitiateAuth: () => reply('EMAIL_OTP', 's1', EMAIL) });
    const { callback, args } = await firstCallback((callbacks) => userOn(client).authenticateUser(details, callbacks));
    expect(callback).to.equal('onFailure');
    expect(args[0]).to.be.instanceOf(TypeError);
  });

  it('never calls back after EMAIL_OTP is chosen at SELECT_MFA_TYPE', async () => {
    const { client } = scriptedClient({
      InitiateAuth: () => reply('SELECT_MFA_TYPE', 's1', { MFAS_CAN_CHOOSE: '["SMS_MFA","EMAIL_OTP"]' }),
      RespondToAuthChallenge: () => reply('EMAIL_OTP', 's2', EMAIL),
    });
    const user = userOn(client);
    expect((await firstCallback((callbacks) => user.authenticateUser(details, callbacks))).callback).to.equal('selectMFAType');
    expect((await firstCallback((callbacks) => user.sendMFASelectionAnswer('EMAIL_OTP', callbacks))).callback).to.equal('nothing');
  });

  it('answers EMAIL_OTP with SMS_MFA_CODE, not EMAIL_OTP_CODE', async () => {
    const { client, sent } = scriptedClient({ InitiateAuth: () => reply('SMS_MFA', 's1', SMS), RespondToAuthChallenge: fail('InvalidParameterException') });
    const user = userOn(client);
    await firstCallback((callbacks) => user.authenticateUser(details, callbacks));
    await firstCallback((callbacks) => user.sendMFACode('123456', callbacks, 'EMAIL_OTP'));
    expect(sent[1].params.ChallengeName).to.equal('EMAIL_OTP');
    expect(sent[1].params.ChallengeResponses).to.deep.equal({ USERNAME: 'erin', SMS_MFA_CODE: '123456' });
  });

  it('reads SRP_B from whatever InitiateAuth answers: CUSTOM_WITH_SRP going straight to CUSTOM_CHALLENGE fails', async () => {
    const { client } = scriptedClient({ InitiateAuth: () => reply('CUSTOM_CHALLENGE', 's1', { prompt: 'Code?' }) });
    const user = userOn(client);
    user.setAuthenticationFlowType('CUSTOM_AUTH');
    const { callback } = await firstCallback((callbacks) => user.authenticateUser(details, callbacks));
    expect(callback).to.equal('onFailure');
  });

  it('keeps the typed username in challenge answers after USER_PASSWORD_AUTH (no canonical name)', async () => {
    const { client, sent } = scriptedClient({
      InitiateAuth: () => reply('SMS_MFA', 's1', { ...SMS, USER_ID_FOR_SRP: 'uuid-erin' }),
      RespondToAuthChallenge: () => tokens('uuid-erin'),
    });
    const user = userOn(client, 'erin@example.com');
    await firstCallback((callbacks) => user.authenticateUser(details, callbacks));
    await firstCallback((callbacks) => user.sendMFACode('123456', callbacks));
    expect(sent[1].params.ChallengeResponses.USERNAME).to.equal('erin@example.com');
  });

  it('signOut(callback) revokes only tokens with an origin_jti claim', async () => {
    const { client, sent } = scriptedClient({ InitiateAuth: () => tokens('erin'), RevokeToken: () => ({}) });
    const user = userOn(client);
    await firstCallback((callbacks) => user.authenticateUser(details, callbacks));
    await new Promise<void>((resolve) => user.signOut(() => resolve()));
    expect(sent.map((s) => s.operation)).to.deep.equal(['InitiateAuth']);
  });

  it('refreshes (and revokes) through requestWithRetry, which retries every error with back-off', async () => {
    const { client } = scriptedClient({ InitiateAuth: () => tokens('erin') });
    const user = userOn(client);
    await firstCallback((callbacks) => user.authenticateUser(details, callbacks));
    await new Promise((resolve) => user.refreshSession(user.getSignInUserSession()!.getRefreshToken(), resolve));
    expect(client.retried).to.equal(1);
  });

  it('makes the message "null" when Cognito sent none; the name is in `code`', async () => {
    const { client } = scriptedClient({ InitiateAuth: fail('TooManyRequestsException', null) });
    const { args } = await firstCallback((callbacks) => userOn(client).authenticateUser(details, callbacks));
    expect(args[0]).to.include({ code: 'TooManyRequestsException', message: 'null' });
  });
});

describe('CognitoIdentityJsBackend (scripted identity-js client)', () => {
  function setup(handlers: Parameters<typeof scriptedClient>[0], options: { storage?: MemoryCognitoStorage; refreshMargin?: number } = {}) {
    const { client, sent } = scriptedClient(handlers);
    const storage = options.storage ?? new MemoryCognitoStorage();
    const backend = CognitoIdentityJsBackend.fromPool(scriptedPool(client), { storage, refreshMargin: options.refreshMargin });
    return { backend, client, sent, storage };
  }
  const signedInKey = (username: string, item: string) => `CognitoIdentityServiceProvider.${CLIENT_ID}.${username}.${item}`;

  it('sets globalThis.global for buffer (and never replaces an existing one)', () => {
    expect((globalThis as { global?: unknown }).global).to.equal(globalThis);
  });

  it('USER_PASSWORD_AUTH: one InitiateAuth; identity-js caches the tokens in the backend’s memory storage only', async () => {
    localStorage.clear();
    const { backend, sent, storage } = setup({ InitiateAuth: () => tokens('carol') });
    const { session } = doneOf(await backend.signIn({ username: 'carol', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    expect(sent).to.have.length(1);
    expect(sent[0].params).to.deep.include({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: CLIENT_ID, AuthParameters: { USERNAME: 'carol', PASSWORD } });
    expect(session.username).to.equal('carol');
    expect(session.idTokenClaims.email).to.equal('carol@example.com');
    expect(JSON.stringify(session)).not.to.contain('refresh-of-carol');
    expect(storage.getItem(signedInKey('carol', 'refreshToken'))).to.equal('refresh-of-carol');
    expect(localStorage.length).to.equal(0);
    expect(await backend.currentSession()).to.deep.equal(session);
  });

  it('USER_SRP_AUTH and CUSTOM_WITH_SRP use identity-js’s SRP; CUSTOM_WITHOUT_SRP sends no SRP_A', async () => {
    for (const [authFlowType, AuthFlow, extra] of [
      ['USER_SRP_AUTH', 'USER_SRP_AUTH', []],
      ['CUSTOM_WITH_SRP', 'CUSTOM_AUTH', ['CHALLENGE_NAME']],
    ] as const) {
      const { backend, sent } = setup({ InitiateAuth: () => passwordVerifier('uuid-srp'), RespondToAuthChallenge: () => tokens('uuid-srp') });
      doneOf(await backend.signIn({ username: 'srp', password: PASSWORD, authFlowType }));
      expect(sent[0].params.AuthFlow).to.equal(AuthFlow);
      expect(Object.keys(sent[0].params.AuthParameters).sort()).to.deep.equal([...extra, 'SRP_A', 'USERNAME'].sort());
      expect(sent[1].params.ChallengeName).to.equal('PASSWORD_VERIFIER');
      expect(sent[1].params.ChallengeResponses.USERNAME).to.equal('uuid-srp');
      expect(JSON.stringify(sent)).not.to.contain(PASSWORD);
    }
    const { backend, sent } = setup({ InitiateAuth: () => reply('CUSTOM_CHALLENGE', 's1', { prompt: 'Code?', USERNAME: 'dana' }) });
    const step = challengeOf(await backend.signIn({ username: 'dana', authFlowType: 'CUSTOM_WITHOUT_SRP' }));
    expect(step.parameters).to.deep.equal({ prompt: 'Code?' });
    expect(sent[0].params).to.deep.include({ AuthFlow: 'CUSTOM_AUTH', AuthParameters: { USERNAME: 'dana' } });
  });

  it('CUSTOM_WITH_SRP answered straight with CUSTOM_CHALLENGE becomes a challenge, not a crash', async () => {
    const { backend, sent } = setup({
      InitiateAuth: () => reply('CUSTOM_CHALLENGE', 's1', { prompt: 'Code?', USERNAME: 'dana' }),
      RespondToAuthChallenge: () => tokens('dana'),
    });
    const step = challengeOf(await backend.signIn({ username: 'dana', password: PASSWORD, authFlowType: 'CUSTOM_WITH_SRP' }));
    expect(step.name).to.equal('CUSTOM_CHALLENGE');
    doneOf(await backend.answerChallenge(step.handle, { answer: '42' }));
    expect(sent[1].params).to.deep.include({ ChallengeName: 'CUSTOM_CHALLENGE', Session: 's1' });
    expect(sent[1].params.ChallengeResponses).to.deep.include({ USERNAME: 'dana', ANSWER: '42' });
  });

  it('parameters as Cognito sent them (NEW_PASSWORD_REQUIRED JSON kept), canonical names hidden and used for answers', async () => {
    const parameters = { userAttributes: '{"email":"f@example.com"}', requiredAttributes: '["userAttributes.name"]', USER_ID_FOR_SRP: 'uuid-f' };
    const { backend, sent, storage } = setup({
      InitiateAuth: () => reply('NEW_PASSWORD_REQUIRED', 's1', parameters),
      RespondToAuthChallenge: [fail('InvalidPasswordException', 'Password does not conform to policy'), () => reply('SMS_MFA', 's2', { ...SMS, USER_ID_FOR_SRP: 'uuid-f' }), () => tokens('uuid-f')],
    });
    const step = challengeOf(await backend.signIn({ username: 'f@example.com', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    expect(step.parameters).to.deep.equal({ userAttributes: parameters.userAttributes, requiredAttributes: parameters.requiredAttributes });
    expect((await rejection(backend.answerChallenge(step.handle, { newPassword: 'weak' }))).name).to.equal('InvalidPasswordException');
    const sms = challengeOf(await backend.answerChallenge(step.handle, { newPassword: 'New-pass-1!', attributes: { name: 'F' } }));
    expect(sent[2].params.ChallengeResponses).to.deep.equal({ 'userAttributes.name': 'F', NEW_PASSWORD: 'New-pass-1!', USERNAME: 'uuid-f' });
    expect(sms.parameters).to.deep.equal(SMS);
    doneOf(await backend.answerChallenge(sms.handle, { code: '123456' }));
    expect(sent[3].params).to.deep.include({ ChallengeName: 'SMS_MFA', Session: 's2' });
    expect(sent[3].params.ChallengeResponses).to.deep.include({ USERNAME: 'uuid-f', SMS_MFA_CODE: '123456' });
    expect(storage.getItem(signedInKey('uuid-f', 'accessToken'))).to.be.a('string');
  });

  it('EMAIL_OTP (identity-js has none): answered with EMAIL_OTP_CODE and the newest Session; tokens handed to the CognitoUser', async () => {
    const { backend, sent, storage } = setup({
      InitiateAuth: () => reply('EMAIL_OTP', 's1', { ...EMAIL, USER_ID_FOR_SRP: 'erin' }),
      RespondToAuthChallenge: [fail('CodeMismatchException', 'Invalid code or auth state for the user.'), () => tokens('erin')],
    });
    const step = challengeOf(await backend.signIn({ username: 'erin', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    expect(step).to.deep.include({ name: 'EMAIL_OTP', parameters: EMAIL });
    expect((await rejection(backend.answerChallenge(step.handle, { code: '000000' }))).name).to.equal('CodeMismatchException');
    const { session } = doneOf(await backend.answerChallenge(step.handle, { code: '123456' }, { clientMetadata: { app: 'x' } }));
    expect(sent[2].params).to.deep.equal({
      ChallengeName: 'EMAIL_OTP',
      ClientId: CLIENT_ID,
      ChallengeResponses: { EMAIL_OTP_CODE: '123456', USERNAME: 'erin' },
      Session: 's1',
      ClientMetadata: { app: 'x' },
    });
    expect(session.username).to.equal('erin');
    expect(storage.getItem(signedInKey('erin', 'refreshToken'))).to.equal('refresh-of-erin');
    expect(await backend.currentSession()).to.deep.equal(session);
  });

  it('SELECT_MFA_TYPE → EMAIL_OTP becomes the EMAIL_OTP step; the answer carries the ClientMetadata identity-js leaves out', async () => {
    const { backend, sent } = setup({
      InitiateAuth: () => reply('SELECT_MFA_TYPE', 's1', { MFAS_CAN_CHOOSE: '["SMS_MFA","EMAIL_OTP"]' }),
      RespondToAuthChallenge: [() => reply('EMAIL_OTP', 's2', EMAIL), () => tokens('gus')],
    });
    const select = challengeOf(await backend.signIn({ username: 'gus', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    expect(select).to.deep.include({ name: 'SELECT_MFA_TYPE', parameters: { MFAS_CAN_CHOOSE: '["SMS_MFA","EMAIL_OTP"]' } });
    const email = challengeOf(await backend.answerChallenge(select.handle, { mfaType: 'EMAIL' }, { clientMetadata: { app: 'x' } }));
    expect(email).to.deep.include({ name: 'EMAIL_OTP', parameters: EMAIL });
    expect(sent[1].params).to.deep.include({ ChallengeName: 'SELECT_MFA_TYPE', ClientMetadata: { app: 'x' } });
    doneOf(await backend.answerChallenge(email.handle, { code: '123456' }));
    expect(sent[2].params.Session).to.equal('s2');
  });

  it('MFA_SETUP: by email (a request identity-js has no method for), or TOTP through associate/verifySoftwareToken', async () => {
    const email = setup({
      InitiateAuth: () => reply('MFA_SETUP', 's1', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' }),
      RespondToAuthChallenge: () => reply('EMAIL_OTP', 's2', EMAIL),
    });
    const setupStep = challengeOf(await email.backend.signIn({ username: 'hal', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    expect(setupStep.parameters).to.deep.equal({ MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]' });
    challengeOf(await email.backend.answerChallenge(setupStep.handle, { email: 'hal@example.com' }));
    expect(email.sent[1].params).to.deep.include({ ChallengeName: 'MFA_SETUP', Session: 's1', ChallengeResponses: { EMAIL: 'hal@example.com', USERNAME: 'hal' } });

    const totp = setup({
      InitiateAuth: () => reply('MFA_SETUP', 's1', { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' }),
      AssociateSoftwareToken: () => ({ SecretCode: 'SECRETSECRETSECRET', Session: 's2' }),
      VerifySoftwareToken: [fail('EnableSoftwareTokenMFAException'), () => ({ Status: 'SUCCESS', Session: 's3' })],
      RespondToAuthChallenge: () => tokens('hal'),
    });
    const step = challengeOf(await totp.backend.signIn({ username: 'hal', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    expect(await totp.backend.associateTotp(step.handle)).to.deep.equal({ secretCode: 'SECRETSECRETSECRET' });
    expect((await rejection(totp.backend.answerChallenge(step.handle, { code: '000000' }))).name).to.equal('EnableSoftwareTokenMFAException');
    doneOf(await totp.backend.answerChallenge(step.handle, { code: '123456', deviceName: 'Phone' }));
    expect(totp.sent.map((s) => [s.operation, s.params.Session])).to.deep.equal([
      ['InitiateAuth', undefined],
      ['AssociateSoftwareToken', 's1'],
      ['VerifySoftwareToken', 's2'],
      ['VerifySoftwareToken', 's2'],
      ['RespondToAuthChallenge', 's3'],
    ]);
    expect(totp.sent[3].params.FriendlyDeviceName).to.equal('Phone');
  });

  it('resendChallengeCode starts the sign-in again and re-chooses the MFA type', async () => {
    const { backend, sent } = setup({
      InitiateAuth: () => reply('SELECT_MFA_TYPE', 's1', { MFAS_CAN_CHOOSE: '["SMS_MFA","EMAIL_OTP"]' }),
      RespondToAuthChallenge: () => reply('SMS_MFA', 's2', SMS),
    });
    const select = challengeOf(await backend.signIn({ username: 'ivy', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    const sms = challengeOf(await backend.answerChallenge(select.handle, { mfaType: 'SMS' }));
    const again = challengeOf(await backend.resendChallengeCode(sms.handle));
    expect(again.name).to.equal('SMS_MFA');
    expect(sent.map((s) => s.operation)).to.deep.equal(['InitiateAuth', 'RespondToAuthChallenge', 'InitiateAuth', 'RespondToAuthChallenge']);
    expect(sent[3].params.ChallengeResponses.ANSWER).to.equal('SMS_MFA');
  });

  it('an unexpected PASSWORD_VERIFIER mid-flow is UnknownChallengeError', async () => {
    const { backend } = setup({
      InitiateAuth: () => reply('CUSTOM_CHALLENGE', 's1', { prompt: 'Code?' }),
      RespondToAuthChallenge: () => passwordVerifier('jo'),
    });
    const step = challengeOf(await backend.signIn({ username: 'jo', authFlowType: 'CUSTOM_WITHOUT_SRP' }));
    expect((await rejection(backend.answerChallenge(step.handle, { answer: 'x' }))).name).to.equal('UnknownChallengeError');
  });

  it('abort: rejects at once; a late reply is dropped and caches nothing; an abort during SRP sends no verifier', async () => {
    const late = setup({ InitiateAuth: () => tokens('kim') });
    late.client.hold();
    const controller = new AbortController();
    const pending = late.backend.signIn({ username: 'kim', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }, { signal: controller.signal });
    controller.abort();
    expect((await rejection(pending)).name).to.equal('AbortError');
    late.client.release();
    await tick();
    expect(late.storage.length).to.equal(0);
    expect(await late.backend.currentSession()).to.equal(null);

    const srp = setup({ InitiateAuth: () => passwordVerifier('kim'), RespondToAuthChallenge: () => tokens('kim') });
    const during = new AbortController();
    const signingIn = srp.backend.signIn({ username: 'kim', password: PASSWORD }, { signal: during.signal });
    await Promise.resolve();
    during.abort();
    expect((await rejection(signingIn)).name).to.equal('AbortError');
    await tick(600);
    expect(srp.sent.map((s) => s.operation)).to.deep.equal(['InitiateAuth']);
  });

  it('refresh: GetTokensFromRefreshToken, sent once (no retries); NotAuthorizedException drops the tokens, a network failure keeps them', async () => {
    const { backend, client, sent, storage } = setup({
      InitiateAuth: [() => tokens('lee')],
      GetTokensFromRefreshToken: [() => tokens('lee', Math.floor(Date.now() / 1000) + 7200), () => { throw networkError(); }, fail('NotAuthorizedException', 'Refresh Token has been revoked')],
    });
    doneOf(await backend.signIn({ username: 'lee', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    const refreshed = await backend.refreshSession();
    expect(sent[1]).to.deep.include({ operation: 'GetTokensFromRefreshToken' });
    expect(sent[1].params).to.deep.include({ ClientId: CLIENT_ID, RefreshToken: 'refresh-of-lee' });
    expect(await backend.currentSession()).to.deep.equal(refreshed);
    expect((await rejection(backend.refreshSession())).name).to.equal('NetworkError');
    expect(storage.getItem(signedInKey('lee', 'refreshToken'))).to.equal('refresh-of-lee');
    const revoked = await rejection(backend.refreshSession());
    expect(revoked.name).to.equal('NotAuthorizedException');
    expect(sent).to.have.length(4);
    expect(client.retried).to.equal(0);
    expect(await backend.currentSession()).to.equal(null);
    expect(storage.length).to.equal(0);
  });

  it('currentSession refreshes within the margin; concurrent callers share one refresh', async () => {
    const { backend, sent } = setup({ InitiateAuth: [() => tokens('max')], GetTokensFromRefreshToken: [() => tokens('max')] }, { refreshMargin: 2 * 3600_000 });
    doneOf(await backend.signIn({ username: 'max', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    const [a, b] = await Promise.all([backend.currentSession(), backend.currentSession()]);
    expect(a).to.equal(b);
    expect(sent).to.have.length(2);
  });

  it('sign-out revokes the refresh token even without origin_jti, and drops the tokens even when that fails', async () => {
    const { backend, sent, storage } = setup({
      InitiateAuth: [() => tokens('ned'), () => tokens('ned')],
      RevokeToken: [() => ({}), fail('InternalErrorException', 'Internal server error.')],
    });
    doneOf(await backend.signIn({ username: 'ned', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    await backend.signOut();
    expect(sent[1]).to.deep.equal({ operation: 'RevokeToken', params: { Token: 'refresh-of-ned', ClientId: CLIENT_ID } });
    expect(storage.length).to.equal(0);
    doneOf(await backend.signIn({ username: 'ned', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    expect((await rejection(backend.signOut())).name).to.equal('InternalErrorException');
    expect(storage.length).to.equal(0);
  });

  it('difference (kept): global sign-out with an expired access token refreshes it first, then signs out everywhere', async () => {
    const expired = Math.floor(Date.now() / 1000) - 10;
    const { backend, sent, storage } = setup({
      InitiateAuth: [() => tokens('ola', expired)],
      GetTokensFromRefreshToken: [() => tokens('ola')],
      GlobalSignOut: () => ({}),
    });
    doneOf(await backend.signIn({ username: 'ola', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    // Issued an hour ago with a correct clock (identity-js took the old `iat` for clock drift).
    storage.setItem(signedInKey('ola', 'clockDrift'), '0');
    await backend.signOut({ global: true });
    expect(sent.map((s) => s.operation)).to.deep.equal(['InitiateAuth', 'GetTokensFromRefreshToken', 'GlobalSignOut']);
    expect(storage.length).to.equal(0);
  });

  it('refresh keeps a rotated refresh token where identity-js keeps tokens', async () => {
    const { backend, storage } = setup({
      InitiateAuth: [() => tokens('rio')],
      GetTokensFromRefreshToken: [() => ({ AuthenticationResult: { ...(tokens('rio') as { AuthenticationResult: object }).AuthenticationResult, RefreshToken: 'rotated-of-rio' } })],
    });
    doneOf(await backend.signIn({ username: 'rio', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    await backend.refreshSession();
    expect(storage.getItem(signedInKey('rio', 'refreshToken'))).to.equal('rotated-of-rio');
  });

  it('difference (documented): storage the app passes gets what identity-js stores, the refresh token included', async () => {
    sessionStorage.clear();
    const { client } = scriptedClient({ InitiateAuth: () => tokens('pia') });
    const backend = CognitoIdentityJsBackend.fromPool(scriptedPool(client), { storage: sessionStorage });
    doneOf(await backend.signIn({ username: 'pia', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    expect(sessionStorage.getItem(signedInKey('pia', 'refreshToken'))).to.equal('refresh-of-pia');
    await backend.signOut().catch(() => {});
    sessionStorage.clear();
  });

  it('on an existing pool: its client is used, not its storage', async () => {
    const { client, sent } = scriptedClient({ InitiateAuth: () => tokens('quinn') });
    const poolStorage = new MemoryCognitoStorage();
    const pool = scriptedPool(client, poolStorage);
    const backend = new CognitoIdentityJsBackend({ pool });
    expect(backend.pool).to.equal(pool);
    expect([backend.userPoolId, backend.clientId]).to.deep.equal([POOL_ID, CLIENT_ID]);
    doneOf(await backend.signIn({ username: 'quinn', password: PASSWORD, authFlowType: 'USER_PASSWORD_AUTH' }));
    expect(sent).to.have.length(1);
    expect(poolStorage.length).to.equal(0);
    expect(Object.keys(backend)).to.not.include('storage');
    const user = await backend.cognitoUser();
    expect(user?.getUsername()).to.equal('quinn');
    expect(user?.getSignInUserSession()?.isValid()).to.equal(true);
    expect(await backend.accessToken()).to.equal(user?.getSignInUserSession()?.getAccessToken().getJwtToken());
  });

  it('sign-up, confirm, resend, forgot and confirm-forgot: the requests and results', async () => {
    const delivery = { Destination: 'r***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' };
    const { backend, sent } = setup({
      SignUp: () => ({ UserConfirmed: false, UserSub: 'sub-1', CodeDeliveryDetails: delivery }),
      ConfirmSignUp: () => ({}),
      ResendConfirmationCode: () => ({ CodeDeliveryDetails: delivery }),
      ForgotPassword: () => ({ CodeDeliveryDetails: delivery }),
      ConfirmForgotPassword: () => ({}),
    });
    const meta = { clientMetadata: { app: 'x' } };
    expect(await backend.signUp({ username: 'rae', password: PASSWORD, attributes: { email: 'rae@example.com' } }, meta)).to.deep.equal({
      userConfirmed: false,
      userSub: 'sub-1',
      codeDelivery: { destination: 'r***@e***', medium: 'EMAIL', attributeName: 'email' },
    });
    await backend.confirmSignUp({ username: 'rae', code: '123456' }, meta);
    expect((await backend.resendSignUpCode({ username: 'rae' }, meta)).medium).to.equal('EMAIL');
    expect((await backend.forgotPassword({ username: 'rae' }, meta)).destination).to.equal('r***@e***');
    await backend.confirmForgotPassword({ username: 'rae', code: '654321', password: 'New-pass-1!' }, meta);
    expect(sent.map((s) => s.operation)).to.deep.equal(['SignUp', 'ConfirmSignUp', 'ResendConfirmationCode', 'ForgotPassword', 'ConfirmForgotPassword']);
    expect(sent[0].params).to.deep.include({ Username: 'rae', UserAttributes: [{ Name: 'email', Value: 'rae@example.com' }], ClientMetadata: { app: 'x' } });
    expect(sent.every((s) => s.params.ClientId === CLIENT_ID && s.params.ClientMetadata?.app === 'x')).to.equal(true);
  });

  it('errors: Cognito’s name from `code`, a real message, NetworkError; the library’s own checks', () => {
    expect(toAuthError(serviceError('TooManyRequestsException', null))).to.include({ name: 'TooManyRequestsException', message: 'TooManyRequestsException' });
    expect(toAuthError(serviceError('NotAuthorizedException', '400'))).to.include({ name: 'NotAuthorizedException', message: 'NotAuthorizedException' });
    expect(toAuthError(serviceError('CodeMismatchException', 'Invalid code.'))).to.include({ name: 'CodeMismatchException', message: 'Invalid code.' });
    expect(toAuthError(networkError()).name).to.equal('NetworkError');
    expect(toAuthError(new Error('User is not authenticated')).name).to.equal('NotAuthorizedException');
    expect(toAuthError(new Error('New password is required.')).name).to.equal('ValidationError');
    expect(toAuthError(new TypeError('x is undefined')).name).to.equal('UnknownError');
  });

  it('construction: a pool, or a pool id and client id', () => {
    expect(() => new CognitoIdentityJsBackend({})).to.throw(TypeError);
    const backend = new CognitoIdentityJsBackend({ userPoolId: POOL_ID, clientId: CLIENT_ID, endpoint: 'http://127.0.0.1:1/' });
    expect(backend.pool).to.be.instanceOf(CognitoUserPool);
    // The pool it made is public; its storage is not where the tokens go.
    expect((backend.pool as unknown as { storage: MemoryCognitoStorage }).storage).to.be.instanceOf(MemoryCognitoStorage);
    expect(Object.getOwnPropertyNames(backend)).to.deep.equal(['pool', 'userPoolId', 'clientId']);
  });
});

describe('CognitoIdentityJsBackend: managed-login tokens', () => {
  const b64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const jwt = (claims: Record<string, unknown>) => `${b64url({ alg: 'RS256' })}.${b64url(claims)}.sig`;

  it('adopts them as its own session: cached where identity-js caches, the current session afterwards', async () => {
    const storage = new MemoryCognitoStorage();
    const backend = new CognitoIdentityJsBackend({ userPoolId: POOL_ID, clientId: CLIENT_ID, endpoint: 'http://127.0.0.1:1/', storage });
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const session = await backend.adoptTokens({
      idToken: jwt({ 'cognito:username': 'Google_123', email: 'ada@example.com', exp, identities: [{ providerName: 'Google' }] }),
      accessToken: jwt({ username: 'Google_123', exp, token_use: 'access' }),
      refreshToken: 'refresh-from-managed-login',
      expiresIn: 3600,
      provider: 'Google',
    });
    expect(session).to.deep.include({ username: 'Google_123', expiresAt: exp * 1000 });
    expect(JSON.stringify(session)).to.not.include('refresh-from-managed-login');
    expect((await backend.currentSession())?.username).to.equal('Google_123');
    expect(cachedTokens(storage, CLIENT_ID)?.refreshToken, 'in identity-js\'s own cache').to.equal('refresh-from-managed-login');
  });
});
