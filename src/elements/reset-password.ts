import { html } from 'lit';
import { AuthStepElement } from './shared/step-element.js';

/**
 * Password reset, both halves: the username to send a code to (`resetPassword`), then the code
 * and the new password (`confirmResetPassword`). The same copy whether or not the account exists.
 *
 * @summary Reset a forgotten password with a code.
 * @tag auth-reset-password
 */
export class AuthResetPasswordElement extends AuthStepElement<'resetPassword' | 'confirmResetPassword'> {

  protected override render() {
    const { t, state } = this;
    if (!this.view.actions.resend) {
      return this.renderForm(
        html`<p class="auth-code-sent">${t('resetPassword.intro')}</p>
          ${this.renderFormError()}
          ${this.renderField(this.fieldFor('username', t('field.username'), { value: state.username }))}
          ${this.renderSubmit(t('resetPassword.submit'), t('resetPassword.pending'))}
          <div class="auth-links">${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
      );
    }
    return this.renderForm(
      html`${this.renderCodeSent(t('confirmResetPassword.intro'))}
        ${this.renderNotice(this.view.notice ? t(this.view.notice) : null)} ${this.renderFormError()}
        ${this.renderHiddenUsername()} ${this.renderCodeField()} ${this.renderNewPasswordField()}
        ${this.renderSubmit(t('confirmResetPassword.submit'), t('confirmResetPassword.pending'))}
        <div class="auth-links">${this.renderResendButton()} ${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-reset-password': AuthResetPasswordElement;
  }
}
