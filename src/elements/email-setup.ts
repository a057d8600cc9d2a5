import { html } from 'lit';
import type { FieldRule } from '../core/validation.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * Setting up email MFA during sign-in (`MFA_SETUP` with email): the address to send codes to.
 * Cognito then sends a code there to confirm it.
 *
 * @summary Set up email codes for signing in.
 */
export class AuthEmailSetupElement extends AuthStepElement {
  protected readonly rules: Record<string, FieldRule[]> = { email: ['required', 'email'] };

  protected override render() {
    const { t } = this;
    return this.renderForm(
      t('emailSetup.heading'),
      html`<p class="auth-code-sent">${t('emailSetup.intro')}</p>
        ${this.renderFormError()}
        ${this.renderField({ name: 'email', label: t('field.email'), type: 'email', autocomplete: 'email', inputmode: 'email' })}
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
