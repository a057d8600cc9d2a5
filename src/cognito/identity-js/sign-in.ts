/**
 * Sign-in on identity-js: the four flows, every challenge, MFA setup and "send a new code".
 * identity-js's callbacks become `SignInResult`s; each call says which replies identity-js can
 * take, and the backend settles the others itself (see README.md, "How a call runs").
 */
import { AuthenticationDetails, type CognitoUser, type CognitoUserSession, type IAuthenticationCallback } from 'amazon-cognito-identity-js';
import type { AuthFlowType, CallOptions, ChallengeAnswer, ChallengeHandle, SignInInput, SignInResult } from '../../core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { SignInAttempts, type Attempt } from '../attempts.js';
import { answerMismatch, attributesOf, encodeAnswer, isTotpSetupCode, parseChallenge, publicParameters } from '../challenges.js';
import { Call, CallClient, toAuthError } from './client.js';
import { str, type Json } from '../wire.js';
import { internals, toSession, userFor, userSession, type IdentityJsContext } from './context.js';

/** One sign-in in progress: one `CognitoUser`, whose `Session` is always the newest. */
interface UserAttempt extends Attempt {
  user: CognitoUser;
}

/** The challenges `CognitoUser.authenticateUserInternal` has a callback for (else it reads tokens). */
const LIBRARY_CHALLENGES = new Set([
  'SMS_MFA',
  'SOFTWARE_TOKEN_MFA',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'CUSTOM_CHALLENGE',
  'NEW_PASSWORD_REQUIRED',
  'DEVICE_SRP_AUTH',
]);

/** A reply identity-js's own flow handles: tokens, or a challenge it has a callback for. */
const libraryHandles = (name: string | undefined) => !name || LIBRARY_CHALLENGES.has(name);
/** Device SRP (remembered devices) is left to identity-js entirely. */
const isDeviceStep = (request: Json) => /^DEVICE_/.test(str(request.ChallengeName) ?? '');

export class IdentityJsSignIn {
  private readonly attempts = new SignInAttempts<UserAttempt>();

  constructor(private readonly ctx: IdentityJsContext) {}

  signIn(input: SignInInput, options: CallOptions = {}): Promise<SignInResult> {
    const flow: AuthFlowType = input.authFlowType ?? 'USER_SRP_AUTH';
    const { username, password } = input;
    if (flow === 'USER_AUTH') {
      // identity-js 6 predates choice-based sign-in: it can neither start it nor answer its challenges.
      return Promise.reject(new AuthError(KIT_ERROR_NAMES.unsupported, 'USER_AUTH needs the API backend (fetch or SDK transport).'));
    }
    if (!username) return Promise.reject(new AuthError(KIT_ERROR_NAMES.validation, 'A username is required.'));
    if (flow !== 'CUSTOM_WITHOUT_SRP' && !password) {
      return Promise.reject(new AuthError(KIT_ERROR_NAMES.validation, 'A password is required.'));
    }
    const user = userFor(this.ctx, username);
    const attempt = this.attempts.open({ user }, { ...input, authFlowType: flow });
    const call = this.attemptCall<SignInResult>(attempt, options);
    const details = new AuthenticationDetails({ Username: username, Password: password, ClientMetadata: options.clientMetadata });
    const callbacks = this.callbacks(attempt, call);
    // A sign-in refused before it gives out a handle (a wrong password) keeps nothing.
    switch (flow) {
      case 'USER_SRP_AUTH':
      case 'CUSTOM_WITH_SRP':
        user.setAuthenticationFlowType(flow === 'USER_SRP_AUTH' ? flow : 'CUSTOM_AUTH');
        // identity-js reads SRP_B from whatever InitiateAuth answers: only PASSWORD_VERIFIER is its to take.
        call.handles = (name, request) => (request.AuthFlow ? name === 'PASSWORD_VERIFIER' : libraryHandles(name));
        return this.attempts.started(attempt, call.run(() => user.authenticateUser(details, callbacks)));
      case 'USER_PASSWORD_AUTH':
        user.setAuthenticationFlowType(flow);
        call.handles = libraryHandles;
        return this.attempts.started(attempt, call.run(() => user.authenticateUser(details, callbacks)));
      case 'CUSTOM_WITHOUT_SRP':
        user.setAuthenticationFlowType('CUSTOM_AUTH');
        // `initiateAuth` knows CUSTOM_CHALLENGE and tokens, nothing else.
        call.handles = (name, request) => (request.AuthFlow ? !name || name === 'CUSTOM_CHALLENGE' : libraryHandles(name));
        return this.attempts.started(attempt, call.run(() => user.initiateAuth(details, callbacks)));
      default:
        return Promise.reject(new AuthError(KIT_ERROR_NAMES.validation, `Unknown auth flow type: ${String(flow)}.`));
    }
  }

