/**
 * A backend that answers from a script, for controller unit tests (never for end-to-end tests).
 * Each method call takes the next scripted answer for that method and records its input.
 */
import { parseChallenge } from '../../src/cognito/challenges.js';
import type {
  AuthBackend,
  AuthSession,
  ChallengeAnswer,
  ChallengeHandle,
  CodeDelivery,
  ConfirmationHandle,
  DeviceInfo,
  Passkey,
  SignInResult,
  SignUpResult,
} from '../../src/core/backend.js';
import { AuthError } from '../../src/core/errors.js';
import type { AccountProfile } from '../../src/core/account-port.js';

type Answer<T> = T | AuthError | (() => Promise<T>);

/** A challenge as scripts write it: Cognito's name and parameters (typed by the real parser). */
type ScriptedChallenge = { kind: 'challenge'; name: string; parameters: Record<string, string>; handle: ChallengeHandle; available?: string[] };
type ScriptedSignIn = SignInResult | ScriptedChallenge;

/** A typed challenge result for `name` and its parameters, as a backend returns it. */
export function challengeResult(
  name: string,
  parameters: Record<string, string> = {},
  h: ChallengeHandle = handle(),
  available?: string[],
): SignInResult {
  return { kind: 'challenge', challenge: parseChallenge(name, parameters, available), name, parameters, handle: h };
}

function typed(result: ScriptedSignIn): SignInResult {
  return result.kind === 'challenge' && !('challenge' in result)
    ? challengeResult(result.name, result.parameters, result.handle, result.available)
    : (result as SignInResult);
}

export interface Script {
  signUp?: Answer<SignUpResult>[];
  confirmSignUp?: Answer<ConfirmationHandle | void>[];
  signInAfterConfirmation?: Answer<ScriptedSignIn>[];
  startPasskeyRegistration?: Answer<Record<string, unknown>>[];
  completePasskeyRegistration?: Answer<void>[];
  listPasskeys?: Answer<Passkey[]>[];
  deletePasskey?: Answer<void>[];
  listDevices?: Answer<DeviceInfo[]>[];
  forgetDevice?: Answer<void>[];
  resendSignUpCode?: Answer<CodeDelivery>[];
  signIn?: Answer<ScriptedSignIn>[];
  answerChallenge?: Answer<ScriptedSignIn>[];
  resendChallengeCode?: Answer<ScriptedSignIn>[];
  associateTotp?: Answer<{ secretCode: string }>[];
  forgotPassword?: Answer<CodeDelivery>[];
  confirmForgotPassword?: Answer<void>[];
  currentSession?: Answer<AuthSession | null>[];
  refreshSession?: Answer<AuthSession>[];
  signOut?: Answer<void>[];
  getProfile?: Answer<AccountProfile>[];
  changePassword?: Answer<void>[];
  updateAttributes?: Answer<CodeDelivery[]>[];
  sendAttributeCode?: Answer<CodeDelivery>[];
  verifyAttribute?: Answer<void>[];
  setMfaPreference?: Answer<void>[];
  startTotpSetup?: Answer<{ secretCode: string }>[];
  finishTotpSetup?: Answer<void>[];
  deleteAccount?: Answer<void>[];
}

export const SESSION: AuthSession = {
  username: 'ana',
  idTokenClaims: { sub: 'sub-1', 'cognito:username': 'ana', email: 'ana@example.com', email_verified: true },
  accessTokenClaims: { client_id: 'client', scope: 'aws.cognito.signin.user.admin' },
  expiresAt: Date.now() + 3_600_000,
};

export const EMAIL_DELIVERY: CodeDelivery = { destination: 'a***@e***', medium: 'EMAIL', attributeName: 'email' };

export function handle(label = 'h'): ChallengeHandle {
  return { label } as unknown as ChallengeHandle;
}

export class ScriptedBackend implements AuthBackend {
  readonly calls: { method: keyof Script; input: unknown; signal?: AbortSignal }[] = [];

  constructor(private readonly script: Script) {}

  private async answer<T>(method: keyof Script, input: unknown, signal?: AbortSignal): Promise<T> {
    this.calls.push({ method, input, signal });
    const queue = this.script[method] as Answer<T>[] | undefined;
    if (!queue?.length) throw new Error(`ScriptedBackend: no answer left for ${method}`);
    const next = queue.shift() as Answer<T>;
    if (next instanceof AuthError) throw next;
    if (typeof next === 'function') return (next as () => Promise<T>)();
    return next;
  }

