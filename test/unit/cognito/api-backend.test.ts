import { expect } from '@open-wc/testing';
import { AuthError } from '../../../src/core/errors.js';
import { CognitoApiBackend } from '../../../src/cognito/api/backend.js';
import { decodeJwtPayload } from '../../../src/cognito/wire.js';
import { MemorySessionStore } from '../../../src/cognito/session-store.js';
import type { CognitoTransport, TransportConfig } from '../../../src/cognito/transport.js';
import {
  N,
  base64ToBytes,
  bigIntToHex,
  computeK,
  computeU,
  computeX,
  deriveKey,
  g,
  hexToBigInt,
  mod,
  modPow,
  passwordClaimSignature,
} from '../../../src/cognito/srp-math.js';
import { rejection } from '../../support/rejection.js';
import { fail, jwt, scripted } from '../../support/scripted-transport.js';

const POOL_ID = 'eu-west-1_TestPool1';
const CLIENT_ID = 'client-1';
const NOW = Date.UTC(2026, 2, 3, 9, 7, 5);

function tokens(username: string, exp: number, refresh: string | undefined = 'refresh-secret-1') {
  return {
    AuthenticationResult: {
      AccessToken: jwt({ username, exp, token_use: 'access', client_id: CLIENT_ID }),
      IdToken: jwt({ 'cognito:username': username, email: `${username}@example.com`, exp, token_use: 'id' }),
      ...(refresh ? { RefreshToken: refresh } : {}),
      ExpiresIn: 3600,
      TokenType: 'Bearer',
    },
  };
}

/** Cognito's SRP leg for one user, written from docs/cognito.md §4 (server side). */
async function srpServer(userId: string, password: string) {
  const salt = 'c0ffee0123456789abcdef0123456789';
  const b = hexToBigInt('5eed'.repeat(64));
  const poolName = POOL_ID.split('_')[1];
  const x = await computeX(poolName, userId, password, salt);
  const v = modPow(g, x, N);
  const B = mod((await computeK()) * v + modPow(g, b, N), N);
  const secretBlock = btoa('opaque-secret-block');
  let A = 0n;
  return {
    challenge(input: any) {
      A = hexToBigInt(input.AuthParameters.SRP_A);
      return {
        ChallengeName: 'PASSWORD_VERIFIER',
        Session: 'session-srp',
        ChallengeParameters: { SALT: salt, SRP_B: bigIntToHex(B), SECRET_BLOCK: secretBlock, USER_ID_FOR_SRP: userId, USERNAME: userId },
      };
    },
    async verify(input: any): Promise<boolean> {
      const r = input.ChallengeResponses;
      const u = await computeU(A, B);
      const key = await deriveKey(modPow(mod(A * modPow(v, u, N), N), b, N), u);
      const expected = await passwordClaimSignature(key, poolName, userId, r.PASSWORD_CLAIM_SECRET_BLOCK, r.TIMESTAMP);
      return (
        input.Session === 'session-srp' &&
        r.USERNAME === userId &&
        r.TIMESTAMP === 'Tue Mar 3 09:07:05 UTC 2026' &&
        base64ToBytes(r.PASSWORD_CLAIM_SECRET_BLOCK).length > 0 &&
        r.PASSWORD_CLAIM_SIGNATURE === expected
      );
    },
  };
}

function backend(transport: CognitoTransport, extra: Partial<ConstructorParameters<typeof CognitoApiBackend>[0]> = {}) {
  return new CognitoApiBackend({ userPoolId: POOL_ID, clientId: CLIENT_ID, transport, now: () => NOW, ...extra });
}

const EXP = NOW / 1000 + 3600;

