/** Types for launch.mjs (plain JS so scripts can import it without a TypeScript loader). */

export interface SeededUser {
  username: string;
  password: string;
  /** What signing in as this user demonstrates. */
  shows: string;
  /**
   * The flow to sign in with, when not the default (custom-challenge: CUSTOM_WITH_SRP; the
   * passkey and code users: USER_AUTH, through the `userAuthClientId` client).
   */
  authFlowType?: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_WITH_SRP' | 'CUSTOM_WITHOUT_SRP' | 'USER_AUTH';
  /** The proxy-side setup (MFA, flags, passkeys), as in a POST /_local/users body. */
  profile?: Pick<
    LocalUserSpec,
    'mfa' | 'mfaRequired' | 'mfaCanSetUp' | 'customAuth' | 'resetRequired' | 'requiredAttributes' | 'passwordless' | 'webAuthnMfa' | 'webAuthnCredentials'
  >;
}

/** A person a stand-in identity provider can sign in (docs/cognito.md §8.5). */
export interface LocalTestIdentity {
  /** The provider's user id (`sub`; the NameID for SAML): the linked user is `<ProviderName>_<userId>`. */
  userId: string;
  /** What the provider's page shows, e.g. "Ada Lovelace" (the button reads "Ada Lovelace (Google)"). */
  label: string;
  email?: string;
  /** Mapped to `email_verified` (default false, as Cognito maps an unmapped one). */
  emailVerified?: boolean;
  name?: string;
  givenName?: string;
  familyName?: string;
}

/** A stand-in identity provider of the local managed login. */
export interface LocalIdentityProvider {
  /** The name for `identity_provider` and `SupportedIdentityProviders`: Google, Facebook, SignInWithApple, LoginWithAmazon, AcmeOIDC, OktaSAML. */
  name: string;
  type: 'Google' | 'Facebook' | 'SignInWithApple' | 'LoginWithAmazon' | 'OIDC' | 'SAML';
  /** For buttons: Google, Facebook, Apple, Amazon, "Acme OIDC", "Okta SAML". */
  label: string;
  /** The `issuer` of the `identities` claim (null for social providers). */
  issuer: string | null;
  /** `idp_identifier` values that choose this provider, e.g. ["example.com"] for OktaSAML. */
  identifiers: string[];
  /** The `error` the app gets when the person cancels at this provider (the provider's own code, relayed). */
  cancelError: string;
  identities: LocalTestIdentity[];
}

/** The managed-login fields of one app client (the `oauthClients` setting). */
export interface LocalOAuthClient {
  AllowedOAuthFlowsUserPoolClient: boolean;
  AllowedOAuthFlows: ('code' | 'implicit' | 'client_credentials')[];
  AllowedOAuthScopes: string[];
  /** Exact URLs, or patterns: `:*` any port, `*.` any subdomain, a path ending in `*` (default http://localhost:*\/* and http://127.0.0.1:*\/*). */
  CallbackURLs: string[];
  LogoutURLs: string[];
  /** `COGNITO` and provider names. */
  SupportedIdentityProviders: string[];
}

/** `GET {controlUrl}/federated-users`: users made by a first federated sign-in. */
export interface LocalFederatedUser {
  /** `<ProviderName>_<userId>` (or lower-cased, by `federatedUsernameCase`). */
  username: string;
  sub?: string;
  identities: { userId: string; providerName: string; providerType: string; issuer: string | null; primary: string; dateCreated: string }[];
  /** Every other attribute (email, email_verified, name, …). */
  attributes: Record<string, string>;
  enabled: boolean;
}

/** A passkey given to the local Cognito directly (its private half stays with the test). */
export interface LocalPasskeySpec {
  /** base64url. */
  credentialId: string;
  /** base64url COSE_Key, ES256 (-7) or RS256 (-257). */
  publicKey: string;
  /** Default 0. */
  signCount?: number;
  /** Default []. */
  transports?: string[];
  /** Default generated from `createdAt`. */
  friendlyName?: string;
  /** Default the `webAuthnRelyingPartyId` setting. */
  relyingPartyId?: string;
  attachment?: 'platform' | 'cross-platform';
  /** Epoch milliseconds; default now. */
  createdAt?: number;
}

