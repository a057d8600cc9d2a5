/**
 * `<auth-flow>`: the whole Cognito sign-up / sign-in flow in one tag. It owns (or is handed) an
 * `AuthController`, renders the step element for the current step into its light DOM, turns each
 * form submit into a controller command and re-announces everything as DOM events.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AuthBackend, AuthFlowType } from '../core/backend.js';
import type { AuthControllerEventMap } from '../core/controller-events.js';
import { AuthController } from '../core/controller.js';
import type { AuthState, EntryStep, StepName } from '../core/steps.js';
import { CognitoApiBackend } from '../cognito/api-backend.js';
import { WebStorageSessionStore, type SessionStore } from '../cognito/session-store.js';
import type { ChallengePromptRenderer } from './challenge-prompt.js';
import { en, type Messages } from '../i18n/en.js';
import { directionOf, errorMessage, loadMessages, translator, type Translate } from '../i18n/translate.js';
import { authEvent, type AuthNavigateEvent, type AuthSubmitDetail } from './shared/events.js';
import { publicValues, runFormCommand } from './shared/form-commands.js';
import type { AuthStepElement } from './shared/step-element.js';
import { adoptStepStyles, frameStyles } from './shared/styles.js';

/** The element rendering each step (several steps share one element). */
const STEP_TAGS: Record<StepName, string> = {
  signIn: 'auth-sign-in',
  signUp: 'auth-sign-up',
  confirmSignUp: 'auth-confirm-code',
  confirmSignInWithSmsCode: 'auth-mfa-code',
  confirmSignInWithTotpCode: 'auth-mfa-code',
  confirmSignInWithEmailCode: 'auth-mfa-code',
  selectMfaType: 'auth-mfa-select',
  selectMfaSetupType: 'auth-mfa-select',
  setUpTotp: 'auth-totp-setup',
  setUpEmail: 'auth-email-setup',
  newPasswordRequired: 'auth-new-password',
  customChallenge: 'auth-challenge-prompt',
  resetPassword: 'auth-reset-password',
  confirmResetPassword: 'auth-reset-password',
  signedIn: 'auth-signed-in',
};

