import { expect } from '@open-wc/testing';
import { CognitoApiBackend } from '../../../src/cognito/api/backend.js';
import type { CognitoTransport } from '../../../src/cognito/transport.js';
import { AuthError } from '../../../src/core/errors.js';
import { N, bigIntToHex, computeK, computeX, g, hexToBigInt, mod, modPow } from '../../../src/cognito/srp-math.js';
import { jwt, scripted } from '../../support/scripted-transport.js';

// The USER_AUTH wire of the API backend (docs/cognito.md §10), on a transport that records calls.
const POOL_ID = 'eu-west-1_TestPool1';
const NOW = Date.UTC(2026, 2, 3, 9, 7, 5);
const EXP = NOW / 1000 + 3600;

const tokens = (username: string) => ({
  AuthenticationResult: {
    AccessToken: jwt({ username, exp: EXP, token_use: 'access' }),
    IdToken: jwt({ 'cognito:username': username, exp: EXP }),
    RefreshToken: 'refresh-1',
    ExpiresIn: 3600,
  },
});
const backend = (transport: CognitoTransport) => new CognitoApiBackend({ userPoolId: POOL_ID, clientId: 'client-1', transport, now: () => NOW });
const select = (available: string[], session = 'S-select') => () => ({ ChallengeName: 'SELECT_CHALLENGE', Session: session, ChallengeParameters: {}, AvailableChallenges: available });
const emailOtp = (session = 'S-otp') => () => ({
  ChallengeName: 'EMAIL_OTP',
  Session: session,
  ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'a***@e***' },
  AvailableChallenges: ['EMAIL_OTP', 'PASSWORD'],
});

