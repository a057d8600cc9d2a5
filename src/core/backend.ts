/**
 * The port the controller drives. Backends in src/cognito implement it; the controller never
 * sees a Cognito `Session` string, a refresh token or an AWS type.
 *
 * Every method rejects with an `AuthError` (core/errors.ts) carrying Cognito's exception name,
 * or a kit name for failures Cognito does not name (network, abort, unknown challenge).
 */

/** How Cognito starts a sign-in (`InitiateAuth` `AuthFlow`, Amplify names for the custom ones). */
export type AuthFlowType = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_WITH_SRP' | 'CUSTOM_WITHOUT_SRP';

export const AUTH_FLOW_TYPES: readonly AuthFlowType[] = [
  'USER_SRP_AUTH',
  'USER_PASSWORD_AUTH',
  'CUSTOM_WITH_SRP',
  'CUSTOM_WITHOUT_SRP',
];

/** Where a code went. `destination` is masked by Cognito (the local Cognito masks it too). */
export interface CodeDelivery {
  destination: string;
  medium: 'EMAIL' | 'SMS' | 'UNKNOWN';
  attributeName?: string;
}

/** What a signed-in person's page may see: claims and expiry, never the refresh token. */
export interface AuthSession {
  username: string;
  /** Decoded ID-token claims (`sub`, `email`, `cognito:username`, …). */
  idTokenClaims: Readonly<Record<string, unknown>>;
  /** Decoded access-token claims (`scope`, `client_id`, …). */
  accessTokenClaims: Readonly<Record<string, unknown>>;
  /** Epoch milliseconds when the access token expires. */
  expiresAt: number;
}

/**
 * An opaque token for "the sign-in in progress". It holds the Cognito Session (and the canonical
 * username) out of reach of the controller, events and elements.
 */
declare const challengeHandleBrand: unique symbol;
export interface ChallengeHandle {
  readonly [challengeHandleBrand]: true;
}

/** A challenge the person must answer, or the end of the sign-in. */
export type SignInResult =
  | {
      kind: 'challenge';
      /** Cognito's `ChallengeName` (never `PASSWORD_VERIFIER`: backends answer that themselves). */
      name: string;
      /** Cognito's `ChallengeParameters`, as strings, with no secret in them. */
      parameters: Readonly<Record<string, string>>;
      handle: ChallengeHandle;
    }
  | { kind: 'done'; session: AuthSession };

export interface SignUpResult {
  /** True when the pool confirmed the user on its own (no code needed). */
  userConfirmed: boolean;
  userSub?: string;
  codeDelivery?: CodeDelivery;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Passed to Cognito's `ClientMetadata` (Lambda triggers read it). */
  clientMetadata?: Record<string, string>;
}

export interface SignInInput {
  username: string;
  /** Absent only for `CUSTOM_WITHOUT_SRP`. */
  password?: string;
  authFlowType?: AuthFlowType;
}

export interface SignUpInput {
  username: string;
  password: string;
  /** Cognito attribute names → values, e.g. `{ email: 'a@b.c', phone_number: '+15551234567' }`. */
  attributes: Record<string, string>;
}

export interface AuthBackend {
  signUp(input: SignUpInput, options?: CallOptions): Promise<SignUpResult>;
  confirmSignUp(input: { username: string; code: string }, options?: CallOptions): Promise<void>;
  resendSignUpCode(input: { username: string }, options?: CallOptions): Promise<CodeDelivery>;

  signIn(input: SignInInput, options?: CallOptions): Promise<SignInResult>;
  /**
   * Answers the challenge behind `handle` with Cognito `ChallengeResponses` minus `USERNAME` and
   * `SECRET_HASH`, which the backend adds (it knows the canonical username).
   */
  respondToChallenge(
    handle: ChallengeHandle,
    responses: Record<string, string>,
    options?: CallOptions,
  ): Promise<SignInResult>;

  /**
   * Gets a new SMS or email code for the challenge behind `handle`. Cognito has no resend for MFA
   * codes, so backends start the same sign-in again (they hold what that needs for the few minutes
   * the challenge lives, in memory only).
   */
  resendChallengeCode(handle: ChallengeHandle, options?: CallOptions): Promise<SignInResult>;

  /** MFA_SETUP with an authenticator app: the secret to show (`AssociateSoftwareToken` by Session). */
  associateTotp(handle: ChallengeHandle, options?: CallOptions): Promise<{ secretCode: string }>;
  /** Checks the first authenticator-app code, then finishes MFA_SETUP (`VerifySoftwareToken`). */
  verifyTotpSetup(
    handle: ChallengeHandle,
    input: { code: string; deviceName?: string },
    options?: CallOptions,
  ): Promise<SignInResult>;

  forgotPassword(input: { username: string }, options?: CallOptions): Promise<CodeDelivery>;
  confirmForgotPassword(
    input: { username: string; code: string; password: string },
    options?: CallOptions,
  ): Promise<void>;

  /** The current session, refreshed first when it is about to expire; null when signed out. */
  currentSession(options?: CallOptions): Promise<AuthSession | null>;
  /** Gets new tokens with the refresh token the backend keeps. */
  refreshSession(options?: CallOptions): Promise<AuthSession>;
  /** `global` revokes every token of the user everywhere (GlobalSignOut); otherwise RevokeToken. */
  signOut(input?: { global?: boolean }, options?: CallOptions): Promise<void>;
}