/** `confirmSignUp` → `confirm-sign-up`: the slot name an app uses to replace a step. */
export function slotNameFor(step: StepName): string {
  return step.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Sign-up and sign-in against an Amazon Cognito user pool, one step at a time.
 *
 * @summary The whole Cognito sign-up / sign-in flow in one tag.
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
 *
 * @slot - The current step's element (managed by the flow).
 * @slot header - Above every step (a logo, a title).
 * @slot footer - Below every step (links, legal text).
 * @slot sign-in - Replaces the sign-in step with your own markup; likewise `sign-up`, `confirm-sign-up` and every step name in kebab case. Your `<form>` needs fields named like the kit's (`username`, `password`, `code`…).
 *
 * @csspart frame - The box around everything.
 * @csspart body - Holds the current step.
 * @csspart status - The visually hidden live region announcing step changes.
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
 */
export class AuthFlowElement extends LitElement {
  static override styles = frameStyles;

  /** Cognito user pool id, `<region>_<id>`; the region comes from it. */
  @property({ attribute: 'user-pool-id' }) userPoolId = '';

  /** Cognito app client id (a public client, without a secret). */
  @property({ attribute: 'client-id' }) clientId = '';

  /** Overrides the Cognito endpoint: a local Cognito or your own proxy. */
  @property() endpoint = '';

  /** How sign-in starts: `USER_SRP_AUTH` (default), `USER_PASSWORD_AUTH`, `CUSTOM_WITH_SRP` or `CUSTOM_WITHOUT_SRP`. */
  @property({ attribute: 'auth-flow-type' }) authFlowType: AuthFlowType = 'USER_SRP_AUTH';

  /** The first screen: `signIn` (default), `signUp` or `resetPassword`. */
  @property({ attribute: 'initial-step' }) initialStep: EntryStep = 'signIn';

  /** Cognito attributes the sign-up form asks for; `?` marks optional ones. */
  @property({ attribute: 'sign-up-attributes' }) signUpAttributes = 'email phone_number?';

  /** Hides the way to create an account. */
  @property({ type: Boolean, attribute: 'hide-sign-up' }) hideSignUp = false;

  /**
   * Keeps the session across reloads: `session` (this tab) or `local` (every tab). The ID and
   * access tokens are stored until they expire; the refresh token is never stored. Off by default.
   */
  @property() persist: 'session' | 'local' | '' = '';

  /** The issuer name authenticator apps show for this account (TOTP setup). Defaults to the host name. */
  @property({ attribute: 'totp-issuer' }) totpIssuer = '';

  /** Your own prompts for custom challenges, by the challenge's `name` parameter (`*` for any). */
  @property({ attribute: false }) challengePrompts: Record<string, ChallengePromptRenderer> = {};

  /** The language of every string; defaults to the closest `lang` attribute, then `<html lang>`. */
  @property() override lang = '';

  /** Your own strings, by message key, over the locale's. */
  @property({ attribute: false }) messages: Partial<Messages> = {};

  /** The backend to use instead of the one the attributes build (another transport, identity-js). */
  @property({ attribute: false }) backend: AuthBackend | null = null;

  @state() private snapshot: AuthState | null = null;
  @state() private t: Translate = translator(en);
  @state() private announcement = '';
  @state() private configError = false;

  #controller: AuthController | null = null;
  #ownsController = false;
  #detach: AbortController | null = null;
  #stepElement: AuthStepElement | null = null;
  /** The step (and custom-challenge round) on screen, to tell a new screen from an update. */
  #shownScreen: string | null = null;
  #localeRequest = 0;

  /** The controller driving the flow. Set your own to share one with other UI; by default the element builds it. */
  get controller(): AuthController | null {
    return this.#controller;
  }

  set controller(controller: AuthController | null) {
    this.#ownsController = false;
    this.#attach(controller);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStepStyles(this.getRootNode());
    this.addEventListener('submit', this.#onSubmit);
    this.addEventListener('auth-navigate', this.#onNavigate);
    if (this.#controller && !this.#detach) this.#attach(this.#controller);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('submit', this.#onSubmit);
    this.removeEventListener('auth-navigate', this.#onNavigate);
    this.#detach?.abort();
    this.#detach = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const config = ['userPoolId', 'clientId', 'endpoint', 'backend', 'persist'] as const;
    if (config.some((name) => changed.has(name)) && (this.#ownsController || !this.#controller)) {
      this.#buildController();
    }
    if (changed.has('authFlowType') && this.#controller) this.#controller.authFlowType = this.authFlowType;
    if (changed.has('lang') || changed.has('messages')) void this.#loadLocale();
  }

  protected override render() {
    const step = this.snapshot?.step;
    const custom = step ? this.#customMarkup(step) : null;
    const locale = this.#locale();
    // An explicit dir (on the element or an ancestor) wins over the language's direction.
    const dir = this.closest('[dir]')?.getAttribute('dir') || directionOf(locale);
    return html`<div part="frame" dir=${dir} lang=${locale || nothing}>
      <slot name="header"></slot>
      <div part="body">
        ${this.configError
          ? html`<p role="alert">${errorMessage(this.t, { code: 'misconfigured', name: 'Configuration', retryable: false })}</p>`
          : html`<slot name=${custom && step ? slotNameFor(step) : nothing}></slot>`}
      </div>
      <slot name="footer"></slot>
      <div part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  protected override updated(): void {
    void this.#showStep();
  }

  // ── controller ───────────────────────────────────────────────────────────────────────────

  #buildController(): void {
    const backend = this.backend ?? this.#defaultBackend();
    if (!backend) {
      this.#attach(null);
      return;
    }
    const controller = new AuthController(backend, { initialStep: this.initialStep, authFlowType: this.authFlowType });
    if (this.#ownsController) this.#controller?.dispose();
    this.#attach(controller);
    this.#ownsController = true;
    void controller.restore();
  }

  #defaultBackend(): AuthBackend | null {
    this.configError = false;
    if (!this.userPoolId || !this.clientId) return null;
    try {
      return new CognitoApiBackend({
        userPoolId: this.userPoolId,
        clientId: this.clientId,
        endpoint: this.endpoint || undefined,
        storage: this.#sessionStore(),
      });
    } catch {
      this.configError = true; // a malformed pool id: say so instead of failing on submit
      return null;
    }
  }

  #sessionStore(): SessionStore | undefined {
    const storage = this.persist === 'local' ? localStorage : this.persist === 'session' ? sessionStorage : null;
    return storage ? new WebStorageSessionStore(storage, `cognito-auth-flow:${this.clientId}`) : undefined;
  }

  #attach(controller: AuthController | null): void {
    this.#detach?.abort();
    this.#detach = null;
    const changed = this.#controller !== controller;
    this.#controller = controller;
    if (changed) this.dispatchEvent(authEvent('auth-controller-change', { controller }));
    this.snapshot = controller?.getSnapshot() ?? null;
    if (!controller || !this.isConnected) return;
    const detach = new AbortController();
    this.#detach = detach;
    const unsubscribe = controller.subscribe(this.#onState);
    detach.signal.addEventListener('abort', unsubscribe);
    const forward = <K extends keyof AuthControllerEventMap>(type: K, handler: (event: AuthControllerEventMap[K]) => void) =>
      controller.addEventListener(type, handler, { signal: detach.signal });
    forward('signedin', ({ session }) =>
      this.dispatchEvent(authEvent('auth-signed-in', { username: session.username, session })),
    );
    forward('signedout', ({ username }) => this.dispatchEvent(authEvent('auth-signed-out', { username })));
    forward('signedup', ({ username }) => this.dispatchEvent(authEvent('auth-signed-up', { username })));
    forward('passwordreset', ({ username }) => this.dispatchEvent(authEvent('auth-password-reset', { username })));
    forward('codesent', ({ codeDelivery, step }) => {
      this.announcement = this.t('code.sent', codeDelivery);
      this.dispatchEvent(authEvent('auth-code-sent', { destination: codeDelivery.destination, medium: codeDelivery.medium, step }));
    });
    forward('error', ({ error, step }) => {
      const { code, field, retryable, name } = error;
      this.dispatchEvent(authEvent('auth-error', { code, step, field, retryable, name }));
    });
  }

  #onState = (next: AuthState): void => {
    const previous = this.snapshot;
    this.snapshot = next;
    if (previous && previous.step !== next.step) {
      this.dispatchEvent(authEvent('auth-step-change', { step: next.step, previousStep: previous.step }));
    }
    if (previous && previous.pending !== next.pending) {
      this.dispatchEvent(authEvent('auth-pending-change', { pending: next.pending }));
    }
  };

  // ── the step on screen ───────────────────────────────────────────────────────────────────

  #customMarkup(step: StepName): Element | null {
    return this.querySelector(`:scope > [slot="${slotNameFor(step)}"]`);
  }

  /**
   * Creates or updates the light-DOM element for the current step, then moves focus on a change.
   * A new step (or a new custom-challenge round) gets a fresh element, so its form starts empty.
   */
  async #showStep(): Promise<void> {
    const state = this.snapshot;
    if (!state) return;
    const custom = this.#customMarkup(state.step);
    const tag = custom ? undefined : STEP_TAGS[state.step];
    const screen = state.step === 'customChallenge' ? `${state.step}#${state.round}` : state.step;
    const changed = this.#shownScreen !== null && this.#shownScreen !== screen;
    if (this.#stepElement && (changed || this.#stepElement.localName !== tag)) {
      this.#stepElement.remove();
      this.#stepElement = null;
    }
    if (tag && !this.#stepElement) {
      this.#stepElement = document.createElement(tag) as AuthStepElement;
      this.append(this.#stepElement);
    }
    const element = this.#stepElement;
    if (element) {
      Object.assign(element, { state, t: this.t });
      if ('hideSignUp' in element) element.hideSignUp = this.hideSignUp;
      if ('signUpAttributes' in element) element.signUpAttributes = this.signUpAttributes;
      if ('passwordless' in element) element.passwordless = this.authFlowType === 'CUSTOM_WITHOUT_SRP';
      if ('totpIssuer' in element) element.totpIssuer = this.totpIssuer;
      if ('challengePrompts' in element) element.challengePrompts = this.challengePrompts;
    }
    this.#shownScreen = screen;
    if (!changed) return;
    await element?.updateComplete;
    this.#announceStep(element ?? custom);
    const focusable = element?.firstField ?? custom?.querySelector<HTMLElement>('input, select, textarea, button');
    if (focusable && this.dispatchEvent(authEvent('auth-initial-focus', { step: state.step }, true))) focusable.focus();
  }

  #announceStep(container: Element | null): void {
    const heading = container?.querySelector('h1, h2, h3')?.textContent?.trim();
    if (!heading) return;
    const notice = container?.querySelector('.auth-notice, .auth-code-sent')?.textContent?.trim();
    this.announcement = notice ? `${heading}. ${notice}` : heading;
  }

  // ── forms ────────────────────────────────────────────────────────────────────────────────

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    const controller = this.#controller;
    const state = this.snapshot;
    if (!controller || !state || state.pending) return;
    const submitter = event.submitter as HTMLButtonElement | null;
    const intent = submitter?.name === 'intent' && submitter.value ? submitter.value : 'submit';
    const values: Record<string, string> = {};
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') values[name] = value;

    const waits: Promise<unknown>[] = [];
    const detail: AuthSubmitDetail = {
      step: state.step,
      intent,
      values: publicValues(values),
      clientMetadata: {},
      waitUntil: (promise) => void waits.push(promise),
    };
    if (!this.dispatchEvent(authEvent('auth-submit', detail, true))) return;
    try {
      await Promise.all(waits);
    } catch {
      return; // a listener refused the submit
    }
    const clientMetadata = Object.keys(detail.clientMetadata).length ? detail.clientMetadata : undefined;
    await runFormCommand(controller, state.step, intent, values, { clientMetadata });
  };

  #onNavigate = (event: AuthNavigateEvent): void => {
    event.stopPropagation();
    this.#controller?.goTo(event.detail.step, { username: event.detail.username });
  };

  // ── language ─────────────────────────────────────────────────────────────────────────────

  #locale(): string {
    return this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || '';
  }

  async #loadLocale(): Promise<void> {
    const request = ++this.#localeRequest;
    const catalogue = await loadMessages(this.#locale(), this.messages);
    if (request === this.#localeRequest) this.t = translator(catalogue);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-flow': AuthFlowElement;
  }
}
