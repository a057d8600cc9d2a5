/**
 * `AuthBackend` over `amazon-cognito-identity-js` 6: its `CognitoUserPool` and `CognitoUser`, its
 * SRP, its token storage. identity-js's callbacks (`onSuccess`, `onFailure`, `mfaRequired`,
 * `totpRequired`, `customChallenge`, `newPasswordRequired`, `selectMFAType`, `mfaSetup`) become the
 * same `SignInResult`s the API backend returns; where identity-js has no method (EMAIL_OTP, MFA
 * setup by email) the backend sends the request itself through identity-js's own client. See
 * README.md in this folder for each difference and what was done with it.
 */
// First, before identity-js is evaluated: buffer reads `global` at import time (see global.ts).
import { globalObject } from './global.js';
import {
  AuthenticationDetails,
  CognitoAccessToken,
  CognitoIdToken,
  CognitoRefreshToken,
  CognitoUser,
  CognitoUserAttribute,
  CognitoUserPool,
  CognitoUserSession,
  type IAuthenticationCallback,
  type ICognitoStorage,
} from 'amazon-cognito-identity-js';
import type {
  AuthBackend,
  AuthFlowType,
  AuthSession,
  CallOptions,
  ChallengeHandle,
  CodeDelivery,
  SignInInput,
  SignInResult,
  SignUpInput,
  SignUpResult,
} from '../../core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { Call, CallClient, toAuthError, type CallState, type IdentityJsClient, type Json } from './client.js';
import { cachedTokens, MemoryCognitoStorage, type CachedTokens } from './storage.js';

export interface CognitoIdentityJsBackendOptions {
  /** `<region>_<name>`; with `clientId`, the backend makes its own `CognitoUserPool`. */
  userPoolId?: string;
  /** An app client without a secret. */
  clientId?: string;
  /** Overrides `https://cognito-idp.<region>.amazonaws.com/` (local Cognito, a proxy). */
  endpoint?: string;
  /** An existing pool (an app already built on identity-js): its client and endpoint are used. */
  pool?: CognitoUserPool;
  /**
   * Where identity-js keeps the tokens, refresh token included. Default: memory only, even when a
   * `pool` is given (its own storage is `localStorage` unless the app chose one). Pass
   * `pool.storage`, `localStorage` or a `CookieStorage` to keep identity-js's persistence.
   */
  storage?: ICognitoStorage;
  /** Refresh when the access token expires within this many ms. Default 60 000. */
  refreshMargin?: number;
  /** The clock (epoch ms); tests fix it. */
  now?: () => number;
}

/** The tokens a signed-in app may use for its own API calls (never the refresh token). */
export interface SessionTokens {
  idToken: string;
  accessToken: string;
  expiresAt: number;
}

/** identity-js fields the typings leave out. */
interface PoolInternals {
  client?: IdentityJsClient;
}
interface UserInternals {
  client: IdentityJsClient;
  Session: string | null;
  username: string;
  keyPrefix: string;
  userDataKey: string;
  revokeToken?(input: { token: string; callback: (error?: unknown) => void }): void;
}
const internals = (user: CognitoUser) => user as unknown as UserInternals;

/** One sign-in in progress: one `CognitoUser`, whose `Session` is always the newest. */
interface Attempt {
  user: CognitoUser;
  /** What started it, password included, for "send a new code"; memory only, dropped on tokens or after the window. */
  restart?: SignInInput;
  selectedMfa?: string;
}

interface HandleState {
  attempt: Attempt;
  challengeName: string;
}

