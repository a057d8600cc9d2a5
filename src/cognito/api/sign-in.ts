/**
 * Sign-in over Cognito's JSON API: the five flows (answering `PASSWORD_VERIFIER` itself), typed
 * challenges and answers, `USER_AUTH`'s first factors (docs/cognito.md §10), signing in with a
 * confirmed sign-up's Session, "send a new code" and authenticator-app setup. With remembered
 * devices, a sign-in's calls go through the device wrapper of api/devices.ts (docs/cognito.md §13).
 */
import type {
  AuthFlowType,
  AuthSession,
  CallOptions,
  ChallengeAnswer,
  ChallengeHandle,
  ConfirmationHandle,
  FirstFactor,
  SignInInput,
  SignInResult,
} from '../../core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { expiredSession, SignInAttempts, type Attempt } from '../attempts.js';
import type { SrpStart } from '../srp.js';
import { isUnknownDevice, throwIfAborted, str, stringRecord, type AuthenticationResult, type Json } from '../wire.js';
import type { ApiDevices, DeviceAttempt } from './devices.js';
import { loadChallenges, loadSrp, prefetchWhenIdle } from './on-demand.js';
import { SrpAhead } from './srp-ahead.js';
import type { ApiCall } from './session.js';

type SrpMath = Awaited<ReturnType<typeof loadSrp>>;

/** One sign-in in progress; every handle of it sends the newest Session. */
interface ApiAttempt extends Attempt, DeviceAttempt {
  /** Sends this sign-in's calls: the backend's, or the device wrapper around it. */
  call: ApiCall;
}

export interface ApiSignInOptions {
  call: ApiCall;
  poolName: string;
  now: () => number;
  /** Stores the tokens of a finished sign-in (with the key of the device it signed in on). */
  keep: (result: AuthenticationResult, username: string, deviceKey?: string) => Promise<AuthSession>;
  /** Remembered devices, loaded on first use. */
  devices: () => Promise<ApiDevices>;
}

type SrpAnswer = SrpStart & { math: SrpMath; password: string };

/** How long a confirmed sign-up's Session may sign the person in (Cognito's challenge lifetime). */
const CONFIRMATION_WINDOW_MS = 3 * 60_000;

export class ApiSignIn {
  readonly #attempts = new SignInAttempts<ApiAttempt>();
  readonly #srpAhead = new SrpAhead();
  /** Sessions of confirmed sign-ups, behind opaque handles, used once. */
  readonly #confirmations = new WeakMap<ConfirmationHandle, { username: string; session: string; until: number }>();

  constructor(private readonly options: ApiSignInOptions) {
    prefetchWhenIdle();
    this.#srpAhead.prepareWhenIdle();
  }

  signIn(input: SignInInput, options: CallOptions): Promise<SignInResult> {
    return this.#signIn(input, options).catch((error) => this.#withoutDevice(error, input, options));
  }