  async answerChallenge(handle: ChallengeHandle, answer: ChallengeAnswer, options: CallOptions = {}): Promise<SignInResult> {
    const { attempt, challengeName } = this.attempts.get(handle);
    if (isTotpSetupCode(challengeName, answer)) return this.verifyTotp(attempt, answer, options);
    const responses = encodeAnswer(challengeName, answer);
    if (!responses) throw answerMismatch(challengeName);
    const { user } = attempt;
    const call = this.attemptCall<SignInResult>(attempt, options);
    const callbacks = this.callbacks(attempt, call);
    const metadata = options.clientMetadata;
    switch (challengeName) {
      case 'SMS_MFA':
      case 'SOFTWARE_TOKEN_MFA':
        // sendMFACode expects tokens (or device SRP) and nothing else.
        call.handles = (name, request) => !name || isDeviceStep(request) || name === 'DEVICE_SRP_AUTH';
        return call.run(() => user.sendMFACode(Object.values(responses)[0] ?? '', callbacks, challengeName, metadata));
      case 'SELECT_MFA_TYPE': {
        const choice = responses.ANSWER ?? '';
        // sendMFASelectionAnswer calls back only for SMS_MFA and SOFTWARE_TOKEN_MFA; for EMAIL_OTP it would never answer.
        call.handles = (name) => (choice === 'SMS_MFA' || choice === 'SOFTWARE_TOKEN_MFA') && name === choice;
        return call.run(() => user.sendMFASelectionAnswer(choice, callbacks)).then((result) => {
          if ('mfaType' in answer) attempt.selectedMfa = answer.mfaType;
          return result;
        });
      }
      case 'NEW_PASSWORD_REQUIRED':
        call.handles = (name, request) => isDeviceStep(request) || libraryHandles(name);
        return call.run(() =>
          user.completeNewPasswordChallenge(responses.NEW_PASSWORD ?? '', attributesOf(responses), callbacks, metadata),
        );
      case 'CUSTOM_CHALLENGE':
        call.handles = (name, request) => isDeviceStep(request) || libraryHandles(name);
        return call.run(() => user.sendCustomChallengeAnswer(responses.ANSWER ?? '', callbacks, metadata));
      default:
        // EMAIL_OTP, MFA_SETUP answered with EMAIL, and any challenge identity-js has no method for.
        return call.run(() => this.respondDirectly(attempt, call, challengeName, responses));
    }
  }

  resendChallengeCode(handle: ChallengeHandle, options: CallOptions = {}): Promise<SignInResult> {
    return this.attempts.resend(handle, this, options);
  }

  async associateTotp(handle: ChallengeHandle, options: CallOptions = {}): Promise<{ secretCode: string }> {
    const { attempt } = this.attempts.get(handle);
    const call = this.attemptCall<{ secretCode: string }>(attempt, options);
    return call.run(() =>
      attempt.user.associateSoftwareToken({
        associateSecretCode: (secretCode) => call.ok({ secretCode }),
        onFailure: (error) => call.fail(toAuthError(error, call.signal)),
      }),
    );
  }

  /** The authenticator app's first code at MFA setup. */
  private verifyTotp(attempt: UserAttempt, answer: { code: string; deviceName?: string }, options: CallOptions): Promise<SignInResult> {
    const call = this.attemptCall<SignInResult>(attempt, options);
    // verifySoftwareToken reads tokens from the MFA_SETUP answer; anything else is the backend's.
    call.handles = (name) => !name;
    return call.run(() =>
      attempt.user.verifySoftwareToken(answer.code, answer.deviceName as string, {
        onSuccess: (session) => call.ok(this.done(attempt, session)),
        onFailure: (error) => call.fail(toAuthError(error, call.signal)),
      }),
    );
  }