/** As in the API backend: longer than a challenge Session lives. */
const RESTART_WINDOW_MS = 5 * 60_000;
const HIDDEN_PARAMETERS = new Set(['USERNAME', 'USER_ID_FOR_SRP']);
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
const CODE_RESPONSE: Record<string, string> = { SMS_MFA: 'SMS_MFA_CODE', SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE' };
const ATTRIBUTE_PREFIX = 'userAttributes.';

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** A reply identity-js's own flow handles: tokens, or a challenge it has a callback for. */
const libraryHandles = (name: string | undefined) => !name || LIBRARY_CHALLENGES.has(name);
/** Device SRP (remembered devices) is left to identity-js entirely. */
const isDeviceStep = (request: Json) => /^DEVICE_/.test(str(request.ChallengeName) ?? '');

function codeDelivery(details: unknown): CodeDelivery {
  const d = (details ?? {}) as Json;
  const medium = d.DeliveryMedium === 'EMAIL' || d.DeliveryMedium === 'SMS' ? d.DeliveryMedium : 'UNKNOWN';
  const delivery: CodeDelivery = { destination: str(d.Destination) ?? '', medium };
  const attributeName = str(d.AttributeName);
  if (attributeName) delivery.attributeName = attributeName;
  return delivery;
}

function expiresAtOf(accessToken: string, now: number): number {
  const exp = new CognitoAccessToken({ AccessToken: accessToken }).getExpiration();
  return typeof exp === 'number' ? exp * 1000 : now + 3_600_000;
}

export class CognitoIdentityJsBackend implements AuthBackend {
  readonly pool: CognitoUserPool;
  readonly storage: ICognitoStorage;
  readonly userPoolId: string;
  readonly clientId: string;
  private readonly client: IdentityJsClient;
  private readonly refreshMargin: number;
  private readonly now: () => number;
  private readonly handles = new WeakMap<ChallengeHandle, HandleState>();
  private refreshing: Promise<AuthSession> | undefined;

  constructor(options: CognitoIdentityJsBackendOptions) {
    // Reading it keeps global.ts in every bundle, ahead of identity-js.
    if (!globalObject) throw new Error('amazon-cognito-identity-js needs globalThis.global.');
    this.storage = options.storage ?? new MemoryCognitoStorage();
    if (options.pool) {
      this.pool = options.pool;
    } else {
      if (!options.userPoolId || !options.clientId) throw new TypeError('Pass userPoolId and clientId, or a CognitoUserPool.');
      this.pool = new CognitoUserPool({
        UserPoolId: options.userPoolId,
        ClientId: options.clientId,
        endpoint: options.endpoint,
        Storage: this.storage,
      });
    }
    const client = (this.pool as unknown as PoolInternals).client;
    if (typeof client?.request !== 'function') throw new TypeError('The CognitoUserPool has no client.');
    this.client = client;
    this.userPoolId = this.pool.getUserPoolId();
    this.clientId = this.pool.getClientId();
    this.refreshMargin = options.refreshMargin ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** A backend on an app's existing pool (tokens in memory unless `options.storage` says otherwise). */
  static fromPool(pool: CognitoUserPool, options: Omit<CognitoIdentityJsBackendOptions, 'pool'> = {}): CognitoIdentityJsBackend {
    return new CognitoIdentityJsBackend({ ...options, pool });
  }

  // ── sign-up ────────────────────────────────────────────────────────────────────────────────

  signUp(input: SignUpInput, options: CallOptions = {}): Promise<SignUpResult> {
    const call = this.call<SignUpResult>(options);
    const pool = Object.create(this.pool, { client: { value: new CallClient(this.client, call) } }) as CognitoUserPool;
    const attributes = Object.entries(input.attributes ?? {}).map(([Name, Value]) => new CognitoUserAttribute({ Name, Value }));
    return call.run(() =>
      pool.signUp(
        input.username,
        input.password,
        attributes,
        undefined as never,
        (error, out) => {
          if (error || !out) return call.fail(toAuthError(error, call.signal));
          const result: SignUpResult = { userConfirmed: out.userConfirmed === true };
          if (out.userSub) result.userSub = out.userSub;
          if (out.codeDeliveryDetails) result.codeDelivery = codeDelivery(out.codeDeliveryDetails);
          call.ok(result);
        },
        options.clientMetadata,
      ),
    );
  }

  confirmSignUp(input: { username: string; code: string }, options: CallOptions = {}): Promise<void> {
    const call = this.call<void>(options);
    const user = this.userFor(input.username, call);
    return call.run(() =>
      user.confirmRegistration(input.code, false, (error) => (error ? call.fail(toAuthError(error, call.signal)) : call.ok()), options.clientMetadata),
    );
  }

  resendSignUpCode(input: { username: string }, options: CallOptions = {}): Promise<CodeDelivery> {
    const call = this.call<CodeDelivery>(options);
    const user = this.userFor(input.username, call);
    return call.run(() =>
      user.resendConfirmationCode(
        (error, out) => (error ? call.fail(toAuthError(error, call.signal)) : call.ok(codeDelivery(out?.CodeDeliveryDetails))),
        options.clientMetadata,
      ),
    );
  }

  // ── sign-in ────────────────────────────────────────────────────────────────────────────────

  signIn(input: SignInInput, options: CallOptions = {}): Promise<SignInResult> {
    const flow: AuthFlowType = input.authFlowType ?? 'USER_SRP_AUTH';
    const { username, password } = input;
    if (!username) return Promise.reject(new AuthError(KIT_ERROR_NAMES.validation, 'A username is required.'));
    if (flow !== 'CUSTOM_WITHOUT_SRP' && !password) {
      return Promise.reject(new AuthError(KIT_ERROR_NAMES.validation, 'A password is required.'));
    }
    const user = new CognitoUser({ Username: username, Pool: this.pool, Storage: this.storage });
    const attempt: Attempt = { user, restart: { ...input, authFlowType: flow } };
    setTimeout(() => delete attempt.restart, RESTART_WINDOW_MS);
    const call = this.attemptCall<SignInResult>(attempt, options);
    const details = new AuthenticationDetails({ Username: username, Password: password, ClientMetadata: options.clientMetadata });
    const callbacks = this.callbacks(attempt, call);
    switch (flow) {
      case 'USER_SRP_AUTH':
      case 'CUSTOM_WITH_SRP':
        user.setAuthenticationFlowType(flow === 'USER_SRP_AUTH' ? flow : 'CUSTOM_AUTH');
        // identity-js reads SRP_B from whatever InitiateAuth answers: only PASSWORD_VERIFIER is its to take.
        call.handles = (name, request) => (request.AuthFlow ? name === 'PASSWORD_VERIFIER' : libraryHandles(name));
        return call.run(() => user.authenticateUser(details, callbacks));
      case 'USER_PASSWORD_AUTH':
        user.setAuthenticationFlowType(flow);
        call.handles = libraryHandles;
        return call.run(() => user.authenticateUser(details, callbacks));
      case 'CUSTOM_WITHOUT_SRP':
        user.setAuthenticationFlowType('CUSTOM_AUTH');
        // `initiateAuth` knows CUSTOM_CHALLENGE and tokens, nothing else.
        call.handles = (name, request) => (request.AuthFlow ? !name || name === 'CUSTOM_CHALLENGE' : libraryHandles(name));
        return call.run(() => user.initiateAuth(details, callbacks));
      default:
        return Promise.reject(new AuthError(KIT_ERROR_NAMES.validation, `Unknown auth flow type: ${String(flow)}.`));
    }
  }

  respondToChallenge(handle: ChallengeHandle, responses: Record<string, string>, options: CallOptions = {}): Promise<SignInResult> {
    const state = this.handles.get(handle);
    if (!state) return Promise.reject(expiredSession());
    const { attempt, challengeName } = state;
    const { user } = attempt;
    const call = this.attemptCall<SignInResult>(attempt, options);
    const callbacks = this.callbacks(attempt, call);
    const metadata = options.clientMetadata;
    switch (challengeName) {
      case 'SMS_MFA':
      case 'SOFTWARE_TOKEN_MFA':
        // sendMFACode expects tokens (or device SRP) and nothing else.
        call.handles = (name, request) => !name || isDeviceStep(request) || name === 'DEVICE_SRP_AUTH';
        return call.run(() => user.sendMFACode(responses[CODE_RESPONSE[challengeName]] ?? '', callbacks, challengeName, metadata));
      case 'SELECT_MFA_TYPE': {
        const answer = responses.ANSWER ?? '';
        // sendMFASelectionAnswer calls back only for SMS_MFA and SOFTWARE_TOKEN_MFA; for EMAIL_OTP it would never answer.
        call.handles = (name) => (answer === 'SMS_MFA' || answer === 'SOFTWARE_TOKEN_MFA') && name === answer;
        return call.run(() => user.sendMFASelectionAnswer(answer, callbacks)).then((result) => {
          attempt.selectedMfa = answer;
          return result;
        });
      }
      case 'NEW_PASSWORD_REQUIRED': {
        const attributes: Record<string, string> = {};
        for (const [key, value] of Object.entries(responses)) {
          if (key.startsWith(ATTRIBUTE_PREFIX)) attributes[key.slice(ATTRIBUTE_PREFIX.length)] = value;
        }
        call.handles = (name, request) => isDeviceStep(request) || libraryHandles(name);
        return call.run(() => user.completeNewPasswordChallenge(responses.NEW_PASSWORD ?? '', attributes, callbacks, metadata));
      }
      case 'CUSTOM_CHALLENGE':
        call.handles = (name, request) => isDeviceStep(request) || libraryHandles(name);
        return call.run(() => user.sendCustomChallengeAnswer(responses.ANSWER ?? '', callbacks, metadata));
      default:
        // EMAIL_OTP, MFA_SETUP answered with EMAIL, and any challenge identity-js has no method for.
        return call.run(() => this.respondDirectly(attempt, call, challengeName, responses));
    }
  }

  async resendChallengeCode(handle: ChallengeHandle, options: CallOptions = {}): Promise<SignInResult> {
    const state = this.handles.get(handle);
    const restart = state?.attempt.restart;
    if (!state || !restart) throw expiredSession();
    const result = await this.signIn(restart, options);
    const { selectedMfa } = state.attempt;
    if (result.kind === 'challenge' && result.name === 'SELECT_MFA_TYPE' && selectedMfa) {
      return this.respondToChallenge(result.handle, { ANSWER: selectedMfa }, options);
    }
    return result;
  }

  associateTotp(handle: ChallengeHandle, options: CallOptions = {}): Promise<{ secretCode: string }> {
    const state = this.handles.get(handle);
    if (!state) return Promise.reject(expiredSession());
    const call = this.attemptCall<{ secretCode: string }>(state.attempt, options);
    return call.run(() =>
      state.attempt.user.associateSoftwareToken({
        associateSecretCode: (secretCode) => call.ok({ secretCode }),
        onFailure: (error) => call.fail(toAuthError(error, call.signal)),
      }),
    );
  }

  verifyTotpSetup(handle: ChallengeHandle, input: { code: string; deviceName?: string }, options: CallOptions = {}): Promise<SignInResult> {
    const state = this.handles.get(handle);
    if (!state) return Promise.reject(expiredSession());
    const { attempt } = state;
    const call = this.attemptCall<SignInResult>(attempt, options);
    // verifySoftwareToken reads tokens from the MFA_SETUP answer; anything else is the backend's.
    call.handles = (name) => !name;
    return call.run(() =>
      attempt.user.verifySoftwareToken(input.code, input.deviceName as string, {
        onSuccess: (session) => call.ok(this.done(attempt, session)),
        onFailure: (error) => call.fail(toAuthError(error, call.signal)),
      }),
    );
  }

  // ── password reset ─────────────────────────────────────────────────────────────────────────

  forgotPassword(input: { username: string }, options: CallOptions = {}): Promise<CodeDelivery> {
    const call = this.call<CodeDelivery>(options);
    const user = this.userFor(input.username, call);
    const delivered = (out: unknown) => call.ok(codeDelivery((out as Json | undefined)?.CodeDeliveryDetails));
    return call.run(() =>
      user.forgotPassword(
        { onSuccess: delivered, inputVerificationCode: delivered, onFailure: (error) => call.fail(toAuthError(error, call.signal)) },
        options.clientMetadata,
      ),
    );
  }

  confirmForgotPassword(input: { username: string; code: string; password: string }, options: CallOptions = {}): Promise<void> {
    const call = this.call<void>(options);
    const user = this.userFor(input.username, call);
    return call.run(() =>
      user.confirmPassword(
        input.code,
        input.password,
        { onSuccess: () => call.ok(), onFailure: (error) => call.fail(toAuthError(error, call.signal)) },
        options.clientMetadata,
      ),
    );
  }

  // ── session ────────────────────────────────────────────────────────────────────────────────

  async currentSession(options: CallOptions = {}): Promise<AuthSession | null> {
    const cached = cachedTokens(this.storage, this.clientId);
    if (!cached?.accessToken || !cached.idToken) return null;
    if (expiresAtOf(cached.accessToken, this.now()) - this.now() > this.refreshMargin) return this.sessionOf(cached);
    if (!cached.refreshToken) {
      this.forget(cached.username);
      return null;
    }
    try {
      return await this.refreshSession(options);
    } catch (error) {
      // identity-js drops the tokens on NotAuthorizedException (revoked or expired refresh token).
      if (error instanceof AuthError && error.name === 'NotAuthorizedException') return null;
      throw error;
    }
  }

  refreshSession(options: CallOptions = {}): Promise<AuthSession> {
    this.refreshing ??= this.refresh(options).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refresh(options: CallOptions): Promise<AuthSession> {
    const cached = cachedTokens(this.storage, this.clientId);
    if (!cached?.refreshToken) throw new AuthError('NotAuthorizedException', 'Not signed in.');
    const call = this.call<AuthSession>(options);
    const user = this.userFor(cached.username, call);
    const refreshToken = new CognitoRefreshToken({ RefreshToken: cached.refreshToken });
    return call.run(() =>
      user.refreshSession(
        refreshToken,
        (error, session) => (error ? call.fail(toAuthError(error, call.signal)) : call.ok(this.toSession(session, user.getUsername()))),
        options.clientMetadata,
      ),
    );
  }

  /**
   * Signs out: `globalSignOut` when `global` (after `getSession`, which refreshes an expired access
   * token first), otherwise RevokeToken of the refresh token. The cached tokens are dropped either
   * way before this settles; it rejects only when the server call failed.
   */
  async signOut(input: { global?: boolean } = {}, options: CallOptions = {}): Promise<void> {
    const cached = cachedTokens(this.storage, this.clientId);
    if (!cached) return;
    const call = this.call<void>(options);
    const user = this.userFor(cached.username, call);
    const failed = (error: unknown) => call.fail(toAuthError(error, call.signal));
    try {
      if (input.global) {
        await call.run(() =>
          user.getSession((error: Error | null) => {
            if (error) return failed(error);
            user.globalSignOut({ onSuccess: () => call.ok(), onFailure: failed });
          }),
        );
      } else if (cached.refreshToken) {
        // Not `user.signOut(callback)`: it revokes only tokens carrying an `origin_jti` claim.
        const token = cached.refreshToken;
        const done = (error?: unknown) => (error ? failed(error) : call.ok());
        const { revokeToken } = internals(user);
        await call.run(() =>
          revokeToken
            ? revokeToken.call(user, { token, callback: done })
            : internals(user).client.request('RevokeToken', { Token: token, ClientId: this.clientId }, done),
        );
      }
    } finally {
      user.signOut(); // no callback: identity-js only drops the cached tokens
    }
  }

  /** Fresh tokens for the app's own API calls (refreshed near expiry), or null when signed out. */
  async tokens(options: CallOptions = {}): Promise<SessionTokens | null> {
    if (!(await this.currentSession(options))) return null;
    const cached = cachedTokens(this.storage, this.clientId);
    if (!cached?.accessToken || !cached.idToken) return null;
    return { idToken: cached.idToken, accessToken: cached.accessToken, expiresAt: expiresAtOf(cached.accessToken, this.now()) };
  }

  /** The access token for signed-in operations (GetUser, MFA preferences…), or null. */
  async accessToken(options: CallOptions = {}): Promise<string | null> {
    return (await this.tokens(options))?.accessToken ?? null;
  }

  /**
   * The signed-in `CognitoUser` with its session loaded, on the app's pool and this storage, for
   * the identity-js calls the kit does not make (attributes, MFA preferences, devices); or null.
   */
  async cognitoUser(options: CallOptions = {}): Promise<CognitoUser | null> {
    if (!(await this.currentSession(options))) return null;
    const cached = cachedTokens(this.storage, this.clientId);
    if (!cached) return null;
    const user = new CognitoUser({ Username: cached.username, Pool: this.pool, Storage: this.storage });
    user.setSignInUserSession(
      new CognitoUserSession({
        IdToken: new CognitoIdToken({ IdToken: cached.idToken ?? '' }),
        AccessToken: new CognitoAccessToken({ AccessToken: cached.accessToken ?? '' }),
        RefreshToken: new CognitoRefreshToken({ RefreshToken: cached.refreshToken ?? '' }),
      }),
    );
    return user;
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────

  private call<T>(options: CallOptions): Call<T> {
    return new Call<T>(options.signal, options.clientMetadata);
  }

  /** A `CognitoUser` whose requests go through this call. */
  private userFor(username: string, call: CallState): CognitoUser {
    const user = new CognitoUser({ Username: username, Pool: this.pool, Storage: this.storage });
    internals(user).client = new CallClient(this.client, call);
    return user;
  }

  /** A call on the sign-in in progress: its user now talks through it. */
  private attemptCall<T extends SignInResult | { secretCode: string }>(attempt: Attempt, options: CallOptions): Call<T> {
    const call = this.call<T>(options);
    const user = internals(attempt.user);
    user.client = new CallClient(this.client, call);
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

  private callbacks(attempt: Attempt, call: Call<SignInResult>): IAuthenticationCallback {
    const challenge = (fallback: string) => (name?: unknown) =>
      call.ok(this.challenge(attempt, str(call.reply?.ChallengeName) ?? str(name) ?? fallback, call.reply));
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
  private respondDirectly(attempt: Attempt, call: Call<SignInResult>, challengeName: string, responses: Record<string, string>): void {
    const user = internals(attempt.user);
    const request: Json = {
      ChallengeName: challengeName,
      ClientId: this.clientId,
      ChallengeResponses: { ...responses, USERNAME: user.username },
      Session: user.Session,
    };
    call.handles = () => true;
    user.client.request('RespondToAuthChallenge', request, (error, reply) =>
      error || !reply ? call.fail(toAuthError(error, call.signal)) : this.settleReply(attempt, call, reply),
    );
  }

  /** A reply identity-js cannot take: tokens are handed to the CognitoUser (which caches them), a challenge becomes a result. */
  private settleReply(attempt: Attempt, call: Call<SignInResult>, reply: Json): void {
    const user = internals(attempt.user);
    const result = reply.AuthenticationResult as Json | undefined;
    const accessToken = str(result?.AccessToken);
    if (result && accessToken) {
      const session = new CognitoUserSession({
        IdToken: new CognitoIdToken({ IdToken: str(result.IdToken) ?? '' }),
        AccessToken: new CognitoAccessToken({ AccessToken: accessToken }),
        RefreshToken: new CognitoRefreshToken({ RefreshToken: str(result.RefreshToken) ?? '' }),
      });
      attempt.user.setSignInUserSession(session);
      return call.ok(this.done(attempt, session));
    }
    const name = str(reply.ChallengeName);
    if (!name) return call.fail(new AuthError(KIT_ERROR_NAMES.unknown, 'Cognito answered with neither tokens nor a challenge.'));
    user.Session = str(reply.Session) ?? user.Session;
    if (name === 'PASSWORD_VERIFIER') {
      return call.fail(new AuthError(KIT_ERROR_NAMES.unknownChallenge, 'Unexpected PASSWORD_VERIFIER challenge.'));
    }
    call.ok(this.challenge(attempt, name, reply));
  }

  private challenge(attempt: Attempt, name: string, reply: Json | undefined): SignInResult {
    const parameters: Record<string, string> = {};
    for (const [key, value] of Object.entries((reply?.ChallengeParameters ?? {}) as Json)) {
      if (typeof value === 'string' && !HIDDEN_PARAMETERS.has(key)) parameters[key] = value;
    }
    const handle = Object.freeze({}) as ChallengeHandle;
    this.handles.set(handle, { attempt, challengeName: name });
    return { kind: 'challenge', name, parameters: Object.freeze(parameters), handle };
  }

  private done(attempt: Attempt, session: CognitoUserSession): SignInResult {
    delete attempt.restart;
    return { kind: 'done', session: this.toSession(session, attempt.user.getUsername()) };
  }

  private sessionOf(cached: CachedTokens): AuthSession {
    return this.toSession(
      new CognitoUserSession({
        IdToken: new CognitoIdToken({ IdToken: cached.idToken ?? '' }),
        AccessToken: new CognitoAccessToken({ AccessToken: cached.accessToken ?? '' }),
      }),
      cached.username,
    );
  }

  private toSession(session: CognitoUserSession, fallbackUsername: string): AuthSession {
    const idTokenClaims = Object.freeze({ ...session.getIdToken().payload });
    const accessTokenClaims = Object.freeze({ ...session.getAccessToken().payload });
    const username = str(accessTokenClaims.username) ?? str(idTokenClaims['cognito:username']) ?? fallbackUsername;
    const expiresAt = expiresAtOf(session.getAccessToken().getJwtToken(), this.now());
    return Object.freeze({ username, idTokenClaims, accessTokenClaims, expiresAt });
  }

  /** Drops what identity-js cached for `username`. */
  private forget(username: string): void {
    new CognitoUser({ Username: username, Pool: this.pool, Storage: this.storage }).signOut();
  }
}

function expiredSession(): AuthError {
  return new AuthError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
}
