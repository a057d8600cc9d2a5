import { html } from 'lit';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The sign-up confirmation step: says where the code went, takes it, and can send a new one.
 *
 * @summary Confirm an account with the code Cognito sent.
 * @tag auth-confirm-code
 */
export class AuthConfirmCodeElement extends AuthStepElement<'confirmSignUp'> {

  protected override render() {
    const { t } = this;
    return this.renderForm(
      html`${this.renderCodeSent(t('confirmSignUp.intro'))}
        ${this.renderNotice(this.view.notice ? t(this.view.notice) : null)} ${this.renderFormError()}
        ${this.renderCodeField()} ${this.renderSubmit(t('confirmSignUp.submit'), t('confirmSignUp.pending'))}
        <div class="auth-links">${this.renderResendButton()} ${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-confirm-code': AuthConfirmCodeElement;
  }
}
