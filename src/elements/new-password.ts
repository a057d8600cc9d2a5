import { html } from 'lit';
import type { FieldRule } from '../core/validation.js';
import { attributeField, attributeRules } from './shared/attribute-fields.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The forced new password (`NEW_PASSWORD_REQUIRED`): a new password, with the rules shown before
 * the person types, and a field for each required attribute the account still lacks.
 *
 * @summary Set a new password (and missing required details) to finish signing in.
 */
export class AuthNewPasswordElement extends AuthStepElement {
  protected get missing(): readonly string[] {
    return this.state.step === 'newPasswordRequired' ? this.state.missingAttributes : [];
  }

  protected get rules(): Record<string, FieldRule[]> {
    const rules: Record<string, FieldRule[]> = { password: ['required'] };
    for (const name of this.missing) rules[name] = attributeRules(name, true);
    return rules;
  }

  protected override render() {
    const { t } = this;
    return this.renderForm(
      t('newPassword.heading'),
      html`<p class="auth-code-sent">${t('newPassword.intro')}</p>
        ${this.renderFormError()} ${this.renderHiddenUsername()} ${this.renderNewPasswordField()}
        ${this.missing.map((name) => this.renderField(attributeField(t, name, true)))}
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
