import { html } from 'lit';
import type { FieldRule } from '../core/validation.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The sign-up confirmation step: says where the code went, takes it, and can send a new one.
 *
 * @summary Confirm an account with the code Cognito sent.
 */
export class AuthConfirmCodeElement extends AuthStepElement {
  protected readonly rules: Record<string, FieldRule[]> = { code: ['required', 'code'] };

  protected override render() {
    const { t, state } = this;
    return html`<form novalidate @submit=${this.onSubmit} @input=${this.onInput} aria-busy=${state.pending}>
      <h2 class="auth-heading">${t('confirmSignUp.heading')}</h2>
      ${this.renderCodeSent(t('confirmSignUp.intro'))}
      ${this.renderNotice(state.notice === 'codeResent' ? t('notice.codeResent') : null)} ${this.renderFormError()}
      ${this.renderCodeField()}
      ${this.renderSubmit(t('confirmSignUp.submit'), t('confirmSignUp.pending'))}
      <div class="auth-links">
        ${this.renderResendButton()}
        ${this.renderLink(t('flow.backToSignIn'), 'signIn')}
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-confirm-code': AuthConfirmCodeElement;
  }
}
