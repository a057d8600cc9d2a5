/**
 * `<auth-account>`: the signed-in person's own account, one view per task (core/account-views.ts),
 * each with its template (views/). It shares the session of an `<auth-flow>` (`for`, or a
 * `controller` property), or builds its own from the same attributes. A frame in its shadow root;
 * the views in the light DOM, so password managers see the password fields.
 */
import { html, LitElement, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AccountController, type AccountState } from '../../core/account-controller.js';
import { DEFAULT_ACCOUNT_CONFIG, type AccountConfig, type AccountView } from '../../core/account-views.js';
import type { BackendFactory, MfaType } from '../../core/backend.js';
import { AuthController } from '../../core/auth-controller.js';
import { parseAttributeList } from '../../core/attribute-list.js';
import { parsePasswordPolicy } from '../../core/password-policy.js';
import { accountEn, type AccountMessages } from '../../i18n/account/en.js';
import { accountTranslator, loadAccountMessages, type AccountTranslate } from '../../i18n/account/catalogue.js';
import type { Messages } from '../../i18n/en.js';
import { englishRest, loadEnglishRest } from '../../i18n/en-rest-loader.js';
import { isolate } from '../../i18n/phrases.js';
import { browserPasskeys } from '../shared/browser-passkeys.js';
import { emit } from '../shared/events.js';
import { LocaleController } from '../shared/locale-controller.js';
import { adoptStepStyles, frameStyles } from '../shared/styles.js';
import { accountStyles } from './account-styles.js';
import type { ViewContext } from './view-context.js';
import { VIEW_TEMPLATES } from './views/index.js';

let instances = 0;

type FlowLike = HTMLElement & { controller?: AuthController | null };

const MFA_TYPES: readonly MfaType[] = ['TOTP', 'SMS', 'EMAIL'];

/**
 * The signed-in person's account: profile and contact verification, password, two-step
 * verification and authenticator app, passkeys, remembered devices, sign-out everywhere, deletion.
 *
 * @summary The signed-in person's own account page.
 * @tag auth-account
 *
 * @fires auth-account-change - Something in the account changed; detail: `{ change, … }` (`password`, `profile` with attribute names, `contactVerified`, `mfa`, `totpEnabled`, `passkeyAdded`, `passkeyDeleted`, `deviceForgotten`), never a value that could be secret.
 * @fires auth-account-deleted - The account was deleted (and the person signed out); detail: `{ username }`.
 * @fires auth-view-change - Another view is on screen; detail: `{ view, previousView }`.
 * @fires auth-error - Something failed; detail: `{ code, step, field?, retryable, name }` (`step` is the view on screen).
 *
 * @attr {'plain'} appearance - `plain`: no card around the page (inside `<auth-flow>`, whose card holds it). An attribute only (read by the styles).
 * @attr {'light' | 'dark'} color-scheme - Light or dark whatever the system says; by default the system's preference. An attribute only (read by the styles).
 *
 * @slot signed-out - Shown while nobody is signed in (instead of a short "sign in first"), e.g. an `<auth-flow>`.
 * @slot header - Above every view.
 * @slot footer - Below every view.
 *
 * @csspart frame - The frame around the views.
 */
export class AuthAccountElement extends LitElement {
  static override styles = frameStyles;

  /** Installed by `cognito-auth-flow/account`: builds the backend from the attributes when no `for` or `controller` is given. */
  static defaultBackend: BackendFactory | null = null;

  // Read by the styles only, typed for TypeScript and the framework types (no property at run time).
  /** @internal */
  declare appearance?: '' | 'plain';
  /** @internal */
  declare colorScheme?: '' | 'light' | 'dark';

  /** The id of an `<auth-flow>` whose session this page manages (it follows that flow's controller). Inside an `<auth-flow>` (e.g. in its `signed-in-footer` slot) it follows that one by itself. */
  @property({ attribute: 'for' }) for = '';

  /** The user pool (`<region>_<id>`), when the element builds its own session (no `for`, no `controller`). */
  @property({ attribute: 'user-pool-id' }) userPoolId = '';

  /** The app client (no secret), when the element builds its own session. */
  @property({ attribute: 'client-id' }) clientId = '';

  /** Another Cognito endpoint (a local Cognito, a proxy). */
  @property() endpoint = '';

  /** Where the session lives, as on `<auth-flow>` (use the same value so both see one session). */
  @property() persist: 'session' | 'local' | '' = '';

  /** Milliseconds before an unanswered request is given up. */
  @property({ type: Number, attribute: 'request-timeout' }) requestTimeout = 0;

  /** The profile attributes the person may edit, in order (`?` marks optional ones; all are optional by default). */
  @property({ attribute: 'profile-attributes' }) profileAttributes = 'name? email? phone_number?';

  /** The pool's password policy, as on `<auth-flow>`. */
  @property({ attribute: 'password-policy' }) passwordPolicy = '';

  /** The MFA methods the pool offers (`TOTP SMS EMAIL`). */
  @property({ attribute: 'mfa-types' }) mfaTypes = 'TOTP SMS EMAIL';

