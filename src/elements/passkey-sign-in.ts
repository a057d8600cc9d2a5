import { html, nothing } from 'lit';
import { renderFactorLinks } from './shared/factor-links.js';
import { AuthStepElement } from './shared/step-element.js';

/**
 * Signing in with a passkey (`USER_AUTH`'s `WEB_AUTHN`): the browser's sheet opens as the step
 * appears. While it is open the step says what to do; when it was closed, or the device has no
 * passkey, it says so calmly and offers to try again or to choose another way.
 *
 * @summary Sign in with a passkey; try again or choose another way after a cancel.
 * @tag auth-passkey-sign-in
 */
export class AuthPasskeySignInElement extends AuthStepElement<'confirmSignInWithPasskey'> {
  protected override render() {
    const { t, state } = this;
    const others = (state.factors ?? []).some((factor) => factor !== 'WEB_AUTHN');
    return this.renderForm(
      html`${state.pending ? html`<p class="auth-notice">${t('passkey.waiting')}</p>` : this.renderFormError()}
        ${state.error?.code === 'passkeyCancelled' && others ? html`<p class="auth-hint">${t('passkey.noPasskey')}</p>` : nothing}
        ${this.renderHiddenUsername()} ${this.renderSubmit(t('flow.retry'), t('flow.pending'))}
        ${renderFactorLinks(t, others, this.renderLink(t('flow.backToSignIn'), 'signIn'))}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-passkey-sign-in': AuthPasskeySignInElement;
  }
}
