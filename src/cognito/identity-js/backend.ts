/**
 * `AuthBackend` over `amazon-cognito-identity-js` 6: its `CognitoUserPool` and `CognitoUser`, its
 * SRP, its token storage. identity-js's callbacks (`onSuccess`, `onFailure`, `mfaRequired`,
 * `totpRequired`, `customChallenge`, `newPasswordRequired`, `selectMFAType`, `mfaSetup`) become the
 * same results the API backend returns; where identity-js has no method (EMAIL_OTP, MFA setup by
 * email) the backend sends the request itself through identity-js's own client. README.md in this
 * folder lists each difference from the API backend and what was done with it.
 */
// First, before identity-js is evaluated: buffer reads `global` at import time (see global.ts).
import { globalObject } from './global.js';
import {
  CognitoUserAttribute,
  CognitoUserPool,
  type CognitoUser,
  type ICognitoStorage,
} from 'amazon-cognito-identity-js';
import type { AccountProfile, MfaSetting } from '../../core/account-port.js';
import type {
  AuthBackend,
  AuthSession,
  CallOptions,
  ChallengeAnswer,
  ChallengeHandle,
  CodeDelivery,
  FederatedTokens,
  MfaType,
  SignInInput,
  SignInResult,
  SignUpInput,
  SignUpResult,
} from '../../core/backend.js';
import type { AccountContext } from './account.js';
import { Call, CallClient, toAuthError, type IdentityJsClient } from './client.js';
import { codeDelivery, type Json } from '../wire.js';
import { userFor, type IdentityJsContext } from './context.js';
import { IdentityJsSession, type SessionTokens } from './session.js';
import { IdentityJsSignIn } from './sign-in.js';
import { MemoryCognitoStorage } from './storage.js';

export type { SessionTokens } from './session.js';

let account: Promise<typeof import('./account.js')> | undefined;
/** The account page's operations: only an account page needs them, so they load on first use. */
const loadAccount = () => (account ??= import('./account.js'));

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
  /** Gives up on a call Cognito has not answered after this many ms (a retryable `timeout`). Default 15 000. */
  timeout?: number;
  /** The clock (epoch ms); tests fix it. */
  now?: () => number;
}

export class CognitoIdentityJsBackend implements AuthBackend {
  /**
   * The app's pool, or one the backend made. A pool it made keeps nothing: the tokens live in a
   * storage only this backend reads (README.md, "What page script can read").
   */
  readonly pool: CognitoUserPool;
  readonly userPoolId: string;
  readonly clientId: string;
  // `#private`, not TypeScript's `private`: page script can read the latter (docs/architecture.md §8).
  readonly #ctx: IdentityJsContext;
  readonly #signIn: IdentityJsSignIn;
  readonly #session: IdentityJsSession;
  readonly #account: AccountContext;

