/**
 * From what backends throw to what the UI shows: Cognito's exception name (and, for a few
 * documented sub-cases, its message) to a stable code, a field and a retry hint. Loaded the first
 * time something fails, or when the browser is idle (errors.ts `prefetchErrorMapping`).
 */
import { KIT_ERROR_NAMES, type ErrorCode, type ErrorInfo, type FieldName } from './errors.js';

interface Rule {
  code: ErrorCode;
  field?: FieldName;
  retryable?: boolean;
}

const BY_NAME: Record<string, Rule> = {
  UserNotFoundException: { code: 'userNotFound', field: 'username' },
  UserNotConfirmedException: { code: 'userNotConfirmed' },
  PasswordResetRequiredException: { code: 'passwordResetRequired' },
  UsernameExistsException: { code: 'usernameExists', field: 'username' },
  AliasExistsException: { code: 'aliasExists' },
  CodeMismatchException: { code: 'codeMismatch', field: 'code' },
  EnableSoftwareTokenMFAException: { code: 'codeMismatch', field: 'code' },
  ExpiredCodeException: { code: 'codeExpired', field: 'code' },
  LimitExceededException: { code: 'limitExceeded', retryable: true },
  TooManyRequestsException: { code: 'tooManyRequests', retryable: true },
  TooManyFailedAttemptsException: { code: 'tooManyFailedAttempts' },
  InvalidPasswordException: { code: 'invalidPassword', field: 'password' },
  PasswordHistoryPolicyViolationException: { code: 'passwordReused', field: 'password' },
  CodeDeliveryFailureException: { code: 'codeDeliveryFailure', retryable: true },
  UserLambdaValidationException: { code: 'triggerFailed' },
  InvalidLambdaResponseException: { code: 'serviceError', retryable: true },
  UnexpectedLambdaException: { code: 'serviceError', retryable: true },
  InvalidSmsRoleAccessPolicyException: { code: 'misconfigured' },
  InvalidSmsRoleTrustRelationshipException: { code: 'misconfigured' },
  InvalidEmailRoleAccessPolicyException: { code: 'misconfigured' },
  InvalidUserPoolConfigurationException: { code: 'misconfigured' },
  /** ConfirmDevice for a device key already confirmed: nothing the person can do; the sign-in goes on without it. */
  DeviceKeyExistsException: { code: 'serviceError' },
  ResourceNotFoundException: { code: 'misconfigured' },
  MFAMethodNotFoundException: { code: 'mfaMethodNotFound' },
  SoftwareTokenMFANotFoundException: { code: 'softwareTokenNotFound' },
  ConcurrentModificationException: { code: 'serviceError', retryable: true },
  ForbiddenException: { code: 'forbidden' },
  // The pool or app client is not set up for what the kit asked: nothing the person can retry.
  OperationNotEnabledException: { code: 'misconfigured' },
  FeatureUnavailableInTierException: { code: 'misconfigured' },
  UnsupportedOperationException: { code: 'misconfigured' },
  UnauthorizedException: { code: 'misconfigured' },
  UnsupportedTokenTypeException: { code: 'misconfigured' },
  // A rotated refresh token used again after its grace period: the session is over.
  RefreshTokenReuseException: { code: 'tokenRevoked' },
  InternalErrorException: { code: 'serviceError', retryable: true },
  [KIT_ERROR_NAMES.network]: { code: 'network', retryable: true },
  [KIT_ERROR_NAMES.timeout]: { code: 'timeout', retryable: true },
  [KIT_ERROR_NAMES.aborted]: { code: 'aborted', retryable: true },
  [KIT_ERROR_NAMES.unknownChallenge]: { code: 'unknownChallenge' },
  [KIT_ERROR_NAMES.unsupported]: { code: 'notSupported' },
  [KIT_ERROR_NAMES.passkeyCancelled]: { code: 'passkeyCancelled', retryable: true },
  [KIT_ERROR_NAMES.passkeyExists]: { code: 'passkeyExists' },
  [KIT_ERROR_NAMES.passkeyNotAllowed]: { code: 'passkeyNotAllowed' },
  [KIT_ERROR_NAMES.passkeyUnsupported]: { code: 'passkeyUnsupported' },
  [KIT_ERROR_NAMES.passkeyFailed]: { code: 'passkeyFailed', retryable: true },
  [KIT_ERROR_NAMES.oauthCancelled]: { code: 'providerCancelled', retryable: true },
  [KIT_ERROR_NAMES.oauthProvider]: { code: 'providerUnavailable' },
  [KIT_ERROR_NAMES.oauthState]: { code: 'providerStateMismatch' },
  [KIT_ERROR_NAMES.oauthCode]: { code: 'providerCodeInvalid', retryable: true },
  [KIT_ERROR_NAMES.oauthToken]: { code: 'providerTokenInvalid' },
  [KIT_ERROR_NAMES.oauthPopupClosed]: { code: 'providerWindowClosed', retryable: true },
  // Cognito's verdicts on a passkey (docs/cognito.md §10).
  WebAuthnOriginNotAllowedException: { code: 'passkeyNotAllowed' },
  WebAuthnRelyingPartyMismatchException: { code: 'passkeyNotAllowed' },
  WebAuthnCredentialNotSupportedException: { code: 'passkeyUnsupported' },
  WebAuthnChallengeNotFoundException: { code: 'passkeyFailed', retryable: true },
  WebAuthnNotEnabledException: { code: 'misconfigured' },
  WebAuthnConfigurationMissingException: { code: 'misconfigured' },
  WebAuthnClientMismatchException: { code: 'misconfigured' },
};

