import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { FormFields } from '../core/fields.js';
import { parsePasswordPolicy } from '../core/password-policy.js';
import type { ViewOptions } from '../core/view.js';
import { PasswordChecklist } from './shared/password-checklist.js';
import type { StepSettings } from './shared/step-context.js';
import { adoptAttributeFieldStyles, attributeOptions } from './shared/attribute-fields.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The forced new password (`NEW_PASSWORD_REQUIRED`): a new password, with the rules shown before
 * the person types, and a field for each required attribute the account still lacks.
 *
 * @summary Set a new password (and missing required details) to finish signing in.
 * @tag auth-new-password
 */
export class AuthNewPasswordElement extends AuthStepElement<'newPasswordRequired'> {
  /** The pool's password policy: empty for Cognito's default, `none`, JSON, or `min=8 lower upper digit symbol`. */
  @property({ attribute: 'password-policy' }) passwordPolicy = '';

  /** The country a phone field's picker starts with (ISO 3166 alpha-2); by default the region of the page's language, then of the browser's. */
  @property({ attribute: 'default-country' }) defaultCountry = '';

  /** How the form shows the attributes it asks for (`<auth-flow>`'s `form-fields`, its `newPasswordRequired` list). */
  @property({ attribute: false }) formFields: FormFields = {};

  readonly #checklist = new PasswordChecklist(this);

  override connectedCallback(): void {
    super.connectedCallback();
    adoptAttributeFieldStyles(this);
  }

  protected override applySettings(settings: StepSettings): void {
    this.formFields = settings.formFields;
    this.passwordPolicy = settings.passwordPolicy;
    this.defaultCountry = settings.defaultCountry;
  }

  protected override viewOptions(): ViewOptions {
    return { passwordPolicy: parsePasswordPolicy(this.passwordPolicy), formFields: this.formFields };
  }

  protected override render() {
    const { t } = this;
    return this.renderForm(
      html`<p class="auth-code-sent">${t('newPassword.intro')}</p>
        ${this.renderFormError()} ${this.renderHiddenUsername()}
        ${this.view.fields.map((spec) =>
          spec.kind === 'newPassword' ? this.renderNewPasswordField(undefined, this.#checklist) : this.renderField(attributeOptions(t, spec)),
        )}
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
