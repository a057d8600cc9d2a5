// Generated from custom-elements.json by scripts/framework-types.mjs (npm run analyze). Do not edit.
import type { DefineComponent } from "vue";
import type { AuthAccountElement, AuthFlowElement } from "cognito-auth-flow";

type AuthAccountElementProps = {
  /** `plain`: no card around the page (inside `<auth-flow>`, whose card holds it). An attribute only (read by the styles). */
  appearance?: AuthAccountElement["appearance"];
  /** Light or dark whatever the system says; by default the system's preference. An attribute only (read by the styles). */
  "color-scheme"?: AuthAccountElement["colorScheme"];
  /** The id of an `<auth-flow>` whose session this page manages (it follows that flow's controller). Inside an `<auth-flow>` (e.g. in its `signed-in-footer` slot) it follows that one by itself. */
  for?: AuthAccountElement["for"];
  /** The user pool (`<region>_<id>`), when the element builds its own session (no `for`, no `controller`). */
  "user-pool-id"?: AuthAccountElement["userPoolId"];
  /** The app client (no secret), when the element builds its own session. */
  "client-id"?: AuthAccountElement["clientId"];
  /** Another Cognito endpoint (a local Cognito, a proxy). */
  endpoint?: AuthAccountElement["endpoint"];
  /** Where the session lives, as on `<auth-flow>` (use the same value so both see one session). */
  persist?: AuthAccountElement["persist"];
  /** Milliseconds before an unanswered request is given up. */
  "request-timeout"?: AuthAccountElement["requestTimeout"];
  /** The profile attributes the person may edit, in order (`?` marks optional ones; all are optional by default). */
  "profile-attributes"?: AuthAccountElement["profileAttributes"];
  /** The pool's password policy, as on `<auth-flow>`. */
  "password-policy"?: AuthAccountElement["passwordPolicy"];
  /** The MFA methods the pool offers (`TOTP SMS EMAIL`). */
  "mfa-types"?: AuthAccountElement["mfaTypes"];
  /** The issuer the authenticator app shows. Defaults to the page's host name. */
  "totp-issuer"?: AuthAccountElement["totpIssuer"];
  /** The level of each view's heading (2 by default). */
  "heading-level"?: AuthAccountElement["headingLevel"];
  /** The language; by default the nearest `lang` up the tree. */
  lang?: AuthAccountElement["lang"];
  /** Without a `lang` anywhere, follow the browser's languages. */
  "use-browser-language"?: AuthAccountElement["useBrowserLanguage"];
  /** The user pool (`<region>_<id>`), when the element builds its own session (no `for`, no `controller`). */
  userPoolId?: AuthAccountElement["userPoolId"];
  /** The app client (no secret), when the element builds its own session. */
  clientId?: AuthAccountElement["clientId"];
  /** Milliseconds before an unanswered request is given up. */
  requestTimeout?: AuthAccountElement["requestTimeout"];
  /** The profile attributes the person may edit, in order (`?` marks optional ones; all are optional by default). */
  profileAttributes?: AuthAccountElement["profileAttributes"];
  /** The pool's password policy, as on `<auth-flow>`. */
  passwordPolicy?: AuthAccountElement["passwordPolicy"];
  /** The MFA methods the pool offers (`TOTP SMS EMAIL`). */
  mfaTypes?: AuthAccountElement["mfaTypes"];
  /** The issuer the authenticator app shows. Defaults to the page's host name. */
  totpIssuer?: AuthAccountElement["totpIssuer"];
  /** The level of each view's heading (2 by default). */
  headingLevel?: AuthAccountElement["headingLevel"];
  /** Without a `lang` anywhere, follow the browser's languages. */
  useBrowserLanguage?: AuthAccountElement["useBrowserLanguage"];
  /** Your own wording for the sign-in catalogue's keys (field labels, errors). */
  messages?: AuthAccountElement["messages"];
  /** Your own wording for the account page's keys. */
  accountMessages?: AuthAccountElement["accountMessages"];
  /** The session this page manages (an `<auth-flow>`'s, yours, or its own). */
  controller?: AuthAccountElement["controller"];
  /** The account page's controller (views, commands, state), for headless use beside the element. */
  accountController?: AuthAccountElement["accountController"];
  /** Something in the account changed; detail: `{ change, … }` (`password`, `profile` with attribute names, `contactVerified`, `mfa`, `totpEnabled`, `passkeyAdded`, `passkeyDeleted`, `deviceForgotten`), never a value that could be secret. */
  onAuthAccountChange?: (e: CustomEvent<HTMLElementEventMap["auth-account-change"]["detail"]>) => void;
  /** The account was deleted (and the person signed out); detail: `{ username }`. */
  onAuthAccountDeleted?: (e: CustomEvent<HTMLElementEventMap["auth-account-deleted"]["detail"]>) => void;
  /** Another view is on screen; detail: `{ view, previousView }`. */
  onAuthViewChange?: (e: CustomEvent<HTMLElementEventMap["auth-view-change"]["detail"]>) => void;
  /** Something failed; detail: `{ code, step, field?, retryable, name }` (`step` is the view on screen). */
  onAuthError?: (e: CustomEvent<HTMLElementEventMap["auth-error"]["detail"]>) => void;
};

