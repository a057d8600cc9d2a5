/**
 * CUSTOM_AUTH with and without SRP, driven by trigger modules: the example (emailed code, three
 * tries) and a five-round quiz fixture that echoes its events, for the engine and the event shapes.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { AuthenticationDetails, CognitoUser, CognitoUserPool } from 'amazon-cognito-identity-js';
import type { ChallengeResult, CreateAuthChallengeEvent, DefineAuthChallengeEvent } from '../src/custom-auth.js';
import { createAuthChallenge, defineAuthChallenge, verifyAuthChallengeResponse } from '../triggers/custom-auth.js';
import {
  PASSWORD,
  assertError,
  call,
  createUser,
  expectChallenge,
  expectTokens,
  outbox,
  respond,
  signInWithPassword,
  start,
  type LocalCognito,
} from './helpers.js';

let lc: LocalCognito;
let quiz: LocalCognito;
before(async () => {
  [lc, quiz] = await Promise.all([
    start(),
    start({ env: { CUSTOM_AUTH_TRIGGERS: fileURLToPath(new URL('./fixtures/quiz-triggers.ts', import.meta.url)) } }),
  ]);
});
after(() => Promise.all([lc?.stop(), quiz?.stop()]));

function customWithoutSrp(instance: LocalCognito, username: string, clientMetadata?: Record<string, string>) {
  return call(instance, 'InitiateAuth', { AuthFlow: 'CUSTOM_AUTH', ClientId: instance.clientId, AuthParameters: { USERNAME: username }, ClientMetadata: clientMetadata });
}

async function emailedCodes(username: string) {
  return (await outbox(lc, username)).filter((m) => m.purpose === 'CUSTOM_CHALLENGE');
}

describe('CUSTOM_AUTH with the example triggers (emailed code)', () => {
  it('without SRP: the code is the only factor', async () => {
    const username = await createUser(lc, 'custom', { email: 'dee@example.com' });
    const { parameters, session } = expectChallenge(await customWithoutSrp(lc, username), 'CUSTOM_CHALLENGE');
    assert.deepEqual(parameters, { prompt: 'Enter the code we emailed to d***@e***.', label: 'Code', inputmode: 'numeric', USERNAME: username });
    const [message] = await emailedCodes(username);
    assert.deepEqual([message.medium, message.destination], ['EMAIL', 'dee@example.com']);
    expectTokens(await respond(lc, 'CUSTOM_CHALLENGE', session, username, { ANSWER: ` ${message.code} ` }));
  });

  it('a wrong code is another round with a new Session; the third wrong code fails the sign-in', async () => {
    const username = await createUser(lc, 'custom-wrong');
    let { session } = expectChallenge(await customWithoutSrp(lc, username), 'CUSTOM_CHALLENGE');
    const [message] = await emailedCodes(username);
    const wrong = message.code === '000000' ? '111111' : '000000';
    for (const left of [2, 1]) {
      const next = expectChallenge(await respond(lc, 'CUSTOM_CHALLENGE', session, username, { ANSWER: wrong }), 'CUSTOM_CHALLENGE');
      assert.notEqual(next.session, session);
      assert.match(next.parameters.prompt, new RegExp(`not right.*${left} attempts? left`));
      assertError(await respond(lc, 'CUSTOM_CHALLENGE', session, username, { ANSWER: message.code }), 'NotAuthorizedException', /only be used once/);
      session = next.session;
    }
    assertError(await respond(lc, 'CUSTOM_CHALLENGE', session, username, { ANSWER: wrong }), 'NotAuthorizedException', 'Incorrect username or password.');
    assert.equal((await emailedCodes(username)).length, 1, 'one email for all rounds');
  });

  it('a right code after a wrong one still signs in', async () => {
    const username = await createUser(lc, 'custom-retry');
    const first = expectChallenge(await customWithoutSrp(lc, username), 'CUSTOM_CHALLENGE');
    const [message] = await emailedCodes(username);
    const second = expectChallenge(await respond(lc, 'CUSTOM_CHALLENGE', first.session, username, { ANSWER: 'nope' }), 'CUSTOM_CHALLENGE');
    expectTokens(await respond(lc, 'CUSTOM_CHALLENGE', second.session, username, { ANSWER: message.code }));
  });

  it('with SRP: PASSWORD_VERIFIER, then the code; a wrong password ends it', async () => {
    const username = await createUser(lc, 'custom-srp');
    const { session } = expectChallenge(await signInWithPassword(lc, username, PASSWORD, 'CUSTOM_WITH_SRP'), 'CUSTOM_CHALLENGE');
    const [message] = await emailedCodes(username);
    expectTokens(await respond(lc, 'CUSTOM_CHALLENGE', session, username, { ANSWER: message.code }));
    assertError(await signInWithPassword(lc, username, 'Wrong-pass-123', 'CUSTOM_WITH_SRP'), 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('the seeded custom-challenge user; an unknown user is UserNotFoundException (LEGACY client)', async () => {
    const { session } = expectChallenge(await signInWithPassword(lc, 'custom-challenge', PASSWORD, 'CUSTOM_WITH_SRP'), 'CUSTOM_CHALLENGE');
    const [message] = (await emailedCodes('custom-challenge')).slice(-1);
    expectTokens(await respond(lc, 'CUSTOM_CHALLENGE', session, 'custom-challenge', { ANSWER: message.code }));
    assertError(await customWithoutSrp(lc, 'nobody-at-all'), 'UserNotFoundException');
  });
});

describe('the example trigger module on its own', () => {
  const base = { version: '1' as const, region: 'local', userPoolId: 'local_X', userName: 'u', callerContext: { awsSdkVersion: 'x', clientId: 'c' } };
  const define = (session: ChallengeResult[], email = 'u@example.com') =>
    defineAuthChallenge({
      ...base,
      triggerSource: 'DefineAuthChallenge_Authentication',
      request: { userAttributes: { email }, session, userNotFound: false },
      response: {},
    } as DefineAuthChallengeEvent).then((e) => e.response);
  const ok = (challengeName: string, challengeResult = true): ChallengeResult => ({ challengeName, challengeResult });

  it('Define: SRP_A → PASSWORD_VERIFIER → CUSTOM_CHALLENGE → tokens; a failed password or three failed codes fail', async () => {
    assert.equal((await define([])).challengeName, 'CUSTOM_CHALLENGE');
    assert.equal((await define([ok('SRP_A')])).challengeName, 'PASSWORD_VERIFIER');
    assert.equal((await define([ok('SRP_A'), ok('PASSWORD_VERIFIER')])).challengeName, 'CUSTOM_CHALLENGE');
    assert.equal((await define([ok('SRP_A'), ok('PASSWORD_VERIFIER', false)])).failAuthentication, true);
    assert.equal((await define([ok('CUSTOM_CHALLENGE')])).issueTokens, true);
    const wrong = ok('CUSTOM_CHALLENGE', false);
    assert.equal((await define([wrong, wrong])).challengeName, 'CUSTOM_CHALLENGE');
    assert.equal((await define([wrong, wrong, wrong])).failAuthentication, true);
    assert.equal((await define([], '')).failAuthentication, true);
  });

  it('Create sends one code and carries it in challengeMetadata; Verify compares', async () => {
    const sent: string[] = [];
    const local = { deliver: (m: { code: string }) => void sent.push(m.code), generateCode: () => '424242' };
    const create = (session: ChallengeResult[]) =>
      createAuthChallenge(
        { ...base, triggerSource: 'CreateAuthChallenge_Authentication', request: { userAttributes: { email: 'u@example.com' }, challengeName: 'CUSTOM_CHALLENGE', session, userNotFound: false }, response: {} } as CreateAuthChallengeEvent,
        local,
      ).then((e) => e.response);
    const first = await create([]);
    assert.deepEqual([first.challengeMetadata, first.privateChallengeParameters, sent], ['CODE-424242', { answer: '424242' }, ['424242']]);
    const second = await create([{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'CODE-424242' }]);
    assert.deepEqual([second.privateChallengeParameters, sent.length], [{ answer: '424242' }, 1]);
    const verify = (challengeAnswer: string) =>
      verifyAuthChallengeResponse({
        ...base,
        triggerSource: 'VerifyAuthChallengeResponse_Authentication',
        request: { userAttributes: {}, privateChallengeParameters: { answer: '424242' }, challengeAnswer, userNotFound: false },
        response: {},
      }).then((e) => e.response.answerCorrect);
    assert.deepEqual([await verify('424242'), await verify('424243')], [true, false]);
  });
});

describe('the engine with another trigger module (five rounds)', () => {
  it('runs every round Define asks for, with AWS-shaped events', async () => {
    const username = await createUser(quiz, 'quiz', { email: 'quiz@example.com' });
    let { parameters, session } = expectChallenge(await customWithoutSrp(quiz, username, { app: 'tests' }), 'CUSTOM_CHALLENGE');
    assert.deepEqual(
      { ...parameters, session: JSON.parse(parameters.session) },
      {
        question: '1 + 1',
        round: '1',
        triggerSource: 'CreateAuthChallenge_Authentication',
        session: [],
        clientMetadata: '{"app":"tests"}',
        userNotFound: 'false',
        email: 'quiz@example.com',
        status: 'CONFIRMED',
        clientId: quiz.clientId,
        USERNAME: username,
      },
    );
    for (let round = 1; round < 5; round++) {
      ({ parameters, session } = expectChallenge(await respond(quiz, 'CUSTOM_CHALLENGE', session, username, { ANSWER: String(round * 2) }), 'CUSTOM_CHALLENGE'));
      assert.equal(parameters.round, String(round + 1));
    }
    assert.deepEqual(
      JSON.parse(parameters.session),
      [1, 2, 3, 4].map((n) => ({ challengeName: 'CUSTOM_CHALLENGE', challengeResult: true, challengeMetadata: `ROUND-${n}` })),
    );
    expectTokens(await respond(quiz, 'CUSTOM_CHALLENGE', session, username, { ANSWER: '10' }));
  });

  it('with SRP the history starts with SRP_A and PASSWORD_VERIFIER; a throwing trigger is UserLambdaValidationException', async () => {
    const username = await createUser(quiz, 'quiz-srp');
    const { parameters, session } = expectChallenge(await signInWithPassword(quiz, username, PASSWORD, 'CUSTOM_WITH_SRP'), 'CUSTOM_CHALLENGE');
    assert.deepEqual(JSON.parse(parameters.session), [
      { challengeName: 'SRP_A', challengeResult: true },
      { challengeName: 'PASSWORD_VERIFIER', challengeResult: true },
    ]);
    assertError(await respond(quiz, 'CUSTOM_CHALLENGE', session, username, { ANSWER: 'throw' }), 'UserLambdaValidationException', 'VerifyAuthChallengeResponse failed with error the quiz broke.');
  });
});

describe('amazon-cognito-identity-js customChallenge callback', () => {
  type Outcome = { callback: string; parameters?: Record<string, string>; code?: string };
  const callbacks = (resolve: (o: Outcome) => void) => ({
    onSuccess: () => resolve({ callback: 'onSuccess' }),
    onFailure: (error: Error & { code?: string }) => resolve({ callback: 'onFailure', code: error.code }),
    customChallenge: (parameters: Record<string, string>) => resolve({ callback: 'customChallenge', parameters }),
  });

  it('without SRP (initiateAuth) and with SRP (authenticateUser), answered with sendCustomChallengeAnswer', async () => {
    const pool = new CognitoUserPool({ UserPoolId: lc.userPoolId, ClientId: lc.clientId, endpoint: lc.endpoint });
    for (const withSrp of [false, true]) {
      const username = await createUser(lc, withSrp ? 'ijs-custom-srp' : 'ijs-custom');
      const user = new CognitoUser({ Username: username, Pool: pool });
      user.setAuthenticationFlowType('CUSTOM_AUTH');
      const details = new AuthenticationDetails({ Username: username, Password: withSrp ? PASSWORD : undefined });
      const challenge = await new Promise<Outcome>((resolve) =>
        withSrp ? user.authenticateUser(details, callbacks(resolve)) : user.initiateAuth(details, callbacks(resolve)),
      );
      assert.equal(challenge.callback, 'customChallenge', JSON.stringify(challenge));
      assert.equal(challenge.parameters?.label, 'Code');
      const [message] = await emailedCodes(username);
      const wrong = await new Promise<Outcome>((resolve) => user.sendCustomChallengeAnswer('nope', callbacks(resolve)));
      assert.equal(wrong.callback, 'customChallenge');
      const done = await new Promise<Outcome>((resolve) => user.sendCustomChallengeAnswer(message.code, callbacks(resolve)));
      assert.equal(done.callback, 'onSuccess');
    }
  });
});