/** The documented message sub-cases (docs/cognito.md §5); everything else is keyed on the name alone. */
function notAuthorized(message: string): Rule {
  if (/attempts exceeded/i.test(message)) return { code: 'passwordAttemptsExceeded' };
  if (/sign ?up is not permitted/i.test(message)) return { code: 'signUpDisabled' };
  if (/cannot be reset in the current state/i.test(message)) return { code: 'passwordResetNotAllowed' };
  if (/disabled/i.test(message)) return { code: 'userDisabled' };
  if (/session is expired|invalid session/i.test(message)) return { code: 'sessionExpired' };
  if (/status is confirmed/i.test(message)) return { code: 'alreadyConfirmed' };
  if (/token has been revoked|token (is )?expired|invalid (access|refresh) token/i.test(message)) {
    return { code: 'tokenRevoked' };
  }
  return { code: 'incorrectCredentials' };
}

/** The pool's rule a refused password broke, from Cognito's "Password did not conform with policy: …". */
function passwordRule(message: string): ErrorCode {
  if (/not long enough/i.test(message)) return 'passwordTooShort';
  if (/lowercase/i.test(message)) return 'passwordNeedsLowercase';
  if (/uppercase/i.test(message)) return 'passwordNeedsUppercase';
  if (/numeric/i.test(message)) return 'passwordNeedsNumber';
  if (/symbol/i.test(message)) return 'passwordNeedsSymbol';
  return 'invalidPassword';
}

function invalidParameter(message: string): Rule {
  if (/already confirmed/i.test(message)) return { code: 'alreadyConfirmed' };
  if (/no registered\/verified|no verified/i.test(message)) return { code: 'noVerifiedContact' };
  if (/flow not enabled|not enabled for this client/i.test(message)) return { code: 'flowNotEnabled' };
  // The pool's username rules (an email or a phone number as username, or no spaces).
  if (/username should be an email/i.test(message)) return { code: 'invalidEmail', field: 'username' };
  if (/username should be a phone/i.test(message)) return { code: 'invalidPhone', field: 'username' };
  if (/'username'|username/i.test(message)) return { code: 'invalidUsername', field: 'username' };
  if (/phone/i.test(message)) return { code: 'invalidPhone', field: 'phone_number' };
  if (/email/i.test(message)) return { code: 'invalidEmail', field: 'email' };
  if (/'password'|password/i.test(message)) return { code: 'invalidPassword', field: 'password' };
  return { code: 'invalidParameter' };
}

/**
 * Maps any thrown value to what the UI shows. On sign-in, an unknown user reads exactly like a
 * wrong password, so the form never confirms that an account exists.
 */
export function describeError(error: unknown, context: { signingIn?: boolean } = {}): ErrorInfo {
  const name = errorName(error);
  const message = error instanceof Error ? error.message : '';
  let rule: Rule;
  if (name === 'NotAuthorizedException') rule = notAuthorized(message);
  else if (name === 'InvalidPasswordException') rule = { code: passwordRule(message), field: 'password' };
  else if (name === 'InvalidParameterException') rule = invalidParameter(message);
  else rule = (Object.hasOwn(BY_NAME, name) && BY_NAME[name]) || { code: 'serviceError', retryable: true };
  if (context.signingIn && rule.code === 'userNotFound') rule = { code: 'incorrectCredentials' };
  const info: ErrorInfo = { code: rule.code, name, retryable: rule.retryable ?? false };
  if (rule.field) info.field = rule.field;
  // "PreSignUp failed with error Too young." → "Too young.": the app's own words, not Cognito's frame.
  if (rule.code === 'triggerFailed' && message) info.detail = message.replace(/^\w+ failed with error\s*/, '');
  return info;
}

/** True when the kit maps `name` to a code of its own (else it reads as a retryable service error). */
export function isKnownErrorName(name: string): boolean {
  return Object.hasOwn(BY_NAME, name) || name === 'NotAuthorizedException' || name === 'InvalidParameterException';
}

function errorName(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'AbortError') return KIT_ERROR_NAMES.aborted;
    return error.name || KIT_ERROR_NAMES.unknown;
  }
  return KIT_ERROR_NAMES.unknown;
}