describe('CognitoApiBackend (scripted transport)', () => {
  it('signs in with USER_SRP_AUTH, answering PASSWORD_VERIFIER itself', async () => {
    const server = await srpServer('a1b2-uuid', 'Right-pass-1');
    const { transport, calls } = scripted({
      InitiateAuth: (input) => server.challenge(input),
      RespondToAuthChallenge: async (input) =>
        (await server.verify(input)) ? tokens('a1b2-uuid', EXP) : fail('NotAuthorizedException')(),
    });
    const result = await backend(transport).signIn({ username: 'Alice', password: 'Right-pass-1' });
    expect(result.kind).to.equal('done');
    if (result.kind !== 'done') return;
    expect(result.session.username).to.equal('a1b2-uuid');
    expect(result.session.expiresAt).to.equal(EXP * 1000);
    expect(result.session.idTokenClaims.email).to.equal('a1b2-uuid@example.com');
    expect(result.session.accessTokenClaims.token_use).to.equal('access');
    expect(JSON.stringify(result)).not.to.contain('refresh-secret-1');
    expect(JSON.stringify(result)).not.to.contain('Right-pass-1');
    expect(calls.map((c) => c.operation)).to.deep.equal(['InitiateAuth', 'RespondToAuthChallenge']);
    expect(calls[0].input.AuthFlow).to.equal('USER_SRP_AUTH');
    expect(calls[0].input.ClientId).to.equal(CLIENT_ID);
    expect(Object.keys(calls[0].input.AuthParameters).sort()).to.deep.equal(['SRP_A', 'USERNAME']);
    expect(calls[0].input.AuthParameters.USERNAME).to.equal('Alice');
    expect(calls[1].input.ChallengeName).to.equal('PASSWORD_VERIFIER');
    expect(JSON.stringify(calls)).not.to.contain('Right-pass-1');
  });

  it('a wrong SRP password surfaces NotAuthorizedException', async () => {
    const server = await srpServer('bob', 'Right-pass-1');
    const { transport } = scripted({
      InitiateAuth: (input) => server.challenge(input),
      RespondToAuthChallenge: async (input) =>
        (await server.verify(input)) ? tokens('bob', EXP) : fail('NotAuthorizedException', 'Incorrect username or password.')(),
    });
    const error = await rejection(backend(transport).signIn({ username: 'bob', password: 'Wrong-pass-1' }));
    expect(error.name).to.equal('NotAuthorizedException');
  });

  it('USER_PASSWORD_AUTH sends the password once and nothing else', async () => {
    const { transport, calls } = scripted({ InitiateAuth: () => tokens('carol', EXP) });
    const result = await backend(transport).signIn({ username: 'carol', password: 'pw-1', authFlowType: 'USER_PASSWORD_AUTH' });
    expect(result.kind).to.equal('done');
    expect(calls[0].input).to.deep.equal({
      ClientId: CLIENT_ID,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'carol', PASSWORD: 'pw-1' },
    });
  });

  it('returns challenges behind an opaque handle and answers with the canonical username and newest Session', async () => {
    const { transport, calls } = scripted({
      InitiateAuth: () => ({
        ChallengeName: 'SMS_MFA',
        Session: 'secret-session-1',
        ChallengeParameters: { CODE_DELIVERY_DESTINATION: '+*******1234', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', USER_ID_FOR_SRP: 'canon-1' },
      }),
      RespondToAuthChallenge: [
        fail('CodeMismatchException'),
        () => ({
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: 'secret-session-2',
          ChallengeParameters: { requiredAttributes: '[]', userAttributes: '{}', USERNAME: 'canon-1' },
        }),
        () => tokens('canon-1', EXP),
      ],
    });
    const b = backend(transport);
    const first = await b.signIn({ username: 'dave@example.com', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH' });
    expect(first.kind).to.equal('challenge');
    if (first.kind !== 'challenge') return;
    expect(first.name).to.equal('SMS_MFA');
    expect(first.parameters).to.deep.equal({ CODE_DELIVERY_DESTINATION: '+*******1234', CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS' });
    expect(Object.keys(first.handle)).to.deep.equal([]);
    expect(JSON.stringify(first)).not.to.contain('secret-session');
    expect(JSON.stringify(first)).not.to.contain('canon-1');

    expect((await rejection(b.answerChallenge(first.handle, { code: '000000' }))).name).to.equal('CodeMismatchException');
    const second = await b.answerChallenge(first.handle, { code: '123456' });
    expect(calls[1].input).to.deep.equal({
      ClientId: CLIENT_ID,
      ChallengeName: 'SMS_MFA',
      Session: 'secret-session-1',
      ChallengeResponses: { SMS_MFA_CODE: '000000', USERNAME: 'canon-1' },
    });
    expect(calls[2].input.Session).to.equal('secret-session-1');
    expect(second.kind).to.equal('challenge');
    if (second.kind !== 'challenge') return;
    expect(second.name).to.equal('NEW_PASSWORD_REQUIRED');
    expect(second.parameters).to.deep.equal({ requiredAttributes: '[]', userAttributes: '{}' });
    const done = await b.answerChallenge(second.handle, { newPassword: 'New-pass-1' });
    expect(done.kind).to.equal('done');
    expect(calls[3].input.ChallengeName).to.equal('NEW_PASSWORD_REQUIRED');
    expect(calls[3].input.Session).to.equal('secret-session-2');
    expect(calls[3].input.ChallengeResponses.USERNAME).to.equal('canon-1');
  });

  it('refuses a challenge the kit has no step for (UnknownChallengeError); a foreign handle is an expired session', async () => {
    const { transport } = scripted({
      InitiateAuth: () => ({ ChallengeName: 'SOMETHING_NEW', Session: 's', ChallengeParameters: { HINT: 'x' } }),
    });
    const b = backend(transport);
    const unknown = await rejection(b.signIn({ username: 'erin', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH' }));
    expect(unknown.name).to.equal('UnknownChallengeError');
    const error = await rejection(b.answerChallenge({} as any, { answer: 'x' }));
    expect(error.name).to.equal('NotAuthorizedException');
  });

  it('CUSTOM_WITH_SRP runs SRP_A → PASSWORD_VERIFIER → CUSTOM_CHALLENGE', async () => {
    const server = await srpServer('frank', 'pw-frank');
    const { transport, calls } = scripted({
      InitiateAuth: (input) => server.challenge(input),
      RespondToAuthChallenge: [
        async (input) =>
          (await server.verify(input))
            ? { ChallengeName: 'CUSTOM_CHALLENGE', Session: 's2', ChallengeParameters: { question: '2+2?', USERNAME: 'frank' } }
            : fail('NotAuthorizedException')(),
        () => tokens('frank', EXP),
      ],
    });
    const b = backend(transport);
    const result = await b.signIn({ username: 'frank', password: 'pw-frank', authFlowType: 'CUSTOM_WITH_SRP' }, { clientMetadata: { lang: 'en' } });
    expect(calls[0].input.AuthFlow).to.equal('CUSTOM_AUTH');
    expect(calls[0].input.AuthParameters.CHALLENGE_NAME).to.equal('SRP_A');
    expect(calls[0].input.ClientMetadata).to.deep.equal({ lang: 'en' });
    expect(result).to.include({ kind: 'challenge', name: 'CUSTOM_CHALLENGE' });
    if (result.kind !== 'challenge') return;
    expect(result.parameters).to.deep.equal({ question: '2+2?' });
    expect((await b.answerChallenge(result.handle, { answer: '4' })).kind).to.equal('done');
    expect(calls[2].input).to.deep.equal({
      ClientId: CLIENT_ID,
      ChallengeName: 'CUSTOM_CHALLENGE',
      Session: 's2',
      ChallengeResponses: { ANSWER: '4', USERNAME: 'frank' },
    });
  });

  it('CUSTOM_WITHOUT_SRP sends only USERNAME and needs no password', async () => {
    const { transport, calls } = scripted({
      InitiateAuth: () => ({ ChallengeName: 'CUSTOM_CHALLENGE', Session: 's', ChallengeParameters: {} }),
    });
    await backend(transport).signIn({ username: 'gail', authFlowType: 'CUSTOM_WITHOUT_SRP' });
    expect(calls[0].input).to.deep.equal({ ClientId: CLIENT_ID, AuthFlow: 'CUSTOM_AUTH', AuthParameters: { USERNAME: 'gail' } });
  });

  it('refuses a password flow without a password, before any call', async () => {
    const { transport, calls } = scripted({});
    expect((await rejection(backend(transport).signIn({ username: 'h' }))).name).to.equal('ValidationError');
    expect(calls).to.have.length(0);
  });

  it('signs up with attributes and maps code delivery', async () => {
    const { transport, calls } = scripted({
      SignUp: () => ({
        UserConfirmed: false,
        UserSub: 'sub-9',
        CodeDeliveryDetails: { Destination: 'i***@e***', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
      }),
      ConfirmSignUp: () => ({}),
      ResendConfirmationCode: () => ({ CodeDeliveryDetails: { Destination: '+***99', DeliveryMedium: 'SMS' } }),
      ForgotPassword: () => ({ CodeDeliveryDetails: {} }),
      ConfirmForgotPassword: () => ({}),
    });
    const b = backend(transport);
    expect(await b.signUp({ username: 'ivy', password: 'pw', attributes: { email: 'ivy@example.com', name: 'Ivy' } })).to.deep.equal({
      userConfirmed: false,
      userSub: 'sub-9',
      codeDelivery: { destination: 'i***@e***', medium: 'EMAIL', attributeName: 'email' },
    });
    expect(calls[0].input.UserAttributes).to.deep.equal([
      { Name: 'email', Value: 'ivy@example.com' },
      { Name: 'name', Value: 'Ivy' },
    ]);
    await b.confirmSignUp({ username: 'ivy', code: '123456' });
    expect(calls[1].input).to.deep.equal({ ClientId: CLIENT_ID, Username: 'ivy', ConfirmationCode: '123456' });
    expect(await b.resendSignUpCode({ username: 'ivy' })).to.deep.equal({ destination: '+***99', medium: 'SMS' });
    expect(await b.forgotPassword({ username: 'ivy' })).to.deep.equal({ destination: '', medium: 'UNKNOWN' });
    await b.confirmForgotPassword({ username: 'ivy', code: '1', password: 'New-1' });
    expect(calls[4].input).to.deep.equal({ ClientId: CLIENT_ID, Username: 'ivy', ConfirmationCode: '1', Password: 'New-1' });
  });

  it('keeps tokens in the store; refreshes within 60 s of expiry (once for concurrent callers)', async () => {
    let now = NOW;
    const store = new MemorySessionStore();
    const { transport, calls } = scripted({
      InitiateAuth: [() => tokens('jo', EXP)],
      GetTokensFromRefreshToken: [() => tokens('jo', EXP + 3600, undefined)],
    });
    const b = backend(transport, { now: () => now, storage: store });
    await b.signIn({ username: 'jo', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH' });
    expect(store.load()?.refreshToken).to.equal('refresh-secret-1');
    expect((await b.currentSession())?.expiresAt).to.equal(EXP * 1000);
    expect(calls).to.have.length(1);
    now = EXP * 1000 - 30_000;
    const [one, two] = await Promise.all([b.currentSession(), b.currentSession()]);
    expect(one?.expiresAt).to.equal((EXP + 3600) * 1000);
    expect(two).to.equal(one);
    expect(calls).to.have.length(2);
    // GetTokensFromRefreshToken works with refresh-token rotation on or off (REFRESH_TOKEN_AUTH does not).
    expect(calls[1]).to.deep.equal({ operation: 'GetTokensFromRefreshToken', input: { ClientId: CLIENT_ID, RefreshToken: 'refresh-secret-1' } });
    expect(store.load()?.refreshToken, 'no new refresh token: the old one stays').to.equal('refresh-secret-1');
    expect(await b.accessToken()).to.equal(store.load()?.accessToken);
  });

  it('a revoked refresh token signs out locally: currentSession is null', async () => {
    const { transport } = scripted({
      InitiateAuth: [() => tokens('kim', EXP)],
      GetTokensFromRefreshToken: [fail('NotAuthorizedException', 'Refresh Token has been revoked')],
    });
    const b = backend(transport, { now: () => EXP * 1000 });
    await b.signIn({ username: 'kim', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH' });
    expect(await b.currentSession()).to.equal(null);
    expect(await b.tokens()).to.equal(null);
    expect((await rejection(b.refreshSession())).name).to.equal('NotAuthorizedException');
  });

  it('with rotation: the new refresh token replaces the old; a reused one (RefreshTokenReuseException) signs out', async () => {
    const store = new MemorySessionStore();
    const { transport, calls } = scripted({
      InitiateAuth: [() => tokens('rae', EXP)],
      GetTokensFromRefreshToken: [() => tokens('rae', EXP + 3600, 'refresh-secret-2'), fail('RefreshTokenReuseException', 'Refresh token has been reused')],
    });
    const b = backend(transport, { now: () => EXP * 1000, storage: store });
    await b.signIn({ username: 'rae', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH' });
    await b.refreshSession();
    expect(store.load()?.refreshToken).to.equal('refresh-secret-2');
    expect((await rejection(b.refreshSession())).name).to.equal('RefreshTokenReuseException');
    expect(calls[2].input.RefreshToken, 'the rotated token is the one sent next').to.equal('refresh-secret-2');
    expect(store.load()).to.equal(null);
  });

  it('a network failure while refreshing keeps the tokens', async () => {
    const { transport } = scripted({ InitiateAuth: [() => tokens('lee', EXP)], GetTokensFromRefreshToken: [fail('NetworkError')] });
    const store = new MemorySessionStore();
    const b = backend(transport, { now: () => EXP * 1000, storage: store });
    await b.signIn({ username: 'lee', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH' });
    expect((await rejection(b.currentSession())).name).to.equal('NetworkError');
    expect(store.load()).not.to.equal(null);
  });

  it('signs out with RevokeToken; a failed revoke still drops the tokens', async () => {
    const { transport, calls } = scripted({
      InitiateAuth: [() => tokens('max', EXP), () => tokens('max', EXP)],
      RevokeToken: [() => ({}), fail('NetworkError')],
    });
    const b = backend(transport);
    await b.signIn({ username: 'max', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH' });
    await b.signOut();
    expect(calls[1]).to.deep.equal({ operation: 'RevokeToken', input: { ClientId: CLIENT_ID, Token: 'refresh-secret-1' } });
    expect(await b.currentSession()).to.equal(null);
    await b.signIn({ username: 'max', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH' });
    expect((await rejection(b.signOut())).name).to.equal('NetworkError');
    expect(await b.currentSession()).to.equal(null);
  });

  it('signs out everywhere with GlobalSignOut', async () => {
    const { transport, calls } = scripted({ InitiateAuth: () => tokens('ned', EXP), GlobalSignOut: () => ({}) });
    const b = backend(transport);
    await b.signIn({ username: 'ned', password: 'pw', authFlowType: 'USER_PASSWORD_AUTH' });
    const access = await b.accessToken();
    await b.signOut({ global: true });
    expect(calls[1]).to.deep.equal({ operation: 'GlobalSignOut', input: { AccessToken: access } });
    expect(await b.currentSession()).to.equal(null);
    await b.signOut(); // signed out already: nothing to send
    expect(calls).to.have.length(2);
  });

  it('an aborted signal stops before the call, and a late answer stores nothing', async () => {
    const { transport, calls } = scripted({});
    const b = backend(transport);
    const error = await rejection(b.signIn({ username: 'o', password: 'p' }, { signal: AbortSignal.abort() }));
    expect(error.name).to.equal('AbortError');
    expect(calls).to.have.length(0);

    const controller = new AbortController();
    const late = scripted({
      InitiateAuth: () => {
        controller.abort();
        return tokens('o', EXP);
      },
    });
    const b2 = backend(late.transport);
    const lateError = await rejection(
      b2.signIn({ username: 'o', password: 'p', authFlowType: 'USER_PASSWORD_AUTH' }, { signal: controller.signal }),
    );
    expect(lateError.name).to.equal('AbortError');
    expect(await b2.currentSession()).to.equal(null);
  });

  it('builds its transport from a factory with the region and endpoint', () => {
    const configs: TransportConfig[] = [];
    new CognitoApiBackend({
      userPoolId: 'local_AuthFlow1',
      clientId: 'c',
      endpoint: 'http://127.0.0.1:9330/',
      transport: (config) => {
        configs.push(config);
        return scripted({}).transport;
      },
    });
    expect(configs).to.deep.equal([{ region: 'local', endpoint: 'http://127.0.0.1:9330/' }]);
  });

  it('decodes JWT payloads (base64url, UTF-8) and tolerates junk', () => {
    expect(decodeJwtPayload(`x.${btoa(unescape(encodeURIComponent('{"name":"Zoë"}'))).replace(/=+$/, '')}.y`)).to.deep.equal({ name: 'Zoë' });
    expect(decodeJwtPayload('garbage')).to.deep.equal({});
    expect(decodeJwtPayload('a.W10.b')).to.deep.equal({});
  });
});

describe('CognitoApiBackend: request timeouts', () => {
  it('gives up on a request with no answer: a TimeoutError, and the request is aborted', async () => {
    let seen: AbortSignal | undefined;
    const transport: CognitoTransport = {
      call: (_operation, _input, signal) =>
        new Promise((_resolve, reject) => {
          seen = signal;
          signal?.addEventListener('abort', () => reject(new AuthError('AbortError')));
        }),
    };
    const started = Date.now();
    const error = await rejection(backend(transport, { timeout: 60 }).forgotPassword({ username: 'slow' }));
    expect(error.name).to.equal('TimeoutError');
    expect(Date.now() - started).to.be.within(40, 2000);
    expect(seen?.aborted, 'the late answer can never arrive').to.equal(true);
  });

  it("a caller's own abort stays an abort, not a timeout", async () => {
    const transport: CognitoTransport = {
      call: (_operation, _input, signal) =>
        new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new AuthError('AbortError')))),
    };
    const caller = new AbortController();
    const pending = rejection(backend(transport, { timeout: 5000 }).forgotPassword({ username: 'x' }, { signal: caller.signal }));
    caller.abort();
    expect((await pending).name).to.equal('AbortError');
  });
});

describe('CognitoApiBackend: SRP prepared ahead', () => {
  it('computes A while the browser is idle and uses each one once', async () => {
    const sent: string[] = [];
    const transport: CognitoTransport = {
      async call(_operation, input) {
        sent.push((input as { AuthParameters: { SRP_A: string } }).AuthParameters.SRP_A);
        throw new AuthError('NotAuthorizedException', 'Incorrect username or password.');
      },
    };
    const b = backend(transport);
    // Idle twice: the SRP module loads, then A is prepared.
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestIdleCallback(resolve));
    await rejection(b.signIn({ username: 'sam', password: 'pw' }));
    await rejection(b.signIn({ username: 'sam', password: 'pw' }));
    expect(sent).to.have.length(2);
    expect(sent[0]).to.match(/^[0-9a-f]{200,}$/);
    expect(sent[1], 'a fresh A for every sign-in').not.to.equal(sent[0]);
  });
});