  /** A call on the sign-in in progress: its user now talks through it. */
  private attemptCall<T extends SignInResult | { secretCode: string }>(attempt: UserAttempt, options: CallOptions): Call<T> {
    const call = new Call<T>(options.signal, options.clientMetadata, this.ctx.timeout);
    const user = internals(attempt.user);
    user.client = new CallClient(this.ctx.client, call);
    call.onChallenge = (reply) => {
      // Every later answer names the canonical user (alias pools), as the API backend does.
      const parameters = (reply.ChallengeParameters ?? {}) as Json;
      const canonical = str(parameters.USERNAME) || str(parameters.USER_ID_FOR_SRP);
      if (canonical && canonical !== user.username) {
        user.username = canonical;
        user.userDataKey = `${user.keyPrefix}.${canonical}.userData`;
      }
    };
    call.takeOver = (reply) => this.settleReply(attempt, call as Call<unknown> as Call<SignInResult>, reply);
    return call;
  }

  private callbacks(attempt: UserAttempt, call: Call<SignInResult>): IAuthenticationCallback {
    const challenge = (fallback: string) => (name?: unknown) =>
      this.settleChallenge(attempt, call, str(call.reply?.ChallengeName) ?? str(name) ?? fallback, call.reply);
    return {
      onSuccess: (session) => call.ok(this.done(attempt, session)),
      onFailure: (error) => call.fail(toAuthError(error, call.signal)),
      newPasswordRequired: () => challenge('NEW_PASSWORD_REQUIRED')(),
      mfaRequired: challenge('SMS_MFA'),
      totpRequired: challenge('SOFTWARE_TOKEN_MFA'),
      customChallenge: () => challenge('CUSTOM_CHALLENGE')(),
      selectMFAType: challenge('SELECT_MFA_TYPE'),
      mfaSetup: challenge('MFA_SETUP'),
    };
  }

  /** RespondToAuthChallenge sent by the backend, through identity-js's client, for what identity-js cannot answer. */
  private respondDirectly(attempt: UserAttempt, call: Call<SignInResult>, challengeName: string, responses: Record<string, string>): void {
    const user = internals(attempt.user);
    const request: Json = {
      ChallengeName: challengeName,
      ClientId: this.ctx.clientId,
      ChallengeResponses: { ...responses, USERNAME: user.username },
      Session: user.Session,
    };
    call.handles = () => true;
    user.client.request('RespondToAuthChallenge', request, (error, reply) =>
      error || !reply ? call.fail(toAuthError(error, call.signal)) : this.settleReply(attempt, call, reply),
    );
  }

  /** A reply identity-js cannot take: tokens are handed to the CognitoUser (which caches them), a challenge becomes a result. */
  private settleReply(attempt: UserAttempt, call: Call<SignInResult>, reply: Json): void {
    const result = (reply.AuthenticationResult ?? {}) as Json;
    const accessToken = str(result.AccessToken);
    if (accessToken) {
      const session = userSession({ idToken: str(result.IdToken), accessToken, refreshToken: str(result.RefreshToken) });
      attempt.user.setSignInUserSession(session);
      return call.ok(this.done(attempt, session));
    }
    const name = str(reply.ChallengeName);
    if (!name) return call.fail(new AuthError(KIT_ERROR_NAMES.unknown, 'Cognito answered with neither tokens nor a challenge.'));
    const user = internals(attempt.user);
    user.Session = str(reply.Session) ?? user.Session;
    if (name === 'PASSWORD_VERIFIER') {
      return call.fail(new AuthError(KIT_ERROR_NAMES.unknownChallenge, 'Unexpected PASSWORD_VERIFIER challenge.'));
    }
    this.settleChallenge(attempt, call, name, reply);
  }

  /** A challenge reply as a result, or the call's failure when the kit has no step for it. */
  private settleChallenge(attempt: UserAttempt, call: Call<SignInResult>, name: string, reply: Json | undefined): void {
    const parameters = publicParameters(reply?.ChallengeParameters);
    let challenge;
    try {
      challenge = parseChallenge(name, parameters);
    } catch (error) {
      return call.fail(error as AuthError);
    }
    call.ok({ kind: 'challenge', challenge, name, parameters, handle: this.attempts.handle(attempt, name) });
  }

  private done(attempt: UserAttempt, session: CognitoUserSession): SignInResult {
    this.attempts.end(attempt);
    return { kind: 'done', session: toSession(session, attempt.user.getUsername(), this.ctx.now()) };
  }
}
