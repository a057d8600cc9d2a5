/**
 * `AuthBackend` over Cognito's JSON API, once for every transport: sign-up, sign-in
 * (api/sign-in.ts), password reset, and the signed-in session (api/session.ts).
 *
 * Secrets (passwords, codes, the challenge `Session`, tokens) are never logged, never put in an
 * error message and never handed to the caller except through `tokens()`; the refresh token stays
 * in the session store, behind private fields.
 */
import type { AccountProfile, MfaSetting } from '../../core/account-port.js';
import type {
  AuthBackend,
  AuthSession,
  CallOptions,
  ChallengeAnswer,
  ChallengeHandle,
  CodeDelivery,
  ConfirmationHandle,
  DeviceInfo,
  FederatedTokens,
  MfaType,
  Passkey,
  SignInInput,
  SignInResult,
  SignUpInput,
  SignUpResult,
} from '../../core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import type { SecretStoreSource } from '../device-store.js';
import { MemorySessionStore, type SessionStore } from '../session-store.js';
import { FLOW_OPERATIONS, regionFromPoolId, type CognitoTransport, type TransportFactory } from '../transport.js';
import { createFetchTransport } from '../transports/fetch.js';
import { throwIfAborted, codeDelivery, decodeJwtPayload, str, type Json } from '../wire.js';
import { ApiSession, type SessionTokens } from './session.js';
import type { ApiDevices } from './devices.js';
import { loadAccount, loadPasskeys } from './on-demand.js';
import { ApiSignIn } from './sign-in.js';

export type { SessionTokens } from './session.js';

export interface CognitoApiBackendOptions {
  /** `<region>_<name>`; the region and the SRP pool name come from it. */
  userPoolId: string;
  /** An app client without a secret. */
  clientId: string;
  /** A transport, or a factory given `{ region, endpoint }`. Default: the fetch transport. */
  transport?: CognitoTransport | TransportFactory;
  /** Overrides `https://cognito-idp.<region>.amazonaws.com/` (local Cognito, a proxy). */
  endpoint?: string;
  /** Where tokens live. Default: memory only, or what `persist` says. */
  storage?: SessionStore;
  /**
   * Keeps the session across reloads, sealed (never in plain text): `local` in every tab,
   * `session` in this tab; refreshed with one refresh at a time among the tabs. Its code loads
   * only when set. Off (memory) by default; `storage` wins over it.
   */
  persist?: 'local' | 'session' | '';
  /** Refresh when the access token expires within this many ms. Default 60 000. */
  refreshMargin?: number;
  /** The clock (epoch ms); tests fix it. */
  now?: () => number;
  /** Gives up on a request Cognito has not answered after this many ms (a retryable `timeout`). Default 15 000. */
  timeout?: number;
  /**
   * Where remembered devices keep their secrets (docs/cognito.md §13): a `SecretStore` that seals
   * what it holds, or a function that makes one (loaded on first use). Default: memory only.
   */
  deviceSecrets?: SecretStoreSource;
}

