import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { FieldRule } from '../core/validation.js';
import { attributeField, attributeRules } from './shared/attribute-fields.js';
import { AuthStepElement } from './shared/step-element.js';

/** One attribute the sign-up form asks for: `email`, or `phone_number?` for an optional one. */
export interface SignUpAttribute {
  name: string;
  required: boolean;
}

/** Parses `sign-up-attributes`: names separated by spaces or commas, `?` marking optional ones. */
export function parseSignUpAttributes(value: string): SignUpAttribute[] {
  return value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((token) => ({ name: token.replace(/\?$/, ''), required: !token.endsWith('?') }));
}

/**
 * The sign-up step: username, a new password and the attributes the pool wants.
 *
 * @summary Create an account.
 */
export class AuthSignUpElement extends AuthStepElement {
  /** Cognito attributes to ask for, `?` marking optional ones: `"email phone_number?"`. */
  @property({ attribute: 'sign-up-attributes' }) signUpAttributes = 'email phone_number?';

  protected get askedAttributes(): SignUpAttribute[] {
    return parseSignUpAttributes(this.signUpAttributes);
  }

  protected get rules(): Record<string, FieldRule[]> {
    const rules: Record<string, FieldRule[]> = { username: ['required'], password: ['required'] };
    for (const { name, required } of this.askedAttributes) rules[name] = attributeRules(name, required);
    return rules;
  }

  protected override render() {
    const { t, state } = this;
    return html`<form novalidate @submit=${this.onSubmit} @input=${this.onInput} aria-busy=${state.pending}>
      <h2 class="auth-heading">${t('signUp.heading')}</h2>
      ${this.renderFormError()}
      ${this.renderField({ name: 'username', label: t('field.username'), autocomplete: 'username', value: state.username })}
      ${this.renderField({
        name: 'password',
        label: t('field.password'),
        type: 'password',
        autocomplete: 'new-password',
        hint: t('field.passwordHint'),
      })}
      ${this.askedAttributes.map(({ name, required }) => this.renderField(attributeField(t, name, required)))}
      ${this.renderSubmit(t('signUp.submit'), t('signUp.pending'))}
      <div class="auth-links">
        <p>${t('signUp.haveAccount')} ${this.renderLink(t('signUp.toSignIn'), 'signIn')}</p>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-up': AuthSignUpElement;
  }
}
