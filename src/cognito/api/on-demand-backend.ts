/**
 * The default backend as the first screen holds it: a stand-in whose code is a few hundred bytes.
 * The API backend itself (sign-in, the session, the fetch transport, the wire format) is imported
 * when the browser is idle after the first screen, or by the first call, whichever comes first;
 * every call is then forwarded to it (docs/architecture.md §11). Its stand-in answers without it
 * only where the answer is known: a page without `persist` has no session before its first call.
 */
import type { AuthBackend, AuthSession } from '../../core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { loadOnce } from '../../core/load-once.js';
import { regionFromPoolId } from '../transport.js';
import type { CognitoApiBackend, CognitoApiBackendOptions } from './backend.js';

/** The API backend's class, imported (a test passes its own). */
export type LoadApiBackend = () => Promise<typeof CognitoApiBackend>;

const loadApiBackend: LoadApiBackend = () => import('./backend.js').then((m) => m.CognitoApiBackend);

/** The API backend's methods, forwarded once its code has arrived. */
const FORWARDED = [
  'signUp',
  'confirmSignUp',
  'signInAfterConfirmation',
  'resendSignUpCode',
  'signIn',
  'answerChallenge',
  'resendChallengeCode',
  'associateTotp',
  'forgotPassword',
  'confirmForgotPassword',
  'refreshSession',
  'signOut',
  'adoptTokens',
  'startPasskeyRegistration',
  'completePasskeyRegistration',
  'listPasskeys',
  'deletePasskey',
  'getProfile',
  'changePassword',
  'updateAttributes',
  'sendAttributeCode',
  'verifyAttribute',
  'setMfaPreference',
  'startTotpSetup',
  'finishTotpSetup',
  'deleteAccount',
  'listDevices',
  'forgetDevice',
  'tokens',
  'accessToken',
] as const satisfies readonly (keyof CognitoApiBackend)[];

type Forwarded = (typeof FORWARDED)[number];
type MethodName = { [K in keyof CognitoApiBackend]: CognitoApiBackend[K] extends (...args: never[]) => unknown ? K : never }[keyof CognitoApiBackend];
/** Answered here (the session's first answers), not forwarded as they are. */
type OwnMethod = 'currentSession' | 'onSessionChange';
// A method added to the API backend must be forwarded (or answered here): this fails to compile otherwise.
const forwardsEveryMethod: [Exclude<MethodName, Forwarded | OwnMethod>] extends [never] ? true : never = true;
void forwardsEveryMethod;

export interface OnDemandApiBackend extends Pick<CognitoApiBackend, Forwarded> {}

export class OnDemandApiBackend implements AuthBackend {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly region: string;
  readonly #persist: boolean;
  readonly #load: () => Promise<CognitoApiBackend>;
  #backend: CognitoApiBackend | undefined;

  constructor(options: CognitoApiBackendOptions, load: LoadApiBackend = loadApiBackend) {
    this.userPoolId = options.userPoolId;
    this.clientId = options.clientId;
    // A malformed pool id fails here, at once, as the API backend's constructor would.
    this.region = regionFromPoolId(options.userPoolId);
    this.#persist = !!(options.persist || options.storage);
    // Offline, or a redeploy removed the chunk: a network failure (the form says so and offers to
    // try again), and the next call imports afresh (loadOnce).
    this.#load = loadOnce(() =>
      load().then(
        (ApiBackend) => (this.#backend = new ApiBackend(options)),
        (error: unknown) => {
          throw new AuthError(KIT_ERROR_NAMES.network, 'The sign-in code could not be loaded.', { cause: error });
        },
      ),
    );
    for (const name of FORWARDED) {
      Object.defineProperty(this, name, {
        value: (...args: unknown[]) => this.#load().then((backend) => (backend[name] as (...a: unknown[]) => unknown)(...args)),
      });
    }
    globalThis.requestIdleCallback?.(() => void this.#load().catch(() => {}));
  }

  /** No call yet and nothing persisted: no session, without fetching the code that would say so. */
  currentSession(...args: Parameters<CognitoApiBackend['currentSession']>): Promise<AuthSession | null> {
    if (!this.#backend && !this.#persist) return Promise.resolve(null);
    return this.#load().then((backend) => backend.currentSession(...args));
  }

  /** Only a persisted session is shared with other tabs; a page without `persist` has nothing to follow. */
  onSessionChange(listener: (session: AuthSession | null) => void): () => void {
    if (!this.#persist) return () => {};
    let watching = true;
    let stop: (() => void) | undefined;
    void this.#load().then(
      (backend) => {
        if (watching) stop = backend.onSessionChange(listener);
      },
      () => {},
    );
    return () => {
      watching = false;
      stop?.();
    };
  }
}