/** Long enough for a slow mobile network, short enough that nobody waits on a request that died. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export class CognitoApiBackend implements AuthBackend {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly region: string;
  readonly #transport: CognitoTransport;
  readonly #timeout: number;
  readonly #session: ApiSession;
  readonly #signIn: ApiSignIn;
  readonly #devices: () => Promise<ApiDevices>;

  constructor(options: CognitoApiBackendOptions) {
    this.userPoolId = options.userPoolId;
    this.clientId = options.clientId;
    this.region = regionFromPoolId(options.userPoolId);
    const transport = options.transport ?? createFetchTransport;
    this.#transport = typeof transport === 'function' ? transport({ region: this.region, endpoint: options.endpoint }) : transport;
    this.#timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    const now = options.now ?? Date.now;
    const persist = options.persist;
    // A persisted store whose code cannot be fetched (offline, a redeploy) is memory, as without `persist`.
    const persisted = (scope: 'local' | 'session') =>
      import('../persisted-session.js').then((m) => m.openPersistedSession(scope, this.clientId)).catch(() => new MemorySessionStore());
    const call = (operation: string, input: Json, callOptions: CallOptions) => this.#call(operation, input, callOptions);
    const store = options.storage ?? (persist ? persisted(persist) : new MemorySessionStore());
    let devices: Promise<ApiDevices> | undefined;
    // Remembered devices load the first time a sign-in or an account screen uses them.
    this.#devices = () =>
      (devices ??= import('./devices.js').then(({ ApiDevices }) => new ApiDevices({ ...options, call, now, store, accessToken: this.#accessToken })));
    this.#session = new ApiSession({
      call,
      store,
      clientId: this.clientId,
      refreshMargin: options.refreshMargin ?? 60_000,
      now,
    });
    this.#signIn = new ApiSignIn({
      call,
      poolName: options.userPoolId.slice(this.region.length + 1),
      now,
      keep: (result, username, deviceKey) => this.#session.keep(result, username, deviceKey),
      devices: this.#devices,
    });
  }

  // ── sign-up ────────────────────────────────────────────────────────────────────────────────

  async signUp(input: SignUpInput, options: CallOptions = {}): Promise<SignUpResult> {
    const out = await this.#call(
      'SignUp',
      {
        Username: input.username,
        Password: input.password,
        UserAttributes: Object.entries(input.attributes ?? {}).map(([Name, Value]) => ({ Name, Value })),
      },
      options,
    );
    const result: SignUpResult = { userConfirmed: out.UserConfirmed === true };
    const sub = str(out.UserSub);
    if (sub) result.userSub = sub;
    if (out.CodeDeliveryDetails) result.codeDelivery = codeDelivery(out.CodeDeliveryDetails);
    return result;
  }

  /** With a handle when Cognito returned a Session (the app client allows `USER_AUTH`): sign-in without the password. */
  async confirmSignUp(input: { username: string; code: string }, options: CallOptions = {}): Promise<ConfirmationHandle | void> {
    const out = await this.#call('ConfirmSignUp', { Username: input.username, ConfirmationCode: input.code }, options);
    const session = str(out.Session);
    if (session) return this.#signIn.confirmation(input.username, session);
  }

  signInAfterConfirmation(handle: ConfirmationHandle, options: CallOptions = {}): Promise<SignInResult> {
    return this.#signIn.signInAfterConfirmation(handle, options);
  }

  async resendSignUpCode(input: { username: string }, options: CallOptions = {}): Promise<CodeDelivery> {
    const out = await this.#call('ResendConfirmationCode', { Username: input.username }, options);
    return codeDelivery(out.CodeDeliveryDetails);
  }

  // ── sign-in ────────────────────────────────────────────────────────────────────────────────

  signIn(input: SignInInput, options: CallOptions = {}): Promise<SignInResult> {
    return this.#signIn.signIn(input, options);
  }

  answerChallenge(handle: ChallengeHandle, answer: ChallengeAnswer, options: CallOptions = {}): Promise<SignInResult> {
    return this.#signIn.answerChallenge(handle, answer, options);
  }

  resendChallengeCode(handle: ChallengeHandle, options: CallOptions = {}): Promise<SignInResult> {
    return this.#signIn.resendChallengeCode(handle, options);
  }

  associateTotp(handle: ChallengeHandle, options: CallOptions = {}): Promise<{ secretCode: string }> {
    return this.#signIn.associateTotp(handle, options);
  }

  // ── password reset ─────────────────────────────────────────────────────────────────────────

  async forgotPassword(input: { username: string }, options: CallOptions = {}): Promise<CodeDelivery> {
    const out = await this.#call('ForgotPassword', { Username: input.username }, options);
    return codeDelivery(out.CodeDeliveryDetails);
  }

  async confirmForgotPassword(
    input: { username: string; code: string; password: string },
    options: CallOptions = {},
  ): Promise<void> {
    await this.#call(
      'ConfirmForgotPassword',
      { Username: input.username, ConfirmationCode: input.code, Password: input.password },
      options,
    );
  }

  // ── session ────────────────────────────────────────────────────────────────────────────────

  currentSession(options: CallOptions = {}): Promise<AuthSession | null> {
    return this.#session.current(options);
  }

  refreshSession(options: CallOptions = {}): Promise<AuthSession> {
    return this.#session.refresh(options);
  }

  /** With `persist`: another tab (or backend of this page) signed in, refreshed or signed out. */
  onSessionChange(listener: (session: AuthSession | null) => void): () => void {
    return this.#session.watch(listener);
  }

  /**
   * Signs out: `GlobalSignOut` when `global`, otherwise `RevokeToken` of the refresh token; the
   * local tokens are dropped either way, before this settles. It rejects only when the server call
   * failed (the person is signed out here, but the tokens may still be valid elsewhere).
   */
  signOut(input: { global?: boolean } = {}, options: CallOptions = {}): Promise<void> {
    return this.#session.signOut(!!input.global, options);
  }

  /** Tokens from a managed-login sign-in, kept as this backend's session (docs/cognito.md §11). */
  adoptTokens(tokens: FederatedTokens): Promise<AuthSession> {
    const { idToken: IdToken, accessToken: AccessToken, refreshToken: RefreshToken, expiresIn: ExpiresIn } = tokens;
    const username = str(decodeJwtPayload(AccessToken).username) ?? '';
    return this.#session.keep({ IdToken, AccessToken, RefreshToken, ExpiresIn }, username);
  }

  // ── passkeys of the signed-in person ───────────────────────────────────────────────────────

  async startPasskeyRegistration(options: CallOptions = {}): Promise<Record<string, unknown>> {
    return (await loadPasskeys()).startRegistration(this.#apiCall, this.#accessToken, options);
  }

  async completePasskeyRegistration(credential: Record<string, unknown>, options: CallOptions = {}): Promise<void> {
    return (await loadPasskeys()).completeRegistration(this.#apiCall, this.#accessToken, credential, options);
  }

  async listPasskeys(options: CallOptions = {}): Promise<Passkey[]> {
    return (await loadPasskeys()).listPasskeys(this.#apiCall, this.#accessToken, options);
  }

  async deletePasskey(id: string, options: CallOptions = {}): Promise<void> {
    return (await loadPasskeys()).deletePasskey(this.#apiCall, this.#accessToken, id, options);
  }

  // ── the account page (docs/cognito.md §12) ─────────────────────────────────────────────────

  async getProfile(options: CallOptions = {}): Promise<AccountProfile> {
    return (await loadAccount()).getProfile(this.#apiCall, this.#accessToken, options);
  }

  async changePassword(input: { current: string; proposed: string }, options: CallOptions = {}): Promise<void> {
    return (await loadAccount()).changePassword(this.#apiCall, this.#accessToken, input, options);
  }

  async updateAttributes(attributes: Readonly<Record<string, string>>, options: CallOptions = {}): Promise<CodeDelivery[]> {
    return (await loadAccount()).updateAttributes(this.#apiCall, this.#accessToken, attributes, options);
  }

  async sendAttributeCode(name: string, options: CallOptions = {}): Promise<CodeDelivery> {
    return (await loadAccount()).sendAttributeCode(this.#apiCall, this.#accessToken, name, options);
  }

  async verifyAttribute(input: { name: string; code: string }, options: CallOptions = {}): Promise<void> {
    return (await loadAccount()).verifyAttribute(this.#apiCall, this.#accessToken, input, options);
  }

  async setMfaPreference(settings: Partial<Record<MfaType, MfaSetting>>, options: CallOptions = {}): Promise<void> {
    return (await loadAccount()).setMfaPreference(this.#apiCall, this.#accessToken, settings, options);
  }

  async startTotpSetup(options: CallOptions = {}): Promise<{ secretCode: string }> {
    return (await loadAccount()).startTotpSetup(this.#apiCall, this.#accessToken, options);
  }

  async finishTotpSetup(input: { code: string; deviceName?: string }, options: CallOptions = {}): Promise<void> {
    return (await loadAccount()).finishTotpSetup(this.#apiCall, this.#accessToken, input, options);
  }

  /** `DeleteUser`; the local tokens are dropped once Cognito has deleted the account. */
  async deleteAccount(options: CallOptions = {}): Promise<void> {
    await (await loadAccount()).deleteAccount(this.#apiCall, this.#accessToken, options);
    await this.#session.forget();
  }

  // ── devices of the signed-in person ────────────────────────────────────────────────────────

  async listDevices(options: CallOptions = {}): Promise<DeviceInfo[]> {
    return (await this.#devices()).list(options);
  }

  /** `ForgetDevice`; forgetting the device this page signed in on also forgets it here (its secret, and the key refreshes send). */
  async forgetDevice(key: string, options: CallOptions = {}): Promise<void> {
    return (await this.#devices()).forget(key, options);
  }

  readonly #apiCall = (operation: string, input: Json, options: CallOptions) => this.#call(operation, input, options);
  readonly #accessToken = (options: CallOptions) => this.accessToken(options);

  /** Fresh tokens for the app's own API calls (refreshed near expiry), or null when signed out. */
  tokens(options: CallOptions = {}): Promise<SessionTokens | null> {
    return this.#session.tokens(options);
  }

  /** The access token for signed-in operations (GetUser, MFA preferences…), or null. */
  async accessToken(options: CallOptions = {}): Promise<string | null> {
    return (await this.tokens(options))?.accessToken ?? null;
  }

  /**
   * Sends one operation; the flow operations get `ClientId` and `ClientMetadata` added. A request
   * still unanswered after the timeout is abandoned (its late answer never arrives) and reported
   * as a retryable `TimeoutError`.
   */
  async #call(operation: string, input: Json, options: CallOptions): Promise<Json> {
    throwIfAborted(options.signal);
    let body = input;
    if (FLOW_OPERATIONS.has(operation)) {
      body = { ClientId: this.clientId, ...input };
      if (options.clientMetadata) body.ClientMetadata = options.clientMetadata;
    }
    const timeout = AbortSignal.timeout(this.#timeout);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    try {
      return await this.#transport.call(operation, body, signal);
    } catch (error) {
      if (timeout.aborted && !options.signal?.aborted) {
        throw new AuthError(KIT_ERROR_NAMES.timeout, `${operation} got no answer within ${this.#timeout} ms.`, { cause: error });
      }
      throw error;
    }
  }
}
