import { html, type PropertyDeclarations } from 'lit';
import type { AuthFlowType, FirstFactor } from '../core/backend.js';
import { parseUsernameAttributes } from '../core/username.js';
import type { ViewOptions } from '../core/view.js';
import type { StepSettings } from './shared/step-context.js';
import { StepElementBase } from './shared/step-element-base.js';

/**
 * The sign-in step: username and password, with ways to reset a password or create an account.
 * With `USER_AUTH` it asks for the username first (and the password only when a password factor is
 * preferred); the next screen offers the factors Cognito allows this person.
 *
 * @summary Sign in with a username and password (SRP by default), or a username first (USER_AUTH).
 * @tag auth-sign-in
 */
export class AuthSignInElement extends StepElementBase<'signIn'> {
  /** @internal Lit's reactive properties: a table rather than decorators, which cost more bytes (docs/architecture.md §11). */
  static override properties: PropertyDeclarations = {
    hideSignUp: { type: Boolean, attribute: 'hide-sign-up' },
    passwordless: { type: Boolean, attribute: 'passwordless' },
    authFlowType: { attribute: 'auth-flow-type' },
    preferredChallenge: { attribute: 'preferred-challenge' },
    passkeyAutofill: { type: Boolean, attribute: 'passkey-autofill' },
    usernameAttributes: { attribute: 'username-attributes' },
    defaultCountry: { attribute: 'default-country' },
  };

  /** Hides the "Create an account" link. */
  hideSignUp = false;

  /** Hides the password field, for custom auth without a password (`CUSTOM_WITHOUT_SRP`). */
  passwordless = false;

  /** `USER_AUTH` asks for the username first; the other flows for username and password. */
  authFlowType: AuthFlowType = 'USER_SRP_AUTH';

  /** `USER_AUTH`: a password factor here puts the password on this screen. */
  preferredChallenge: FirstFactor | undefined = undefined;

  /** `USER_AUTH`: the username field offers passkeys in its autofill (`autocomplete="username webauthn"`). */
  passkeyAutofill = false;

  /** What the pool takes as a username (its `UsernameAttributes`): `email`, `phone_number`, or `email phone_number`. */
  usernameAttributes = '';

  /** The country a phone field's picker starts with (ISO 3166 alpha-2); by default the region of the page's language, then of the browser's. */
  defaultCountry = '';

  protected override applySettings(settings: StepSettings): void {
    this.usernameAttributes = settings.usernameAttributes;
    this.defaultCountry = settings.defaultCountry;
    this.hideSignUp = settings.hideSignUp;
    this.passwordless = settings.authFlowType === 'CUSTOM_WITHOUT_SRP';
    this.authFlowType = settings.authFlowType;
    this.preferredChallenge = settings.preferredChallenge;
    this.passkeyAutofill = !!settings.passkeyAutofill;
  }

  protected override viewOptions(): ViewOptions {
    const { preferredChallenge, passkeyAutofill, hideSignUp } = this;
    const authFlowType = this.passwordless ? 'CUSTOM_WITHOUT_SRP' : this.authFlowType;
    return { authFlowType, preferredChallenge, passkeyAutofill, hideSignUp, usernameKind: parseUsernameAttributes(this.usernameAttributes) };
  }

  protected override render() {
    const { t, state } = this;
    const { fields, actions, notice } = this.view;
    const withPassword = fields.some((field) => field.name === 'password');
    const pending = state.pending;
    return this.renderForm(
      html`${this.settings.providers?.('top', t, pending)} ${this.renderNotice(notice ? t(notice) : null)} ${this.renderFormError()}
        ${this.renderUsernameField(state.username)}
        ${withPassword ? this.renderField(this.fieldFor('password', t('field.password'))) : null}
        ${this.renderSubmit(withPassword || this.authFlowType !== 'USER_AUTH' ? t('signIn.submit') : t('signIn.continue'), t('signIn.pending'))}
        <div class="auth-links">
          ${actions.goTo.includes('resetPassword') ? this.renderLink(t('signIn.forgotPassword'), 'resetPassword') : null}
          ${actions.goTo.includes('signUp')
            ? html`<p>${t('signIn.noAccount')} ${this.renderLink(t('signIn.toSignUp'), 'signUp')}</p>`
            : null}
        </div>
        ${this.settings.providers?.('bottom', t, pending)}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'auth-sign-in': AuthSignInElement;
  }
}