  /** The issuer the authenticator app shows. Defaults to the page's host name. */
  @property({ attribute: 'totp-issuer' }) totpIssuer = '';

  /** The level of each view's heading (2 by default). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The language; by default the nearest `lang` up the tree. */
  @property() override lang = '';

  /** Without a `lang` anywhere, follow the browser's languages. */
  @property({ type: Boolean, attribute: 'use-browser-language' }) useBrowserLanguage = false;

  /** Your own wording for the sign-in catalogue's keys (field labels, errors). */
  @property({ attribute: false }) messages: Partial<Messages> = {};

  /** Your own wording for the account page's keys. */
  @property({ attribute: false }) accountMessages: Partial<AccountMessages> = {};

  @state() private snapshot: AccountState | null = null;
  @state() private announcement = '';

  readonly #locale = new LocaleController(this);
  #ta: AccountTranslate = accountTranslator(accountEn);
  #accountLang = 'en';
  readonly #id = `auth-account-${++instances}`;
  #auth: AuthController | null = null;
  #ownsAuth = false;
  #account: AccountController | null = null;
  #detach: AbortController | null = null;
  #view: HTMLElement | null = null;

  /** The session this page manages (an `<auth-flow>`'s, yours, or its own). */
  get controller(): AuthController | null {
    return this.#auth;
  }

  set controller(controller: AuthController | null) {
    this.#use(controller, false);
  }

