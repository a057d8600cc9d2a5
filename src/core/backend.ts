/**
 * The port the controller drives. Backends in src/cognito implement it. The port speaks types, not
 * Cognito's wire keys: a sign-in step comes back as a typed `Challenge`, an answer goes in as a
 * typed `ChallengeAnswer`, and the backend encodes both (docs/architecture.md §4). The
 * controller never sees a Cognito `Session` string, a refresh token or an AWS type.
 *
 * Every method rejects with an `AuthError` (core/errors.ts) carrying Cognito's exception name,
 * or a kit name for failures Cognito does not name (network, abort, unknown challenge).
 */
import type { AccountOperations } from './account-port.js';

/**
 * How Cognito starts a sign-in (`InitiateAuth` `AuthFlow`, Amplify names for the custom ones).
 * `USER_AUTH` is choice-based: the username first, then a first factor (docs/cognito.md §10).
 */
export type AuthFlowType = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_WITH_SRP' | 'CUSTOM_WITHOUT_SRP' | 'USER_AUTH';

export const AUTH_FLOW_TYPES: readonly AuthFlowType[] = [
  'USER_SRP_AUTH',
  'USER_PASSWORD_AUTH',
  'CUSTOM_WITH_SRP',
  'CUSTOM_WITHOUT_SRP',
  'USER_AUTH',
];

/** The first factors of `USER_AUTH`, by Cognito's names, in the order the kit offers them. */
export type FirstFactor = 'WEB_AUTHN' | 'EMAIL_OTP' | 'SMS_OTP' | 'PASSWORD_SRP' | 'PASSWORD';

export const FIRST_FACTORS: readonly FirstFactor[] = ['WEB_AUTHN', 'EMAIL_OTP', 'SMS_OTP', 'PASSWORD_SRP', 'PASSWORD'];

/** MFA methods, named as Amplify v6 names them. */
export type MfaType = 'SMS' | 'TOTP' | 'EMAIL';

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

/** What Cognito asks next, typed. Backends parse Cognito's challenge into one of these. */
export type Challenge =
  /** A code sent by text message. */
  | { type: 'smsCode'; delivery?: CodeDelivery }
  /** A code sent by email. */
  | { type: 'emailCode'; delivery?: CodeDelivery }
  /** A code from an authenticator app. */
  | { type: 'totpCode' }
  /** Which MFA method to use for this sign-in. */
  | { type: 'selectMfa'; options: readonly MfaType[] }
  /** The pool requires MFA and the person has none: which methods can be set up now. */
  | { type: 'setUpMfa'; options: readonly MfaType[] }
  /** A new password (and the required attributes the account still lacks). */
  | { type: 'newPassword'; missingAttributes: readonly string[] }
  /** A custom challenge from the pool's Lambda triggers, with its public parameters. */
  | { type: 'custom'; parameters: Readonly<Record<string, string>> }
  /** `USER_AUTH`: how to sign in, among the first factors Cognito offers this person. */
  | { type: 'selectFactor'; factors: readonly FirstFactor[] }
  /**
   * `USER_AUTH`: sign in with a passkey. `requestOptions` is WebAuthn's
   * PublicKeyCredentialRequestOptionsJSON, as a JSON string; `factors` are the other ways offered.
   */
  | { type: 'passkey'; requestOptions: string; factors: readonly FirstFactor[] };

export type ChallengeType = Challenge['type'];

/** A person's answer to a challenge. The backend turns it into Cognito's `ChallengeResponses`. */
export type ChallengeAnswer =
  /**
   * An SMS, email or authenticator-app code; at MFA setup, the app's first code. `rememberDevice`:
   * the person ticked "Remember this device" (`remember-device="ask"`).
   */
  | { code: string; deviceName?: string; rememberDevice?: boolean }
  | { mfaType: MfaType }
  | { newPassword: string; attributes?: Readonly<Record<string, string>> }
  /** A custom challenge's answer. */
  | { answer: string }
  /** The address to set up email MFA with. */
  | { email: string }
  /** `USER_AUTH`: the first factor chosen; a password factor carries its password. */
  | { factor: FirstFactor; password?: string }
  /** `USER_AUTH`: a passkey's assertion (WebAuthn AuthenticationResponseJSON, as a JSON string). */
  | { credential: string };

/** A challenge the person must answer, or the end of the sign-in. */
export type SignInResult =
  | {
      kind: 'challenge';
      challenge: Challenge;
      handle: ChallengeHandle;
      /** Cognito's `ChallengeName`, for diagnostics (never `PASSWORD_VERIFIER`: backends answer it). */
      name: string;
      /** Cognito's public `ChallengeParameters`, for diagnostics; no secret in them. */
      parameters: Readonly<Record<string, string>>;
    }
  /** `deviceRemembered`: this device is now remembered (it may skip MFA next time). */
  | { kind: 'done'; session: AuthSession; deviceRemembered?: true };