type AuthFlowElementProps = {
  /** `plain`: no card (border, corner radius, shadow) around the flow; the `--auth-flow-card-*` tokens style the card otherwise. An attribute only (read by the styles). */
  appearance?: AuthFlowElement["appearance"];
  /** Light or dark whatever the system says; by default the system's preference. An attribute only (read by the styles). */
  "color-scheme"?: AuthFlowElement["colorScheme"];
  /** Cognito user pool id, `<region>_<id>`; the region comes from it. */
  "user-pool-id"?: AuthFlowElement["userPoolId"];
  /** Cognito app client id (a public client, without a secret). */
  "client-id"?: AuthFlowElement["clientId"];
  /** Overrides the Cognito endpoint: a local Cognito or your own proxy. */
  endpoint?: AuthFlowElement["endpoint"];
  /** How sign-in starts: `USER_SRP_AUTH` (default), `USER_PASSWORD_AUTH`, `CUSTOM_WITH_SRP`,
`CUSTOM_WITHOUT_SRP`, or `USER_AUTH` (the username first, then a passkey, a one-time code or the password). */
  "auth-flow-type"?: AuthFlowElement["authFlowType"];
  /** The first screen: `signIn` (default), `signUp` or `resetPassword`. */
  "initial-step"?: AuthFlowElement["initialStep"];
  /** Cognito attributes the sign-up form asks for; `?` marks optional ones. */
  "sign-up-attributes"?: AuthFlowElement["signUpAttributes"];
  /** Hides the way to create an account. */
  "hide-sign-up"?: AuthFlowElement["hideSignUp"];
  /** "Forgot your password?" says when a username has no account (by default it does not, like sign-in). */
  "reveal-unknown-users"?: AuthFlowElement["revealUnknownUsers"];
  /** Keeps the person signed in across reloads, for the refresh token's life: `session` (this tab)
or `local` (every tab, which also agree on sign-out). The tokens are sealed with a key page
script cannot read out, never stored in plain text. Off (memory) by default. */
  persist?: AuthFlowElement["persist"];
  /** Milliseconds before a request Cognito has not answered is given up, with a message and the form kept. Default 15000. */
  "request-timeout"?: AuthFlowElement["requestTimeout"];
  /** The issuer name authenticator apps show for this account (TOTP setup). Defaults to the host name. */
  "totp-issuer"?: AuthFlowElement["totpIssuer"];
  /** The language of every string; defaults to the closest `lang` attribute, then `<html lang>`. */
  lang?: AuthFlowElement["lang"];
  /** With no `lang` here, on an ancestor or on `<html>`: speak the first of the browser's languages the kit has (else English). */
  "use-browser-language"?: AuthFlowElement["useBrowserLanguage"];
  /** What the pool takes as a username, as its `UsernameAttributes`: `email`, `phone_number`, or
`email phone_number` (one field for either). Sign-in, sign-up and reset then label, type and
check the field for it, and send the address or number as Cognito stores it. Empty: a username. */
  "username-attributes"?: AuthFlowElement["usernameAttributes"];
  /** The pool's password policy, shown as a checklist under a new password and checked before
sending: empty for Cognito's default (8 characters, lower and upper case, a number, a symbol),
the pool's `PasswordPolicy` as JSON, a compact `min=10 lower upper digit symbol`, or `none`. */
  "password-policy"?: AuthFlowElement["passwordPolicy"];
  /** The country a phone field's picker starts with (ISO 3166 alpha-2, `GB`); by default the region
of the page's language (`en-GB`), then of the browser's. */
  "default-country"?: AuthFlowElement["defaultCountry"];
  /** How sign-up (`signUp`) and the forced new password (`newPasswordRequired`) show attributes: per
step, a list of `{ name, label, hint, placeholder, type, options, autocomplete, required, order }`
for standard and `custom:` attributes (`type`: `text`, `email`, `tel`, `number`, `checkbox`,
`select` with `options`, `date`). A property, or JSON in the attribute. */
  "form-fields"?: AuthFlowElement["formFields"];
  /** `modal`: the flow in a native dialog, opened with `show()` or without script by a page button
(`commandfor="<this element's id>" command="--show"`), closed with Escape, `close()`, a button
with `command="--close"`, or a sign-in; focus then goes back to what opened it. */
  variant?: AuthFlowElement["variant"];
  /** The flow as a gate before your app: the element's own children (those without a `slot`) show
only while someone is signed in, in place of the flow; until then, and after a sign-out
(`el.controller.signOut()` from the app), the flow shows and they are hidden. */
  gate?: AuthFlowElement["gate"];
  /** `USER_AUTH`: the factor to start with, skipping the choice: `WEB_AUTHN`, `EMAIL_OTP`, `SMS_OTP`, `PASSWORD_SRP` or `PASSWORD`. */
  "preferred-challenge"?: AuthFlowElement["preferredChallenge"];
  /** `USER_AUTH`: after a sign-in without a passkey, offer to create one (`after-sign-in`, default) or not (`never`). */
  "passkey-prompt"?: AuthFlowElement["passkeyPrompt"];
  /** Remembers the last username on this device (`localStorage`), fills it in, and offers its passkeys in the autofill. */
  "remember-username"?: AuthFlowElement["rememberUsername"];
  /** Managed login's base URL (`https://<prefix>.auth.<region>.amazoncognito.com`, a custom domain, or a local one): turns on provider sign-in. */
  "oauth-domain"?: AuthFlowElement["oauthDomain"];
  /** Identity providers to offer, comma-separated, each `Name` or `Name:Label`: `Google, Facebook, SignInWithApple, LoginWithAmazon, OktaSAML:Your company`. */
  "identity-providers"?: AuthFlowElement["identityProviders"];
  /** Offers "Sign in with your company (SSO)": an email whose domain picks the provider (`idp_identifier`). */
  sso?: AuthFlowElement["sso"];
  /** Where the provider sends the person back (one of the app client's callback URLs). Default: this page, without its query. */
  "redirect-uri"?: AuthFlowElement["redirectUri"];
  /** OAuth scopes to ask for. */
  "oauth-scopes"?: AuthFlowElement["oauthScopes"];
  /** `redirect` (the whole page goes to the provider) or `popup` (falls back to a redirect when popups are blocked). */
  "oauth-mode"?: AuthFlowElement["oauthMode"];
  /** After signing out of a provider session, also end the managed-login session and come back here (one of the client's sign-out URLs). */
  "logout-uri"?: AuthFlowElement["logoutUri"];
  /** Milliseconds a challenge step's Cognito Session lives (the app client's `AuthSessionValidity`): the flow warns 30 s before. */
  "challenge-lifetime"?: AuthFlowElement["challengeLifetime"];
  /** The level of each step's heading in your page's outline, 1–6 (default 2: under your page's `h1`). */
  "heading-level"?: AuthFlowElement["headingLevel"];
  /** Where the provider buttons go: `top` (above the form, default) or `bottom`. */
  "providers-position"?: AuthFlowElement["providersPosition"];
  /** After sign-in with an email or phone number but none verified: offer a code to verify one (`prompt`, default; skippable) or not (`never`). */
  "verify-contact"?: AuthFlowElement["verifyContact"];
  /** Remembered devices (a pool with device tracking): `never` (default, no device tracking), `ask`
("Remember this device" on the MFA code steps; a remembered device may skip MFA next time), or
`always` (every device this flow signs in on is remembered, silently). */
  "remember-device"?: AuthFlowElement["rememberDevice"];
  /** Cognito user pool id, `<region>_<id>`; the region comes from it. */
  userPoolId?: AuthFlowElement["userPoolId"];
  /** Cognito app client id (a public client, without a secret). */
  clientId?: AuthFlowElement["clientId"];
  /** How sign-in starts: `USER_SRP_AUTH` (default), `USER_PASSWORD_AUTH`, `CUSTOM_WITH_SRP`,
`CUSTOM_WITHOUT_SRP`, or `USER_AUTH` (the username first, then a passkey, a one-time code or the password). */
  authFlowType?: AuthFlowElement["authFlowType"];
  /** The first screen: `signIn` (default), `signUp` or `resetPassword`. */
  initialStep?: AuthFlowElement["initialStep"];
  /** Cognito attributes the sign-up form asks for; `?` marks optional ones. */
  signUpAttributes?: AuthFlowElement["signUpAttributes"];
  /** Hides the way to create an account. */
  hideSignUp?: AuthFlowElement["hideSignUp"];
  /** "Forgot your password?" says when a username has no account (by default it does not, like sign-in). */
  revealUnknownUsers?: AuthFlowElement["revealUnknownUsers"];
  /** Milliseconds before a request Cognito has not answered is given up, with a message and the form kept. Default 15000. */
  requestTimeout?: AuthFlowElement["requestTimeout"];
  /** The issuer name authenticator apps show for this account (TOTP setup). Defaults to the host name. */
  totpIssuer?: AuthFlowElement["totpIssuer"];
  /** Your own prompts for custom challenges, by the challenge's `name` parameter (`*` for any). */
  challengePrompts?: AuthFlowElement["challengePrompts"];
  /** With no `lang` here, on an ancestor or on `<html>`: speak the first of the browser's languages the kit has (else English). */
  useBrowserLanguage?: AuthFlowElement["useBrowserLanguage"];
  /** Your own strings, by message key, over the locale's. */
  messages?: AuthFlowElement["messages"];
  /** The backend to use instead of the one the attributes build (another transport, identity-js). */
  backend?: AuthFlowElement["backend"];
  /** The controller driving the flow. Set your own to share one with other UI; by default the element builds it. */
  controller?: AuthFlowElement["controller"];
  /** What the pool takes as a username, as its `UsernameAttributes`: `email`, `phone_number`, or
`email phone_number` (one field for either). Sign-in, sign-up and reset then label, type and
check the field for it, and send the address or number as Cognito stores it. Empty: a username. */
  usernameAttributes?: AuthFlowElement["usernameAttributes"];
  /** The pool's password policy, shown as a checklist under a new password and checked before
sending: empty for Cognito's default (8 characters, lower and upper case, a number, a symbol),
the pool's `PasswordPolicy` as JSON, a compact `min=10 lower upper digit symbol`, or `none`. */
  passwordPolicy?: AuthFlowElement["passwordPolicy"];
  /** The country a phone field's picker starts with (ISO 3166 alpha-2, `GB`); by default the region
of the page's language (`en-GB`), then of the browser's. */
  defaultCountry?: AuthFlowElement["defaultCountry"];
  /** How sign-up (`signUp`) and the forced new password (`newPasswordRequired`) show attributes: per
step, a list of `{ name, label, hint, placeholder, type, options, autocomplete, required, order }`
for standard and `custom:` attributes (`type`: `text`, `email`, `tel`, `number`, `checkbox`,
`select` with `options`, `date`). A property, or JSON in the attribute. */
  formFields?: AuthFlowElement["formFields"];
  /** `USER_AUTH`: the factor to start with, skipping the choice: `WEB_AUTHN`, `EMAIL_OTP`, `SMS_OTP`, `PASSWORD_SRP` or `PASSWORD`. */
  preferredChallenge?: AuthFlowElement["preferredChallenge"];
  /** `USER_AUTH`: after a sign-in without a passkey, offer to create one (`after-sign-in`, default) or not (`never`). */
  passkeyPrompt?: AuthFlowElement["passkeyPrompt"];
  /** Remembers the last username on this device (`localStorage`), fills it in, and offers its passkeys in the autofill. */
  rememberUsername?: AuthFlowElement["rememberUsername"];
  /** Managed login's base URL (`https://<prefix>.auth.<region>.amazoncognito.com`, a custom domain, or a local one): turns on provider sign-in. */
  oauthDomain?: AuthFlowElement["oauthDomain"];
  /** Identity providers to offer, comma-separated, each `Name` or `Name:Label`: `Google, Facebook, SignInWithApple, LoginWithAmazon, OktaSAML:Your company`. */
  identityProviders?: AuthFlowElement["identityProviders"];
  /** Where the provider sends the person back (one of the app client's callback URLs). Default: this page, without its query. */
  redirectUri?: AuthFlowElement["redirectUri"];
  /** OAuth scopes to ask for. */
  oauthScopes?: AuthFlowElement["oauthScopes"];
  /** `redirect` (the whole page goes to the provider) or `popup` (falls back to a redirect when popups are blocked). */
  oauthMode?: AuthFlowElement["oauthMode"];
  /** After signing out of a provider session, also end the managed-login session and come back here (one of the client's sign-out URLs). */
  logoutUri?: AuthFlowElement["logoutUri"];
  /** Milliseconds a challenge step's Cognito Session lives (the app client's `AuthSessionValidity`): the flow warns 30 s before. */
  challengeLifetime?: AuthFlowElement["challengeLifetime"];
  /** The level of each step's heading in your page's outline, 1–6 (default 2: under your page's `h1`). */
  headingLevel?: AuthFlowElement["headingLevel"];
  /** Where the provider buttons go: `top` (above the form, default) or `bottom`. */
  providersPosition?: AuthFlowElement["providersPosition"];
  /** After sign-in with an email or phone number but none verified: offer a code to verify one (`prompt`, default; skippable) or not (`never`). */
  verifyContact?: AuthFlowElement["verifyContact"];
  /** Remembered devices (a pool with device tracking): `never` (default, no device tracking), `ask`
("Remember this device" on the MFA code steps; a remembered device may skip MFA next time), or
`always` (every device this flow signs in on is remembered, silently). */
  rememberDevice?: AuthFlowElement["rememberDevice"];
  /** The step changed; detail: `{ step, previousStep }`. */
  onAuthStepChange?: (e: CustomEvent<HTMLElementEventMap["auth-step-change"]["detail"]>) => void;
  /** A form is about to be sent (cancelable); detail: `{ step, intent, values, clientMetadata, waitUntil(promise) }`, without secrets. */
  onAuthSubmit?: (e: CustomEvent<HTMLElementEventMap["auth-submit"]["detail"]>) => void;
  /** A request started or ended; detail: `{ pending }`. */
  onAuthPendingChange?: (e: CustomEvent<HTMLElementEventMap["auth-pending-change"]["detail"]>) => void;
  /** Cognito sent a code; detail: `{ destination, medium, step }` (destination masked). */
  onAuthCodeSent?: (e: CustomEvent<HTMLElementEventMap["auth-code-sent"]["detail"]>) => void;
  /** Something failed; detail: `{ code, step, field?, retryable, name }`. */
  onAuthError?: (e: CustomEvent<HTMLElementEventMap["auth-error"]["detail"]>) => void;
  /** An account was created; detail: `{ username }`. */
  onAuthSignedUp?: (e: CustomEvent<HTMLElementEventMap["auth-signed-up"]["detail"]>) => void;
  /** Signed in; detail: `{ username, session }` (token claims and expiry, never the refresh token). */
  onAuthSignedIn?: (e: CustomEvent<HTMLElementEventMap["auth-signed-in"]["detail"]>) => void;
  /** Signed out; detail: `{ username }`. */
  onAuthSignedOut?: (e: CustomEvent<HTMLElementEventMap["auth-signed-out"]["detail"]>) => void;
  /** A password was reset; detail: `{ username }`. */
  onAuthPasswordReset?: (e: CustomEvent<HTMLElementEventMap["auth-password-reset"]["detail"]>) => void;
  /** Before focus moves to the first field of a new step (cancelable); detail: `{ step }`. */
  onAuthInitialFocus?: (e: CustomEvent<HTMLElementEventMap["auth-initial-focus"]["detail"]>) => void;
  /** The element built or was given another controller (subscribe to the new one); detail: `{ controller }`. */
  onAuthControllerChange?: (e: CustomEvent<HTMLElementEventMap["auth-controller-change"]["detail"]>) => void;
  /** `USER_AUTH`: how the person signs in (chosen, or preferred); detail: `{ factor, username }`. */
  onAuthFactorChosen?: (e: CustomEvent<HTMLElementEventMap["auth-factor-chosen"]["detail"]>) => void;
  /** A passkey was created after sign-in; detail: `{ username }` (never the credential). */
  onAuthPasskeyRegistered?: (e: CustomEvent<HTMLElementEventMap["auth-passkey-registered"]["detail"]>) => void;
  /** The passkey offer after sign-in was dismissed; detail: `{ username }`. */
  onAuthPasskeyDeclined?: (e: CustomEvent<HTMLElementEventMap["auth-passkey-declined"]["detail"]>) => void;
  /** The sign-in made this device a remembered one (`remember-device`); detail: `{ username }` (never the device's key or secret). */
  onAuthDeviceRemembered?: (e: CustomEvent<HTMLElementEventMap["auth-device-remembered"]["detail"]>) => void;
};

