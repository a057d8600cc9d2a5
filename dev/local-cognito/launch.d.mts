/** Types for launch.mjs (plain JS so scripts can import it without a TypeScript loader). */

export interface SeededUser {
  username: string;
  password: string;
  /** What signing in as this user demonstrates. */
  shows: string;
  /** The kit's flow to sign in with, when not the default (custom-challenge: CUSTOM_WITH_SRP). */
  authFlowType?: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_WITH_SRP' | 'CUSTOM_WITHOUT_SRP';
  /** The proxy-side setup (MFA, flags), as in a POST /_local/users body. */
  profile?: Pick<LocalUserSpec, 'mfa' | 'mfaRequired' | 'mfaCanSetUp' | 'customAuth' | 'resetRequired' | 'requiredAttributes'>;
}

/** `POST {controlUrl}/users` → 201 `{ username }`. */
export interface LocalUserSpec {
  username: string;
  /** Must meet the pool's password policy; the temporary password for FORCE_CHANGE_PASSWORD. */
  password: string;
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
}

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
   * LOCKOUT_SECONDS, MFA_CONFIGURATION, MAX_REFRESH_TOKENS_PER_USER, REFRESH_TOKEN_ROTATION as JSON) and CUSTOM_AUTH_TRIGGERS (a trigger module's path).
   */
  env?: Record<string, string>;
}

export interface LocalCognito {
  /** The proxy: what clients talk to. */
  endpoint: string;
  /** cognito-local itself (no SRP, no resend, …); for debugging. */
  upstreamEndpoint: string;
  userPoolId: string;
  clientId: string;
  region: string;
  outboxUrl: string;
  /** `${endpoint}/_local`: users, totp, settings, faults, outbox, config (README.md). */
  controlUrl: string;
  stateDir: string;
  users: SeededUser[];
  /** Stops both processes (and removes a temp state dir). */
  stop(): Promise<void>;
}

export interface Seed {
  userPoolId: string;
  clientId: string;
  region: string;
  users: SeededUser[];
}

export declare const seed: Seed;

export declare function launchLocalCognito(options?: LaunchOptions): Promise<LocalCognito>;