/** `GET {controlUrl}/users/NAME/webauthn-credentials`: what the local Cognito stores per passkey. */
export interface LocalPasskey extends Required<Omit<LocalPasskeySpec, 'attachment'>> {
  attachment?: 'platform' | 'cross-platform';
  aaguid?: string;
  /** Epoch milliseconds of the last verified assertion. */
  lastUsedAt?: number;
}

/**
 * A seeded pool whose usernames are email addresses and/or phone numbers (docs/cognito.md §8.7):
 * SignUp takes the address or number as `Username`, the user's username becomes a UUID (= `sub`),
 * and every call accepts the address or number; emails match in any case (`CaseSensitive: false`).
 */
export interface LocalUsernamePool {
  userPoolId: string;
  /** Its public app client: SRP, password and refresh flows, no secret. */
  clientId: string;
  /** The pool's `UsernameAttributes`. */
  usernameAttributes: ('email' | 'phone_number')[];
}

/** The seeded pools by what their usernames are, named as `<auth-flow username-attributes>` reads them. */
export interface LocalUsernamePools {
  /** `UsernameAttributes: ["email"]`. */
  email: LocalUsernamePool;
  /** `UsernameAttributes: ["phone_number"]`. */
  phone: LocalUsernamePool;
  /** `UsernameAttributes: ["email", "phone_number"]`: either signs up and in. */
  emailOrPhone: LocalUsernamePool;
}

/** `POST {controlUrl}/users` → 201 `{ username }`. */
export interface LocalUserSpec {
  username: string;
  /** Must meet the pool's password policy; the temporary password for FORCE_CHANGE_PASSWORD. Optional with `passwordless`. */
  password?: string;
  /** Verified unless `status` is UNCONFIRMED (override with `attributes.email_verified`). */
  email?: string;
  /** E.164, e.g. +15555550123; verified like `email`. */
  phone_number?: string;
  /** Any other attributes, e.g. `{ name: 'Ada' }`. */
  attributes?: Record<string, string>;
  /** Default CONFIRMED. UNCONFIRMED goes through SignUp, so a confirmation code is in the outbox. */
  status?: 'CONFIRMED' | 'UNCONFIRMED' | 'FORCE_CHANGE_PASSWORD';
  /** MFA methods the user has: SMS needs `phone_number`, EMAIL needs `email`. */
  mfa?: { sms?: boolean; email?: boolean; totpSecret?: string; preferred?: 'SMS' | 'TOTP' | 'EMAIL' };
  /** MFA_SETUP at sign-in while the user has no method (the pool-wide switch is the `mfaConfiguration` setting). */
  mfaRequired?: boolean;
  /** What MFA_SETUP offers; default both. */
  mfaCanSetUp?: ('TOTP' | 'EMAIL')[];
  /** Informational only: the custom-auth triggers run for every user, as in Cognito. */
  customAuth?: boolean;
  /** As after AdminResetUserPassword: sign-in answers PasswordResetRequiredException until a reset. */
  resetRequired?: boolean;
  /** Attributes the pool requires that the user lacks: asked for by NEW_PASSWORD_REQUIRED. */
  requiredAttributes?: string[];
  /** The user has no password (as after a SignUp without one): USER_AUTH offers no PASSWORD / PASSWORD_SRP, password flows fail. */
  passwordless?: boolean;
  /** WebAuthnMfaSettings.Enabled: with `webAuthnFactorConfiguration` MULTI_FACTOR_WITH_USER_VERIFICATION a verified passkey is the user's MFA. */
  webAuthnMfa?: boolean;
  /** Passkeys the user has registered. */
  webAuthnCredentials?: LocalPasskeySpec[];
}

/** `PATCH {controlUrl}/users/NAME` → 200 `{ username, profile }`: each field given replaces the user's. */
export type LocalUserChange = Partial<Pick<LocalUserSpec, 'mfa' | 'mfaRequired' | 'mfaCanSetUp' | 'customAuth' | 'resetRequired' | 'requiredAttributes' | 'passwordless' | 'webAuthnMfa'>>;

