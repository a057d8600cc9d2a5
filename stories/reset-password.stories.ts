import { expect, within } from 'storybook/test';
import { ANY_CALL, cognitoError, fieldCheck, LONG_DELIVERY, PASSWORD, SMS_DELIVERY } from './support/fixtures.js';
import { RIGHT_CODE } from './support/story-backend.js';
import { stepElement, stepStories, type StepStory } from './support/step-stories.js';

const tag = 'auth-reset-password';
const request = stepStories({
  tag,
  step: 'resetPassword',
  title: 'Steps/Reset password',
  fields: ['username'],
  filled: { username: 'ana' },
  description:
    '`<auth-reset-password>`: both halves of a password reset — the username to send a code to (`resetPassword`), ' +
    'then the code and the new password (`confirmResetPassword`). The same copy whether or not the account exists.',
});
const CONFIRM_FILLED = { code: RIGHT_CODE, password: PASSWORD };
const confirm = stepStories({ tag, step: 'confirmResetPassword', title: 'Steps/Reset password', fields: ['code', 'password'], filled: CONFIRM_FILLED });
export default { ...request.meta, title: 'Steps/Reset password', component: 'auth-reset-password' };

const REQUEST_ERRORS = {
  usernameRequired: fieldCheck('username', 'required'),
  userNotFound: cognitoError('UserNotFoundException', 'Username/client id combination not found.'),
  noVerifiedContact: cognitoError(
    'InvalidParameterException',
    'Cannot reset password for the user as there is no registered/verified email or phone_number',
  ),
  limitExceeded: cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
  codeDeliveryFailure: cognitoError('CodeDeliveryFailureException', 'Unable to deliver message'),
  userDisabled: cognitoError('NotAuthorizedException', 'User is disabled.'),
  tooManyRequests: ANY_CALL.tooManyRequests(),
  network: ANY_CALL.network(),
  serviceError: ANY_CALL.serviceError(),
};

const CONFIRM_ERRORS = {
  codeRequired: fieldCheck('code', 'required'),
  invalidCodeFormat: fieldCheck('code', 'invalidCodeFormat'),
  passwordRequired: fieldCheck('password', 'required'),
  codeMismatch: cognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.'),
  codeExpired: cognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.'),
  invalidPassword: cognitoError('InvalidPasswordException', 'Password does not conform to policy: Password must have numeric characters'),
  tooManyFailedAttempts: cognitoError('TooManyFailedAttemptsException'),
  limitExceeded: cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
  network: ANY_CALL.network(),
  serviceError: ANY_CALL.serviceError(),
};

export const RequestEmpty = request.empty();
export const RequestFilled = request.filled();
export const RequestPending = request.pending();
export const RequestUsernameRequired = request.error(REQUEST_ERRORS.usernameRequired);
export const RequestUserNotFound = request.error(REQUEST_ERRORS.userNotFound, { username: 'nobody' });
export const RequestNoVerifiedContact = request.error(REQUEST_ERRORS.noVerifiedContact, { username: 'ana' });
export const RequestLimitExceeded = request.error(REQUEST_ERRORS.limitExceeded, { username: 'ana' });
export const RequestCodeDeliveryFailure = request.error(REQUEST_ERRORS.codeDeliveryFailure, { username: 'ana' });
export const RequestUserDisabled = request.error(REQUEST_ERRORS.userDisabled, { username: 'ana' });
export const RequestTooManyRequests = request.error(REQUEST_ERRORS.tooManyRequests, { username: 'ana' });
export const RequestNetwork = request.error(REQUEST_ERRORS.network, { username: 'ana' });
export const RequestServiceError = request.error(REQUEST_ERRORS.serviceError, { username: 'ana' });

export const ConfirmCodeSentByEmail = confirm.empty();
export const ConfirmCodeSentBySms = confirm.empty({ codeDelivery: SMS_DELIVERY });
export const ConfirmFilled = confirm.filled();
export const ConfirmPending = confirm.pending();
/** After "sign in" answered PasswordResetRequired: the step opens while the code is being sent. */
export const ConfirmSendingCode = confirm.empty({ pending: true, codeDelivery: undefined });
export const ConfirmNoticeCodeResent = confirm.notice('codeResent');
export const ConfirmCodeRequired = confirm.error(CONFIRM_ERRORS.codeRequired, { password: PASSWORD });
export const ConfirmInvalidCodeFormat = confirm.error(CONFIRM_ERRORS.invalidCodeFormat, { ...CONFIRM_FILLED, code: '12-34' });
export const ConfirmPasswordRequired = confirm.error(CONFIRM_ERRORS.passwordRequired, { code: RIGHT_CODE });
export const ConfirmCodeMismatch = confirm.error(CONFIRM_ERRORS.codeMismatch, { ...CONFIRM_FILLED, code: '654321' });
export const ConfirmCodeExpired = confirm.error(CONFIRM_ERRORS.codeExpired, { ...CONFIRM_FILLED, code: '000000' });
export const ConfirmInvalidPassword = confirm.error(CONFIRM_ERRORS.invalidPassword, CONFIRM_FILLED);
export const ConfirmTooManyFailedAttempts = confirm.error(CONFIRM_ERRORS.tooManyFailedAttempts, CONFIRM_FILLED);
export const ConfirmLimitExceeded = confirm.error(CONFIRM_ERRORS.limitExceeded, CONFIRM_FILLED);
export const ConfirmNetwork = confirm.error(CONFIRM_ERRORS.network, CONFIRM_FILLED);
export const ConfirmServiceError = confirm.error(CONFIRM_ERRORS.serviceError, CONFIRM_FILLED);

/**
 * Known bug, shown as it is: ConfirmForgotPassword can answer UserNotFoundException, which the kit
 * puts on the `username` field. This step has only a hidden `username` input (for password
 * managers), so `renderFormError` thinks the field shows it and the error appears nowhere. The
 * play function checks only that the step renders; `ConfirmUserNotFound` in the report.
 */
export const ConfirmUserNotFoundKnownBug: StepStory = {
  ...confirm.error(cognitoError('UserNotFoundException', 'Username/client id combination not found.'), CONFIRM_FILLED),
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, tag);
    await expect(within(element).getByRole('heading', { level: 2 })).toBeVisible();
  },
};

export const LongUsername = request.longUsername();
export const LongTranslationsNarrow = confirm.longTranslationsNarrow(CONFIRM_ERRORS.codeMismatch, { codeDelivery: LONG_DELIVERY });
export const RequestLongTranslationsNarrow = request.longTranslationsNarrow(REQUEST_ERRORS.noVerifiedContact);
export const RightToLeft = confirm.rightToLeft(CONFIRM_ERRORS.codeMismatch);
export const Dark = confirm.dark(CONFIRM_ERRORS.invalidPassword, { notice: 'codeResent' });
export const Wide = request.wide();
export const RightToLeftNarrow = confirm.rightToLeftNarrow(null);
