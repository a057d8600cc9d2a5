import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { parseAttributeList } from '../core/fields.js';
import type { ViewOptions } from '../core/view.js';
import { attributeOptions, attributeSpecs } from './shared/attribute-fields.js';
import type { StepSettings } from './shared/step-context.js';
import { renderProviders } from './shared/providers.js';
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

  protected override applySettings(settings: StepSettings): void {
    this.signUpAttributes = settings.signUpAttributes;
  }

  protected override viewOptions(): ViewOptions {
    return { signUpAttributes: parseAttributeList(this.signUpAttributes) };
  }

  protected override render() {
    const { t, state } = this;
    return this.renderForm(
      html`${renderProviders(this.settings, 'top', t, state.pending)} ${this.renderFormError()}
        ${this.renderField(this.fieldFor('username', t('field.username'), { value: state.username }))}
        ${this.renderField(this.fieldFor('password', t('field.password'), { hint: t('field.passwordHint') }))}
        ${attributeSpecs(this.view.fields).map((spec) => this.renderField(attributeOptions(t, spec)))}
        ${this.renderSubmit(t('signUp.submit'), t('signUp.pending'))}
        <div class="auth-links">
          <p>${t('signUp.haveAccount')} ${this.renderLink(t('signUp.toSignIn'), 'signIn')}</p>
        </div>
        ${renderProviders(this.settings, 'bottom', t, state.pending)}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-up': AuthSignUpElement;
  }
}