  /**
   * Cognito no longer knows the remembered device ("Device does not exist.", right after the first
   * factor): api/devices.ts has forgotten it, and the sign-in starts once more without it (MFA
   * follows, then a new device).
   */
  #withoutDevice(error: unknown, input: SignInInput | undefined, options: CallOptions): Promise<SignInResult> {
    // Without a device sent Cognito never says so; `input` is gone once the restart window closed.
    if (input && isUnknownDevice(error)) return this.#signIn(input, options);
    throw error;
  }

  async #signIn(input: SignInInput, options: CallOptions): Promise<SignInResult> {
    const flow: AuthFlowType = input.authFlowType ?? 'USER_SRP_AUTH';
    const { username, password } = input;
    if (!username) throw new AuthError(KIT_ERROR_NAMES.validation, 'A username is required.');
    const preferred = flow === 'USER_AUTH' ? input.preferredChallenge : undefined;
    const passwordFactor = preferred === 'PASSWORD' || preferred === 'PASSWORD_SRP';
    if ((flow === 'USER_AUTH' ? passwordFactor : flow !== 'CUSTOM_WITHOUT_SRP') && !password) {
      throw new AuthError(KIT_ERROR_NAMES.validation, 'A password is required.');
    }
    const parameters: Record<string, string> = { USERNAME: username };
    let srp: SrpStart | undefined;
    const withSrp = flow === 'USER_SRP_AUTH' || flow === 'CUSTOM_WITH_SRP' || preferred === 'PASSWORD_SRP';
    const srpMath = withSrp ? await loadSrp() : undefined;
    let authFlow = 'CUSTOM_AUTH';
    switch (flow) {
      case 'USER_AUTH':
        authFlow = flow;
        if (preferred) parameters.PREFERRED_CHALLENGE = preferred;
        if (preferred === 'PASSWORD') parameters.PASSWORD = password!;
        if (preferred === 'PASSWORD_SRP') {
          srp = await this.#srpAhead.take();
          parameters.SRP_A = srp.srpAHex;
        }
        break;
      case 'USER_PASSWORD_AUTH':
        authFlow = flow;
        parameters.PASSWORD = password!;
        break;
      case 'USER_SRP_AUTH':
      case 'CUSTOM_WITH_SRP':
        srp = await this.#srpAhead.take();
        parameters.SRP_A = srp.srpAHex;
        if (flow === 'USER_SRP_AUTH') authFlow = flow;
        else parameters.CHALLENGE_NAME = 'SRP_A';
        break;
      case 'CUSTOM_WITHOUT_SRP':
        break;
      default:
        throw new AuthError(KIT_ERROR_NAMES.validation, `Unknown auth flow type: ${String(flow)}.`);
    }
    const attempt: ApiAttempt = { username, call: this.options.call };
    if (input.rememberDevice) attempt.call = await (await this.options.devices()).track(attempt, input.rememberDevice);
    const out = await attempt.call('InitiateAuth', { AuthFlow: authFlow, AuthParameters: parameters }, options);
    this.#attempts.open(attempt, { ...input, authFlowType: flow });
    // A sign-in refused before it gives out a handle (a wrong password) keeps nothing.
    return this.#attempts.started(attempt, this.#afterInitiate(out, attempt, srp && { ...srp, math: srpMath!, password: password! }, options));
  }

  /** The first reply: PASSWORD_VERIFIER answered here with the password, else a result. */
  async #afterInitiate(out: Json, attempt: ApiAttempt, srp: SrpAnswer | undefined, options: CallOptions): Promise<SignInResult> {
    if (srp && out.ChallengeName === 'PASSWORD_VERIFIER') {
      this.#advance(attempt, out);
      const challengeParameters = stringRecord(out.ChallengeParameters);
      const responses = await srp.math.answerPasswordVerifier({
        ...(challengeParameters as { SALT: string; SRP_B: string; SECRET_BLOCK: string; USER_ID_FOR_SRP: string }),
        poolName: this.options.poolName,
        password: srp.password,
        a: srp.a,
        A: srp.A,
        now: new Date(this.options.now()),
      });
      throwIfAborted(options.signal);
      const answer = await attempt.call(
        'RespondToAuthChallenge',
        { ChallengeName: 'PASSWORD_VERIFIER', Session: attempt.session, ChallengeResponses: responses },
        options,
      );
      return this.#outcome(answer, attempt, options);
    }
    return this.#outcome(out, attempt, options);
  }

  async answerChallenge(handle: ChallengeHandle, answer: ChallengeAnswer, options: CallOptions): Promise<SignInResult> {
    const { attempt, challengeName } = this.#attempts.get(handle);
    return this.#answer(attempt, challengeName, answer, options).catch((error) => this.#withoutDevice(error, attempt.restart, options));
  }

  async #answer(attempt: ApiAttempt, challengeName: string, answer: ChallengeAnswer, options: CallOptions): Promise<SignInResult> {
    if ('factor' in answer) return this.#chooseFactor(attempt, answer, options);
    // After a code: whether "Remember this device" was ticked (the device wrapper reads it).
    if ('code' in answer) attempt.remember = !!answer.rememberDevice;
    const wire = await loadChallenges();
    if (wire.isTotpSetupCode(challengeName, answer)) return this.#verifyTotp(attempt, answer, options);
    const responses = wire.encodeAnswer(challengeName, answer);
    if (!responses) throw wire.answerMismatch(challengeName);
    const input: Json = { ChallengeName: challengeName, ChallengeResponses: { ...responses, USERNAME: attempt.username } };
    if (attempt.session) input.Session = attempt.session;
    const out = await attempt.call('RespondToAuthChallenge', input, options);
    if ('mfaType' in answer) attempt.selectedMfa = answer.mfaType;
    return this.#outcome(out, attempt, options);
  }

  /**
   * A `USER_AUTH` first factor, answering `SELECT_CHALLENGE` (also on a `WEB_AUTHN` Session, to
   * switch away from the passkey). A password factor goes in the same answer, SRP's `A` included.
   */
  async #chooseFactor(attempt: ApiAttempt, answer: { factor: FirstFactor; password?: string }, options: CallOptions): Promise<SignInResult> {
    const { factor, password } = answer;
    const responses: Record<string, string> = { USERNAME: attempt.username, ANSWER: factor };
    let srp: SrpAnswer | undefined;
    if (factor === 'PASSWORD' || factor === 'PASSWORD_SRP') {
      if (!password) throw new AuthError(KIT_ERROR_NAMES.validation, 'A password is required.');
      if (factor === 'PASSWORD') responses.PASSWORD = password;
      else {
        const [math, start] = await Promise.all([loadSrp(), this.#srpAhead.take()]);
        srp = { ...start, math, password };
        responses.SRP_A = start.srpAHex;
      }
    } else if (attempt.restart) {
      // "Send a new code" starts again with this factor preferred.
      attempt.restart = { ...attempt.restart, preferredChallenge: factor };
    }
    const out = await attempt.call(
      'RespondToAuthChallenge',
      { ChallengeName: 'SELECT_CHALLENGE', Session: attempt.session, ChallengeResponses: responses },
      options,
    );
    return this.#afterInitiate(out, attempt, srp, options);
  }

  /** A handle for signing in with a confirmed sign-up's Session. */
  confirmation(username: string, session: string): ConfirmationHandle {
    const handle = Object.freeze({}) as ConfirmationHandle;
    this.#confirmations.set(handle, { username, session, until: this.options.now() + CONFIRMATION_WINDOW_MS });
    return handle;
  }

  /** `InitiateAuth USER_AUTH` with the confirmation's Session: tokens without the password (docs/cognito.md §10). */
  async signInAfterConfirmation(handle: ConfirmationHandle, options: CallOptions): Promise<SignInResult> {
    const confirmation = this.#confirmations.get(handle);
    this.#confirmations.delete(handle);
    if (!confirmation || confirmation.until < this.options.now()) throw expiredSession();
    const { username, session } = confirmation;
    const out = await this.options.call('InitiateAuth', { AuthFlow: 'USER_AUTH', AuthParameters: { USERNAME: username }, Session: session }, options);
    const attempt = this.#attempts.open({ username, call: this.options.call }, { username, authFlowType: 'USER_AUTH' });
    return this.#attempts.started(attempt, this.#outcome(out, attempt, options));
  }

  resendChallengeCode(handle: ChallengeHandle, options: CallOptions): Promise<SignInResult> {
    return this.#attempts.resend(handle, this, options);
  }

  async associateTotp(handle: ChallengeHandle, options: CallOptions): Promise<{ secretCode: string }> {
    const { attempt } = this.#attempts.get(handle);
    const out = await attempt.call('AssociateSoftwareToken', { Session: attempt.session }, options);
    this.#advance(attempt, out);
    const secretCode = str(out.SecretCode);
    if (!secretCode) throw new AuthError(KIT_ERROR_NAMES.unknown, 'Cognito returned no secret.');
    return { secretCode };
  }

  /** The authenticator app's first code (`VerifySoftwareToken`), then the MFA_SETUP answer. */
  async #verifyTotp(attempt: ApiAttempt, answer: { code: string; deviceName?: string }, options: CallOptions): Promise<SignInResult> {
    const verify: Json = { Session: attempt.session, UserCode: answer.code };
    if (answer.deviceName) verify.FriendlyDeviceName = answer.deviceName;
    this.#advance(attempt, await attempt.call('VerifySoftwareToken', verify, options));
    const out = await attempt.call(
      'RespondToAuthChallenge',
      { ChallengeName: 'MFA_SETUP', Session: attempt.session, ChallengeResponses: { USERNAME: attempt.username } },
      options,
    );
    return this.#outcome(out, attempt, options);
  }

  /** Records the newest Session and canonical username of a challenge reply. */
  #advance(attempt: ApiAttempt, out: Json): void {
    const session = str(out.Session);
    if (session) attempt.session = session;
    const parameters = (out.ChallengeParameters ?? {}) as Json;
    attempt.username = str(parameters.USERNAME) || str(parameters.USER_ID_FOR_SRP) || attempt.username;
  }

  /** Turns an InitiateAuth / RespondToAuthChallenge reply into a result. */
  async #outcome(out: Json, attempt: ApiAttempt, options: CallOptions): Promise<SignInResult> {
    const result = out.AuthenticationResult as AuthenticationResult | undefined;
    if (result?.AccessToken) {
      this.#attempts.end(attempt);
      throwIfAborted(options.signal);
      const session = await this.options.keep(result, attempt.username, attempt.device?.deviceKey);
      return { kind: 'done', session, ...(attempt.remembered && { deviceRemembered: true as const }) };
    }
    const name = str(out.ChallengeName);
    if (!name) throw new AuthError(KIT_ERROR_NAMES.unknown, 'Cognito answered with neither tokens nor a challenge.');
    if (name === 'PASSWORD_VERIFIER') {
      // Only reachable without the password in hand (a trigger asking for it mid-flow).
      throw new AuthError(KIT_ERROR_NAMES.unknownChallenge, 'Unexpected PASSWORD_VERIFIER challenge.');
    }
    this.#advance(attempt, out);
    const { parseChallenge, publicParameters } = await loadChallenges();
    const parameters = publicParameters(out.ChallengeParameters);
    const challenge = parseChallenge(name, parameters, out.AvailableChallenges);
    throwIfAborted(options.signal);
    return { kind: 'challenge', challenge, name, parameters, handle: this.#attempts.handle(attempt, name) };
  }
}

