/**
 * `<auth-flow>`'s attributes for the newer ways in (docs/cognito.md §10–11): choice-based sign-in
 * and passkeys, managed-login providers, and the challenge lifetime and heading level the page
 * needs. A mixin so the element's file stays about the flow itself.
 */
import type { LitElement, PropertyDeclarations } from 'lit';
import type { FirstFactor, RememberDevice } from '../../core/backend.js';
import type { PasskeyPrompt } from '../../core/auth-controller.js';
import type { VerifyContact } from '../../core/contact-verification.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/** What the mixin adds: `<auth-flow>`'s attributes for the newer ways in. */
export interface SignInOptionsProperties {
  preferredChallenge: FirstFactor | '';
  passkeyPrompt: PasskeyPrompt;
  rememberUsername: boolean;
  oauthDomain: string;
  identityProviders: string;
  sso: boolean;
  redirectUri: string;
  oauthScopes: string;
  oauthMode: 'redirect' | 'popup';
  logoutUri: string;
  challengeLifetime: number;
  headingLevel: number;
  providersPosition: 'top' | 'bottom';
  verifyContact: VerifyContact;
  rememberDevice: RememberDevice;
}

export function SignInOptions<T extends Constructor<LitElement>>(Base: T): T & Constructor<SignInOptionsProperties> {
  class SignInOptionsElement extends Base {
  /** @internal Lit's reactive properties: a table rather than decorators, which cost more bytes (docs/architecture.md §11). */
  static properties: PropertyDeclarations = {
    preferredChallenge: { attribute: 'preferred-challenge' },
    passkeyPrompt: { attribute: 'passkey-prompt' },
    rememberUsername: { type: Boolean, attribute: 'remember-username' },
    oauthDomain: { attribute: 'oauth-domain' },
    identityProviders: { attribute: 'identity-providers' },
    sso: { type: Boolean },
    redirectUri: { attribute: 'redirect-uri' },
    oauthScopes: { attribute: 'oauth-scopes' },
    oauthMode: { attribute: 'oauth-mode' },
    logoutUri: { attribute: 'logout-uri' },
    challengeLifetime: { type: Number, attribute: 'challenge-lifetime' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    providersPosition: { attribute: 'providers-position' },
    verifyContact: { attribute: 'verify-contact' },
    rememberDevice: { attribute: 'remember-device' },
  };

  /** `USER_AUTH`: the factor to start with, skipping the choice: `WEB_AUTHN`, `EMAIL_OTP`, `SMS_OTP`, `PASSWORD_SRP` or `PASSWORD`. */
  preferredChallenge: FirstFactor | '' = '';

  /** `USER_AUTH`: after a sign-in without a passkey, offer to create one (`after-sign-in`, default) or not (`never`). */
  passkeyPrompt: PasskeyPrompt = 'after-sign-in';

  /** Remembers the last username on this device (`localStorage`), fills it in, and offers its passkeys in the autofill. */
  rememberUsername = false;

  /** Managed login's base URL (`https://<prefix>.auth.<region>.amazoncognito.com`, a custom domain, or a local one): turns on provider sign-in. */
  oauthDomain = '';

  /** Identity providers to offer, comma-separated, each `Name` or `Name:Label`: `Google, Facebook, SignInWithApple, LoginWithAmazon, OktaSAML:Your company`. */
  identityProviders = '';

  /** Offers "Sign in with your company (SSO)": an email whose domain picks the provider (`idp_identifier`). */
  sso = false;

  /** Where the provider sends the person back (one of the app client's callback URLs). Default: this page, without its query. */
  redirectUri = '';

  /** OAuth scopes to ask for. */
  oauthScopes = 'openid email profile';

  /** `redirect` (the whole page goes to the provider) or `popup` (falls back to a redirect when popups are blocked). */
  oauthMode: 'redirect' | 'popup' = 'redirect';

  /** After signing out of a provider session, also end the managed-login session and come back here (one of the client's sign-out URLs). */
  logoutUri = '';

  /** Milliseconds a challenge step's Cognito Session lives (the app client's `AuthSessionValidity`): the flow warns 30 s before. */
  challengeLifetime = 180_000;

  /** The level of each step's heading in your page's outline, 1–6 (default 2: under your page's `h1`). */
  headingLevel = 2;

  /** Where the provider buttons go: `top` (above the form, default) or `bottom`. */
  providersPosition: 'top' | 'bottom' = 'top';

  /** After sign-in with an email or phone number but none verified: offer a code to verify one (`prompt`, default; skippable) or not (`never`). */
  verifyContact: VerifyContact = 'prompt';

  /**
   * Remembered devices (a pool with device tracking): `never` (default, no device tracking), `ask`
   * ("Remember this device" on the MFA code steps; a remembered device may skip MFA next time), or
   * `always` (every device this flow signs in on is remembered, silently).
   */
  rememberDevice: RememberDevice = 'never';
  }
  return SignInOptionsElement;
}