export type CustomElements = {
  /**
   * The signed-in person's own account page.
   * ---
   *
   *
   * ### **Events:**
   *  - **auth-account-change** - Something in the account changed; detail: `{ change, … }` (`password`, `profile` with attribute names, `contactVerified`, `mfa`, `totpEnabled`, `passkeyAdded`, `passkeyDeleted`, `deviceForgotten`), never a value that could be secret.
   * - **auth-account-deleted** - The account was deleted (and the person signed out); detail: `{ username }`.
   * - **auth-view-change** - Another view is on screen; detail: `{ view, previousView }`.
   * - **auth-error** - Something failed; detail: `{ code, step, field?, retryable, name }` (`step` is the view on screen).
   *
   * ### **Slots:**
   *  - **signed-out** - Shown while nobody is signed in (instead of a short "sign in first"), e.g. an `<auth-flow>`.
   * - **header** - Above every view.
   * - **footer** - Below every view.
   *
   * ### **CSS Parts:**
   *  - **frame** - The frame around the views.
   */
  "auth-account": DefineComponent<AuthAccountElementProps>;

  /**
   * The whole Cognito sign-up / sign-in flow in one tag.
   * ---
   *
   *
   * ### **Events:**
   *  - **auth-step-change** - The step changed; detail: `{ step, previousStep }`.
   * - **auth-submit** - A form is about to be sent (cancelable); detail: `{ step, intent, values, clientMetadata, waitUntil(promise) }`, without secrets.
   * - **auth-pending-change** - A request started or ended; detail: `{ pending }`.
   * - **auth-code-sent** - Cognito sent a code; detail: `{ destination, medium, step }` (destination masked).
   * - **auth-error** - Something failed; detail: `{ code, step, field?, retryable, name }`.
   * - **auth-signed-up** - An account was created; detail: `{ username }`.
   * - **auth-signed-in** - Signed in; detail: `{ username, session }` (token claims and expiry, never the refresh token).
   * - **auth-signed-out** - Signed out; detail: `{ username }`.
   * - **auth-password-reset** - A password was reset; detail: `{ username }`.
   * - **auth-initial-focus** - Before focus moves to the first field of a new step (cancelable); detail: `{ step }`.
   * - **auth-controller-change** - The element built or was given another controller (subscribe to the new one); detail: `{ controller }`.
   * - **auth-factor-chosen** - `USER_AUTH`: how the person signs in (chosen, or preferred); detail: `{ factor, username }`.
   * - **auth-passkey-registered** - A passkey was created after sign-in; detail: `{ username }` (never the credential).
   * - **auth-passkey-declined** - The passkey offer after sign-in was dismissed; detail: `{ username }`.
   * - **auth-device-remembered** - The sign-in made this device a remembered one (`remember-device`); detail: `{ username }` (never the device's key or secret).
   *
   * ### **Methods:**
   *  - **show(): _Promise<void>_** - `variant="modal"`: opens the flow's dialog, focus on the step's first field.
   * - **close(): _void_** - `variant="modal"`: closes the dialog; focus goes back where it was.
   *
   * ### **Slots:**
   *  - _default_ - The current step's element (managed by the flow). With `gate`: your app, shown only while someone is signed in (the flow's step elements then carry `slot="step"`).
   * - **brand** - At the top of the frame, centred, at most `--auth-flow-brand-height` high: your logo (`<img slot="brand" alt="…">`).
   * - **header** - Above every step (a title, a notice).
   * - **footer** - Below every step (links, legal text).
   * - **sign-in** - Replaces the sign-in step with your own markup; likewise `sign-up`, `confirm-sign-up` and every step name in kebab case. Your `<form>` needs fields named like the kit's (`username`, `password`, `code`…).
   * - **sign-in-header** - Above the `sign-in` step only (below `header`).
   * - **sign-in-footer** - Below the `sign-in` step only (above `footer`).
   * - **sign-up-header** - Above the `sign-up` step only (below `header`).
   * - **sign-up-footer** - Below the `sign-up` step only (above `footer`).
   * - **confirm-sign-up-header** - Above the `confirm-sign-up` step only (below `header`).
   * - **confirm-sign-up-footer** - Below the `confirm-sign-up` step only (above `footer`).
   * - **confirm-sign-in-with-sms-code-header** - Above the `confirm-sign-in-with-sms-code` step only (below `header`).
   * - **confirm-sign-in-with-sms-code-footer** - Below the `confirm-sign-in-with-sms-code` step only (above `footer`).
   * - **confirm-sign-in-with-totp-code-header** - Above the `confirm-sign-in-with-totp-code` step only (below `header`).
   * - **confirm-sign-in-with-totp-code-footer** - Below the `confirm-sign-in-with-totp-code` step only (above `footer`).
   * - **confirm-sign-in-with-email-code-header** - Above the `confirm-sign-in-with-email-code` step only (below `header`).
   * - **confirm-sign-in-with-email-code-footer** - Below the `confirm-sign-in-with-email-code` step only (above `footer`).
   * - **select-mfa-type-header** - Above the `select-mfa-type` step only (below `header`).
   * - **select-mfa-type-footer** - Below the `select-mfa-type` step only (above `footer`).
   * - **select-mfa-setup-type-header** - Above the `select-mfa-setup-type` step only (below `header`).
   * - **select-mfa-setup-type-footer** - Below the `select-mfa-setup-type` step only (above `footer`).
   * - **set-up-email-header** - Above the `set-up-email` step only (below `header`).
   * - **set-up-email-footer** - Below the `set-up-email` step only (above `footer`).
   * - **set-up-totp-header** - Above the `set-up-totp` step only (below `header`).
   * - **set-up-totp-footer** - Below the `set-up-totp` step only (above `footer`).
   * - **new-password-required-header** - Above the `new-password-required` step only (below `header`).
   * - **new-password-required-footer** - Below the `new-password-required` step only (above `footer`).
   * - **custom-challenge-header** - Above the `custom-challenge` step only (below `header`).
   * - **custom-challenge-footer** - Below the `custom-challenge` step only (above `footer`).
   * - **reset-password-header** - Above the `reset-password` step only (below `header`).
   * - **reset-password-footer** - Below the `reset-password` step only (above `footer`).
   * - **confirm-reset-password-header** - Above the `confirm-reset-password` step only (below `header`).
   * - **confirm-reset-password-footer** - Below the `confirm-reset-password` step only (above `footer`).
   * - **signed-in-header** - Above the `signed-in` step only (below `header`).
   * - **signed-in-footer** - Below the `signed-in` step only (above `footer`).
   * - **select-first-factor-header** - Above the `select-first-factor` step only (below `header`).
   * - **select-first-factor-footer** - Below the `select-first-factor` step only (above `footer`).
   * - **confirm-sign-in-with-password-header** - Above the `confirm-sign-in-with-password` step only (below `header`).
   * - **confirm-sign-in-with-password-footer** - Below the `confirm-sign-in-with-password` step only (above `footer`).
   * - **confirm-sign-in-with-passkey-header** - Above the `confirm-sign-in-with-passkey` step only (below `header`).
   * - **confirm-sign-in-with-passkey-footer** - Below the `confirm-sign-in-with-passkey` step only (above `footer`).
   * - **offer-passkey-header** - Above the `offer-passkey` step only (below `header`).
   * - **offer-passkey-footer** - Below the `offer-passkey` step only (above `footer`).
   *
   * ### **CSS Properties:**
   *  - **--auth-flow-color-accent** - Links, focus rings and the main button. _(default: #0b5cad)_
   * - **--auth-flow-color-on-accent** - Text on the main button. _(default: #ffffff)_
   * - **--auth-flow-color-text** - Body text. _(default: #1b1f24)_
   * - **--auth-flow-color-muted** - Hints and secondary text. _(default: #57606a)_
   * - **--auth-flow-color-surface** - Background of the frame and the fields. _(default: #ffffff)_
   * - **--auth-flow-color-border** - Field borders. _(default: #8c959f)_
   * - **--auth-flow-color-danger** - Errors. _(default: #b42318)_
   * - **--auth-flow-color-success** - Notices such as "account confirmed". _(default: #1a7f37)_
   * - **--auth-flow-radius** - Corner radius of fields and buttons. _(default: 6px)_
   * - **--auth-flow-space** - The base spacing unit. _(default: 1rem)_
   * - **--auth-flow-font** - Font family. _(default: system-ui)_
   * - **--auth-flow-max-width** - The flow's maximum width. _(default: 24rem)_
   * - **--auth-flow-field-border** - Border of fields and choice groups. _(default: 1px solid var(--auth-flow-color-border))_
   * - **--auth-flow-field-background** - Background of fields. _(default: var(--auth-flow-color-surface))_
   * - **--auth-flow-button-background** - Background of the main button. _(default: var(--auth-flow-color-accent))_
   * - **--auth-flow-button-color** - Text of the main button. _(default: var(--auth-flow-color-on-accent))_
   * - **--auth-flow-focus-ring** - Focus outline. _(default: 2px solid var(--auth-flow-color-accent))_
   * - **--auth-flow-error-color** - Error text and invalid borders. _(default: var(--auth-flow-color-danger))_
   * - **--auth-flow-card-background** - Background of the card (and of the modal). _(default: var(--auth-flow-color-surface))_
   * - **--auth-flow-card-border** - Border of the card; `0` for none. _(default: 1px solid color-mix(in srgb, var(--auth-flow-color-border) 50%, #0000))_
   * - **--auth-flow-card-radius** - Corner radius of the card. _(default: calc(var(--auth-flow-radius) * 2))_
   * - **--auth-flow-card-shadow** - Shadow of the card; `none` for none. _(default: 0 2px 12px #0002)_
   * - **--auth-flow-card-padding** - Space inside the card. _(default: calc(var(--auth-flow-space) * 1.5))_
   * - **--auth-flow-brand-height** - The tallest the `brand` slot's logo is drawn. _(default: 3rem)_
   *
   * ### **CSS Parts:**
   *  - **frame** - The box around everything: a card unless `appearance="plain"`.
   * - **app** - With `gate`, once signed in: the box around your app (in place of the frame).
   * - **body** - Holds the current step.
   * - **status** - The visually hidden live region announcing step changes.
   * - **warning** - "This step ends in 30 seconds", shown half a minute before a challenge step's Session ends.
   * - **dialog** - With `variant="modal"`: the native `<dialog>` around the frame (style its `::backdrop` through it).
   */
  "auth-flow": DefineComponent<AuthFlowElementProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