export type FirstAuthFactor = 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';
export type FirstFactorChallenge = 'PASSWORD_SRP' | 'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

/** `GET/PUT/DELETE {controlUrl}/settings`; PUT takes any subset, DELETE restores the start values. */
export interface LocalSettings {
  /** Overrides the app client's AuthSessionValidity (3 min); null = the client's. */
  authSessionTtlSeconds: number | null;
  /** SMS_MFA / EMAIL_OTP codes (default 180). */
  mfaCodeTtlSeconds: number;
  /** Sign-up and resent codes (default 86400). */
  signUpCodeTtlSeconds: number;
  /** ForgotPassword / AdminResetUserPassword codes (default 3600). */
  resetCodeTtlSeconds: number;
  /** Consecutive wrong passwords before "Password attempts exceeded" (default 5). */
  lockoutAttempts: number;
  /** Lockout length after the latest wrong password (default 60). */
  lockoutSeconds: number;
  /** The pool's MFA as the proxy enforces it (default OPTIONAL; ON = MFA_SETUP for everyone without MFA). */
  mfaConfiguration: 'OFF' | 'OPTIONAL' | 'ON';
  /** Refresh tokens kept per user; at each sign-in expired ones and the oldest beyond this are dropped (default 20). */
  maxRefreshTokensPerUser: number;
  /** Per app client id, Cognito's RefreshTokenRotation client setting (default `{}`: DISABLED for every client). */
  refreshTokenRotation: Record<string, { Feature: 'ENABLED' | 'DISABLED'; RetryGracePeriodSeconds: number }>;

  // USER_AUTH (choice-based sign-in) and signing in after sign-up: docs/cognito.md §8.4.
  /** The pool's SignInPolicy.AllowedFirstAuthFactors (default all four). */
  allowedFirstAuthFactors: FirstAuthFactor[];
  /** Users facing MFA are offered only password factors (and WEB_AUTHN with passkey MFA) (default true). */
  passwordlessHiddenWithMfa: boolean;
  /** MFA also follows an OTP or passkey first factor (default false: tokens). */
  mfaAfterPasswordless: boolean;
  /** EMAIL_OTP / SMS_OTP first-factor code lifetime (default 180). */
  firstFactorCodeTtlSeconds: number;
  /** Digits of a first-factor code (default 8). */
  firstFactorCodeLength: number;
  /** Wrong codes a Session takes (MFA and first-factor codes) before it ends with NotAuthorizedException; 0 = no limit (default). */
  wrongCodeAttempts: number;
  /** A new OTP sign-in ends the user's earlier OTP Sessions (default true). */
  otpResendSupersedes: boolean;
  /** An unverified email / phone: VERIFY (offered, verified by a right code; default), OFFER, or HIDE. */
  unverifiedContactOtp: 'VERIFY' | 'OFFER' | 'HIDE';
  /** Sessions of these challenges also take a SELECT_CHALLENGE answer (default ['WEB_AUTHN']). */
  factorSwitchChallenges: FirstFactorChallenge[];
  /** PASSWORD / PASSWORD_SRP picked without PASSWORD / SRP_A: PASSWORD_CHALLENGE (default), SELECT_CHALLENGE or ERROR. */
  passwordPreferenceWithoutPassword: 'PASSWORD_CHALLENGE' | 'SELECT_CHALLENGE' | 'ERROR';
  /** SELECT_CHALLENGE carries CREDENTIAL_REQUEST_OPTIONS when WEB_AUTHN is offered (default false). */
  selectChallengeCredentialOptions: boolean;
  /** SignUp / ConfirmSignUp Session lifetime; null = the client's AuthSessionValidity (default). */
  signUpSessionTtlSeconds: number | null;
  /** ConfirmSignUp returns its Session only when sent SignUp's (default false). */
  confirmSignUpRequiresSession: boolean;
  /** ConfirmForgotPassword also returns a sign-in Session (default false, as Cognito). */
  confirmForgotPasswordSession: boolean;

