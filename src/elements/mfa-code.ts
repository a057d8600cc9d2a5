import { html, nothing } from 'lit';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The MFA code step: a code sent by text message or email, or shown by an authenticator app.
 * SMS and email codes can be sent again.
 *
 * @summary Enter an SMS, email or authenticator-app code to finish signing in.
 * @tag auth-mfa-code
 */
export class AuthMfaCodeElement extends AuthStepElement<
  'confirmSignInWithSmsCode' | 'confirmSignInWithTotpCode' | 'confirmSignInWithEmailCode'
> {

  protected override render() {
    const { t, state } = this;
    const { actions } = this.view;
    return this.renderForm(
      html`${actions.resend ? this.renderCodeSent() : html`<p class="auth-code-sent">${t('mfa.totpIntro')}</p>`}
        ${this.renderNotice(state.notice === 'codeResent' ? t('notice.codeResent') : null)} ${this.renderFormError()}
        ${this.renderCodeField()} ${this.renderSubmit(t('mfa.submit'), t('mfa.pending'))}
        <div class="auth-links">
          ${actions.resend ? this.renderResendButton() : nothing} ${this.renderLink(t('flow.backToSignIn'), 'signIn')}
        </div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-mfa-code': AuthMfaCodeElement;
  }
}
