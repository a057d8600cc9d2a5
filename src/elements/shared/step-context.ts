/**
 * How `<auth-flow>` feeds its step elements: the context protocol that Lit's `@lit/context` also
 * speaks (a bubbling `context-request` event with a callback), kept to the few lines the kit needs.
 * A step element asks once when it connects and then hears every change; a lone step element (in a
 * story, or an app's own layout) gets nothing and uses the properties set on it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AuthFlowType, FirstFactor, RememberDevice } from '../../core/backend.js';
import type { FormFields } from '../../core/fields.js';
import type { AuthState } from '../../core/steps.js';
import type { Translate } from '../../i18n/translate.js';

/** The provider buttons for `where` on the sign-in and sign-up steps (nothing when they go elsewhere). */
export type ProviderButtons = (where: 'top' | 'bottom', t: Translate, pending: boolean) => unknown;

/** What `<auth-flow>`'s attributes say that some steps need. */
export interface StepSettings {
  hideSignUp: boolean;
  signUpAttributes: string;
  /** What the pool takes as a username (`username-attributes`). */
  usernameAttributes: string;
  /** The pool's password policy (`password-policy`). */
  passwordPolicy: string;
  /** The country phone fields start with (`default-country`). */
  defaultCountry: string;
  /** How steps show their attributes (`form-fields`). */
  formFields: FormFields;
  authFlowType: AuthFlowType;
  /** `USER_AUTH`: the factor to start with (a password factor puts the password on the first screen). */
  preferredChallenge?: FirstFactor;
  /** `USER_AUTH`: the username field offers passkeys in its autofill. */
  passkeyAutofill?: boolean;
  /**
   * Managed-login providers on sign-in and sign-up (`identity-providers`, `sso`): their buttons, given
   * once their code is here (shared/federation.ts); none when federation is off.
   */
  providers?: ProviderButtons;
  /** The level of each step's heading in the page's outline (2 by default). */
  headingLevel?: number;
  /** `ask`: the MFA code steps offer "Remember this device" (the backend can keep devices). */
  rememberDevice?: RememberDevice;
  totpIssuer: string;
  challengePrompts: Readonly<Record<string, (parameters: Readonly<Record<string, string>>, round: number) => unknown>>;
}

export interface StepContext {
  state: AuthState;
  t: Translate;
  settings: StepSettings;
}

/** The context key: providers answer only requests for it. */
export const stepContext = Symbol('auth-step-context');

type Callback = (value: StepContext, unsubscribe?: () => void) => void;

export class ContextRequestEvent extends Event {
  constructor(
    readonly context: typeof stepContext,
    readonly callback: Callback,
    readonly subscribe: boolean,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

/** The provider side, for `<auth-flow>`: answers requests while it has a value, and pushes changes. */
export class StepContextProvider {
  #value: StepContext | null = null;
  readonly #subscribers = new Set<Callback>();

  constructor(host: HTMLElement) {
    host.addEventListener('context-request', (event) => {
      const request = event as ContextRequestEvent;
      if (request.context !== stepContext || !this.#value) return;
      event.stopPropagation();
      const unsubscribe = () => this.#subscribers.delete(request.callback);
      if (request.subscribe) this.#subscribers.add(request.callback);
      request.callback(this.#value, unsubscribe);
    });
  }

  set(value: StepContext): void {
    this.#value = value;
    for (const callback of this.#subscribers) callback(value, () => this.#subscribers.delete(callback));
  }
}

/** The consumer side, for step elements: hands each value to `apply` while connected. */
export class StepContextConsumer implements ReactiveController {
  #unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly apply: (value: StepContext) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const callback: Callback = (value, unsubscribe) => {
      this.#unsubscribe = unsubscribe;
      this.apply(value);
    };
    this.host.dispatchEvent(new ContextRequestEvent(stepContext, callback, true));
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