  // Passkeys (WebAuthn).
  /** Relying-party id, a host name (default localhost). */
  webAuthnRelyingPartyId: string;
  /** Allowed origins (`:*` any port, `*.` any subdomain); null = http://localhost:* and https://<RP ID> (default). */
  webAuthnAllowedOrigins: string[] | null;
  /** WebAuthnConfiguration.UserVerification (default preferred). */
  webAuthnUserVerification: 'preferred' | 'required';
  /** WebAuthnConfiguration.FactorConfiguration (default SINGLE_FACTOR). */
  webAuthnFactorConfiguration: 'SINGLE_FACTOR' | 'MULTI_FACTOR_WITH_USER_VERIFICATION';
  /** How long a StartWebAuthnRegistration challenge may be completed (default 120). */
  webAuthnChallengeTtlSeconds: number;
  /** The exception a WEB_AUTHN answer that does not verify gets (default NotAuthorizedException). */
  webAuthnAssertionError: string;
  /** Passkeys per user (default 20). */
  maxWebAuthnCredentialsPerUser: number;

  // Managed login (hosted OAuth 2.0): docs/cognito.md §8.5.
  /** Per app client id; a PUT merges per client and field, `null` restores a client's start value. Both seeded clients start OAuth-enabled. */
  oauthClients: Record<string, LocalOAuthClient>;
  /** Authorization-code lifetime (default 300). */
  oauthCodeTtlSeconds: number;
  /** A failed code exchange (wrong verifier, other redirect_uri, …) spends the code (default true). */
  oauthCodeSpentOnFailedExchange: boolean;
  /** Scopes the client may not have: IGNORE (left out, default) or ERROR (`error=invalid_scope`). */
  oauthDisallowedScopes: 'IGNORE' | 'ERROR';
  /** The managed-login session cookie's lifetime (default 3600; 0 = none). */
  managedLoginSessionSeconds: number;
  /** The `error` sent to the app when a person cancels at a provider; null = the provider's own (default). */
  idpCancelError: string | null;
  /** Linked users' usernames: PROVIDER_NAME (`Google_1234…`, default) or LOWERCASE (`google_1234…`). */
  federatedUsernameCase: 'PROVIDER_NAME' | 'LOWERCASE';
  /** CORS on /oauth2/userInfo and /oauth2/revoke (default true; /oauth2/token always allows any origin). */
  oauthUserInfoRevokeCors: boolean;

  // Remembered devices and the signed-in account: docs/cognito.md §8.6.
  /**
   * The pool's DeviceConfiguration; null = device tracking off (default). Any object turns it on
   * (a missing field is false): sign-ins without DEVICE_KEY get NewDeviceMetadata, ConfirmDevice and
   * the other device operations work, and a known DEVICE_KEY signs in through DEVICE_SRP_AUTH.
   */
  deviceConfiguration: { ChallengeRequiredOnNewDevice?: boolean; DeviceOnlyRememberedOnUserPrompt?: boolean } | null;
  /**
   * The pool's UserAttributeUpdateSettings.AttributesRequireVerificationBeforeUpdate: a new value
   * of these waits (the old one stays live for sign-in, GetUser and the ID token) until
   * VerifyUserAttribute. Default [] (a new value replaces the old one at once, unverified).
   */
  attributesRequireVerificationBeforeUpdate: ('email' | 'phone_number')[];
  /** Attribute-verification codes (default 86400). */
  attributeCodeTtlSeconds: number;
  /** Wrong previous passwords in a row before ChangePassword answers LimitExceededException, for `lockoutSeconds` (default 5). */
  changePasswordAttempts: number;
  /**
   * Seconds from issue to expiry of every access token issued from now on (sign-in and refresh;
   * `ExpiresIn` says the same), 1–86400, default 3600. Lower it to let a test see an access token
   * expire and the refresh token bring a new one.
   */
  accessTokenValiditySeconds: number;
  /** The same for ID tokens (default 3600). */
  idTokenValiditySeconds: number;
}