/**
 * Remembered devices (docs/cognito.md §13): `never` (no device tracking, the default), `ask` (a
 * "Remember this device" checkbox on the MFA code steps), `always` (remembered silently).
 */
export type RememberDevice = 'ask' | 'always' | 'never';

/** A device Cognito tracks for the signed-in person (`ListDevices`); never its secret. */
export interface DeviceInfo {
  /** Cognito's device key, for `forgetDevice`. */
  key: string;
  /** The name given when it was confirmed (browser and system). */
  name: string;
  /** Epoch milliseconds. */
  lastUsedAt?: number;
  createdAt?: number;
  /** Remembered: it may sign in without MFA. */
  remembered: boolean;
  /** The device this page signed in with. */
  current: boolean;
}

export interface SignUpResult {
  /** True when the pool confirmed the user on its own (no code needed). */
  userConfirmed: boolean;
  userSub?: string;
  codeDelivery?: CodeDelivery;
}

/**
 * A confirmed sign-up that can sign in without the password (the app client allows `USER_AUTH`):
 * an opaque token for `signInAfterConfirmation`, valid a few minutes, once.
 */
declare const confirmationHandleBrand: unique symbol;
export interface ConfirmationHandle {
  readonly [confirmationHandleBrand]: true;
}

/** A passkey registered for the signed-in person (`ListWebAuthnCredentials`). */
export interface Passkey {
  id: string;
  /** The name Cognito gave it (from the authenticator's AAGUID). */
  name: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** `platform` (this device) or `cross-platform` (a security key, a phone). */
  attachment?: string;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Passed to Cognito's `ClientMetadata` (Lambda triggers read it). */
  clientMetadata?: Record<string, string>;
}

export interface SignInInput {
  username: string;
  /** Absent for `CUSTOM_WITHOUT_SRP`, and for `USER_AUTH` unless a password factor is preferred. */
  password?: string;
  authFlowType?: AuthFlowType;
  /** `USER_AUTH`: the factor to start with when this person has it (else Cognito offers a choice). */
  preferredChallenge?: FirstFactor;
  /** Prove a remembered device, and confirm a new one (absent: neither, as `never`). */
  rememberDevice?: Exclude<RememberDevice, 'never'>;
}

export interface SignUpInput {
  username: string;
  password: string;
  /** Cognito attribute names → values, e.g. `{ email: 'a@b.c', phone_number: '+15551234567' }`. */
  attributes: Record<string, string>;
}

/** Sign-up, sign-in and the session; the account operations (core/account-port.ts) are optional. */
export interface AuthBackend extends AccountOperations {
  signUp(input: SignUpInput, options?: CallOptions): Promise<SignUpResult>;
  /** Resolves with a handle when the person can be signed in without typing the password again. */
  confirmSignUp(input: { username: string; code: string }, options?: CallOptions): Promise<ConfirmationHandle | void>;
  /** Signs in the person who just confirmed their sign-up (`USER_AUTH` with the confirmation's Session). */
  signInAfterConfirmation?(handle: ConfirmationHandle, options?: CallOptions): Promise<SignInResult>;
  resendSignUpCode(input: { username: string }, options?: CallOptions): Promise<CodeDelivery>;

  signIn(input: SignInInput, options?: CallOptions): Promise<SignInResult>;
  /** Answers the challenge behind `handle`; the backend adds the username and encodes the answer. */
  answerChallenge(handle: ChallengeHandle, answer: ChallengeAnswer, options?: CallOptions): Promise<SignInResult>;
  /**
   * Gets a new SMS or email code for the challenge behind `handle`. Cognito has no resend for MFA
   * codes, so backends start the same sign-in again (they hold what that needs for the few minutes
   * the challenge lives, in memory only).
   */
  resendChallengeCode(handle: ChallengeHandle, options?: CallOptions): Promise<SignInResult>;
  /** MFA setup with an authenticator app: the secret to show. */
  associateTotp(handle: ChallengeHandle, options?: CallOptions): Promise<{ secretCode: string }>;

  forgotPassword(input: { username: string }, options?: CallOptions): Promise<CodeDelivery>;
  confirmForgotPassword(
    input: { username: string; code: string; password: string },
    options?: CallOptions,
  ): Promise<void>;

  /** The current session, refreshed first when it is about to expire; null when signed out. */
  currentSession(options?: CallOptions): Promise<AuthSession | null>;
  /** Gets new tokens with the refresh token the backend keeps. */
  refreshSession(options?: CallOptions): Promise<AuthSession>;
  /** `global` revokes every token of the user everywhere; otherwise only this session's. */
  signOut(input?: { global?: boolean }, options?: CallOptions): Promise<void>;
  /**
   * Calls `listener` when another tab (or another backend of this page sharing the stored
   * session) signed in, refreshed or signed out: the session now stored, or null. Returns the
   * unsubscribe. Optional: a backend whose session no one else shares leaves it out.
   */
  onSessionChange?(listener: (session: AuthSession | null) => void): () => void;

