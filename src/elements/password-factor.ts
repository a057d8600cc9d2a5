import { html } from 'lit';
import { renderFactorLinks } from './shared/factor-links.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The password as a `USER_AUTH` factor, after choosing it: SRP when Cognito offers it, so the
 * password never leaves the page; then any MFA the account has, through the usual steps.
 *
 * @summary Enter the password chosen as the way to sign in.
 * @tag auth-password-factor
 */
export class AuthPasswordFactorElement extends AuthStepElement<'confirmSignInWithPassword'> {
  protected override render() {
    const { t, state } = this;
    return this.renderForm(
      html`${this.renderFormError()} ${this.renderHiddenUsername()}
        ${this.renderField(this.fieldFor('password', t('field.password')))}
        ${this.renderSubmit(t('signIn.submit'), t('signIn.pending'))}
        ${renderFactorLinks(t, (state.factors ?? []).length > 1, this.renderLink(t('flow.backToSignIn'), 'signIn'))}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-password-factor': AuthPasswordFactorElement;
  }
}
