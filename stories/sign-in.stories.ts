import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ANY_CALL, cognitoError, fieldCheck, PASSWORD } from './support/fixtures.js';
import { stepElement, stepStories, type StepStory } from './support/step-stories.js';

// Sign-in errors go through describeError with `signingIn`, as the controller does.
const signIn = (name: string, message?: string) => cognitoError(name, message, { signingIn: true });

const ERRORS = {
  usernameRequired: fieldCheck('username', 'required'),
  passwordRequired: fieldCheck('password', 'required'),
  incorrectCredentials: signIn('NotAuthorizedException', 'Incorrect username or password.'),
  userNotFound: signIn('UserNotFoundException', 'User does not exist.'),
  passwordAttemptsExceeded: signIn('NotAuthorizedException', 'Password attempts exceeded'),
  userDisabled: signIn('NotAuthorizedException', 'User is disabled.'),
  sessionExpired: signIn('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
  flowNotEnabled: signIn('InvalidParameterException', 'USER_PASSWORD_AUTH flow not enabled for this client'),
  triggerFailed: signIn('UserLambdaValidationException', 'PreAuthentication failed with error Your account is waiting for approval.'),
  unknownChallenge: signIn('UnknownChallengeError', 'ADMIN_NO_SRP_AUTH'),
  mfaMethodNotFound: signIn('MFAMethodNotFoundException'),
  tooManyRequests: ANY_CALL.tooManyRequests(),
  network: ANY_CALL.network(),
  serviceError: ANY_CALL.serviceError(),
  misconfigured: ANY_CALL.misconfigured(),
};

const s = stepStories({
  tag: 'auth-sign-in',
  step: 'signIn',
  title: 'Steps/Sign in',
  fields: ['username', 'password'],
  filled: { username: 'ana', password: PASSWORD },
  description:
    '`<auth-sign-in>`: username and password, with links to reset a password and to create an account. ' +
    '`<auth-flow>` renders it in its light DOM; here it sits alone in a controller-less frame, driven by the `state` arg.',
});
export default { ...s.meta, title: 'Steps/Sign in', component: 'auth-sign-in' };

export const Empty = s.empty();
export const Filled = s.filled();
export const Pending = s.pending();
export const NoticeSignUpConfirmed = s.notice('signUpConfirmed', { username: 'ana' });
export const NoticePasswordReset = s.notice('passwordReset', { username: 'ana' });
export const NoticeSignedOut = s.notice('signedOut', { username: 'ana' });

export const UsernameRequired = s.error(ERRORS.usernameRequired, { password: PASSWORD });
export const PasswordRequired = s.error(ERRORS.passwordRequired, { username: 'ana' });
// The kit empties the password after these; the username stays.
export const IncorrectCredentials = s.error(ERRORS.incorrectCredentials, { username: 'ana' });
// An unknown user reads exactly like a wrong password: the form never confirms an account exists.
export const UserNotFoundReadsAsIncorrect = s.error(ERRORS.userNotFound, { username: 'nobody' });
export const PasswordAttemptsExceeded = s.error(ERRORS.passwordAttemptsExceeded, { username: 'ana' });
export const UserDisabled = s.error(ERRORS.userDisabled, { username: 'ana' });
export const SessionExpired = s.error(ERRORS.sessionExpired, undefined, { username: 'ana' });
export const FlowNotEnabled = s.error(ERRORS.flowNotEnabled, { username: 'ana' });
export const TriggerFailed = s.error(ERRORS.triggerFailed, { username: 'ana' });
export const UnknownChallenge = s.error(ERRORS.unknownChallenge, { username: 'ana' });
export const MfaMethodNotFound = s.error(ERRORS.mfaMethodNotFound, { username: 'ana' });
export const TooManyRequests = s.error(ERRORS.tooManyRequests, { username: 'ana' });
export const Network = s.error(ERRORS.network, { username: 'ana' });
export const ServiceError = s.error(ERRORS.serviceError, { username: 'ana' });
export const Misconfigured = s.error(ERRORS.misconfigured, { username: 'ana' });

/** The element's own check before anything is sent: both fields empty. */
export const SubmitEmpty = {
  name: 'Submit empty (checked before sending)',
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, 'auth-sign-in');
    const canvas = within(element);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await element.updateComplete;
    await expect(canvas.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription('Fill in this field.');
    await expect(canvas.getByLabelText('Username')).toHaveFocus();
  },
} satisfies typeof Empty;

export const ShowPassword = {
  name: 'Show password',
  args: { values: { username: 'ana', password: PASSWORD } },
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, 'auth-sign-in');
    const toggle = within(element).getByRole('button', { name: 'Show password' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(within(element).getByLabelText('Password')).toHaveAttribute('type', 'text');
  },
} satisfies typeof Empty;

