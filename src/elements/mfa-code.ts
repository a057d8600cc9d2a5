import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { RememberDevice } from '../core/backend.js';
import type { FieldSpec } from '../core/fields.js';
import type { ViewOptions } from '../core/view.js';
import type { StepSettings } from './shared/step-context.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * The MFA code step: a code sent by text message or email, or shown by an authenticator app.
 * SMS and email codes can be sent again. With `remember-device="ask"`, "Remember this device".
 *
 * @summary Enter an SMS, email or authenticator-app code to finish signing in.
 * @tag auth-mfa-code
 */
export class AuthMfaCodeElement extends AuthStepElement<
  'confirmSignInWithSmsCode' | 'confirmSignInWithTotpCode' | 'confirmSignInWithEmailCode'
> {

  /** `ask`: offer "Remember this device" (a checkbox named `rememberDevice`). */
  @property({ attribute: 'remember-device' }) rememberDevice: RememberDevice = 'never';

  protected override applySettings(settings: StepSettings): void {
    this.rememberDevice = settings.rememberDevice ?? 'never';
  }

  protected override viewOptions(): ViewOptions {
    return { rememberDevice: this.rememberDevice };
  }

  protected override render() {
    const { t, state } = this;
    const { actions } = this.view;
    return this.renderForm(
      html`${actions.resend ? this.renderCodeSent() : html`<p class="auth-code-sent">${t('mfa.totpIntro')}</p>`}
        ${this.renderNotice(state.notice === 'codeResent' ? t('notice.codeResent') : null)} ${this.renderFormError()}
        ${this.renderCodeField()} ${renderRememberDevice(this.view.fields, `${this.idPrefix}-remember`, t('mfa.rememberDevice'))}
        ${this.renderSubmit(t('mfa.submit'), t('mfa.pending'))}
        <div class="auth-links">
          ${actions.resend ? this.renderResendButton() : nothing} ${this.renderLink(t('flow.backToSignIn'), 'signIn')}
        </div>`,
    );
  }
}

/**
 * "Remember this device" (`remember-device="ask"`, docs/cognito.md §13): a native checkbox named
 * `rememberDevice`, when the view model's fields include it. The TOTP setup's first code uses it
 * too (from here, so it loads with these steps and not as a chunk of its own).
 */
export function renderRememberDevice(fields: readonly FieldSpec[], id: string, label: string): TemplateResult | typeof nothing {
  if (!fields.some((field) => field.name === 'rememberDevice')) return nothing;
  return html`<div class="auth-check">
    <input type="checkbox" id=${id} name="rememberDevice" />
    <label for=${id}>${label}</label>
  </div>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-mfa-code': AuthMfaCodeElement;
  }
}
