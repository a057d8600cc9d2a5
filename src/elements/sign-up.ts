import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { parseAttributeList } from '../core/attribute-list.js';
import type { FormFields } from '../core/fields.js';
import { parsePasswordPolicy } from '../core/password-policy.js';
import { parseUsernameAttributes } from '../core/username.js';
import type { ViewOptions } from '../core/view.js';
import { adoptAttributeFieldStyles, attributeOptions } from './shared/attribute-fields.js';
import { PasswordChecklist } from './shared/password-checklist.js';
import type { StepSettings } from './shared/step-context.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The sign-up step: username, a new password and the attributes the pool wants.
 *
 * @summary Create an account.
 * @tag auth-sign-up
 */
export class AuthSignUpElement extends AuthStepElement<'signUp'> {

  /** Cognito attributes to ask for, `?` marking optional ones: `"email phone_number?"`. */
  @property({ attribute: 'sign-up-attributes' }) signUpAttributes = 'email phone_number?';

  /** What the pool takes as a username (its `UsernameAttributes`): `email`, `phone_number`, or `email phone_number`. */
  @property({ attribute: 'username-attributes' }) usernameAttributes = '';

  /** The pool's password policy: empty for Cognito's default, `none`, JSON, or `min=8 lower upper digit symbol`. */
  @property({ attribute: 'password-policy' }) passwordPolicy = '';

  /** The country a phone field's picker starts with (ISO 3166 alpha-2); by default the region of the page's language, then of the browser's. */
  @property({ attribute: 'default-country' }) defaultCountry = '';

  /**
   * How the form shows its attributes (`<auth-flow>`'s `form-fields`, its `signUp` list): label,
   * hint, placeholder, type (`text`, `email`, `tel`, `number`, `checkbox`, `select` with
   * `options`, `date`), autocomplete, required and order; a `custom:` or standard attribute the
   * list names but `sign-up-attributes` does not is added.
   */
  @property({ attribute: false }) formFields: FormFields = {};

  readonly #checklist = new PasswordChecklist(this);

  override connectedCallback(): void {
    super.connectedCallback();
    adoptAttributeFieldStyles(this);
  }

  protected override applySettings(settings: StepSettings): void {
    this.formFields = settings.formFields;
    this.signUpAttributes = settings.signUpAttributes;
    this.usernameAttributes = settings.usernameAttributes;
    this.passwordPolicy = settings.passwordPolicy;
    this.defaultCountry = settings.defaultCountry;
  }

  protected override viewOptions(): ViewOptions {
    return {
      signUpAttributes: parseAttributeList(this.signUpAttributes),
      usernameKind: parseUsernameAttributes(this.usernameAttributes),
      passwordPolicy: parsePasswordPolicy(this.passwordPolicy),
      formFields: this.formFields,
    };
  }

  protected override render() {
    const { t, state } = this;
    return this.renderForm(
      html`${this.settings.providers?.('top', t, state.pending)} ${this.renderFormError()}
        ${this.view.fields.map((spec) =>
          spec.kind === 'username'
            ? this.renderUsernameField(state.username)
            : spec.kind === 'newPassword'
              ? this.renderNewPasswordField(t('field.password'), this.#checklist)
              : this.renderField(attributeOptions(t, spec)),
        )}
        ${this.renderSubmit(t('signUp.submit'), t('signUp.pending'))}
        <div class="auth-links">
          <p>${t('signUp.haveAccount')} ${this.renderLink(t('signUp.toSignIn'), 'signIn')}</p>
        </div>
        ${this.settings.providers?.('bottom', t, state.pending)}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-up': AuthSignUpElement;
  }
}
