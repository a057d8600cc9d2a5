import { html } from 'lit';
import { AuthStepElement } from './shared/step-element.js';

/**
 * Setting up email MFA during sign-in (`MFA_SETUP` with email): the address to send codes to.
 * Cognito then sends a code there to confirm it.
 *
 * @summary Set up email codes for signing in.
 * @tag auth-email-setup
 */
export class AuthEmailSetupElement extends AuthStepElement<'setUpEmail'> {

  protected override render() {
    const { t } = this;
    return this.renderForm(
      html`<p class="auth-code-sent">${t('emailSetup.intro')}</p>
        ${this.renderFormError()}
        ${this.renderField(this.fieldFor('email', t('field.email')))}
        ${this.renderSubmit(t('emailSetup.submit'), t('flow.pending'))}
        <div class="auth-links">${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-email-setup': AuthEmailSetupElement;
  }
}
