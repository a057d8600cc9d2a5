import { expect, within } from 'storybook/test';
import { ANY_CALL, cognitoError, EMAIL_DELIVERY, fieldCheck, LONG_DELIVERY, SMS_DELIVERY } from './support/fixtures.js';
import { RIGHT_CODE } from './support/story-backend.js';
import { stepElement, stepStories, type StepStory } from './support/step-stories.js';

const tag = 'auth-mfa-code';
const common = { tag, title: 'Steps/MFA code', fields: ['code'], filled: { code: RIGHT_CODE } } as const;
const sms = stepStories({
  ...common,
  step: 'confirmSignInWithSmsCode',
  description:
    '`<auth-mfa-code>`: the code that finishes a sign-in — sent by text message (`SMS_MFA`), by email (`EMAIL_OTP`) ' +
    'or shown by an authenticator app (`SOFTWARE_TOKEN_MFA`). SMS and email codes can be sent again; app codes cannot.',
});
const totp = stepStories({ ...common, step: 'confirmSignInWithTotpCode' });
const email = stepStories({ ...common, step: 'confirmSignInWithEmailCode' });
export default { ...sms.meta, title: 'Steps/MFA code', component: 'auth-mfa-code' };

const ERRORS = {
  codeRequired: fieldCheck('code', 'required'),
  invalidCodeFormat: fieldCheck('code', 'invalidCodeFormat'),
  codeMismatch: cognitoError('CodeMismatchException', 'Invalid code or auth state for the user.'),
  codeExpired: cognitoError('ExpiredCodeException', 'Your software token has already been used once.'),
  codeDeliveryFailure: cognitoError('CodeDeliveryFailureException', 'Unable to deliver message'),
  limitExceeded: cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
  triggerFailed: cognitoError('UserLambdaValidationException', 'PostAuthentication failed with error Sign-ins are paused for maintenance.'),
  tooManyRequests: ANY_CALL.tooManyRequests(),
  network: ANY_CALL.network(),
  serviceError: ANY_CALL.serviceError(),
};

export const SmsCode = sms.empty();
export const SmsFilled = sms.filled();
export const SmsPending = sms.pending();
export const SmsNoticeCodeResent = sms.notice('codeResent');
export const SmsNoDeliveryDetails = sms.empty({ codeDelivery: undefined });
export const EmailCode = email.empty();
export const EmailFilled = email.filled();
export const EmailPending = email.pending();
export const AuthenticatorAppCode = totp.empty();
export const AuthenticatorAppFilled = totp.filled();
export const AuthenticatorAppPending = totp.pending();

/** App codes cannot be sent again; SMS and email codes can. */
export const AuthenticatorAppHasNoResend: StepStory = {
  ...totp.empty(),
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, tag);
    await expect(within(element).queryByRole('button', { name: 'Send a new code' })).toBeNull();
    await expect(within(element).getByLabelText('Code')).toHaveAttribute('autocomplete', 'one-time-code');
  },
};

/** `remember-device="ask"`: "Remember this device" under the code, unticked; the ticked box answers with the code. */
export const RememberDevice: StepStory = {
  ...sms.empty(),
  args: { ...sms.empty().args, 'remember-device': 'ask' },
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, tag);
    const box = within(element).getByRole('checkbox', { name: 'Remember this device' });
    await expect(box).not.toBeChecked();
    await expect(box).toHaveAttribute('name', 'rememberDevice');
  },
};

export const CodeRequired = sms.error(ERRORS.codeRequired);
export const InvalidCodeFormat = sms.error(ERRORS.invalidCodeFormat, { code: '12 34a' });
export const CodeMismatch = sms.error(ERRORS.codeMismatch, { code: '654321' });
export const CodeExpired = totp.error(ERRORS.codeExpired, { code: '000000' });
export const CodeDeliveryFailure = email.error(ERRORS.codeDeliveryFailure);
export const LimitExceeded = sms.error(ERRORS.limitExceeded);
export const TriggerFailed = sms.error(ERRORS.triggerFailed, { code: RIGHT_CODE });
export const TooManyRequests = sms.error(ERRORS.tooManyRequests, { code: RIGHT_CODE });
export const Network = sms.error(ERRORS.network, { code: RIGHT_CODE });
export const ServiceError = sms.error(ERRORS.serviceError, { code: RIGHT_CODE });

export const LongTranslationsNarrow = email.longTranslationsNarrow(ERRORS.codeMismatch, { codeDelivery: LONG_DELIVERY });
export const RightToLeft = sms.rightToLeft(ERRORS.codeMismatch, { codeDelivery: SMS_DELIVERY });
export const Dark = totp.dark(ERRORS.codeMismatch);
export const Narrow = email.narrow({ codeDelivery: EMAIL_DELIVERY });
export const Wide = sms.wide();
export const RightToLeftNarrow = email.rightToLeftNarrow(null);
