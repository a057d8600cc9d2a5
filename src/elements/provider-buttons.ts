import { css, html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { enFirst } from '../i18n/en-first.js';
import { translator, type Translate } from '../i18n/translate.js';
import type { ProviderOption } from './shared/federation.js';
import { adoptStepStyles } from './shared/styles.js';

const providerStyles = css`
  :where(auth-flow) :where(.auth-providers) {
    display: grid;
    gap: calc(var(--auth-flow-space) * 0.5);
  }
  :where(auth-flow) :where(.auth-provider) {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.625rem;
    min-height: 2.75rem;
    font: inherit;
    font-weight: 500;
    color: var(--auth-flow-color-text);
    background: var(--auth-flow-field-background);
    border: var(--auth-flow-field-border);
    border-radius: var(--auth-flow-radius);
    cursor: pointer;
  }
  :where(auth-flow) :where(.auth-provider[aria-disabled='true']) {
    opacity: 0.7;
    cursor: progress;
  }
  :where(auth-flow) :where(.auth-provider svg) {
    flex: none;
  }
  :where(auth-flow) :where(.auth-divider) {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    margin: 0;
    color: var(--auth-flow-color-muted);
    font-size: 0.875rem;
  }
  :where(auth-flow) :where(.auth-divider)::before,
  :where(auth-flow) :where(.auth-divider)::after {
    content: '';
    flex: 1;
    border-top: 1px solid var(--auth-flow-color-border);
  }
`;

/** The four social providers' marks, drawn from each brand's published artwork; others get a neutral key. */
const MARKS: Readonly<Record<string, TemplateResult>> = {
  Google: svg`<path fill="#EA4335" d="M9 3.48c1.69 0 2.83.73 3.48 1.34l2.54-2.48C13.46.89 11.43 0 9 0 5.48 0 2.44 2.02.96 4.96l2.91 2.26C4.6 5.05 6.62 3.48 9 3.48z"/><path fill="#4285F4" d="M17.64 9.2c0-.74-.06-1.28-.19-1.84H9v3.34h4.96c-.1.83-.64 2.08-1.84 2.92l2.84 2.2c1.7-1.57 2.68-3.88 2.68-6.62z"/><path fill="#FBBC05" d="M3.88 10.78A5.54 5.54 0 0 1 3.58 9c0-.62.11-1.22.29-1.78L.96 4.96A9 9 0 0 0 0 9c0 1.45.35 2.82.96 4.04l2.92-2.26z"/><path fill="#34A853" d="M9 18c2.43 0 4.47-.8 5.96-2.18l-2.84-2.2c-.76.53-1.78.9-3.12.9-2.38 0-4.4-1.57-5.12-3.74L.97 13.04C2.45 15.98 5.48 18 9 18z"/>`,
  Facebook: svg`<path fill="#0866FF" d="M18 9a9 9 0 1 0-10.41 8.89v-6.29H5.31V9h2.28V7.02c0-2.26 1.35-3.5 3.4-3.5.98 0 2.01.17 2.01.17v2.22h-1.13c-1.12 0-1.47.69-1.47 1.41V9h2.5l-.4 2.6h-2.1v6.29A9 9 0 0 0 18 9z"/>`,
  SignInWithApple: svg`<path fill="currentColor" transform="scale(.75)" d="M12.15 6.9c-.95 0-2.42-1.08-3.96-1.04-2.04.03-3.91 1.18-4.96 3.01-2.12 3.68-.55 9.1 1.52 12.09 1.01 1.45 2.2 3.09 3.79 3.04 1.52-.07 2.09-.99 3.94-.99 1.83 0 2.35.99 3.96.95 1.64-.03 2.68-1.48 3.68-2.95 1.15-1.69 1.63-3.33 1.66-3.42-.04-.01-3.18-1.22-3.22-4.86-.03-3.04 2.48-4.49 2.6-4.56-1.43-2.09-3.62-2.32-4.39-2.38-2-.15-3.68 1.09-4.62 1.09zm3.38-3.07c.84-1.01 1.4-2.43 1.25-3.83-1.21.05-2.66.8-3.54 1.82-.78.9-1.45 2.34-1.27 3.71 1.34.1 2.71-.69 3.56-1.7z"/>`,
  LoginWithAmazon: svg`<path fill="currentColor" d="M10.3 6.7c-1.6.1-3.9.6-3.9 2.9 0 1.5 1 2.3 2.2 2.3 1 0 1.6-.4 2.2-1 .2.4.4.7.8 1l1.1-1c-.4-.3-.7-.7-.7-1.4V6.1c0-1.2-.9-2.3-2.8-2.3-1.7 0-2.8.9-3 2.1l1.4.2c.1-.6.6-1 1.5-1 .8 0 1.2.4 1.2 1.2v.4zm0 1.6c0 .8-.6 2-1.5 2-.6 0-1-.4-1-1.1 0-1.3 1.2-1.5 2.5-1.5v.6z"/><path fill="#FF9900" d="M2.2 13.2c3.7 2.6 9.7 3 13.8.2.3-.2.1-.6-.2-.4-3.8 1.8-9.2 1.7-13.4-.2-.3-.1-.5.2-.2.4zm12.6-.9c.4 0 1.3.1 1.4.3.1.3-.2 1.2-.5 1.7-.1.2.1.3.3.1.6-.5.9-1.5.8-2 0-.3-1.5-.6-2.3-.3-.2.1-.1.2.3.2z"/>`,
};
const KEY_MARK = svg`<path fill="none" stroke="currentColor" stroke-width="1.5" d="M11.5 6.5a3.5 3.5 0 1 1-3.2 2.1L2.5 14.4v1.6h1.6l.9-.9v-1.3h1.3l1-1v-1.3h1.3l.8-.8a3.5 3.5 0 0 0 2.1-4.2zM12.5 5.5h.01"/>`;

let instances = 0;

/** Brand names as people know them (Cognito's provider names differ for Apple and Amazon). */
const BRANDS: Readonly<Record<string, string>> = { SignInWithApple: 'Apple', LoginWithAmazon: 'Amazon' };

/** "Continue with …", the provider's name in a `<bdi>`: a label's own direction cannot reorder the sentence. */
function continueWith(t: Translate, brand: string): TemplateResult {
  const slot = '\u0000';
  const [before, after = ''] = t('provider.continueWith', slot).split(slot);
  return html`${before}<bdi>${brand}</bdi>${after}`;
}

/**
 * The identity providers a flow offers (managed login, docs/cognito.md §11): one button per
 * provider, with the four social marks, and "Sign in with your company (SSO)", which asks for a work
 * email whose domain picks the provider. A click fires `auth-provider`; `<auth-flow>` starts the
 * sign-in. Loaded only on pages that configure providers.
 *
 * @summary Buttons for social and enterprise sign-in through Cognito's managed login.
 * @tag auth-provider-buttons
 * @fires auth-provider - A provider was chosen; detail: `{ provider }` or `{ idpIdentifier }`.
 */
export class AuthProviderButtonsElement extends LitElement {
  /** The providers, each `{ name, label? }`. */
  @property({ attribute: false }) providers: readonly ProviderOption[] = [];

  /** Offer "Sign in with your company (SSO)". */
  @property({ type: Boolean }) sso = false;

  /** A provider sign-in is starting: the buttons refuse a second one. */
  @property({ type: Boolean }) pending = false;

  /** Above the step's form (`top`: "or" follows) or below it (`bottom`: "or" comes first). */
  @property() position: 'top' | 'bottom' = 'top';

  @property({ attribute: false }) t: Translate = translator(enFirst);

  @state() private ssoOpen = false;
  /** Unique per instance: two flows on a page must not share the SSO field's id. */
  readonly #idPrefix = `auth-providers-${++instances}`;
  @state() private ssoError = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStepStyles(this.getRootNode(), providerStyles);
  }

  #choose(detail: { provider?: string; idpIdentifier?: string }): void {
    if (this.pending) return;
    this.dispatchEvent(new CustomEvent('auth-provider', { bubbles: true, composed: true, detail }));
  }

  /** Not a form of its own (it sits inside the step's form): Enter and the button both land here. */
  #continueSso = (): void => {
    const input = this.querySelector<HTMLInputElement>('input[name=ssoEmail]');
    const domain = /^[^@\s]+@([^@\s]+\.[^@\s]+)$/.exec(input?.value.trim() ?? '')?.[1];
    this.ssoError = domain ? '' : this.t('error.invalidEmail');
    if (domain) this.#choose({ idpIdentifier: domain.toLowerCase() });
    else input?.focus();
  };

  #onSsoKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault(); // not the step's submit
    this.#continueSso();
  };

  protected override render() {
    const { t } = this;
    const divider = html`<p class="auth-divider"><span>${t('provider.or')}</span></p>`;
    return html`${this.position === 'bottom' ? divider : nothing}<div class="auth-providers" role="group" aria-label=${t('provider.group')}>
      ${this.providers.map(({ name, label }) => {
        const brand = label ?? BRANDS[name] ?? name;
        const mark = MARKS[name] ?? KEY_MARK;
        return html`<button type="button" class="auth-provider" data-provider=${name} aria-disabled=${this.pending ? 'true' : 'false'} @click=${() => this.#choose({ provider: name })}>
          <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18">${mark}</svg>
          <span>${continueWith(t, brand)}</span>
        </button>`;
      })}
      ${this.sso ? this.#renderSso() : nothing}
    </div>${this.position === 'top' ? divider : nothing}`;
  }

  #renderSso() {
    const { t } = this;
    if (!this.ssoOpen) {
      return html`<button type="button" class="auth-provider" data-provider="sso" @click=${this.#openSso}>
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18">${KEY_MARK}</svg><span>${t('provider.sso')}</span>
      </button>`;
    }
    const id = `${this.#idPrefix}-sso-email`;
    return html`<div class="auth-sso">
      <div class="auth-field">
        <label for=${id}>${t('provider.ssoEmail')}</label>
        <input id=${id} name="ssoEmail" type="email" @keydown=${this.#onSsoKey} autocomplete="email" inputmode="email" autocapitalize="none" spellcheck="false"
          aria-invalid=${this.ssoError ? 'true' : 'false'} aria-describedby=${this.ssoError ? `${id}-error` : nothing} />
        ${this.ssoError ? html`<p class="auth-field-error" id=${`${id}-error`}>${this.ssoError}</p>` : nothing}
      </div>
      <button type="button" class="auth-provider" @click=${this.#continueSso}>${t('provider.ssoContinue')}</button>
    </div>`;
  }

  #openSso = async (): Promise<void> => {
    this.ssoOpen = true;
    await this.updateComplete;
    this.querySelector<HTMLInputElement>('input[name=ssoEmail]')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-provider-buttons': AuthProviderButtonsElement;
  }
}