  signUp(input: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<SignUpResult>('signUp', input, o?.signal);
  }
  confirmSignUp(input: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<ConfirmationHandle | void>('confirmSignUp', input, o?.signal);
  }
  async signInAfterConfirmation(h: ConfirmationHandle, o?: { signal?: AbortSignal }) {
    return typed(await this.answer<ScriptedSignIn>('signInAfterConfirmation', { handle: h }, o?.signal));
  }
  startPasskeyRegistration(o?: { signal?: AbortSignal }) {
    return this.answer<Record<string, unknown>>('startPasskeyRegistration', undefined, o?.signal);
  }
  completePasskeyRegistration(credential: Record<string, unknown>, o?: { signal?: AbortSignal }) {
    return this.answer<void>('completePasskeyRegistration', credential, o?.signal);
  }
  listPasskeys(o?: { signal?: AbortSignal }) {
    return this.answer<Passkey[]>('listPasskeys', undefined, o?.signal);
  }
  deletePasskey(id: string, o?: { signal?: AbortSignal }) {
    return this.answer<void>('deletePasskey', id, o?.signal);
  }
  listDevices(o?: { signal?: AbortSignal }) {
    return this.answer<DeviceInfo[]>('listDevices', undefined, o?.signal);
  }
  forgetDevice(key: string, o?: { signal?: AbortSignal }) {
    return this.answer<void>('forgetDevice', key, o?.signal);
  }
  resendSignUpCode(input: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<CodeDelivery>('resendSignUpCode', input, o?.signal);
  }
  async signIn(input: unknown, o?: { signal?: AbortSignal }) {
    return typed(await this.answer<ScriptedSignIn>('signIn', input, o?.signal));
  }
  async answerChallenge(h: ChallengeHandle, answer: ChallengeAnswer, o?: { signal?: AbortSignal }) {
    return typed(await this.answer<ScriptedSignIn>('answerChallenge', { handle: h, answer }, o?.signal));
  }
  async resendChallengeCode(h: ChallengeHandle, o?: { signal?: AbortSignal }) {
    return typed(await this.answer<ScriptedSignIn>('resendChallengeCode', { handle: h }, o?.signal));
  }
  associateTotp(h: ChallengeHandle, o?: { signal?: AbortSignal }) {
    return this.answer<{ secretCode: string }>('associateTotp', { handle: h }, o?.signal);
  }
  forgotPassword(input: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<CodeDelivery>('forgotPassword', input, o?.signal);
  }
  confirmForgotPassword(input: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<void>('confirmForgotPassword', input, o?.signal);
  }
  currentSession(o?: { signal?: AbortSignal }) {
    return this.answer<AuthSession | null>('currentSession', undefined, o?.signal);
  }
  refreshSession(o?: { signal?: AbortSignal }) {
    return this.answer<AuthSession>('refreshSession', undefined, o?.signal);
  }
  signOut(input?: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<void>('signOut', input, o?.signal);
  }
  getProfile(o?: { signal?: AbortSignal }) {
    return this.answer<AccountProfile>('getProfile', undefined, o?.signal);
  }
  changePassword(input: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<void>('changePassword', input, o?.signal);
  }
  updateAttributes(input: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<CodeDelivery[]>('updateAttributes', input, o?.signal);
  }
  sendAttributeCode(input: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<CodeDelivery>('sendAttributeCode', input, o?.signal);
  }
  verifyAttribute(input: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<void>('verifyAttribute', input, o?.signal);
  }
  setMfaPreference(input: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<void>('setMfaPreference', input, o?.signal);
  }
  startTotpSetup(o?: { signal?: AbortSignal }) {
    return this.answer<{ secretCode: string }>('startTotpSetup', undefined, o?.signal);
  }
  finishTotpSetup(input: unknown, o?: { signal?: AbortSignal }) {
    return this.answer<void>('finishTotpSetup', input, o?.signal);
  }
  deleteAccount(o?: { signal?: AbortSignal }) {
    return this.answer<void>('deleteAccount', undefined, o?.signal);
  }
}

/** Resolves when `later.resolve` is called: for answers that arrive after the person moved on. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