  /** The account page's controller (views, commands, state), for headless use beside the element. */
  get accountController(): AccountController | null {
    return this.#account;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStepStyles(this.getRootNode());
    adoptStepStyles(this.getRootNode(), accountStyles);
    if (!this.#view) {
      this.#view = document.createElement('div');
      this.#view.className = 'auth-account-body';
    }
    if (this.#view.parentNode !== this) this.append(this.#view);
    // The views show strings of the sign-in catalogue's later part (codes, verification methods,
    // request errors): fetched now, so that they are here by the time the person is.
    loadEnglishRest().catch(() => {});
    this.#connectFlow();
    if (this.#auth && !this.#detach) this.#attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#flowListener?.abort();
    this.#flowListener = null;
    this.#detach?.abort();
    this.#detach = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for') && this.isConnected) this.#connectFlow();
    const own = ['userPoolId', 'clientId', 'endpoint', 'persist', 'requestTimeout'] as const;
    if (!this.for && !this.#flowListener && own.some((name) => changed.has(name)) && (this.#ownsAuth || !this.#auth)) this.#buildOwn();
    if (this.#account && (changed.has('profileAttributes') || changed.has('passwordPolicy') || changed.has('mfaTypes'))) {
      this.#account.config = this.#config();
    }
    if (changed.has('lang') || changed.has('messages') || changed.has('useBrowserLanguage')) void this.#locale.load();
    if (this.#locale.lang !== this.#accountLang || changed.has('accountMessages')) void this.#loadAccountStrings(this.#locale.lang);
  }

  protected override render() {
    const signedIn = !!this.snapshot?.signedIn;
    return html`<div part="frame" dir=${this.#locale.dir} lang=${this.#locale.lang}>
      <slot name="header"></slot>
      ${signedIn ? html`<slot></slot>` : html`<slot name="signed-out"><p>${this.#ta('account.signedOut')}</p></slot>`}
      <slot name="footer"></slot>
      <div part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  protected override updated(): void {
    const view = this.#view;
    if (!view) return;
    const state = this.snapshot;
    if (state?.signedIn && this.#account && !englishRest()) {
      // Drawn once the rest of English is here, never with a key in place of a string; if it cannot
      // be fetched, the page says so (in the first part's words) and the next update tries again.
      loadEnglishRest().then(
        () => this.requestUpdate(),
        () => render(html`<p class="auth-form-error" role="alert">${this.#locale.t('error.network')}</p>
          <button type="button" class="auth-submit" @click=${() => this.requestUpdate()}>${this.#ta('account.retry')}</button>`, view),
      );
      return;
    }
    render(state?.signedIn && this.#account ? VIEW_TEMPLATES[state.view](this.#context(state, this.#account)) : nothing, view);
  }

  #context(state: AccountState, controller: AccountController): ViewContext {
    const lang = this.#locale.lang;
    return {
      state,
      controller,
      config: controller.config,
      t: this.#locale.t,
      ta: this.#ta,
      id: this.#id,
      headingLevel: Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)),
      views: controller.views,
      totpIssuer: this.totpIssuer || location.hostname || 'Cognito',
      lang,
      date: (epochMs) => (epochMs ? isolate(new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(epochMs)) : ''),
    };
  }

  async #loadAccountStrings(lang: string): Promise<void> {
    this.#accountLang = lang;
    const messages = await loadAccountMessages(lang, this.accountMessages);
    if (this.#accountLang !== lang) return;
    this.#ta = accountTranslator(messages);
    this.requestUpdate();
  }

  #config(): AccountConfig {
    const types = this.mfaTypes.split(/[\s,]+/).filter((type): type is MfaType => (MFA_TYPES as readonly string[]).includes(type));
    return {
      attributes: parseAttributeList(this.profileAttributes),
      passwordPolicy: parsePasswordPolicy(this.passwordPolicy),
      mfaTypes: types.length ? types : DEFAULT_ACCOUNT_CONFIG.mfaTypes,
    };
  }

  // ── the session ──────────────────────────────────────────────────────────────────────────

  #flowListener: AbortController | null = null;

  /** `for`: the flow's controller now, and whenever the flow builds another. */
  #connectFlow(): void {
    this.#flowListener?.abort();
    this.#flowListener = null;
    const root = this.getRootNode() as Document | ShadowRoot;
    // `for`, else the flow it sits in (`<auth-account slot="signed-in-footer">` inside `<auth-flow>`).
    if (!this.for && (this.userPoolId || !this.closest('auth-flow'))) return;
    const isOurs = (flow: EventTarget | null): flow is FlowLike =>
      flow instanceof HTMLElement && (this.for ? flow.id === this.for : flow === this.closest('auth-flow'));
    const listener = new AbortController();
    this.#flowListener = listener;
    // Heard at the root: the flow may come into the page (or build its controller) after this element.
    root.addEventListener(
      'auth-controller-change',
      (event) => {
        if (isOurs(event.target)) this.#use((event as CustomEvent<{ controller: AuthController | null }>).detail.controller, false);
      },
      { signal: listener.signal },
    );
    const flow = this.for ? root.getElementById?.(this.for) ?? null : this.closest('auth-flow');
    if (isOurs(flow) && flow.controller) this.#use(flow.controller, false);
  }


  #buildOwn(): void {
    const factory = AuthAccountElement.defaultBackend;
    if (!factory || !this.userPoolId || !this.clientId) return;
    let backend;
    try {
      const { userPoolId, clientId, endpoint, persist, requestTimeout: timeout } = this;
      backend = factory({ userPoolId, clientId, endpoint, persist, timeout });
    } catch {
      return;
    }
    const auth = new AuthController(backend);
    this.#use(auth, true);
    void auth.restore();
  }

  #use(auth: AuthController | null, owns: boolean): void {
    if (auth === this.#auth) return;
    if (this.#ownsAuth) this.#auth?.dispose();
    this.#account?.dispose();
    this.#auth = auth;
    this.#ownsAuth = owns;
    this.#account = auth ? new AccountController(auth, { config: this.#config(), passkeys: browserPasskeys }) : null;
    this.#attach();
  }

  #attach(): void {
    this.#detach?.abort();
    this.#detach = null;
    const account = this.#account;
    this.snapshot = account?.getSnapshot() ?? null;
    if (!account || !this.isConnected) return;
    const detach = new AbortController();
    this.#detach = detach;
    const { signal } = detach;
    signal.addEventListener('abort', account.subscribe(this.#onState));
    account.addEventListener('accountchange', (event) => emit(this, 'auth-account-change', event.detail), { signal });
    account.addEventListener('accountdeleted', (event) => emit(this, 'auth-account-deleted', { username: event.username }), { signal });
    account.addEventListener(
      'error',
      ({ error: { code, field, retryable, name }, view }) => emit(this, 'auth-error', { code, step: view, field, retryable, name }),
      { signal },
    );
  }

  #onState = (next: AccountState): void => {
    const previous = this.snapshot;
    this.snapshot = next;
    if (next.notice && next.notice !== previous?.notice) this.#announce(this.#ta(`account.notice.${next.notice}`));
    const viewChanged = !!previous && previous.view !== next.view;
    if (viewChanged) emit(this, 'auth-view-change', { view: next.view, previousView: previous.view });
    if (viewChanged || (next.signedIn && !previous?.signedIn)) void this.updateComplete.then(() => this.#focusView(next.view));
    else if (next.error && next.error !== previous?.error) void this.updateComplete.then(() => this.#focusError());
  };

  /** A new view: its first field, else its heading, so keyboard and screen-reader users start there. */
  #focusView(view: AccountView): void {
    if (this.snapshot?.view !== view || !this.#view) return;
    if (!this.contains(document.activeElement) && document.activeElement !== document.body) return; // the person is elsewhere on the page
    const target = this.#view.querySelector<HTMLElement>('input:not([type=hidden])') ?? this.#view.querySelector<HTMLElement>('.auth-heading');
    target?.focus();
  }

  /** An error at a field: empty a refused secret, and put the person there. */
  #focusError(): void {
    const error = this.snapshot?.error;
    const input = error?.field ? this.#view?.querySelector<HTMLInputElement>(`[name="${CSS.escape(error.field)}"]`) : null;
    if (!input) return;
    if (error?.reason === 'wrongCurrentPassword' || error?.code === 'codeMismatch' || error?.code === 'codeExpired') input.value = '';
    input.focus();
  }

  #announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-account': AuthAccountElement;
  }
}
