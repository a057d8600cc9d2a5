import { html } from 'lit';
import { attributeOptions, attributeSpecs } from './shared/attribute-fields.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The forced new password (`NEW_PASSWORD_REQUIRED`): a new password, with the rules shown before
 * the person types, and a field for each required attribute the account still lacks.
 *
 * @summary Set a new password (and missing required details) to finish signing in.
 * @tag auth-new-password
 */
export class AuthNewPasswordElement extends AuthStepElement<'newPasswordRequired'> {

  protected override render() {
    const { t } = this;
    return this.renderForm(
      html`<p class="auth-code-sent">${t('newPassword.intro')}</p>
        ${this.renderFormError()} ${this.renderHiddenUsername()} ${this.renderNewPasswordField()}
        ${attributeSpecs(this.view.fields).map((spec) => this.renderField(attributeOptions(t, spec)))}
        ${this.renderSubmit(t('newPassword.submit'), t('newPassword.pending'))}
        <div class="auth-links">${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-new-password': AuthNewPasswordElement;
  }
}