  constructor(options: CognitoIdentityJsBackendOptions) {
    // Reading it keeps global.ts in every bundle, ahead of identity-js (see global.ts).
    if (!globalObject) throw new Error('amazon-cognito-identity-js needs globalThis.global.');
    const storage = options.storage ?? new MemoryCognitoStorage();
    if (options.pool) {
      this.pool = options.pool;
    } else {
      if (!options.userPoolId || !options.clientId) throw new TypeError('Pass userPoolId and clientId, or a CognitoUserPool.');
      this.pool = new CognitoUserPool({
        UserPoolId: options.userPoolId,
        ClientId: options.clientId,
        endpoint: options.endpoint,
        // The backend's users get `storage` themselves (context.ts); the public pool must not hold it.
        Storage: options.storage ?? new MemoryCognitoStorage(),
      });
    }
    const client = (this.pool as unknown as { client?: IdentityJsClient }).client;
    if (typeof client?.request !== 'function') throw new TypeError('The CognitoUserPool has no client.');
    this.userPoolId = this.pool.getUserPoolId();
    this.clientId = this.pool.getClientId();
    this.#ctx = {
      pool: this.pool,
      storage,
      client,
      clientId: this.clientId,
      refreshMargin: options.refreshMargin ?? 60_000,
      timeout: options.timeout ?? 15_000,
      now: options.now ?? Date.now,
    };
    this.#signIn = new IdentityJsSignIn(this.#ctx);
    this.#session = new IdentityJsSession(this.#ctx);
    const session = this.#session;
    this.#account = { ctx: this.#ctx, user: (callOptions) => session.cognitoUser(callOptions) };
  }

  /** A backend on an app's existing pool (tokens in memory unless `options.storage` says otherwise). */
  static fromPool(pool: CognitoUserPool, options: Omit<CognitoIdentityJsBackendOptions, 'pool'> = {}): CognitoIdentityJsBackend {
    return new CognitoIdentityJsBackend({ ...options, pool });
  }

  // ── sign-up ────────────────────────────────────────────────────────────────────────────────

  signUp(input: SignUpInput, options: CallOptions = {}): Promise<SignUpResult> {
    const call = new Call<SignUpResult>(options.signal, options.clientMetadata, this.#ctx.timeout);
    // A view of the pool whose requests go through this call (CognitoUserPool.signUp uses `this.client`).
    const pool = Object.create(this.pool, { client: { value: new CallClient(this.#ctx.client, call) } }) as CognitoUserPool;
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
    const call = new Call<void>(options.signal, options.clientMetadata, this.#ctx.timeout);
    const user = userFor(this.#ctx, input.username, call);
    return call.run(() =>
      user.confirmRegistration(input.code, false, (error) => (error ? call.fail(toAuthError(error, call.signal)) : call.ok()), options.clientMetadata),
    );
  }

  resendSignUpCode(input: { username: string }, options: CallOptions = {}): Promise<CodeDelivery> {
    const call = new Call<CodeDelivery>(options.signal, options.clientMetadata, this.#ctx.timeout);
    const user = userFor(this.#ctx, input.username, call);
    return call.run(() =>
      user.resendConfirmationCode(
        (error, out) => (error ? call.fail(toAuthError(error, call.signal)) : call.ok(codeDelivery(out?.CodeDeliveryDetails))),
        options.clientMetadata,
      ),
    );
  }

  // ── sign-in (sign-in.ts) ───────────────────────────────────────────────────────────────────

  signIn(input: SignInInput, options?: CallOptions): Promise<SignInResult> {
    return this.#signIn.signIn(input, options);
  }

  answerChallenge(handle: ChallengeHandle, answer: ChallengeAnswer, options?: CallOptions): Promise<SignInResult> {
    return this.#signIn.answerChallenge(handle, answer, options);
  }

  resendChallengeCode(handle: ChallengeHandle, options?: CallOptions): Promise<SignInResult> {
    return this.#signIn.resendChallengeCode(handle, options);
  }

  associateTotp(handle: ChallengeHandle, options?: CallOptions): Promise<{ secretCode: string }> {
    return this.#signIn.associateTotp(handle, options);
  }

  // ── password reset ─────────────────────────────────────────────────────────────────────────

  forgotPassword(input: { username: string }, options: CallOptions = {}): Promise<CodeDelivery> {
    const call = new Call<CodeDelivery>(options.signal, options.clientMetadata, this.#ctx.timeout);
    const user = userFor(this.#ctx, input.username, call);
    const delivered = (out: unknown) => call.ok(codeDelivery((out as Json | undefined)?.CodeDeliveryDetails));
    return call.run(() =>
      user.forgotPassword(
        { onSuccess: delivered, inputVerificationCode: delivered, onFailure: (error) => call.fail(toAuthError(error, call.signal)) },
        options.clientMetadata,
      ),
    );
  }

  confirmForgotPassword(input: { username: string; code: string; password: string }, options: CallOptions = {}): Promise<void> {
    const call = new Call<void>(options.signal, options.clientMetadata, this.#ctx.timeout);
    const user = userFor(this.#ctx, input.username, call);
    return call.run(() =>
      user.confirmPassword(
        input.code,
        input.password,
        { onSuccess: () => call.ok(), onFailure: (error) => call.fail(toAuthError(error, call.signal)) },
        options.clientMetadata,
      ),
    );
  }

  // ── the account page (account.ts, docs/cognito.md §12) ─────────────────────────────────────

  /** `getUserData` (a fresh `GetUser`): the attributes and the MFA methods. */
  async getProfile(options: CallOptions = {}): Promise<AccountProfile> {
    return (await loadAccount()).getProfile(this.#account, options);
  }

  async changePassword(input: { current: string; proposed: string }, options: CallOptions = {}): Promise<void> {
    return (await loadAccount()).changePassword(this.#account, input, options);
  }

  async updateAttributes(attributes: Readonly<Record<string, string>>, options: CallOptions = {}): Promise<CodeDelivery[]> {
    return (await loadAccount()).updateAttributes(this.#account, attributes, options);
  }

  async sendAttributeCode(name: string, options: CallOptions = {}): Promise<CodeDelivery> {
    return (await loadAccount()).sendAttributeCode(this.#account, name, options);
  }

  async verifyAttribute(input: { name: string; code: string }, options: CallOptions = {}): Promise<void> {
    return (await loadAccount()).verifyAttribute(this.#account, input, options);
  }

  /** SMS and TOTP only: identity-js 6 has no email MFA setting, so EMAIL rejects with `UnsupportedFeatureError`. */
  async setMfaPreference(settings: Partial<Record<MfaType, MfaSetting>>, options: CallOptions = {}): Promise<void> {
    return (await loadAccount()).setMfaPreference(this.#account, settings, options);
  }

  async startTotpSetup(options: CallOptions = {}): Promise<{ secretCode: string }> {
    return (await loadAccount()).startTotpSetup(this.#account, options);
  }

  async finishTotpSetup(input: { code: string; deviceName?: string }, options: CallOptions = {}): Promise<void> {
    return (await loadAccount()).finishTotpSetup(this.#account, input, options);
  }

  /** `deleteUser`; the cached tokens are dropped once Cognito has deleted the account. */
  async deleteAccount(options: CallOptions = {}): Promise<void> {
    return (await loadAccount()).deleteAccount(this.#account, options);
  }

  // ── session (session.ts) ───────────────────────────────────────────────────────────────────

  /** The current session, refreshed first when the access token expires within `refreshMargin`; null when signed out. */
  currentSession(options?: CallOptions): Promise<AuthSession | null> {
    return this.#session.currentSession(options);
  }

  /** New tokens with the cached refresh token (one request; concurrent callers share it). */
  refreshSession(options?: CallOptions): Promise<AuthSession> {
    return this.#session.refreshSession(options);
  }

  /**
   * `global`: identity-js's `globalSignOut` (after `getSession`, which refreshes an expired access
   * token first); otherwise RevokeToken of the refresh token. The cached tokens are dropped either
   * way before this settles; it rejects only when the server call failed.
   */
  signOut(input?: { global?: boolean }, options?: CallOptions): Promise<void> {
    return this.#session.signOut(input, options);
  }

  /** Tokens from a managed-login sign-in, kept as identity-js's session (docs/cognito.md §11). */
  async adoptTokens(tokens: FederatedTokens): Promise<AuthSession> {
    return this.#session.adopt(tokens);
  }

  /** Fresh tokens for the app's own API calls (refreshed near expiry), or null when signed out. */
  tokens(options?: CallOptions): Promise<SessionTokens | null> {
    return this.#session.tokens(options);
  }

  /** The access token for signed-in operations (GetUser, MFA preferences…), or null. */
  async accessToken(options?: CallOptions): Promise<string | null> {
    return (await this.tokens(options))?.accessToken ?? null;
  }

  /**
   * The signed-in `CognitoUser` with its session loaded, on the app's pool and this storage, for
   * the identity-js calls the kit does not make (remembered devices…); or null.
   */
  cognitoUser(options?: CallOptions): Promise<CognitoUser | null> {
    return this.#session.cognitoUser(options);
  }
}
