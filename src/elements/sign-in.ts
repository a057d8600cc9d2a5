import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ViewOptions } from '../core/view.js';
import type { StepSettings } from './shared/step-context.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The sign-in step: username and password, with ways to reset a password or create an account.
 *
 * @summary Sign in with a username and password (SRP by default).
 * @tag auth-sign-in
 */
export class AuthSignInElement extends AuthStepElement<'signIn'> {

  /** Hides the "Create an account" link. */
  @property({ type: Boolean, attribute: 'hide-sign-up' }) hideSignUp = false;

  /** Hides the password field, for custom auth without a password (`CUSTOM_WITHOUT_SRP`). */
  @property({ type: Boolean, attribute: 'passwordless' }) passwordless = false;

  protected override applySettings(settings: StepSettings): void {
    this.hideSignUp = settings.hideSignUp;
    this.passwordless = settings.authFlowType === 'CUSTOM_WITHOUT_SRP';
  }

  protected override viewOptions(): ViewOptions {
    return { authFlowType: this.passwordless ? 'CUSTOM_WITHOUT_SRP' : 'USER_SRP_AUTH', hideSignUp: this.hideSignUp };
  }

  protected override render() {
    const { t, state } = this;
    const { fields, actions, notice } = this.view;
    return this.renderForm(
      html`${this.renderNotice(notice ? t(notice) : null)} ${this.renderFormError()}
        ${this.renderField(this.fieldFor('username', t('field.username'), { value: state.username }))}
        ${fields.some((field) => field.name === 'password')
          ? this.renderField(this.fieldFor('password', t('field.password')))
          : null}
        ${this.renderSubmit(t('signIn.submit'), t('signIn.pending'))}
        <div class="auth-links">
          ${actions.goTo.includes('resetPassword') ? this.renderLink(t('signIn.forgotPassword'), 'resetPassword') : null}
          ${actions.goTo.includes('signUp')
            ? html`<p>${t('signIn.noAccount')} ${this.renderLink(t('signIn.toSignUp'), 'signUp')}</p>`
            : null}
        </div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-in': AuthSignInElement;
  }
}
