/**
 * Cognito-shaped errors. Handlers throw `CognitoError`; the server turns it into HTTP 400 (500 for
 * InternalErrorException) with `{"__type", "message"}` and an `x-amzn-errortype` header, which is
 * what both the AWS SDK v3 and amazon-cognito-identity-js parse.
 */

export class CognitoError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = type === 'InternalErrorException' ? 500 : 400,
  ) {
    super(message);
    this.name = type;
  }
}

export const MESSAGES = {
  incorrectCredentials: 'Incorrect username or password.',
  userDoesNotExist: 'User does not exist.',
  userNotFoundForClient: 'Username/client id combination not found.',
  sessionExpired: 'Invalid session for the user, session is expired.',
  sessionUsed: 'Invalid session for the user, session can only be used once.',
  codeMismatch: 'Invalid verification code provided, please try again.',
  codeExpired: 'Invalid code provided, please request a code again.',
  mfaCodeMismatch: 'Invalid code or auth state for the user.',
  totpCodeMismatch: 'Invalid code received for user',
  unauthorizedAttribute: 'A client attempted to write unauthorized attribute',
  deviceNotFound: 'Device does not exist.',
} as const;

export const errors = {
  notAuthorized: (message: string = MESSAGES.incorrectCredentials) => new CognitoError('NotAuthorizedException', message),
  userNotFound: (message: string = MESSAGES.userDoesNotExist) => new CognitoError('UserNotFoundException', message),
  userNotConfirmed: () => new CognitoError('UserNotConfirmedException', 'User is not confirmed.'),
  passwordResetRequired: () => new CognitoError('PasswordResetRequiredException', 'Password reset required for the user'),
  invalidParameter: (message: string) => new CognitoError('InvalidParameterException', message),
  invalidPassword: (message: string) => new CognitoError('InvalidPasswordException', message),
  usernameExists: () => new CognitoError('UsernameExistsException', 'User already exists'),
  codeMismatch: () => new CognitoError('CodeMismatchException', MESSAGES.codeMismatch),
  codeExpired: () => new CognitoError('ExpiredCodeException', MESSAGES.codeExpired),
  resourceNotFound: (message: string) => new CognitoError('ResourceNotFoundException', message),
  deviceNotFound: () => new CognitoError('ResourceNotFoundException', MESSAGES.deviceNotFound),
  internal: (message: string) => new CognitoError('InternalErrorException', message),
};

/** `__type` may carry a namespace (`…#Name`); take the part after the last `#` (docs/cognito.md §1). */
export function errorName(type: unknown): string {
  const text = typeof type === 'string' ? type : 'UnknownError';
  return text.split(':')[0].split('#').pop() || 'UnknownError';
}