  /**
   * Passkeys of the signed-in person. Optional: a backend without them (identity-js) leaves them
   * out, and the kit neither offers nor lists passkeys. The options are WebAuthn's
   * PublicKeyCredentialCreationOptionsJSON; the credential its RegistrationResponseJSON.
   */
  startPasskeyRegistration?(options?: CallOptions): Promise<Record<string, unknown>>;
  completePasskeyRegistration?(credential: Record<string, unknown>, options?: CallOptions): Promise<void>;
  listPasskeys?(options?: CallOptions): Promise<Passkey[]>;
  deletePasskey?(id: string, options?: CallOptions): Promise<void>;

  /**
   * The signed-in person's devices, and forgetting one (forgetting this one also forgets it here).
   * Optional: a backend without them does not remember devices at all.
   */
  listDevices?(options?: CallOptions): Promise<DeviceInfo[]>;
  forgetDevice?(key: string, options?: CallOptions): Promise<void>;

  /**
   * Takes tokens from a managed-login sign-in (docs/cognito.md §11) as this backend's session:
   * stored, refreshed and signed out like its own.
   */
  adoptTokens?(tokens: FederatedTokens, options?: CallOptions): Promise<AuthSession>;
}

/** Tokens from Cognito's token endpoint after a managed-login sign-in. */
export interface FederatedTokens {
  idToken: string;
  accessToken: string;
  refreshToken?: string;
  /** Seconds. */
  expiresIn: number;
  /** The identity provider the person signed in with (`Google`, a SAML name…), when known. */
  provider?: string;
}

/** Which provider to sign in with: its name, or an identifier (an email domain) that picks one. */
export interface ProviderRequest {
  provider?: string;
  idpIdentifier?: string;
}

/**
 * Managed-login sign-in (OAuth 2.0 code + PKCE), as the controller drives it; the cognito layer
 * implements it once for every backend.
 */
export interface FederatedSignIn {
  /** Goes to the provider: resolves with tokens (popup), or null as the page navigates away (redirect). */
  start(request: ProviderRequest, options?: CallOptions): Promise<FederatedTokens | null>;
  /** The return from the provider in `url` (the page's address): tokens, or null when `url` is no such return. */
  complete(url: string, options?: CallOptions): Promise<FederatedTokens | null>;
  /** Ends the managed-login session too (navigates to `/logout`) when configured; false when not. */
  endSession(): boolean;
}

/**
 * The browser's side of passkeys (`navigator.credentials`), as JSON in and out, so the controller
 * runs the ceremony without touching the DOM. The elements pass the browser's; tests pass their own.
 */
export interface PasskeyAuthenticator {
  /** True when this browser can use passkeys at all. */
  available(): boolean;
  /** Resolves with true when the browser can offer passkeys in the username field's autofill. */
  autofillAvailable(): Promise<boolean>;
  /** An assertion (AuthenticationResponseJSON, as a string) for Cognito's request options. */
  get(requestOptions: string, options: { signal?: AbortSignal; autofill?: boolean }): Promise<string>;
  /** A new credential (RegistrationResponseJSON) for Cognito's creation options. */
  create(creationOptions: Record<string, unknown>, options: { signal?: AbortSignal }): Promise<Record<string, unknown>>;
}

/** What `<auth-flow>`'s attributes say about the backend it should build. */
export interface BackendConfig {
  userPoolId: string;
  clientId: string;
  endpoint?: string;
  /** Where the session survives a reload, sealed: this tab, every tab, or nowhere (memory). */
  persist?: 'session' | 'local' | '';
  /** Milliseconds before an unanswered request is given up (a retryable `timeout`). */
  timeout?: number;
}

/** Builds the backend `<auth-flow>` uses when it is given none; throws on a malformed config. */
export type BackendFactory = (config: BackendConfig) => AuthBackend;

/** What `<auth-flow>`'s attributes say about managed-login sign-in (docs/cognito.md §11). */
export interface FederationConfig {
  domain: string;
  clientId: string;
  userPoolId: string;
  endpoint?: string;
  redirectUri: string;
  scopes: readonly string[];
  mode: 'redirect' | 'popup';
  logoutUri?: string;
  timeout: number;
}

/**
 * Builds managed-login sign-in from `<auth-flow>`'s attributes: at once, or once its code has
 * arrived (the kit's loads it only on pages that set `oauth-domain`).
 */
export type FederationFactory = (config: FederationConfig) => FederatedSignIn | Promise<FederatedSignIn>;
