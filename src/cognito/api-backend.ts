/**
 * `AuthBackend` over Cognito's JSON API. Owns the flow logic once for every transport: sign-up,
 * the four sign-in flows (answering `PASSWORD_VERIFIER` itself), generic challenges, password
 * reset, refresh and sign-out (COGNITO.md §1–§3).
 *
 * Secrets (passwords, codes, the challenge `Session`, tokens) are never logged, never put in an
 * error message and never handed to the caller except through `tokens()`; the refresh token stays
 * in the session store.
 */
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
} from '../core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../core/errors.js';
import { currentOrRefreshed, SingleFlight } from './session-policy.js';
import { MemorySessionStore, type SessionStore, type StoredTokens } from './session-store.js';
import { answerPasswordVerifier, startSrp, type SrpStart } from './srp.js';
import { aborted, codeDelivery, decodeJwtPayload, str, stringRecord, type AuthenticationResult, type Json } from './wire.js';
import { FLOW_OPERATIONS, regionFromPoolId, type CognitoTransport, type TransportFactory } from './transport.js';
import { createFetchTransport } from './transports/fetch.js';

export interface CognitoApiBackendOptions {
  /** `<region>_<name>`; the region and the SRP pool name come from it. */
  userPoolId: string;
  /** An app client without a secret. */
  clientId: string;
  /** A transport, or a factory given `{ region, endpoint }`. Default: the fetch transport. */
  transport?: CognitoTransport | TransportFactory;
  /** Overrides `https://cognito-idp.<region>.amazonaws.com/` (local Cognito, a proxy). */
  endpoint?: string;
  /** Where tokens live. Default: memory only. */
  storage?: SessionStore;
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

/** One sign-in in progress; every handle of it sends the newest Session. */
interface Attempt {
  session?: string;
  username: string;
  /**
   * What started this sign-in, password included, so "send a new code" can start it again (Cognito
   * has no resend for MFA codes). Memory only, dropped on tokens or after `RESTART_WINDOW_MS`.
   */
  restart?: SignInInput;
  /** The MFA method chosen at SELECT_MFA_TYPE, chosen again when a restart asks anew. */
  selectedMfa?: string;
}

/** Longer than a challenge Session can live (3 minutes by default); after it, start again. */
const RESTART_WINDOW_MS = 5 * 60_000;

interface HandleState {
  attempt: Attempt;
  challengeName: string;
}

/** Parameters that name the canonical user; kept in the handle, not shown to the controller. */
const HIDDEN_PARAMETERS = new Set(['USERNAME', 'USER_ID_FOR_SRP']);

export { decodeJwtPayload } from './wire.js';

export class CognitoApiBackend implements AuthBackend {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly region: string;
  private readonly poolName: string;
  private readonly transport: CognitoTransport;
  private readonly store: SessionStore;
  private readonly refreshMargin: number;
  private readonly now: () => number;
  private readonly handles = new WeakMap<ChallengeHandle, HandleState>();
  private readonly refreshing = new SingleFlight<AuthSession>();

