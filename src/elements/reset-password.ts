import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { parsePasswordPolicy } from '../core/password-policy.js';
import { parseUsernameAttributes } from '../core/username.js';
import type { ViewOptions } from '../core/view.js';
import { PasswordChecklist } from './shared/password-checklist.js';
import type { StepSettings } from './shared/step-context.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * Password reset, both halves: the username to send a code to (`resetPassword`), then the code
 * and the new password (`confirmResetPassword`). The same copy whether or not the account exists.
 *
 * @summary Reset a forgotten password with a code.
 * @tag auth-reset-password
 */
export class AuthResetPasswordElement extends AuthStepElement<'resetPassword' | 'confirmResetPassword'> {
  /** What the pool takes as a username (its `UsernameAttributes`): `email`, `phone_number`, or `email phone_number`. */
  @property({ attribute: 'username-attributes' }) usernameAttributes = '';

  /** The pool's password policy: empty for Cognito's default, `none`, JSON, or `min=8 lower upper digit symbol`. */
  @property({ attribute: 'password-policy' }) passwordPolicy = '';

  /** The country a phone field's picker starts with (ISO 3166 alpha-2); by default the region of the page's language, then of the browser's. */
  @property({ attribute: 'default-country' }) defaultCountry = '';

  readonly #checklist = new PasswordChecklist(this);

  protected override applySettings(settings: StepSettings): void {
    this.usernameAttributes = settings.usernameAttributes;
    this.passwordPolicy = settings.passwordPolicy;
    this.defaultCountry = settings.defaultCountry;
  }

  protected override viewOptions(): ViewOptions {
    return { usernameKind: parseUsernameAttributes(this.usernameAttributes), passwordPolicy: parsePasswordPolicy(this.passwordPolicy) };
  }

  protected override render() {
    const { t, state } = this;
    if (!this.view.actions.resend) {
      return this.renderForm(
        html`<p class="auth-code-sent">${t('resetPassword.intro')}</p>
          ${this.renderFormError()}
          ${this.renderUsernameField(state.username)}
          ${this.renderSubmit(t('resetPassword.submit'), t('resetPassword.pending'))}
          <div class="auth-links">${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
      );
    }
    return this.renderForm(
      html`${this.renderCodeSent(t('confirmResetPassword.intro'))}
        ${this.renderNotice(this.view.notice ? t(this.view.notice) : null)} ${this.renderFormError()}
        ${this.renderHiddenUsername()} ${this.renderCodeField()} ${this.renderNewPasswordField(undefined, this.#checklist)}
        ${this.renderSubmit(t('confirmResetPassword.submit'), t('confirmResetPassword.pending'))}
        <div class="auth-links">${this.renderResendButton()} ${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-reset-password': AuthResetPasswordElement;
  }
}
