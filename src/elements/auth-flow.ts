/**
 * `<auth-flow>`: the whole Cognito sign-up / sign-in flow in one tag. A frame template plus
 * controllers: the locale (LocaleController) and the step on screen (StepHost, fed through the step
 * context). It paints its first screen alone; the `AuthController` it builds (or is handed), with the
 * bridge from its events to DOM events, comes with the flow's parts (shared/flow-wiring.ts). Its
 * default backend comes from `define.ts`, so this file knows nothing of Cognito's wire.
 */
import { html, LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { AuthBackend, AuthFlowType, BackendFactory, FederationFactory } from '../core/backend.js';
import type { AuthController } from '../core/auth-controller.js';
import { networkError } from '../core/network-error.js';
import { loadOnce } from '../core/load-once.js';
import { usableFactor } from '../core/sign-in-step.js';
import { initialState, type AuthState, type EntryStep } from '../core/steps.js';
import type { ChallengePromptRenderer } from './challenge-prompt.js';
import type { Messages } from '../i18n/en.js';
import { errorMessage } from '../i18n/translate.js';
import { passkeySupport } from './shared/passkey-support.js';
import { lastUsername } from './shared/device-memory.js';
import type { FlowWiring } from './shared/flow-wiring.js';
import { FormOptions } from './shared/form-options.js';
import { SignInOptions } from './shared/sign-in-options.js';
import { emit, type AuthAnnounceEvent, type AuthNavigateEvent } from './shared/events.js';
import { LocaleController } from './shared/locale-controller.js';
import { StepContextProvider, type StepSettings } from './shared/step-context.js';
import { slotNameFor, StepHost } from './shared/step-host.js';
import { adoptStepStyles, frameStyles } from './shared/styles.js';

export { slotNameFor } from './shared/step-host.js';

/** What the flow runs once a person acts (shared/flow-parts.ts): the first screen paints without it. */
type FlowParts = typeof import('./shared/flow-parts.js');
let parts: FlowParts | undefined;
/**
 * Fetched as the first `<auth-flow>` connects, with the default backend's factory where `define.ts`
 * installed its loader; a failed fetch is forgotten, so the next action tries again.
 */
const loadParts = loadOnce(() =>
  Promise.all([import('./shared/flow-parts.js'), AuthFlowElement.loadDefaultBackend?.()]).then(([module, factory]) => {
    if (factory) AuthFlowElement.defaultBackend ??= factory;
    parts = module;
  }),
);

/** @internal The package root hands the parts over bundled (flow-element.ts), so an app that imports it has them at once. */
export function provideFlowParts(module: FlowParts): void {
  parts ??= module;
}

/**
 * Sign-up and sign-in against an Amazon Cognito user pool, one step at a time.
 *
 * @summary The whole Cognito sign-up / sign-in flow in one tag.
 * @tag auth-flow
 *
 * @attr {'plain'} appearance - `plain`: no card (border, corner radius, shadow) around the flow; the `--auth-flow-card-*` tokens style the card otherwise. An attribute only (read by the styles).
 * @attr {'light' | 'dark'} color-scheme - Light or dark whatever the system says; by default the system's preference. An attribute only (read by the styles).
 *
 * @fires auth-step-change - The step changed; detail: `{ step, previousStep }`.
 * @fires auth-submit - A form is about to be sent (cancelable); detail: `{ step, intent, values, clientMetadata, waitUntil(promise) }`, without secrets.
 * @fires auth-pending-change - A request started or ended; detail: `{ pending }`.
 * @fires auth-code-sent - Cognito sent a code; detail: `{ destination, medium, step }` (destination masked).
 * @fires auth-error - Something failed; detail: `{ code, step, field?, retryable, name }`.
 * @fires auth-signed-up - An account was created; detail: `{ username }`.
 * @fires auth-signed-in - Signed in; detail: `{ username, session }` (token claims and expiry, never the refresh token).
 * @fires auth-signed-out - Signed out; detail: `{ username }`.
 * @fires auth-password-reset - A password was reset; detail: `{ username }`.
 * @fires auth-initial-focus - Before focus moves to the first field of a new step (cancelable); detail: `{ step }`.
 * @fires auth-controller-change - The element built or was given another controller (subscribe to the new one); detail: `{ controller }`.
 * @fires auth-factor-chosen - `USER_AUTH`: how the person signs in (chosen, or preferred); detail: `{ factor, username }`.
 * @fires auth-passkey-registered - A passkey was created after sign-in; detail: `{ username }` (never the credential).
 * @fires auth-passkey-declined - The passkey offer after sign-in was dismissed; detail: `{ username }`.
 * @fires auth-device-remembered - The sign-in made this device a remembered one (`remember-device`); detail: `{ username }` (never the device's key or secret).
 *
 * @slot - The current step's element (managed by the flow). With `gate`: your app, shown only while someone is signed in (the flow's step elements then carry `slot="step"`).
 * @slot brand - At the top of the frame, centred, at most `--auth-flow-brand-height` high: your logo (`<img slot="brand" alt="…">`).
 * @slot header - Above every step (a title, a notice).
 * @slot footer - Below every step (links, legal text).
 * @slot sign-in - Replaces the sign-in step with your own markup; likewise `sign-up`, `confirm-sign-up` and every step name in kebab case. Your `<form>` needs fields named like the kit's (`username`, `password`, `code`…).
 * @slot sign-in-header - Above the `sign-in` step only (below `header`).
 * @slot sign-in-footer - Below the `sign-in` step only (above `footer`).
 * @slot sign-up-header - Above the `sign-up` step only (below `header`).
 * @slot sign-up-footer - Below the `sign-up` step only (above `footer`).
 * @slot confirm-sign-up-header - Above the `confirm-sign-up` step only (below `header`).
 * @slot confirm-sign-up-footer - Below the `confirm-sign-up` step only (above `footer`).
 * @slot confirm-sign-in-with-sms-code-header - Above the `confirm-sign-in-with-sms-code` step only (below `header`).
 * @slot confirm-sign-in-with-sms-code-footer - Below the `confirm-sign-in-with-sms-code` step only (above `footer`).
 * @slot confirm-sign-in-with-totp-code-header - Above the `confirm-sign-in-with-totp-code` step only (below `header`).
 * @slot confirm-sign-in-with-totp-code-footer - Below the `confirm-sign-in-with-totp-code` step only (above `footer`).
 * @slot confirm-sign-in-with-email-code-header - Above the `confirm-sign-in-with-email-code` step only (below `header`).
 * @slot confirm-sign-in-with-email-code-footer - Below the `confirm-sign-in-with-email-code` step only (above `footer`).
 * @slot select-mfa-type-header - Above the `select-mfa-type` step only (below `header`).
 * @slot select-mfa-type-footer - Below the `select-mfa-type` step only (above `footer`).
 * @slot select-mfa-setup-type-header - Above the `select-mfa-setup-type` step only (below `header`).
 * @slot select-mfa-setup-type-footer - Below the `select-mfa-setup-type` step only (above `footer`).
 * @slot set-up-email-header - Above the `set-up-email` step only (below `header`).
 * @slot set-up-email-footer - Below the `set-up-email` step only (above `footer`).
 * @slot set-up-totp-header - Above the `set-up-totp` step only (below `header`).
 * @slot set-up-totp-footer - Below the `set-up-totp` step only (above `footer`).
 * @slot new-password-required-header - Above the `new-password-required` step only (below `header`).
 * @slot new-password-required-footer - Below the `new-password-required` step only (above `footer`).
 * @slot custom-challenge-header - Above the `custom-challenge` step only (below `header`).
 * @slot custom-challenge-footer - Below the `custom-challenge` step only (above `footer`).
 * @slot reset-password-header - Above the `reset-password` step only (below `header`).
 * @slot reset-password-footer - Below the `reset-password` step only (above `footer`).
 * @slot confirm-reset-password-header - Above the `confirm-reset-password` step only (below `header`).
 * @slot confirm-reset-password-footer - Below the `confirm-reset-password` step only (above `footer`).
 * @slot signed-in-header - Above the `signed-in` step only (below `header`).
 * @slot signed-in-footer - Below the `signed-in` step only (above `footer`).
 * @slot select-first-factor-header - Above the `select-first-factor` step only (below `header`).
 * @slot select-first-factor-footer - Below the `select-first-factor` step only (above `footer`).
 * @slot confirm-sign-in-with-password-header - Above the `confirm-sign-in-with-password` step only (below `header`).
 * @slot confirm-sign-in-with-password-footer - Below the `confirm-sign-in-with-password` step only (above `footer`).
 * @slot confirm-sign-in-with-passkey-header - Above the `confirm-sign-in-with-passkey` step only (below `header`).
 * @slot confirm-sign-in-with-passkey-footer - Below the `confirm-sign-in-with-passkey` step only (above `footer`).
 * @slot offer-passkey-header - Above the `offer-passkey` step only (below `header`).
 * @slot offer-passkey-footer - Below the `offer-passkey` step only (above `footer`).
 *
 * @csspart frame - The box around everything: a card unless `appearance="plain"`.
 * @csspart app - With `gate`, once signed in: the box around your app (in place of the frame).
 * @csspart body - Holds the current step.
 * @csspart status - The visually hidden live region announcing step changes.
 * @csspart warning - "This step ends in 30 seconds", shown half a minute before a challenge step's Session ends.
 * @csspart dialog - With `variant="modal"`: the native `<dialog>` around the frame (style its `::backdrop` through it).
 *
 * @cssprop [--auth-flow-color-accent=#0b5cad] - Links, focus rings and the main button.
 * @cssprop [--auth-flow-color-on-accent=#ffffff] - Text on the main button.
 * @cssprop [--auth-flow-color-text=#1b1f24] - Body text.
 * @cssprop [--auth-flow-color-muted=#57606a] - Hints and secondary text.
 * @cssprop [--auth-flow-color-surface=#ffffff] - Background of the frame and the fields.
 * @cssprop [--auth-flow-color-border=#8c959f] - Field borders.
 * @cssprop [--auth-flow-color-danger=#b42318] - Errors.
 * @cssprop [--auth-flow-color-success=#1a7f37] - Notices such as "account confirmed".
 * @cssprop [--auth-flow-radius=6px] - Corner radius of fields and buttons.
 * @cssprop [--auth-flow-space=1rem] - The base spacing unit.
 * @cssprop [--auth-flow-font=system-ui] - Font family.
 * @cssprop [--auth-flow-max-width=24rem] - The flow's maximum width.
 * @cssprop [--auth-flow-field-border=1px solid var(--auth-flow-color-border)] - Border of fields and choice groups.
 * @cssprop [--auth-flow-field-background=var(--auth-flow-color-surface)] - Background of fields.
 * @cssprop [--auth-flow-button-background=var(--auth-flow-color-accent)] - Background of the main button.
 * @cssprop [--auth-flow-button-color=var(--auth-flow-color-on-accent)] - Text of the main button.
 * @cssprop [--auth-flow-focus-ring=2px solid var(--auth-flow-color-accent)] - Focus outline.
 * @cssprop [--auth-flow-error-color=var(--auth-flow-color-danger)] - Error text and invalid borders.
 * @cssprop [--auth-flow-card-background=var(--auth-flow-color-surface)] - Background of the card (and of the modal).
 * @cssprop [--auth-flow-card-border=1px solid color-mix(in srgb, var(--auth-flow-color-border) 50%, #0000)] - Border of the card; `0` for none.
 * @cssprop [--auth-flow-card-radius=calc(var(--auth-flow-radius) * 2)] - Corner radius of the card.
 * @cssprop [--auth-flow-card-shadow=0 2px 12px #0002] - Shadow of the card; `none` for none.
 * @cssprop [--auth-flow-card-padding=calc(var(--auth-flow-space) * 1.5)] - Space inside the card.
 * @cssprop [--auth-flow-brand-height=3rem] - The tallest the `brand` slot's logo is drawn.
 */
export class AuthFlowElement extends FormOptions(SignInOptions(LitElement)) {
  /** @internal Lit's reactive properties: a table rather than decorators, which cost more bytes (docs/architecture.md §11). */
  static override properties: PropertyDeclarations = {
    userPoolId: { attribute: 'user-pool-id' },
    clientId: { attribute: 'client-id' },
    endpoint: {},
    authFlowType: { attribute: 'auth-flow-type' },
    initialStep: { attribute: 'initial-step' },
    signUpAttributes: { attribute: 'sign-up-attributes' },
    hideSignUp: { type: Boolean, attribute: 'hide-sign-up' },
    revealUnknownUsers: { type: Boolean, attribute: 'reveal-unknown-users' },
    persist: {},
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    totpIssuer: { attribute: 'totp-issuer' },
    challengePrompts: { attribute: false },
    lang: {},
    useBrowserLanguage: { type: Boolean, attribute: 'use-browser-language' },
    messages: { attribute: false },
    backend: { attribute: false },
    snapshot: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    configError: { state: true, attribute: false },
  };

  static override styles = frameStyles;

  /**
   * Builds the backend from the attributes when none is given. `define.ts` installs the kit's
   * default (the API backend over `fetch`); without it, pass `backend` or `controller`.
   */
  static defaultBackend: BackendFactory | null = null;

  /**
   * @internal Fetches the default backend's factory with the flow's parts, which install it as
   * `defaultBackend`: `define.ts` sets it, so the first screen does not carry the backend's stand-in.
   */
  static loadDefaultBackend: (() => Promise<BackendFactory>) | null = null;

  /**
   * Builds managed-login sign-in from the `oauth-*` attributes, called only when `oauth-domain` is
   * set; it may answer with a promise. `define.ts` installs the kit's (its code loaded then).
   */
  static defaultFederation: FederationFactory | null = null;

  /** Cognito user pool id, `<region>_<id>`; the region comes from it. */
  userPoolId = '';

  // Read by the styles only (`:host([appearance='plain'])`, `:host([color-scheme='dark'])`): typed
  // here for TypeScript and the framework types, with no property at run time.
  /** @internal */
  declare appearance?: '' | 'plain';
  /** @internal */
  declare colorScheme?: '' | 'light' | 'dark';

  /** Cognito app client id (a public client, without a secret). */
  clientId = '';

  /** Overrides the Cognito endpoint: a local Cognito or your own proxy. */
  endpoint = '';

  /**
   * How sign-in starts: `USER_SRP_AUTH` (default), `USER_PASSWORD_AUTH`, `CUSTOM_WITH_SRP`,
   * `CUSTOM_WITHOUT_SRP`, or `USER_AUTH` (the username first, then a passkey, a one-time code or the password).
   */
  authFlowType: AuthFlowType = 'USER_SRP_AUTH';

  /** The first screen: `signIn` (default), `signUp` or `resetPassword`. */
  initialStep: EntryStep = 'signIn';

  /** Cognito attributes the sign-up form asks for; `?` marks optional ones. */
  signUpAttributes = 'email phone_number?';

  /** Hides the way to create an account. */
  hideSignUp = false;

  /** "Forgot your password?" says when a username has no account (by default it does not, like sign-in). */
  revealUnknownUsers = false;

  /**
   * Keeps the person signed in across reloads, for the refresh token's life: `session` (this tab)
   * or `local` (every tab, which also agree on sign-out). The tokens are sealed with a key page
   * script cannot read out, never stored in plain text. Off (memory) by default.
   */
  persist: 'session' | 'local' | '' = '';

  /** Milliseconds before a request Cognito has not answered is given up, with a message and the form kept. Default 15000. */
  requestTimeout = 0;

  /** The issuer name authenticator apps show for this account (TOTP setup). Defaults to the host name. */
  totpIssuer = '';

  /** Your own prompts for custom challenges, by the challenge's `name` parameter (`*` for any). */
  challengePrompts: Record<string, ChallengePromptRenderer> = {};

  /** The language of every string; defaults to the closest `lang` attribute, then `<html lang>`. */
  override lang = '';

  /** With no `lang` here, on an ancestor or on `<html>`: speak the first of the browser's languages the kit has (else English). */
  useBrowserLanguage = false;

  /** Your own strings, by message key, over the locale's. */
  messages: Partial<Messages> = {};

  /** The backend to use instead of the one the attributes build (another transport, identity-js). */
  backend: AuthBackend | null = null;

  /** @private The state on screen (the controller's, or the one it will start in); read by the flow's wiring. */
  snapshot: AuthState | null = null;
  private announcement = '';
  /** @private The attributes name a malformed pool: the frame says the flow is not set up correctly (set by the flow's wiring). */
  configError = false;

  readonly #locale = new LocaleController(this);
  readonly #provider = new StepContextProvider(this);
  readonly #steps = new StepHost(this, this.#provider, (text) => {
    this.#announcedStep = this.snapshot?.step ?? null;
    this.#announce(text);
  });
  /** The controller's wiring, made once the flow's parts are here (#setUp). */
  #wiring: FlowWiring | null = null;
  /** The parts on their way for this element. */
  #arriving: Promise<void> | null = null;
  /** The attributes asked for a controller before the parts were here: built once they are. */
  #buildWanted = false;
  /** A controller given before the parts were here: followed once they are. */
  #given: AuthController | null = null;
  /** The step whose announcement the live region holds (a code sent on it is read after it). */
  #announcedStep: string | null = null;

  /** The controller driving the flow. Set your own to share one with other UI; by default the element builds it. */
  get controller(): AuthController | null {
    return this.#wiring ? this.#wiring.controller : this.#given;
  }

  set controller(controller: AuthController | null) {
    if (this.#wiring) {
      this.#wiring.use(controller);
      return;
    }
    // Given one, the flow follows it once the parts are here instead of building its own.
    if (controller) this.#buildWanted = false;
    if (this.#given !== controller) emit(this, 'auth-controller-change', { controller });
    this.#given = controller;
    this.snapshot = controller?.getSnapshot() ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStepStyles(this.getRootNode());
    this.addEventListener('submit', this.#onSubmit);
    this.addEventListener('auth-navigate', this.#onNavigate);
    this.addEventListener('auth-announce', this.#onAnnounce);
    this.addEventListener('command', this.#onCommand);
    this.#wiring?.connect();
    // Set up at once when the parts are here; else fetched now, before anyone acts, while the
    // first screen paints without them.
    this.#whenReady().catch(() => {});
  }

  /**
   * Resolves once the flow's parts are here and set up on this element: at once when they are. A
   * failed fetch (offline) rejects, and the next call fetches again.
   */
  #whenReady(): Promise<void> {
    if (parts) {
      this.#setUp();
      return Promise.resolve();
    }
    return (this.#arriving ??= loadParts().then(
      () => {
        this.#arriving = null;
        this.#setUp();
      },
      (error: unknown) => {
        this.#arriving = null;
        throw error;
      },
    ));
  }

  /** Runs `act` now if the parts are here, else once they are; if they cannot arrive, the form says so. */
  #act(act: (wiring: FlowWiring) => void): void {
    if (this.#wiring) act(this.#wiring);
    else this.#whenReady().then(() => act(this.#wiring!), () => this.#failWithoutParts());
  }

  /** Makes the wiring, then does what waited for the parts: the controller, its events. */
  #setUp(): void {
    if (this.#wiring || !parts) return;
    const wiring = (this.#wiring = new parts.FlowWiring(this, {
      translator: () => this.#locale.t,
      announce: (text, append) => this.#announce(text, append),
      announcedStep: () => this.#announcedStep,
      initialFocus: () => this.#steps.element?.initialFocus ?? null,
      rememberedUsername: () => this.#rememberedUsername(),
      autofillWanted: (username) => this.#autofillWanted(username),
    }));
    this.#steps.settle = parts.settleStepChange;
    // A controller given meanwhile was announced then (auth-controller-change): followed now.
    wiring.controller = this.#given;
    if (this.#buildWanted) wiring.build();
    else wiring.use(this.#given);
    this.#given = null;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('submit', this.#onSubmit);
    this.removeEventListener('auth-navigate', this.#onNavigate);
    this.removeEventListener('auth-announce', this.#onAnnounce);
    this.removeEventListener('command', this.#onCommand);
    this.#wiring?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const config = ['userPoolId', 'clientId', 'endpoint', 'backend', 'persist', 'requestTimeout', 'oauthDomain', 'redirectUri', 'oauthScopes', 'oauthMode', 'logoutUri'] as const;
    const wiring = this.#wiring;
    if (config.some((name) => changed.has(name)) && (wiring ? wiring.owns || !wiring.controller : !this.#given)) {
      if (wiring) wiring.build();
      else this.#paintFirst();
    }
    wiring?.sync(changed);
    if (changed.has('lang') || changed.has('messages') || changed.has('useBrowserLanguage')) void this.#locale.load();
    this.#steps.gate = this.gate;
  }

  protected override render() {
    const step = this.snapshot?.step;
    const custom = step ? this.#steps.customMarkup(step) : null;
    const stepSlot = step ? slotNameFor(step) : null;
    // gate, signed in: the app in place of the flow; the same live region, so what it says is read.
    const app = this.gate && step === 'signedIn';
    const frame = html`<div part=${app ? 'app' : 'frame'} dir=${app ? nothing : this.#locale.dir} lang=${app ? nothing : this.#locale.lang}>
      ${app
        ? html`<slot></slot>`
        : html`<slot name="brand"></slot><slot name="header"></slot>
            <div part="body">
              ${this.configError
                ? html`<p role="alert">${errorMessage(this.#locale.t, { code: 'misconfigured', name: 'Configuration', retryable: false })}</p>`
                : html`${this.#wiring?.expiry.showing ? html`<p part="warning">${this.#locale.t('flow.expiring')}</p>` : nothing}
                    ${stepSlot ? html`<slot name=${`${stepSlot}-header`}></slot>` : nothing}
                    <slot name=${custom ? stepSlot! : this.gate ? 'step' : nothing}></slot>
                    ${stepSlot ? html`<slot name=${`${stepSlot}-footer`}></slot>` : nothing}`}
            </div>
            <slot name="footer"></slot>`}
      <div part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
    // A modal flow is closed until `show()`, which waits for the parts: nothing to draw before them.
    if (this.variant !== 'modal' || app) return frame;
    return this.#wiring ? this.#wiring.modal.render(frame, this.#wiring.dialogLabel(step)) : nothing;
  }

  /** `variant="modal"`: opens the flow's dialog, focus on the step's first field. */
  show(): Promise<void> {
    // Its code not here (offline): the dialog stays closed, as a page button's click would leave it.
    return this.#whenReady().then(() => this.#wiring!.modal.show(), () => {});
  }

  /** A page's button opens or closes the modal without script: `commandfor` this element's id, `command="--show"` or `"--close"`. */
  #onCommand = (event: Event): void => {
    const { command, source } = event as Event & { command: string; source: HTMLElement | null };
    this.#act((wiring) => {
      if (command === '--show') void wiring.modal.show(source);
      if (command === '--close') this.close();
    });
  };

  /** `variant="modal"`: closes the dialog; focus goes back where it was. */
  close(): void {
    this.#wiring?.modal.close();
  }

  protected override updated(): void {
    if (!this.snapshot) return;
    const context = { state: this.snapshot, t: this.#locale.t, settings: this.#settings() };
    // The first screen waits for managed login's code ("Please wait…"), so that its provider
    // buttons are there from its first render instead of moving the form down later.
    // With `oauth-domain` (or a given controller that offers providers), that code comes after the
    // flow's parts: the first screen waits for both.
    const wiring = this.#wiring;
    const buttonsOnTheWay = wiring ? wiring.federating : this.oauthDomain || this.#given?.federation;
    if (buttonsOnTheWay && !this.#steps.element) this.#steps.wait(context);
    else void this.#steps.show(context);
  }

  /** @internal `updateComplete` settles once the flow is drawn, managed login's code (with `oauth-domain`) included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // The parts (while connected), then managed login's code: the first update starts the latter,
    // so asked before that, its wait is covered too. Parts that cannot arrive end the wait.
    for (;;) {
      const waiting = this.isConnected && !this.#wiring ? this.#whenReady() : this.#wiring?.federating;
      if (!waiting) return done;
      const arrived = await waiting.then(() => true, () => !!this.#wiring);
      done = await super.getUpdateComplete();
      if (!arrived) return done;
    }
  }

  #settings(): StepSettings {
    const { hideSignUp, signUpAttributes, usernameAttributes, passwordPolicy, defaultCountry, formFields, authFlowType, totpIssuer, challengePrompts } = this;
    // Before the controller is here, the sign-in screen's two that it gives, worked out the same way.
    const { preferredChallenge, passkeyAutofill, rememberDevice } = this.controller?.stepConfig ?? {
      preferredChallenge: usableFactor(this.preferredChallenge || undefined, passkeySupport),
      passkeyAutofill: this.#autofillWanted(this.snapshot?.username ?? ''),
    };
    const providers = this.#wiring?.providers();
    const headingLevel = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return { hideSignUp, signUpAttributes, usernameAttributes, passwordPolicy, defaultCountry, formFields, authFlowType, totpIssuer, challengePrompts, preferredChallenge, passkeyAutofill, rememberDevice, headingLevel, providers };
  }

  // ── controller ───────────────────────────────────────────────────────────────────────────

  /**
   * Before the parts are here: the controller is built once they are (#setUp), and meanwhile the
   * first screen is drawn from the state it will start in (the entry step, the remembered username,
   * nothing pending), so the first paint does not wait for it.
   */
  #paintFirst(): void {
    this.#buildWanted = true;
    const configured = !!this.backend || this.#hasDefaultBackend();
    if (!this.#given) this.snapshot = configured ? initialState(this.initialStep, this.#rememberedUsername()) : null;
  }

  #rememberedUsername(): string {
    return this.rememberUsername ? lastUsername.get() : '';
  }

  /** `USER_AUTH` with a remembered username: its passkeys are offered in the username field's autofill. */
  #autofillWanted(username: string): boolean {
    return !!username && this.authFlowType === 'USER_AUTH' && passkeySupport.available();
  }

  /** Whether the attributes ask for the default backend (a pool, an app client, and a factory to build it, here or on its way). */
  #hasDefaultBackend(): boolean {
    const { defaultBackend, loadDefaultBackend } = AuthFlowElement;
    return !!(defaultBackend || loadDefaultBackend) && !!this.userPoolId && !!this.clientId;
  }

  // ── forms ────────────────────────────────────────────────────────────────────────────────

  #onSubmit = (event: SubmitEvent): void => {
    // Sent before the parts arrived: kept from the browser now, handed over once they are here.
    if (!this.#wiring) event.preventDefault();
    this.#act((wiring) => wiring.submit(event));
  };

  /** The parts could not be fetched for a person's action: the network's error on the screen, what was typed kept. */
  #failWithoutParts(): void {
    const state = this.snapshot;
    if (state && !this.controller) this.snapshot = { ...state, error: networkError() };
  }

  #onAnnounce = (event: AuthAnnounceEvent): void => {
    event.stopPropagation();
    this.#announce(event.detail.text);
  };

  /** Puts `text` in the live region (after what is there, with `append`); the same text twice is still read. */
  #announce(text: string, append = false): void {
    const current = this.announcement.replace(/\u00a0$/, '');
    if (append && current.includes(text)) return;
    const next = append && current ? `${current} ${text}` : text;
    this.announcement = next === current ? `${next}\u00a0` : next;
  }

  #onNavigate = (event: AuthNavigateEvent): void => {
    event.stopPropagation();
    const { step, username } = event.detail;
    this.#act((wiring) => wiring.controller?.goTo(step, { username }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-flow': AuthFlowElement;
  }
}