/** `POST {controlUrl}/faults` → 201 with the fault and its `id`; `DELETE {controlUrl}/faults` clears all. */
export interface LocalFault {
  /** An operation name (`InitiateAuth`, `RespondToAuthChallenge`, …) or `*`. */
  operation: string;
  /** error: HTTP 400 with `error` as `__type`; network: socket destroyed; hang: no answer until cleared or aborted. */
  mode: 'error' | 'hang' | 'network';
  /** Default TooManyRequestsException. */
  error?: string;
  message?: string;
  /** HTTP status for `error` (default 400; 500 for InternalErrorException). */
  status?: number;
  /** Only requests naming this user. */
  username?: string;
  /** How many matching requests it hits (default 1; 0 = until cleared). */
  times?: number;
}

export interface LaunchOptions {
  /** Proxy port; 0 picks a free one. */
  port?: number;
  /** cognito-local port; 0 picks a free one. */
  upstreamPort?: number;
  /** Where cognito-local's db and the proxy state live; default a temp dir removed on stop(). */
  stateDir?: string;
  /** No outbox lines or child stderr on the console. */
  quiet?: boolean;
  /** Every generated code is this value (default: env CODE). */
  code?: string;
  /** Keep an existing db in `stateDir` instead of reseeding it (the CLI's persistent demo state). */
  keepState?: boolean;
  /**
   * Extra environment for the proxy: the start values of the settings (AUTH_SESSION_TTL_SECONDS,
   * MFA_CODE_TTL_SECONDS, SIGN_UP_CODE_TTL_SECONDS, RESET_CODE_TTL_SECONDS, LOCKOUT_ATTEMPTS,
   * LOCKOUT_SECONDS, MFA_CONFIGURATION, MAX_REFRESH_TOKENS_PER_USER, REFRESH_TOKEN_ROTATION as JSON,
   * and the USER_AUTH, passkey, managed-login and account ones listed in README.md, lists
   * comma-separated; OAUTH_CLIENTS and DEVICE_CONFIGURATION as JSON) and CUSTOM_AUTH_TRIGGERS (a
   * trigger module's path).
   */
  env?: Record<string, string>;
}

export interface LocalCognito {
  /** The proxy: what clients talk to. */
  endpoint: string;
  /** cognito-local itself (no SRP, no resend, …); for debugging. */
  upstreamEndpoint: string;
  userPoolId: string;
  /** The seeded app client without ALLOW_USER_AUTH (SRP, password, custom and refresh flows). */
  clientId: string;
  /** The seeded app client with ALLOW_USER_AUTH (choice-based sign-in, passkeys, SignUp Sessions). */
  userAuthClientId: string;
  region: string;
  /** More seeded pools, whose usernames are email addresses and/or phone numbers (empty at start). */
  usernamePools: LocalUsernamePools;
  /** Every code "sent"; `?username=NAME` and/or `?destination=ADDRESS_OR_NUMBER` narrow it. */
  outboxUrl: string;
  /** `${endpoint}/_local`: users (and their passkeys), totp, settings, faults, outbox, config, identity providers, federated users (README.md). */
  controlUrl: string;
  /**
   * The managed-login domain (the proxy itself): `/oauth2/authorize`, `/oauth2/token`,
   * `/oauth2/userInfo`, `/oauth2/revoke`, `/logout`, `/login` (docs/cognito.md §8.5).
   */
  oauthDomain: string;
  stateDir: string;
  users: SeededUser[];
  /** The stand-in identity providers and their test identities. */
  identityProviders: LocalIdentityProvider[];
  /** Stops both processes (and removes a temp state dir). */
  stop(): Promise<void>;
}

export interface Seed {
  userPoolId: string;
  clientId: string;
  userAuthClientId: string;
  region: string;
  usernamePools: LocalUsernamePools;
  users: SeededUser[];
  identityProviders: LocalIdentityProvider[];
}

/** `GET {controlUrl}/config`: the seeded pools, clients, users and providers, and the managed-login domain. */
export interface LocalConfig extends Seed {
  oauthDomain: string;
}

export declare const seed: Seed;

export declare function launchLocalCognito(options?: LaunchOptions): Promise<LocalCognito>;
