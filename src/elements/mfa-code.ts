import { html, nothing } from 'lit';
import type { FieldRule } from '../core/validation.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The MFA code step: a code sent by text message or email, or shown by an authenticator app.
 * SMS and email codes can be sent again.
 *
 * @summary Enter an SMS, email or authenticator-app code to finish signing in.
 */
export class AuthMfaCodeElement extends AuthStepElement {
  protected readonly rules: Record<string, FieldRule[]> = { code: ['required', 'code'] };

  protected override render() {
    const { t, state } = this;
    const totp = state.step === 'confirmSignInWithTotpCode';
    const heading =
      state.step === 'confirmSignInWithSmsCode'
        ? t('mfa.smsHeading')
        : state.step === 'confirmSignInWithEmailCode'
          ? t('mfa.emailHeading')
          : t('mfa.totpHeading');
    return this.renderForm(
      heading,
      html`${totp ? html`<p class="auth-code-sent">${t('mfa.totpIntro')}</p>` : this.renderCodeSent()}
        ${this.renderNotice(state.notice === 'codeResent' ? t('notice.codeResent') : null)} ${this.renderFormError()}
        ${this.renderCodeField()} ${this.renderSubmit(t('mfa.submit'), t('mfa.pending'))}
        <div class="auth-links">
          ${totp ? nothing : this.renderResendButton()} ${this.renderLink(t('flow.backToSignIn'), 'signIn')}
        </div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-mfa-code': AuthMfaCodeElement;
  }
}
