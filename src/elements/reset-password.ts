import { html } from 'lit';
import type { FieldRule } from '../core/validation.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * Password reset, both halves: the username to send a code to (`resetPassword`), then the code
 * and the new password (`confirmResetPassword`). The same copy whether or not the account exists.
 *
 * @summary Reset a forgotten password with a code.
 */
export class AuthResetPasswordElement extends AuthStepElement {
  protected get confirming(): boolean {
    return this.state.step === 'confirmResetPassword';
  }

  protected get rules(): Record<string, FieldRule[]> {
    return this.confirming ? { code: ['required', 'code'], password: ['required'] } : { username: ['required'] };
  }

  protected override render() {
    const { t, state } = this;
    if (!this.confirming) {
      return this.renderForm(
        t('resetPassword.heading'),
        html`<p class="auth-code-sent">${t('resetPassword.intro')}</p>
          ${this.renderFormError()}
          ${this.renderField({ name: 'username', label: t('field.username'), autocomplete: 'username', value: state.username })}
          ${this.renderSubmit(t('resetPassword.submit'), t('resetPassword.pending'))}
          <div class="auth-links">${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
      );
    }
    return this.renderForm(
      t('confirmResetPassword.heading'),
      html`${this.renderCodeSent()}
        ${this.renderNotice(state.notice === 'codeResent' ? t('notice.codeResent') : null)} ${this.renderFormError()}
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