export const HideSignUp = { args: { 'hide-sign-up': true } } satisfies typeof Empty;
export const Passwordless = {
  name: 'Passwordless (CUSTOM_WITHOUT_SRP)',
  args: { passwordless: true },
} satisfies typeof Empty;

/** The country picker before a phone field, once the phone library (loaded with the step) is there. */
async function countryPicker(canvasElement: HTMLElement): Promise<{ element: HTMLElement; select: HTMLSelectElement; field: HTMLInputElement }> {
  const element = await stepElement(canvasElement, 'auth-sign-in');
  const select = await waitFor(() => {
    const found = element.querySelector<HTMLSelectElement>('select.auth-country');
    if (!found) throw new Error('no country picker yet');
    return found;
  });
  return { element, select, field: element.querySelector<HTMLInputElement>('input[name=username]')! };
}

/** `username-attributes="phone_number"`: a country picker (starting at `default-country`) before the number. */
export const PhoneUsername: StepStory = {
  args: { 'username-attributes': 'phone_number', 'default-country': 'GB' },
  play: async ({ canvasElement }) => {
    const { select, field } = await countryPicker(canvasElement);
    await expect(select).toHaveValue('GB');
    await expect(select).toHaveAccessibleName('Country or region');
    await expect(field).toHaveAccessibleName('Phone number');
    await expect(field).toHaveAccessibleDescription('Choose the country, or start the number with + and its country code.');
  },
};

/** A national number, formatted for the country chosen (sent as `+447400123456`). */
export const PhoneFormatted: StepStory = {
  args: { 'username-attributes': 'phone_number', 'default-country': 'GB', values: { username: '07400123456', password: PASSWORD } },
  play: async ({ canvasElement }) => {
    const { field } = await countryPicker(canvasElement);
    await waitFor(() => expect(field).toHaveValue('07400 123456'));
  },
};

/** A + and a calling code pick the country: typed with the United Kingdom chosen, a US number. */
export const PhoneInternational: StepStory = {
  args: { 'username-attributes': 'phone_number', 'default-country': 'GB', values: { username: '+12015550123', password: PASSWORD } },
  play: async ({ canvasElement }) => {
    const { select, field } = await countryPicker(canvasElement);
    await waitFor(() => expect(select).toHaveValue('US'));
    await expect(field).toHaveValue('+1 201 555 0123');
  },
};

/** A number that cannot exist (no US number starts with 555), refused at the field before sending. */
export const PhoneInvalid: StepStory = {
  name: 'Phone invalid (checked before sending)',
  args: { 'username-attributes': 'phone_number', 'default-country': 'US', values: { username: '5550100199', password: PASSWORD } },
  play: async ({ canvasElement }) => {
    const { element, field } = await countryPicker(canvasElement);
    await userEvent.click(within(element).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    await expect(field).toHaveAccessibleDescription(expect.stringContaining('Enter the phone number with its country code'));
    await expect(field).toHaveValue('(555) 010-0199');
  },
};

/** The picker in Arabic: country names from the browser in the language on screen; the number stays left to right. */
export const PhoneInArabic: StepStory = {
  args: { 'username-attributes': 'phone_number', 'default-country': 'EG', values: { username: '01001234567', password: PASSWORD } },
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const { select, field } = await countryPicker(canvasElement);
    const egypt = new Intl.DisplayNames('ar', { type: 'region' }).of('EG')!;
    await waitFor(() => expect(select.selectedOptions[0].textContent).toContain(egypt));
    await expect(field).toHaveAttribute('dir', 'ltr');
  },
};

/** `username-attributes="email phone_number"`: the picker shows once the text looks like a number. */
export const EmailOrPhoneAsNumber: StepStory = {
  args: { 'username-attributes': 'email phone_number', 'default-country': 'US', values: { username: '2015550123', password: PASSWORD } },
  play: async ({ canvasElement }) => {
    const { select, field } = await countryPicker(canvasElement);
    await expect(select).toHaveValue('US');
    await waitFor(() => expect(field).toHaveValue('(201) 555-0123'));
  },
};

export const LongUsername = s.longUsername();
export const LongTranslationsNarrow = s.longTranslationsNarrow(ERRORS.passwordRequired);
export const RightToLeft = s.rightToLeft(ERRORS.passwordRequired);
// Built-in languages: Arabic (right to left) and Japanese (CJK), each with an error; axe on both.
export const Arabic = s.inLanguage('ar', ERRORS.passwordRequired);
export const Japanese = s.inLanguage('ja', ERRORS.incorrectCredentials);
export const Dark = s.dark(ERRORS.incorrectCredentials, { notice: 'signedOut' });
export const Wide = s.wide();
export const RightToLeftNarrow = s.rightToLeftNarrow(null);
