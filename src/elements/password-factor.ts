import { html, nothing } from 'lit';
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
        <div class="auth-links">
          ${(state.factors ?? []).length > 1
            ? html`<button type="submit" class="auth-link" name="intent" value="otherFactor" formnovalidate>${t('factor.other')}</button>`
            : nothing}
          ${this.renderLink(t('flow.backToSignIn'), 'signIn')}
        </div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-password-factor': AuthPasswordFactorElement;
  }
}
