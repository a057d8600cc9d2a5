/**
 * `AuthStepElement`: the base of the step elements after sign-in, and of an app's own steps. It adds
 * to `StepElementBase` (step-element-base.ts, what the sign-in step needs too) what codes and new
 * passwords need: the code field, "we sent a code to …", "send a new code", a new password with
 * its checklist, and the hidden username password managers pair it with. Kept out of the first
 * load with the templates that use it (docs/architecture.md §11), and so are the styles only they use.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StepName } from '../../core/steps.js';
import { laterStepStyles } from './later-step-styles.js';
import type { PasswordChecklist } from './password-checklist.js';
import { StepElementBase } from './step-element-base.js';
import { adoptStepStyles } from './styles.js';

export type { FieldOptions } from './step-element-base.js';

export abstract class AuthStepElement<S extends StepName = StepName> extends StepElementBase<S> {
  override connectedCallback(): void {
    super.connectedCallback();
    // The styles only these steps use (later-step-styles.ts), where the step is, before it renders.
    adoptStepStyles(this.getRootNode(), laterStepStyles);
  }

  /** A one-time code: numeric keyboard, the platform's code autofill, paste welcome. */
  protected renderCodeField(label = this.t('field.code')): TemplateResult {
    return this.renderField(this.fieldFor('code', label, { hint: this.t('field.codeHint') }));
  }

  /** A new password with the pool's rules as a checklist that follows the typing (the step passes its `checklist`). */
  protected renderNewPasswordField(label = this.t('field.newPassword'), checklist?: PasswordChecklist): TemplateResult {
    const policy = this.view.fields.find((field) => field.name === 'password')?.passwordPolicy;
    const id = `${this.idPrefix}-password-rules`;
    const details = policy && checklist ? { id, content: checklist.render(policy, this.t, id) } : undefined;
    return this.renderField(this.fieldFor('password', label, { details }));
  }

  /**
   * The account a new password belongs to, for password managers (they save the pair); hidden,
   * since the person does not edit it here.
   */
  protected renderHiddenUsername(): TemplateResult {
    return html`<input hidden name="username" autocomplete="username" value=${this.state.username} />`;
  }

  /**
   * "We sent a code to …" with the masked destination in a `<bdi>` (it comes from the server: its
   * direction marks must not reorder the sentence), or `fallback` when Cognito did not say where.
   */
  protected renderCodeSent(fallback?: string): TemplateResult | typeof nothing {
    const delivery = this.view.codeDelivery;
    if (!delivery) return fallback ? html`<p class="auth-code-sent">${fallback}</p>` : nothing;
    const slot = '\u0000';
    const [before, after] = this.t('code.sent', { ...delivery, destination: slot }).split(slot);
    return html`<p class="auth-code-sent">${before}${after === undefined ? nothing : html`<bdi>${delivery.destination}</bdi>${after}`}</p>`;
  }

  protected renderResendButton(): TemplateResult {
    return html`<button type="submit" class="auth-link" name="intent" value="resend" formnovalidate>
      ${this.t('code.resend')}
    </button>`;
  }

}
