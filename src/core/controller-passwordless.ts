/**
 * The passwordless half of the controller (docs/cognito.md §10), as the first screen holds it: the
 * options, the first factor of `USER_AUTH` (preferred by the app, or chosen; which factors a
 * challenge offers, the last one used first, is sign-in-flow.ts's), and the stop of passkey
 * autofill, which every command calls. The passwordless commands (`AuthController`'s thin
 * methods) run core/passwordless-flow.ts, loaded on demand with the other later commands.
 */
import type { AuthBackend, AuthFlowType, FirstFactor, PasskeyAuthenticator } from './backend.js';
import type { CommandOptions, Run } from './command-runner.js';
import { ControllerBase } from './controller-base.js';
import { AuthFactorChosenEvent } from './controller-events.js';
import { usableFactor } from './sign-in-step.js';
import type { AuthState } from './steps.js';

/** Where the last factor each person used is kept on this device (not a secret). */
export interface FactorMemory {
  get(username: string): FirstFactor | null;
  set(username: string, factor: FirstFactor): void;
}

/** When to offer a passkey: after a sign-in that did not use one, or never. */
export type PasskeyPrompt = 'after-sign-in' | 'never';

export interface PasswordlessOptions {
  authFlowType?: AuthFlowType;
  /** `USER_AUTH`: the factor to start with, skipping the choice when this person has it. */
  preferredChallenge?: FirstFactor;
  /** The browser's passkeys (the elements pass `navigator.credentials`'); none: no passkeys. */
  passkeys?: PasskeyAuthenticator | null;
  passkeyPrompt?: PasskeyPrompt;
  factorMemory?: FactorMemory | null;
}

export abstract class PasswordlessController extends ControllerBase {
  authFlowType: AuthFlowType;
  preferredChallenge: FirstFactor | undefined;
  passkeys: PasskeyAuthenticator | null;
  passkeyPrompt: PasskeyPrompt;
  factorMemory: FactorMemory | null;
  /** The first factor of the sign-in in progress, remembered once it signs the person in. */
  protected factor: FirstFactor | null = null;
  /** The password screen has sent its answer once (so the choice's Session is spent). */
  protected passwordTried = false;
  /** The WebAuthn request of the passkey challenge on screen (a server nonce, no secret; set by core/sign-in-flow.ts). */
  protected passkeyRequest: string | null = null;
  #autofill: AbortController | null = null;

  constructor(backend: AuthBackend, state: AuthState, options: PasswordlessOptions) {
    super(backend, state);
    this.authFlowType = options.authFlowType ?? 'USER_SRP_AUTH';
    this.preferredChallenge = options.preferredChallenge;
    this.passkeys = options.passkeys ?? null;
    this.passkeyPrompt = options.passkeyPrompt ?? 'after-sign-in';
    this.factorMemory = options.factorMemory ?? null;
  }

  /** The factor a `USER_AUTH` sign-in asks Cognito for first: the app's preference, if usable here. */
  protected startingFactor(): FirstFactor | undefined {
    return usableFactor(this.preferredChallenge, this.passkeys);
  }

  /** The person (or the app's preference) picked how to sign in. */
  protected chooseFactor(factor: FirstFactor): void {
    this.factor = factor;
    this.dispatchEvent(new AuthFactorChosenEvent(factor, this.getSnapshot().username));
  }

  /**
   * A new passkey autofill's signal, the one before stopped. It is made at once, before autofill's
   * code is here, so that a command that begins while that code is on its way stops it too.
   */
  protected autofillSignal(): AbortSignal {
    this.stopPasskeyAutofill();
    return (this.#autofill = new AbortController()).signal;
  }

  stopPasskeyAutofill(): void {
    this.#autofill?.abort();
    this.#autofill = null;
  }

  protected override begin(options: CommandOptions, username?: string): Run {
    this.stopPasskeyAutofill();
    return super.begin(options, username);
  }

  override dispose(): void {
    this.stopPasskeyAutofill();
    super.dispose();
  }
}
