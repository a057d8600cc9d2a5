import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RememberDevice } from '../core/backend.js';
import type { ViewOptions } from '../core/view.js';
import { renderRememberDevice } from './mfa-code.js';
import type { StepSettings } from './shared/step-context.js';
import { AuthStepElement } from './shared/step-element.js';

/** `otpauth://totp/Issuer:account?secret=…&issuer=Issuer`, as authenticator apps read it. */
export function otpauthUri(issuer: string, account: string, secret: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  return `otpauth://totp/${label}?secret=${encodeURIComponent(secret)}&issuer=${encodeURIComponent(issuer)}`;
}

/** The QR code as SVG path data; the encoder is loaded only when this step shows. */
async function qrPath(text: string): Promise<{ size: number; path: string }> {
  const [{ generate }, { toSvgPath }] = await Promise.all([import('lean-qr'), import('lean-qr/extras/svg')]);
  const code = generate(text);
  return { size: code.size, path: toSvgPath(code) };
}

/**
 * Setting up an authenticator app during sign-in (`MFA_SETUP` with TOTP): a QR code of the
 * `otpauth://` URI with issuer and account name, the secret as copyable text, and the first code.
 *
 * @summary Set up an authenticator app with a QR code and verify its first code.
 * @tag auth-totp-setup
 */
export class AuthTotpSetupElement extends AuthStepElement<'setUpTotp'> {

  /** The issuer shown in the authenticator app (your product's name). Defaults to the page's host name. */
  @property({ attribute: 'totp-issuer' }) totpIssuer = '';

  /** `ask`: offer "Remember this device" with the first code (a checkbox named `rememberDevice`). */
  @property({ attribute: 'remember-device' }) rememberDevice: RememberDevice = 'never';

  protected override applySettings(settings: StepSettings): void {
    this.totpIssuer = settings.totpIssuer;
    this.rememberDevice = settings.rememberDevice ?? 'never';
  }

  protected override viewOptions(): ViewOptions {
    return { rememberDevice: this.rememberDevice };
  }

  @state() private qr: { size: number; path: string; for: string } | null = null;
  @state() private copied: 'done' | 'failed' | null = null;

  protected get secret(): string {
    return this.state.secretCode ?? '';
  }

  protected get uri(): string {
    return otpauthUri(this.totpIssuer || location.hostname || 'Cognito', this.state.username, this.secret);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const uri = this.uri;
    if (this.secret && this.qr?.for !== uri) {
      void qrPath(uri).then((qr) => {
        if (this.uri === uri) this.qr = { ...qr, for: uri };
      });
    }
  }

  async #copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.secret);
      this.copied = 'done';
    } catch {
      this.copied = 'failed'; // no permission or no clipboard: say so, the key stays selectable
    }
  }

  protected override render() {
    const { t } = this;
    const secret = this.secret;
    if (!secret) {
      // No key yet: preparing, or it failed (the error says why); either way a way back.
      return this.renderForm(
        html`${this.renderFormError()}
          ${this.state.pending ? html`<p role="status">${t('totpSetup.preparing')}</p>` : nothing}
          <div class="auth-links">${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
      );
    }
    const qr = this.qr;
    return this.renderForm(
      html`<p class="auth-code-sent">${t('totpSetup.scan')}</p>
        ${qr
          ? html`<svg class="auth-qr" role="img" aria-label=${t('totpSetup.qr')} viewBox=${`-4 -4 ${qr.size + 8} ${qr.size + 8}`}>
              <rect x="-4" y="-4" width=${qr.size + 8} height=${qr.size + 8} fill="#fff"></rect>
              ${svg`<path d=${qr.path} fill="#000"></path>`}
            </svg>`
          : nothing}
        <div class="auth-secret">
          <span class="auth-secret-label" id=${`${this.idPrefix}-key`}>${t('totpSetup.key')}</span>
          <code aria-labelledby=${`${this.idPrefix}-key`}>${secret.replace(/(.{4})(?=.)/g, '$1 ')}</code>
          <button type="button" class="auth-link" @click=${() => this.#copy()}>${t('totpSetup.copy')}</button>
          <span role="status">
            ${this.copied === 'done' ? t('totpSetup.copied') : this.copied === 'failed' ? t('totpSetup.copyFailed') : ''}
          </span>
        </div>
        ${this.renderFormError()} ${this.renderCodeField(t('totpSetup.codeLabel'))}
        ${renderRememberDevice(this.view.fields, `${this.idPrefix}-remember`, t('mfa.rememberDevice'))}
        ${this.renderSubmit(t('totpSetup.submit'), t('mfa.pending'))}
        <div class="auth-links">${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-totp-setup': AuthTotpSetupElement;
  }
}