describe('CognitoApiBackend: USER_AUTH', () => {
  it('starts with the username only and reads the factors from the top-level AvailableChallenges', async () => {
    const { transport, calls } = scripted({ InitiateAuth: [select(['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN', 'SOMETHING_NEW'])] });
    const result = await backend(transport).signIn({ username: 'ana', authFlowType: 'USER_AUTH' });
    expect(calls[0].input).to.deep.include({ AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'ana' }, ClientId: 'client-1' });
    expect(result.kind === 'challenge' && result.challenge).to.deep.equal({ type: 'selectFactor', factors: ['WEB_AUTHN', 'EMAIL_OTP', 'PASSWORD_SRP', 'PASSWORD'] });
  });

  it('sends PREFERRED_CHALLENGE, and the password with PASSWORD', async () => {
    const { transport, calls } = scripted({ InitiateAuth: [emailOtp(), () => tokens('ana')] });
    const api = backend(transport);
    await api.signIn({ username: 'ana', authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' });
    expect(calls[0].input.AuthParameters).to.deep.equal({ USERNAME: 'ana', PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    await api.signIn({ username: 'ana', password: 'Pass-word-1', authFlowType: 'USER_AUTH', preferredChallenge: 'PASSWORD' });
    expect(calls[1].input.AuthParameters).to.deep.equal({ USERNAME: 'ana', PREFERRED_CHALLENGE: 'PASSWORD', PASSWORD: 'Pass-word-1' });
  });

  it('answers the choice with ANSWER, then the code with EMAIL_OTP_CODE; a new code starts again with that factor preferred', async () => {
    const { transport, calls } = scripted({
      InitiateAuth: [select(['EMAIL_OTP', 'PASSWORD']), emailOtp('S-otp-2')],
      RespondToAuthChallenge: [emailOtp(), () => tokens('ana')],
    });
    const api = backend(transport);
    const start = await api.signIn({ username: 'ana', authFlowType: 'USER_AUTH' });
    if (start.kind !== 'challenge') throw new Error('expected a challenge');
    const code = await api.answerChallenge(start.handle, { factor: 'EMAIL_OTP' });
    expect(calls[1].input).to.deep.include({ ChallengeName: 'SELECT_CHALLENGE', Session: 'S-select', ChallengeResponses: { USERNAME: 'ana', ANSWER: 'EMAIL_OTP' } });
    if (code.kind !== 'challenge') throw new Error('expected the code step');
    expect(code.challenge).to.deep.include({ type: 'emailCode', delivery: { destination: 'a***@e***', medium: 'EMAIL' } });
    const again = await api.resendChallengeCode(code.handle);
    expect(calls[2].input.AuthParameters).to.deep.equal({ USERNAME: 'ana', PREFERRED_CHALLENGE: 'EMAIL_OTP' });
    if (again.kind !== 'challenge') throw new Error('expected the code step again');
    const done = await api.answerChallenge(again.handle, { code: '12345678' });
    expect(calls[3].input).to.deep.include({ ChallengeName: 'EMAIL_OTP', Session: 'S-otp-2', ChallengeResponses: { USERNAME: 'ana', EMAIL_OTP_CODE: '12345678' } });
    expect(done.kind).to.equal('done');
  });

  it('answers the choice of PASSWORD_SRP with SRP_A, then PASSWORD_VERIFIER, never sending the password', async () => {
    const salt = 'c0ffee0123456789abcdef0123456789';
    const x = await computeX('TestPool1', 'ana-sub', 'Right-pass-1', salt);
    const B = mod((await computeK()) * modPow(g, x, N) + modPow(g, 77n, N), N);
    const { transport, calls } = scripted({
      InitiateAuth: [select(['PASSWORD_SRP'])],
      RespondToAuthChallenge: [
        (input) => {
          expect(hexToBigInt(input.ChallengeResponses.SRP_A) > 0n).to.equal(true);
          return { ChallengeName: 'PASSWORD_VERIFIER', Session: 'S-verifier', ChallengeParameters: { SALT: salt, SRP_B: bigIntToHex(B), SECRET_BLOCK: btoa('block'), USER_ID_FOR_SRP: 'ana-sub' } };
        },
        () => tokens('ana-sub'),
      ],
    });
    const api = backend(transport);
    const start = await api.signIn({ username: 'ana', authFlowType: 'USER_AUTH' });
    if (start.kind !== 'challenge') throw new Error('expected a challenge');
    const done = await api.answerChallenge(start.handle, { factor: 'PASSWORD_SRP', password: 'Right-pass-1' });
    expect(calls[1].input.ChallengeResponses).to.have.keys(['USERNAME', 'ANSWER', 'SRP_A']);
    expect(calls[1].input.ChallengeResponses.ANSWER).to.equal('PASSWORD_SRP');
    expect(calls[2].input).to.deep.include({ ChallengeName: 'PASSWORD_VERIFIER', Session: 'S-verifier' });
    expect(calls[2].input.ChallengeResponses.USERNAME).to.equal('ana-sub');
    expect(JSON.stringify(calls)).to.not.include('Right-pass-1');
    expect(done.kind).to.equal('done');
  });

  it('hands the passkey request over as given and answers WEB_AUTHN with CREDENTIAL; "another way" answers SELECT_CHALLENGE on that Session', async () => {
    const request = '{"challenge":"Y2hhbA","rpId":"localhost","allowCredentials":[{"type":"public-key","id":"a2V5"}]}';
    const webAuthn = () => ({ ChallengeName: 'WEB_AUTHN', Session: 'S-webauthn', ChallengeParameters: { CREDENTIAL_REQUEST_OPTIONS: request }, AvailableChallenges: ['WEB_AUTHN', 'EMAIL_OTP'] });
    const { transport, calls } = scripted({ InitiateAuth: [webAuthn, webAuthn], RespondToAuthChallenge: [() => tokens('ana'), emailOtp()] });
    const api = backend(transport);
    const start = await api.signIn({ username: 'ana', authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' });
    if (start.kind !== 'challenge') throw new Error('expected a challenge');
    expect(start.challenge).to.deep.equal({ type: 'passkey', requestOptions: request, factors: ['WEB_AUTHN', 'EMAIL_OTP'] });
    await api.answerChallenge(start.handle, { credential: '{"id":"a2V5"}' });
    expect(calls[1].input).to.deep.include({ ChallengeName: 'WEB_AUTHN', Session: 'S-webauthn', ChallengeResponses: { USERNAME: 'ana', CREDENTIAL: '{"id":"a2V5"}' } });
    const second = await api.signIn({ username: 'ana', authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' });
    if (second.kind !== 'challenge') throw new Error('expected a challenge');
    await api.answerChallenge(second.handle, { factor: 'EMAIL_OTP' });
    expect(calls[3].input).to.deep.include({ ChallengeName: 'SELECT_CHALLENGE', Session: 'S-webauthn', ChallengeResponses: { USERNAME: 'ana', ANSWER: 'EMAIL_OTP' } });
  });

  it('signs in with the Session ConfirmSignUp returns, once', async () => {
    const { transport, calls } = scripted({ ConfirmSignUp: [() => ({ Session: 'S-confirmed' })], InitiateAuth: [() => tokens('ana')] });
    const api = backend(transport);
    const handle = await api.confirmSignUp({ username: 'ana', code: '123456' });
    if (!handle) throw new Error('expected a confirmation handle');
    expect(JSON.stringify(handle)).to.equal('{}');
    const result = await api.signInAfterConfirmation(handle);
    expect(calls[1].input).to.deep.include({ AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: 'ana' }, Session: 'S-confirmed' });
    expect(result.kind).to.equal('done');
    const again = await api.signInAfterConfirmation(handle).catch((e: AuthError) => e);
    expect(again).to.have.property('name', 'NotAuthorizedException');
  });

  it('confirms without a handle when Cognito returns no Session (no USER_AUTH on the client)', async () => {
    const { transport } = scripted({ ConfirmSignUp: [() => ({})] });
    expect(await backend(transport).confirmSignUp({ username: 'ana', code: '123456' })).to.equal(undefined);
  });

  it('registers, lists (all pages, seconds to milliseconds) and deletes passkeys with the access token', async () => {
    const { transport, calls } = scripted({
      InitiateAuth: [() => tokens('ana')],
      StartWebAuthnRegistration: [() => ({ CredentialCreationOptions: { challenge: 'abc', rp: { id: 'localhost' } } })],
      CompleteWebAuthnRegistration: [() => ({})],
      ListWebAuthnCredentials: [
        () => ({ Credentials: [{ CredentialId: 'c1', FriendlyCredentialName: 'Laptop', CreatedAt: 1_700_000_000, AuthenticatorAttachment: 'platform', RelyingPartyId: 'localhost' }], NextToken: 'n1' }),
        () => ({ Credentials: [{ CredentialId: 'c2', FriendlyCredentialName: 'Key', CreatedAt: 1_700_000_100 }] }),
      ],
      DeleteWebAuthnCredential: [() => ({})],
    });
    const api = backend(transport);
    await api.signIn({ username: 'ana', password: 'Pass-word-1', authFlowType: 'USER_PASSWORD_AUTH' });
    expect(await api.startPasskeyRegistration()).to.deep.equal({ challenge: 'abc', rp: { id: 'localhost' } });
    await api.completePasskeyRegistration({ id: 'c1', response: {} });
    expect(await api.listPasskeys()).to.deep.equal([
      { id: 'c1', name: 'Laptop', createdAt: 1_700_000_000_000, attachment: 'platform' },
      { id: 'c2', name: 'Key', createdAt: 1_700_000_100_000 },
    ]);
    await api.deletePasskey('c2');
    const ops = calls.slice(1);
    expect(ops.map((c) => c.operation)).to.deep.equal(['StartWebAuthnRegistration', 'CompleteWebAuthnRegistration', 'ListWebAuthnCredentials', 'ListWebAuthnCredentials', 'DeleteWebAuthnCredential']);
    for (const call of ops) expect(call.input.AccessToken).to.be.a('string').and.not.equal('');
    expect(ops[1].input.Credential).to.deep.equal({ id: 'c1', response: {} });
    expect(ops[3].input.NextToken).to.equal('n1');
    expect(ops[4].input.CredentialId).to.equal('c2');
  });

  it('refuses the passkey operations when nobody is signed in, without a call', async () => {
    const { transport, calls } = scripted({});
    const error = await backend(transport).listPasskeys().catch((e: AuthError) => e);
    expect(error).to.have.property('name', 'NotAuthorizedException');
    expect(calls).to.have.length(0);
  });
});
