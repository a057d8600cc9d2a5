import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { FieldRule } from '../core/validation.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The sign-in step: username and password, with ways to reset a password or create an account.
 *
 * @summary Sign in with a username and password (SRP by default).
 */
export class AuthSignInElement extends AuthStepElement {
  /** Hides the "Create an account" link. */
  @property({ type: Boolean, attribute: 'hide-sign-up' }) hideSignUp = false;

  /** Hides the password field, for custom auth without a password (`CUSTOM_WITHOUT_SRP`). */
  @property({ type: Boolean, attribute: 'passwordless' }) passwordless = false;

  protected get rules(): Record<string, FieldRule[]> {
    return this.passwordless ? { username: ['required'] } : { username: ['required'], password: ['required'] };
  }

  protected override render() {
    const { t, state } = this;
    return html`<form novalidate @submit=${this.onSubmit} @input=${this.onInput} aria-busy=${state.pending}>
      <h2 class="auth-heading">${t('signIn.heading')}</h2>
      ${this.renderNotice(state.notice ? t(`notice.${state.notice}`) : null)} ${this.renderFormError()}
      ${this.renderField({ name: 'username', label: t('field.username'), autocomplete: 'username', value: state.username })}
      ${this.passwordless
        ? null
        : this.renderField({ name: 'password', label: t('field.password'), type: 'password', autocomplete: 'current-password' })}
      ${this.renderSubmit(t('signIn.submit'), t('signIn.pending'))}
      <div class="auth-links">
        ${this.passwordless ? null : this.renderLink(t('signIn.forgotPassword'), 'resetPassword')}
        ${this.hideSignUp
          ? null
          : html`<p>${t('signIn.noAccount')} ${this.renderLink(t('signIn.toSignUp'), 'signUp')}</p>`}
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-in': AuthSignInElement;
  }
}
