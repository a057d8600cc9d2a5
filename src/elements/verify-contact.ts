import { html } from 'lit';
import { fieldLabel, isolate } from '../i18n/phrases.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * Right after sign-in, when the account has an email address or phone number but none verified
 * (`verify-contact="prompt"`): which one to send a code to (`verifyContact`), then the code
 * (`confirmContact`). "Skip for now" leaves the person signed in as before.
 *
 * @summary Verify an email address or phone number after sign-in.
 * @tag auth-verify-contact
 */
export class AuthVerifyContactElement extends AuthStepElement<'verifyContact' | 'confirmContact'> {
  protected override render() {
    const { t, state } = this;
    const skip = html`<button type="submit" class="auth-link" name="intent" value="skip" formnovalidate>${t('verifyContact.skip')}</button>`;
    if (state.step === 'confirmContact') {
      return this.renderForm(
        html`${this.renderCodeSent(t('verifyContact.intro'))} ${this.renderNotice(this.view.notice ? t(this.view.notice) : null)}
          ${this.renderFormError()} ${this.renderCodeField()} ${this.renderSubmit(t('confirmContact.submit'), t('mfa.pending'))}
          <div class="auth-links">${this.renderResendButton()} ${skip}</div>`,
      );
    }
    return this.renderForm(
      html`<p>${t('verifyContact.intro')}</p>
        ${this.renderFormError()}
        <fieldset class="auth-choices">
          <legend>${t('verifyContact.legend')}</legend>
          ${state.contacts.map(
            ({ attribute, value }, index) => html`<div class="auth-check">
              <input type="radio" id=${`${this.idPrefix}-${attribute}`} name="attribute" value=${attribute} ?checked=${index === 0} />
              <label for=${`${this.idPrefix}-${attribute}`}>${fieldLabel(t, attribute)}: ${isolate(value)}</label>
            </div>`,
          )}
        </fieldset>
        ${this.renderSubmit(t('verifyContact.submit'), t('flow.pending'))}
        <div class="auth-links">${skip}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-verify-contact': AuthVerifyContactElement;
  }
}
