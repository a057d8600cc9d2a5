/**
 * The passwordless half of the controller (docs/cognito.md §10): the first factor of `USER_AUTH`
 * (preferred by the app, or chosen; which factors a challenge offers, the last one used first, is
 * sign-in-flow.ts's), the passkey ceremony through a `PasskeyAuthenticator`, passkey autofill, the
 * passkey offer after sign-in (whether to make it is session-flow.ts's), and listing and deleting
 * passkeys. The classic commands are in auth-controller.ts.
 */
import type { AuthBackend, AuthFlowType, FirstFactor, Passkey, PasskeyAuthenticator, SignInResult } from './backend.js';
import type { CommandOptions, Run } from './command-runner.js';
import { ControllerBase } from './controller-base.js';
import { AuthFactorChosenEvent, AuthPasskeyOfferEvent } from './controller-events.js';
import { AuthError, KIT_ERROR_NAMES } from './errors.js';
import type { PasskeyFlowHost } from './passkey-flows.js';
import type { AuthState } from './steps.js';

/** The passkey ceremonies and the offer's checks: fetched the first time a passkey is in play. */
const flows = () => import('./passkey-flows.js');

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

/** A Cognito challenge Session lasts 3 minutes: autofill asks for a fresh one before that. */
const AUTOFILL_RENEW_MS = 150_000;

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

  protected abstract signInResult(result: SignInResult): Promise<void>;

  /** The factor a `USER_AUTH` sign-in asks Cognito for first: the app's preference, if usable here. */
  protected startingFactor(): FirstFactor | undefined {
    const factor = this.preferredChallenge;
    if (factor === 'WEB_AUTHN' && !this.passkeys?.available()) return undefined;
    return factor;
  }

  /** The person (or the app's preference) picked how to sign in. */
  protected chooseFactor(factor: FirstFactor): void {
    this.factor = factor;
    this.dispatchEvent(new AuthFactorChosenEvent(factor, this.getSnapshot().username));
  }

  /** From a factor's screen back to the choice; a passkey sheet still open is closed. */
  chooseAnotherFactor(): void {
    this.runner.abandon();
    this.apply({ type: 'otherFactorRequested' });
  }

  /** Opens the browser's passkey sheet for the passkey challenge on screen (again, after a cancel). */
  async signInWithPasskey(options: CommandOptions = {}): Promise<void> {
    const handle = this.challenge;
    const request = this.passkeyRequest;
    if (this.getSnapshot().step !== 'confirmSignInWithPasskey' || !handle || !request) return;
    this.factor = 'WEB_AUTHN';
    const run = this.begin(options);
    await (await flows()).signInWithPasskey(this.#host, run, handle, request);
  }

  /** Creates a passkey for the signed-in person (`StartWebAuthnRegistration` → browser → `Complete…`). */
  async registerPasskey(options: CommandOptions = {}): Promise<void> {
    const run = this.begin(options);
    // Away from the offer (an app's own button, signed in) there is nothing to close: it just settles.
    await (await flows()).registerPasskey(this.#host, run, () => this.#closeOffer(true) || this.settle());
  }

  /** "Not now": the offer closes, signed in as before. */
  declinePasskey(): void {
    if (this.getSnapshot().step !== 'offerPasskey') return;
    this.runner.abandon();
    this.#closeOffer(false);
  }

  /** False when the offer is not on screen. */
  #closeOffer(registered: boolean): boolean {
    if (this.getSnapshot().step !== 'offerPasskey') return false;
    this.apply({ type: 'passkeyOfferClosed', registered });
    this.dispatchEvent(new AuthPasskeyOfferEvent(registered, this.getSnapshot().username));
    return true;
  }

  /** The signed-in person's passkeys (for an account screen). */
  listPasskeys(options: CommandOptions = {}): Promise<Passkey[]> {
    return this.backend.listPasskeys ? this.backend.listPasskeys(options) : Promise.reject(unsupported());
  }

  deletePasskey(id: string, options: CommandOptions = {}): Promise<void> {
    return this.backend.deletePasskey ? this.backend.deletePasskey(id, options) : Promise.reject(unsupported());
  }

  /**
   * Offers `username`'s passkeys in the username field's autofill (WebAuthn conditional
   * mediation), on the sign-in screen of a `USER_AUTH` flow. Cognito gives request options only
   * for a username (docs/cognito.md §10), so this needs one, typically the last one signed in on
   * this device. Any command stops it; it fails silently, since the form works without it.
   */
  async startPasskeyAutofill(username: string): Promise<void> {
    this.stopPasskeyAutofill();
    if (this.authFlowType !== 'USER_AUTH' || !username || !this.passkeys?.available() || this.getSnapshot().step !== 'signIn') return;
    const abort = new AbortController();
    this.#autofill = abort;
    const renew = setTimeout(() => void this.startPasskeyAutofill(username), AUTOFILL_RENEW_MS);
    abort.signal.addEventListener('abort', () => clearTimeout(renew));
    await (await flows()).passkeyAutofill(this.#host, username, abort.signal);
  }

  /** What the passkey flows (loaded on first use) may do to this controller. */
  readonly #host: PasskeyFlowHost = {
    controller: this,
    begin: (options, username) => this.begin(options, username),
    perform: (run, call, onResult, onError) => this.perform(run, call, onResult, onError),
    fail: (error) => this.fail(error),
    signInResult: (result) => this.signInResult(result),
    chooseFactor: (factor) => this.chooseFactor(factor),
    stopAutofill: () => this.stopPasskeyAutofill(),
  };

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

function unsupported(): AuthError {
  return new AuthError(KIT_ERROR_NAMES.unsupported, 'This backend cannot manage passkeys.');
}
