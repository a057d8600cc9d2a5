import { html } from 'lit';
import { AuthStepElement } from './shared/step-element.js';

/**
 * Choosing an MFA method: which one to use for this sign-in (`SELECT_MFA_TYPE`), or which one to
 * set up when the pool requires MFA (`MFA_SETUP` with a choice).
 *
 * @summary Choose an MFA method to use or to set up.
 * @tag auth-mfa-select
 */
export class AuthMfaSelectElement extends AuthStepElement<'selectMfaType' | 'selectMfaSetupType'> {

  protected override render() {
    const { t, state } = this;
    const types = state.allowedMfaTypes ?? [];
    const setup = state.step === 'selectMfaSetupType';
    const error = this.errorFor('mfaType');
    const errorId = `${this.idPrefix}-mfaType-error`;
    return this.renderForm(
      html`${this.renderFormError()}
        <fieldset class="auth-choices" aria-describedby=${error ? errorId : ''} aria-invalid=${error ? 'true' : 'false'}>
          <legend>${setup ? t('mfaSetupSelect.legend') : t('mfaSelect.legend')}</legend>
          ${types.map(
            (type, index) => html`<div class="auth-check">
              <input type="radio" id=${`${this.idPrefix}-${type}`} name="mfaType" value=${type} ?checked=${index === 0} />
              <label for=${`${this.idPrefix}-${type}`}>${t(`mfa.type.${type}`)}</label>
            </div>`,
          )}
          ${error ? html`<p class="auth-field-error" id=${errorId}>${error}</p>` : ''}
        </fieldset>
        ${this.renderSubmit(t('mfaSelect.submit'), t('flow.pending'))}
        <div class="auth-links">${this.renderLink(t('flow.backToSignIn'), 'signIn')}</div>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-mfa-select': AuthMfaSelectElement;
  }
}
