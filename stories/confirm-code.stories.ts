import { expect, userEvent, within } from 'storybook/test';
import { ANY_CALL, cognitoError, EMAIL_DELIVERY, fieldCheck, LONG_DELIVERY, SMS_DELIVERY } from './support/fixtures.js';
import { RIGHT_CODE } from './support/story-backend.js';
import { stepElement, stepStories, type StepStory } from './support/step-stories.js';

const ERRORS = {
  codeRequired: fieldCheck('code', 'required'),
  invalidCodeFormat: fieldCheck('code', 'invalidCodeFormat'),
  codeMismatch: cognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.'),
  codeExpired: cognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.'),
  tooManyFailedAttempts: cognitoError('TooManyFailedAttemptsException'),
  limitExceeded: cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
  aliasExists: cognitoError('AliasExistsException', 'An account with the email already exists.'),
  userNotFound: cognitoError('UserNotFoundException', 'Username/client id combination not found.'),
  codeDeliveryFailure: cognitoError('CodeDeliveryFailureException', 'Unable to deliver message'),
  triggerFailed: cognitoError('UserLambdaValidationException', 'PostConfirmation failed with error Could not create your profile.'),
  tooManyRequests: ANY_CALL.tooManyRequests(),
  network: ANY_CALL.network(),
  serviceError: ANY_CALL.serviceError(),
};

const s = stepStories({
  tag: 'auth-confirm-code',
  step: 'confirmSignUp',
  title: 'Steps/Confirm sign-up code',
  fields: ['code'],
  filled: { code: RIGHT_CODE },
  description:
    '`<auth-confirm-code>`: says where Cognito sent the code, takes it (`one-time-code`, numeric keyboard, paste allowed) ' +
    'and can send a new one. The flow shows it for `confirmSignUp`.',
});
export default { ...s.meta, title: 'Steps/Confirm sign-up code', component: 'auth-confirm-code' };

export const Empty = s.empty();
export const CodeSentByEmail = s.filled({ codeDelivery: EMAIL_DELIVERY }, {});
export const CodeSentBySms = s.filled({ codeDelivery: SMS_DELIVERY }, {});
export const NoDeliveryDetails = s.filled({ codeDelivery: undefined }, {});
export const Filled = s.filled();
export const Pending = s.pending();
/** After "sign in" with an unconfirmed account: the step opens while the code is being sent. */
export const SendingCode = s.filled({ pending: true, codeDelivery: undefined }, {});
export const NoticeCodeResent = s.notice('codeResent');

export const CodeRequired = s.error(ERRORS.codeRequired);
export const InvalidCodeFormat = s.error(ERRORS.invalidCodeFormat, { code: '12a4' });
// The kit empties the code field after these.
export const CodeMismatch = s.error(ERRORS.codeMismatch, { code: '654321' });
export const CodeExpired = s.error(ERRORS.codeExpired, { code: '000000' });
export const TooManyFailedAttempts = s.error(ERRORS.tooManyFailedAttempts, { code: '654321' });
export const LimitExceeded = s.error(ERRORS.limitExceeded, { code: RIGHT_CODE });
export const AliasExists = s.error(ERRORS.aliasExists, { code: RIGHT_CODE });
export const UserNotFound = s.error(ERRORS.userNotFound, { code: RIGHT_CODE });
export const CodeDeliveryFailure = s.error(ERRORS.codeDeliveryFailure);
export const TriggerFailed = s.error(ERRORS.triggerFailed, { code: RIGHT_CODE });
export const TooManyRequests = s.error(ERRORS.tooManyRequests, { code: RIGHT_CODE });
export const Network = s.error(ERRORS.network, { code: RIGHT_CODE });
export const ServiceError = s.error(ERRORS.serviceError, { code: RIGHT_CODE });

/** The element's own check: letters in the code. */
export const SubmitInvalid: StepStory = {
  name: 'Submit invalid (checked before sending)',
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, 'auth-confirm-code');
    const canvas = within(element);
    const code = canvas.getByLabelText('Code');
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(code).toHaveAttribute('inputmode', 'numeric');
    await userEvent.type(code, '12ab');
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(code).toHaveAccessibleDescription(expect.stringContaining('Enter the code using digits only.'));
  },
};

export const LongDestination = s.filled({ codeDelivery: LONG_DELIVERY }, {});
export const LongTranslationsNarrow = s.longTranslationsNarrow(ERRORS.codeMismatch, { codeDelivery: LONG_DELIVERY });
export const RightToLeft = s.rightToLeft(ERRORS.codeMismatch);
export const Dark = s.dark(ERRORS.codeMismatch, { notice: 'codeResent' });
export const Narrow = s.narrow();
export const Wide = s.wide();
export const RightToLeftNarrow = s.rightToLeftNarrow(null);
