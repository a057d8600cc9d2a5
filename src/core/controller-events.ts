/**
 * Events the controller dispatches. Plain `Event` subclasses with typed fields, so headless users
 * get types without a DOM `CustomEvent`. None carries a password, code, Session or refresh token.
 */
import type { AuthSession, CodeDelivery, FirstFactor } from './backend.js';
import type { ErrorInfo } from './errors.js';
import type { AuthState, StepName } from './steps.js';

export class AuthStateChangeEvent extends Event {
  constructor(
    readonly state: AuthState,
    readonly previous: AuthState,
  ) {
    super('statechange');
  }
}

export class AuthSignedInEvent extends Event {
  /** `federated` when the person signed in through managed login with an identity provider. */
  readonly method?: 'federated';

  constructor(
    readonly session: AuthSession,
    /** The identity provider (`Google`, a SAML name…) of a managed-login sign-in. */
    readonly provider?: string,
  ) {
    super('signedin');
    if (provider) this.method = 'federated';
  }
}

export class AuthSignedOutEvent extends Event {
  constructor(readonly username: string) {
    super('signedout');
  }
}

export class AuthSignedUpEvent extends Event {
  constructor(
    readonly username: string,
    readonly userConfirmed: boolean,
  ) {
    super('signedup');
  }
}

export class AuthPasswordResetEvent extends Event {
  constructor(readonly username: string) {
    super('passwordreset');
  }
}

export class AuthCodeSentEvent extends Event {
  constructor(
    readonly codeDelivery: CodeDelivery,
    readonly step: StepName,
  ) {
    super('codesent');
  }
}

export class AuthErrorEvent extends Event {
  constructor(
    readonly error: ErrorInfo,
    readonly step: StepName,
  ) {
    super('error');
  }
}

/** `USER_AUTH`: the person chose how to sign in (from the choice, or the remembered factor). */
export class AuthFactorChosenEvent extends Event {
  constructor(
    readonly factor: FirstFactor,
    readonly username: string,
  ) {
    super('factorchosen');
  }
}

/** The passkey offer after sign-in ended: `registered` true when a passkey was created. */
export class AuthPasskeyOfferEvent extends Event {
  constructor(
    readonly registered: boolean,
    readonly username: string,
  ) {
    super(registered ? 'passkeyregistered' : 'passkeydeclined');
  }
}

/** The sign-in that just ended made this device a remembered one (no key, no secret: only that). */
export class AuthDeviceRememberedEvent extends Event {
  constructor(readonly username: string) {
    super('deviceremembered');
  }
}

export interface AuthControllerEventMap {
  statechange: AuthStateChangeEvent;
  signedin: AuthSignedInEvent;
  signedout: AuthSignedOutEvent;
  signedup: AuthSignedUpEvent;
  passwordreset: AuthPasswordResetEvent;
  codesent: AuthCodeSentEvent;
  error: AuthErrorEvent;
  factorchosen: AuthFactorChosenEvent;
  passkeyregistered: AuthPasskeyOfferEvent;
  passkeydeclined: AuthPasskeyOfferEvent;
  deviceremembered: AuthDeviceRememberedEvent;
}

/** An `EventTarget` whose `addEventListener` knows the event type for each name. */
export class TypedEventTarget<M> extends EventTarget {
  override addEventListener<K extends keyof M & string>(
    type: K,
    listener: ((event: M[K]) => void) | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | ((event: never) => void) | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener as EventListenerOrEventListenerObject | null, options);
  }
}
