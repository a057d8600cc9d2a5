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
   * and the USER_AUTH and passkey ones listed in README.md, lists comma-separated) and
   * CUSTOM_AUTH_TRIGGERS (a trigger module's path).
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
  outboxUrl: string;
  /** `${endpoint}/_local`: users (and their passkeys), totp, settings, faults, outbox, config (README.md). */
  controlUrl: string;
  stateDir: string;
  users: SeededUser[];
  /** Stops both processes (and removes a temp state dir). */
  stop(): Promise<void>;
}

export interface Seed {
  userPoolId: string;
  clientId: string;
  userAuthClientId: string;
  region: string;
  users: SeededUser[];
}

export declare const seed: Seed;

export declare function launchLocalCognito(options?: LaunchOptions): Promise<LocalCognito>;
