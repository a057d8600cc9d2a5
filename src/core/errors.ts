/**
 * Errors: what backends throw (`AuthError`, keeping Cognito's exception name) and the codes the UI
 * shows. Messages are keyed on the code (i18n), never on Cognito's English text. Turning a name into
 * a code is error-mapping.ts, loaded when first needed.
 */
import { NETWORK_ERROR_NAME, networkError } from './network-error.js';

/** Names the kit raises itself, for failures Cognito does not name. */
export const KIT_ERROR_NAMES = {
  network: NETWORK_ERROR_NAME,
  aborted: 'AbortError',
  unknownChallenge: 'UnknownChallengeError',
  unknown: 'UnknownError',
  validation: 'ValidationError',
  timeout: 'TimeoutError',
  /** The backend cannot do this (identity-js and passkeys, `USER_AUTH`). */
  unsupported: 'UnsupportedFeatureError',
  /** The browser's passkey sheet: closed, or no passkey for this account on the device. */
  passkeyCancelled: 'PasskeyCancelledError',
  /** This device already holds a passkey for the account. */
  passkeyExists: 'PasskeyExistsError',
  /** The page's site does not match the passkey's relying party. */
  passkeyNotAllowed: 'PasskeyNotAllowedError',
  /** This browser (or page) cannot use passkeys. */
  passkeyUnsupported: 'PasskeyUnsupportedError',
  /** The authenticator failed. */
  passkeyFailed: 'PasskeyFailedError',
  /** Managed login: the person cancelled at the provider (`error=access_denied`). */
  oauthCancelled: 'OAuthCancelledError',
  /** Managed login: the provider or the app client refused (`error=` other than access_denied). */
  oauthProvider: 'OAuthProviderError',
  /** Managed login: a return whose `state` this tab did not send, or sent too long ago. */
  oauthState: 'OAuthStateError',
  /** Managed login: the code was already used, or expired. */
  oauthCode: 'OAuthCodeError',
  /** Managed login: an ID token for another app, pool or sign-in (audience, issuer, nonce). */
  oauthToken: 'OAuthTokenError',
  /** Managed login: the popup was closed before the sign-in finished. */
  oauthPopupClosed: 'OAuthPopupClosedError',
} as const;

export class AuthError extends Error {
  /** Cognito's exception name (`NotAuthorizedException`, …) or one of `KIT_ERROR_NAMES`. */
  override name: string;

  constructor(name: string, message = name, options?: { cause?: unknown }) {
    super(message, options);
    this.name = name;
  }
}

/** The one way the kit says "aborted": a caller's signal, an abandoned command, a timeout. */
export function abortError(cause?: unknown): AuthError {
  return new AuthError(KIT_ERROR_NAMES.aborted, 'The request was aborted.', { cause });
}

/** Every error the UI can show; each has a message in every locale (`error.<code>`). */
export const ERROR_CODES = [
  'required',
  'invalidCodeFormat',
  'incorrectCredentials',
  'passwordAttemptsExceeded',
  'userDisabled',
  'sessionExpired',
  'tokenRevoked',
  'userNotFound',
  'userNotConfirmed',
  'passwordResetRequired',
  'usernameExists',
  'aliasExists',
  'alreadyConfirmed',
  'codeMismatch',
  'codeExpired',
  'limitExceeded',
  'tooManyRequests',
  'tooManyFailedAttempts',
  'invalidPassword',
  'passwordTooShort',
  'passwordNeedsLowercase',
  'passwordNeedsUppercase',
  'passwordNeedsNumber',
  'passwordNeedsSymbol',
  'passwordReused',
  'invalidUsername',
  'signUpDisabled',
  'passwordResetNotAllowed',
  'mfaSetupUnavailable',
  'invalidEmail',
  'invalidPhone',
  'invalidParameter',
  /** The form has no field for an attribute the pool requires (the page's mistake, refused before the call). */
  'formLacksField',
  'noVerifiedContact',
  'flowNotEnabled',
  'codeDeliveryFailure',
  'triggerFailed',
  'misconfigured',
  'mfaMethodNotFound',
  'softwareTokenNotFound',
  'forbidden',
  'unknownChallenge',
  'network',
  'timeout',
  'aborted',
  'serviceError',
  'notSupported',
  'passkeyCancelled',
  'passkeyExists',
  'passkeyNotAllowed',
  'passkeyUnsupported',
  'passkeyFailed',
  'providerCancelled',
  'providerUnavailable',
  'providerStateMismatch',
  'providerCodeInvalid',
  'providerTokenInvalid',
  'providerWindowClosed',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What the UI needs to show an error: where, whether retrying can help, and the code to translate. */
export interface ErrorInfo {
  code: ErrorCode;
  /** The exception name as raised (Cognito's or the kit's). */
  name: string;
  /** The form field the error belongs to; absent for a form-level error. */
  field?: string;
  retryable: boolean;
  /**
   * Text written by the app's own Lambda trigger (PreSignUp, PreAuthentication…), shown as given.
   * Only set for `triggerFailed`.
   */
  detail?: string;
}

export { networkError };

/** Field names the elements use; attribute fields use Cognito's attribute name. */
export type FieldName = 'username' | 'password' | 'code' | 'email' | 'phone_number' | (string & {});

let mapping: Promise<typeof import('./error-mapping.js')> | undefined;

/** Fetches the mapping from names to codes (error-mapping.ts) ahead of need; the controller does so when the browser is idle. */
export function prefetchErrorMapping(): Promise<typeof import('./error-mapping.js')> {
  mapping ??= import('./error-mapping.js');
  mapping.catch(() => (mapping = undefined));
  return mapping;
}

/**
 * `describeError`, from the mapping loaded on first use (it is not in the first load). If it cannot
 * arrive, the page is offline (or was redeployed): that is what the person is told, and the next
 * failure tries again.
 */
export async function describeErrorLater(error: unknown, context: { signingIn?: boolean } = {}): Promise<ErrorInfo> {
  try {
    return (await prefetchErrorMapping()).describeError(error, context);
  } catch {
    return networkError();
  }
}
