import { expect } from '@open-wc/testing';
import { describeError } from '../../../src/core/error-mapping.js';
import { AuthError, ERROR_CODES } from '../../../src/core/errors.js';
import { en } from '../../../src/i18n/en.js';

describe('describeError', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['NotAuthorizedException', 'Incorrect username or password.', { code: 'incorrectCredentials', retryable: false }],
    ['NotAuthorizedException', 'Password attempts exceeded', { code: 'passwordAttemptsExceeded' }],
    ['NotAuthorizedException', 'User is disabled.', { code: 'userDisabled' }],
    ['NotAuthorizedException', 'Invalid session for the user, session is expired.', { code: 'sessionExpired' }],
    ['NotAuthorizedException', 'User cannot be confirmed. Current status is CONFIRMED', { code: 'alreadyConfirmed' }],
    ['NotAuthorizedException', 'Refresh Token has been revoked', { code: 'tokenRevoked' }],
    ['UsernameExistsException', 'User already exists', { code: 'usernameExists', field: 'username' }],
    ['CodeMismatchException', 'Invalid verification code provided, please try again.', { code: 'codeMismatch', field: 'code' }],
    ['ExpiredCodeException', 'Invalid code provided, please request a code again.', { code: 'codeExpired', field: 'code' }],
    ['EnableSoftwareTokenMFAException', 'Code mismatch', { code: 'codeMismatch', field: 'code' }],
    ['InvalidPasswordException', 'Password did not conform with policy', { code: 'invalidPassword', field: 'password' }],
    ['InvalidPasswordException', 'Password did not conform with policy: Password not long enough', { code: 'passwordTooShort', field: 'password' }],
    ['InvalidPasswordException', 'Password did not conform with policy: Password must have lowercase characters', { code: 'passwordNeedsLowercase', field: 'password' }],
    ['InvalidPasswordException', 'Password did not conform with policy: Password must have uppercase characters', { code: 'passwordNeedsUppercase', field: 'password' }],
    ['InvalidPasswordException', 'Password did not conform with policy: Password must have numeric characters', { code: 'passwordNeedsNumber', field: 'password' }],
    ['InvalidPasswordException', 'Password did not conform with policy: Password must have symbol characters', { code: 'passwordNeedsSymbol', field: 'password' }],
    ['InvalidParameterException', 'User is already confirmed.', { code: 'alreadyConfirmed' }],
    ['InvalidParameterException', 'Invalid phone number format.', { code: 'invalidPhone', field: 'phone_number' }],
    ['InvalidParameterException', 'Invalid email address format.', { code: 'invalidEmail', field: 'email' }],
    ['InvalidParameterException', "1 validation error detected: Value at 'password' failed to satisfy constraint", { code: 'invalidPassword', field: 'password' }],
    ['InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client', { code: 'flowNotEnabled' }],
    ['LimitExceededException', 'Attempt limit exceeded, please try after some time.', { code: 'limitExceeded', retryable: true }],
    ['TooManyRequestsException', 'Rate exceeded', { code: 'tooManyRequests', retryable: true }],
    ['ResourceNotFoundException', 'User pool client does not exist.', { code: 'misconfigured' }],
    ['NetworkError', 'Failed to fetch', { code: 'network', retryable: true }],
    ['TimeoutError', 'InitiateAuth got no answer within 15000 ms.', { code: 'timeout', retryable: true }],
    ['NotAuthorizedException', 'SignUp is not permitted for this user pool', { code: 'signUpDisabled', retryable: false }],
    ['NotAuthorizedException', 'User password cannot be reset in the current state.', { code: 'passwordResetNotAllowed' }],
    ['InvalidParameterException', "1 validation error detected: Value at 'username' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+", { code: 'invalidUsername', field: 'username' }],
    ['InvalidParameterException', 'Username should be an email.', { code: 'invalidEmail', field: 'username' }],
    ['PasswordHistoryPolicyViolationException', 'Password has previously been used', { code: 'passwordReused', field: 'password' }],
    ['RefreshTokenReuseException', 'Refresh token has been reused', { code: 'tokenRevoked', retryable: false }],
    ['SomethingNewException', 'who knows', { code: 'serviceError', retryable: true }],
  ];
  for (const [name, message, expected] of cases) {
    it(`${name}: "${message}" → ${expected.code}`, () => {
      expect(describeError(new AuthError(name, message))).to.deep.include({ name, ...expected });
    });
  }

  it('reads an unknown user like a wrong password while signing in, and as itself elsewhere', () => {
    const error = new AuthError('UserNotFoundException', 'User does not exist.');
    expect(describeError(error, { signingIn: true }).code).to.equal('incorrectCredentials');
    expect(describeError(error)).to.deep.include({ code: 'userNotFound', field: 'username' });
  });

  it('shows a trigger’s own words without Cognito’s prefix', () => {
    const error = new AuthError('UserLambdaValidationException', 'PreSignUp failed with error Sign-ups are closed today.');
    expect(describeError(error)).to.deep.include({ code: 'triggerFailed', detail: 'Sign-ups are closed today.' });
  });

  it('treats DOM aborts as aborted', () => {
    expect(describeError(new DOMException('x', 'AbortError')).code).to.equal('aborted');
  });
});

describe('the English catalogue', () => {
  it('has a message for every error code', () => {
    const missing = ERROR_CODES.filter((code) => !(`error.${code}` in en));
    expect(missing).to.deep.equal([]);
  });
});