  constructor(options: CognitoApiBackendOptions) {
    this.userPoolId = options.userPoolId;
    this.clientId = options.clientId;
    this.region = regionFromPoolId(options.userPoolId);
    this.poolName = options.userPoolId.slice(this.region.length + 1);
    const transport = options.transport ?? createFetchTransport;
    this.transport =
      typeof transport === 'function' ? transport({ region: this.region, endpoint: options.endpoint }) : transport;
    this.store = options.storage ?? new MemorySessionStore();
    this.refreshMargin = options.refreshMargin ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  // ── sign-up ────────────────────────────────────────────────────────────────────────────────

  async signUp(input: SignUpInput, options: CallOptions = {}): Promise<SignUpResult> {
    const out = await this.call(
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

  async confirmSignUp(input: { username: string; code: string }, options: CallOptions = {}): Promise<void> {
    await this.call('ConfirmSignUp', { Username: input.username, ConfirmationCode: input.code }, options);
  }

  async resendSignUpCode(input: { username: string }, options: CallOptions = {}): Promise<CodeDelivery> {
    const out = await this.call('ResendConfirmationCode', { Username: input.username }, options);
    return codeDelivery(out.CodeDeliveryDetails);
  }

  // ── sign-in ────────────────────────────────────────────────────────────────────────────────

  async signIn(input: SignInInput, options: CallOptions = {}): Promise<SignInResult> {
    const flow: AuthFlowType = input.authFlowType ?? 'USER_SRP_AUTH';
    const { username, password } = input;
    if (!username) throw new AuthError(KIT_ERROR_NAMES.validation, 'A username is required.');
    if (flow !== 'CUSTOM_WITHOUT_SRP' && !password) {
      throw new AuthError(KIT_ERROR_NAMES.validation, 'A password is required.');
    }
    const parameters: Record<string, string> = { USERNAME: username };
    let srp: SrpStart | undefined;
    let authFlow = 'CUSTOM_AUTH';
    switch (flow) {
      case 'USER_PASSWORD_AUTH':
        authFlow = flow;
        parameters.PASSWORD = password!;
        break;
      case 'USER_SRP_AUTH':
      case 'CUSTOM_WITH_SRP':
        srp = startSrp();
        parameters.SRP_A = srp.srpAHex;
        if (flow === 'USER_SRP_AUTH') authFlow = flow;
        else parameters.CHALLENGE_NAME = 'SRP_A';
        break;
      case 'CUSTOM_WITHOUT_SRP':
        break;
      default:
        throw new AuthError(KIT_ERROR_NAMES.validation, `Unknown auth flow type: ${String(flow)}.`);
    }
    const out = await this.call('InitiateAuth', { AuthFlow: authFlow, AuthParameters: parameters }, options);
    const attempt: Attempt = { username, restart: { ...input, authFlowType: flow } };
    setTimeout(() => delete attempt.restart, RESTART_WINDOW_MS);
    if (srp && out.ChallengeName === 'PASSWORD_VERIFIER') {
      this.advance(attempt, out);
      const challengeParameters = stringRecord(out.ChallengeParameters);
      const responses = await answerPasswordVerifier({
        ...(challengeParameters as { SALT: string; SRP_B: string; SECRET_BLOCK: string; USER_ID_FOR_SRP: string }),
        poolName: this.poolName,
        password: password!,
        a: srp.a,
        A: srp.A,
        now: new Date(this.now()),
      });
      aborted(options.signal);
      const answer = await this.call(
        'RespondToAuthChallenge',
        { ChallengeName: 'PASSWORD_VERIFIER', Session: attempt.session, ChallengeResponses: responses },
        options,
      );
      return this.outcome(answer, attempt, options);
    }
    return this.outcome(out, attempt, options);
  }

  async respondToChallenge(
    handle: ChallengeHandle,
    responses: Record<string, string>,
    options: CallOptions = {},
  ): Promise<SignInResult> {
    const { attempt, challengeName } = this.attemptOf(handle);
    const input: Json = {
      ChallengeName: challengeName,
      ChallengeResponses: { ...responses, USERNAME: attempt.username },
    };
    if (attempt.session) input.Session = attempt.session;
    const out = await this.call('RespondToAuthChallenge', input, options);
    if (challengeName === 'SELECT_MFA_TYPE' && responses.ANSWER) attempt.selectedMfa = responses.ANSWER;
    return this.outcome(out, attempt, options);
  }

  async resendChallengeCode(handle: ChallengeHandle, options: CallOptions = {}): Promise<SignInResult> {
    const state = this.handles.get(handle);
    const restart = state?.attempt.restart;
    if (!state || !restart) {
      throw new AuthError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
    }
    const result = await this.signIn(restart, options);
    const { selectedMfa } = state.attempt;
    if (result.kind === 'challenge' && result.name === 'SELECT_MFA_TYPE' && selectedMfa) {
      return this.respondToChallenge(result.handle, { ANSWER: selectedMfa }, options);
    }
    return result;
  }

  async associateTotp(handle: ChallengeHandle, options: CallOptions = {}): Promise<{ secretCode: string }> {
    const { attempt } = this.attemptOf(handle);
    const out = await this.call('AssociateSoftwareToken', { Session: attempt.session }, options);
    this.advance(attempt, out);
    const secretCode = str(out.SecretCode);
    if (!secretCode) throw new AuthError(KIT_ERROR_NAMES.unknown, 'Cognito returned no secret.');
    return { secretCode };
  }

  async verifyTotpSetup(
    handle: ChallengeHandle,
    input: { code: string; deviceName?: string },
    options: CallOptions = {},
  ): Promise<SignInResult> {
    const { attempt } = this.attemptOf(handle);
    const verify: Json = { Session: attempt.session, UserCode: input.code };
    if (input.deviceName) verify.FriendlyDeviceName = input.deviceName;
    this.advance(attempt, await this.call('VerifySoftwareToken', verify, options));
    const out = await this.call(
      'RespondToAuthChallenge',
      { ChallengeName: 'MFA_SETUP', Session: attempt.session, ChallengeResponses: { USERNAME: attempt.username } },
      options,
    );
    return this.outcome(out, attempt, options);
  }

  /** The sign-in behind a handle; an unknown handle reads as an expired Session (start again). */
  private attemptOf(handle: ChallengeHandle): HandleState {
    const state = this.handles.get(handle);
    if (!state) throw new AuthError('NotAuthorizedException', 'Invalid session for the user, session is expired.');
    return state;
  }

  /** Records the newest Session and canonical username of a challenge reply. */
  private advance(attempt: Attempt, out: Json): void {
    const session = str(out.Session);
    if (session) attempt.session = session;
    const parameters = (out.ChallengeParameters ?? {}) as Json;
    attempt.username = str(parameters.USERNAME) || str(parameters.USER_ID_FOR_SRP) || attempt.username;
  }

  /** Turns an InitiateAuth / RespondToAuthChallenge reply into a result. */
  private async outcome(out: Json, attempt: Attempt, options: CallOptions): Promise<SignInResult> {
    const result = out.AuthenticationResult as AuthenticationResult | undefined;
    if (result?.AccessToken) {
      delete attempt.restart;
      aborted(options.signal);
      return { kind: 'done', session: await this.keep(result, attempt.username) };
    }
    const name = str(out.ChallengeName);
    if (!name) throw new AuthError(KIT_ERROR_NAMES.unknown, 'Cognito answered with neither tokens nor a challenge.');
    if (name === 'PASSWORD_VERIFIER') {
      // Only reachable without the password in hand (a trigger asking for it mid-flow).
      throw new AuthError(KIT_ERROR_NAMES.unknownChallenge, 'Unexpected PASSWORD_VERIFIER challenge.');
    }
    this.advance(attempt, out);
    const parameters: Record<string, string> = {};
    for (const [key, value] of Object.entries(stringRecord(out.ChallengeParameters))) {
      if (!HIDDEN_PARAMETERS.has(key)) parameters[key] = value;
    }
    const handle = Object.freeze({}) as ChallengeHandle;
    this.handles.set(handle, { attempt, challengeName: name });
    return { kind: 'challenge', name, parameters: Object.freeze(parameters), handle };
  }

  // ── password reset ─────────────────────────────────────────────────────────────────────────

  async forgotPassword(input: { username: string }, options: CallOptions = {}): Promise<CodeDelivery> {
    const out = await this.call('ForgotPassword', { Username: input.username }, options);
    return codeDelivery(out.CodeDeliveryDetails);
  }

  async confirmForgotPassword(
    input: { username: string; code: string; password: string },
    options: CallOptions = {},
  ): Promise<void> {
    await this.call(
      'ConfirmForgotPassword',
      { Username: input.username, ConfirmationCode: input.code, Password: input.password },
      options,
    );
  }

  // ── session ────────────────────────────────────────────────────────────────────────────────

  async currentSession(options: CallOptions = {}): Promise<AuthSession | null> {
    const tokens = await this.store.load();
    const held = tokens && {
      fresh: tokens.expiresAt - this.now() > this.refreshMargin,
      hasRefreshToken: !!tokens.refreshToken,
    };
    return currentOrRefreshed(held, {
      session: () => this.toSession(tokens!),
      refresh: () => this.refreshSession(options),
      forget: () => this.store.clear(),
    });
  }

  refreshSession(options: CallOptions = {}): Promise<AuthSession> {
    return this.refreshing.run(() => this.refresh(options));
  }

  private async refresh(options: CallOptions): Promise<AuthSession> {
    const tokens = await this.store.load();
    if (!tokens?.refreshToken) throw new AuthError('NotAuthorizedException', 'Not signed in.');
    let out: Json;
    try {
      out = await this.call(
        'InitiateAuth',
        { AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: tokens.refreshToken } },
        options,
      );
    } catch (error) {
      if (error instanceof AuthError && error.name === 'NotAuthorizedException') await this.store.clear();
      throw error;
    }
    const result = out.AuthenticationResult as AuthenticationResult | undefined;
    if (!result?.AccessToken) throw new AuthError(KIT_ERROR_NAMES.unknown, 'Refresh returned no tokens.');
    aborted(options.signal);
    return this.keep({ ...result, RefreshToken: result.RefreshToken ?? tokens.refreshToken }, tokens.username);
  }

  /**
   * Signs out: `GlobalSignOut` when `global`, otherwise `RevokeToken` of the refresh token; the
   * local tokens are dropped either way, before this settles. It rejects only when the server call
   * failed (the person is signed out here, but the tokens may still be valid elsewhere).
   */
  async signOut(input: { global?: boolean } = {}, options: CallOptions = {}): Promise<void> {
    const tokens = await this.store.load();
    try {
      if (tokens && input.global) {
        await this.call('GlobalSignOut', { AccessToken: tokens.accessToken }, options);
      } else if (tokens?.refreshToken) {
        await this.call('RevokeToken', { ClientId: this.clientId, Token: tokens.refreshToken }, options);
      }
    } finally {
      await this.store.clear();
    }
  }

  /** Fresh tokens for the app's own API calls (refreshed near expiry), or null when signed out. */
  async tokens(options: CallOptions = {}): Promise<SessionTokens | null> {
    if (!(await this.currentSession(options))) return null;
    const tokens = await this.store.load();
    return tokens && { idToken: tokens.idToken, accessToken: tokens.accessToken, expiresAt: tokens.expiresAt };
  }

  /** The access token for signed-in operations (GetUser, MFA preferences…), or null. */
  async accessToken(options: CallOptions = {}): Promise<string | null> {
    return (await this.tokens(options))?.accessToken ?? null;
  }

  private async keep(result: AuthenticationResult, username: string): Promise<AuthSession> {
    const accessToken = result.AccessToken!;
    const exp = decodeJwtPayload(accessToken).exp;
    const expiresAt =
      typeof exp === 'number' ? exp * 1000 : this.now() + (typeof result.ExpiresIn === 'number' ? result.ExpiresIn : 3600) * 1000;
    const tokens: StoredTokens = { username, idToken: result.IdToken ?? '', accessToken, expiresAt };
    if (result.RefreshToken) tokens.refreshToken = result.RefreshToken;
    await this.store.save(tokens);
    return this.toSession(tokens);
  }

  private toSession(tokens: StoredTokens): AuthSession {
    const idTokenClaims = Object.freeze(tokens.idToken ? decodeJwtPayload(tokens.idToken) : {});
    const accessTokenClaims = Object.freeze(decodeJwtPayload(tokens.accessToken));
    const username =
      str(accessTokenClaims.username) ?? str(idTokenClaims['cognito:username']) ?? tokens.username;
    return Object.freeze({ username, idTokenClaims, accessTokenClaims, expiresAt: tokens.expiresAt });
  }

  /** Sends one operation; the flow operations get `ClientId` and `ClientMetadata` added. */
  private call(operation: string, input: Json, options: CallOptions): Promise<Json> {
    aborted(options.signal);
    let body = input;
    if (FLOW_OPERATIONS.has(operation)) {
      body = { ClientId: this.clientId, ...input };
      if (options.clientMetadata) body.ClientMetadata = options.clientMetadata;
    }
    return this.transport.call(operation, body, options.signal);
  }
}
