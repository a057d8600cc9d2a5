import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ANY_CALL, cognitoError, fieldCheck, PASSWORD } from './support/fixtures.js';
import { stepElement, stepStories, type StepStory } from './support/step-stories.js';

const ERRORS = {
  usernameRequired: fieldCheck('username', 'required'),
  passwordRequired: fieldCheck('password', 'required'),
  emailRequired: fieldCheck('email', 'required'),
  invalidEmail: fieldCheck('email', 'invalidEmail'),
  invalidPhone: fieldCheck('phone_number', 'invalidPhone'),
  usernameExists: cognitoError('UsernameExistsException', 'User already exists'),
  invalidPassword: cognitoError('InvalidPasswordException', 'Password did not conform with policy: Password must have symbol characters'),
  invalidEmailServer: cognitoError('InvalidParameterException', 'Invalid email address format.'),
  invalidParameter: cognitoError('InvalidParameterException', 'Attributes did not conform to the schema: name: The attribute name is required'),
  codeDeliveryFailure: cognitoError('CodeDeliveryFailureException', 'Unable to deliver message'),
  triggerFailed: cognitoError('UserLambdaValidationException', 'PreSignUp failed with error Sign-ups from blocked.example are closed.'),
  tooManyRequests: ANY_CALL.tooManyRequests(),
  network: ANY_CALL.network(),
  serviceError: ANY_CALL.serviceError(),
  misconfigured: cognitoError('InvalidEmailRoleAccessPolicyException', 'Cognito is not allowed to use your email identity.'),
};

const FILLED = { username: 'ana', password: PASSWORD, email: 'ana@example.com', phone_number: '+1 201 555 0123' };

const s = stepStories({
  tag: 'auth-sign-up',
  step: 'signUp',
  title: 'Steps/Sign up',
  fields: ['username', 'password', 'email', 'phone_number'],
  filled: FILLED,
  description:
    '`<auth-sign-up>`: username, a new password and the Cognito attributes the pool asks for ' +
    '(`sign-up-attributes`, `?` marking optional ones).',
});
export default { ...s.meta, title: 'Steps/Sign up', component: 'auth-sign-up' };

export const Empty = s.empty();
export const Filled = s.filled();
export const Pending = s.pending();

export const UsernameRequired = s.error(ERRORS.usernameRequired, { ...FILLED, username: '' });
export const PasswordRequired = s.error(ERRORS.passwordRequired, { ...FILLED, password: '' });
export const EmailRequired = s.error(ERRORS.emailRequired, { ...FILLED, email: '' });
export const InvalidEmail = s.error(ERRORS.invalidEmail, { ...FILLED, email: 'ana@example' });
export const InvalidPhone = s.error(ERRORS.invalidPhone, { ...FILLED, phone_number: '555 0199' });
export const UsernameExists = s.error(ERRORS.usernameExists, { ...FILLED, username: 'taken' });
export const InvalidPassword = s.error(ERRORS.invalidPassword, FILLED);
export const InvalidEmailFromCognito = s.error(ERRORS.invalidEmailServer, FILLED);
export const InvalidParameter = s.error(ERRORS.invalidParameter, FILLED);
export const CodeDeliveryFailure = s.error(ERRORS.codeDeliveryFailure, FILLED);
export const TriggerFailed = s.error(ERRORS.triggerFailed, { ...FILLED, email: 'ana@blocked.example' });
export const TooManyRequests = s.error(ERRORS.tooManyRequests, FILLED);
export const Network = s.error(ERRORS.network, FILLED);
export const ServiceError = s.error(ERRORS.serviceError, FILLED);
export const Misconfigured = s.error(ERRORS.misconfigured, FILLED);

/** The element's own checks before anything is sent: empty required fields, a malformed phone. */
export const SubmitInvalid: StepStory = {
  name: 'Submit invalid (checked before sending)',
  args: { values: { username: '', password: '', email: '', phone_number: '12' } },
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, 'auth-sign-up');
    const canvas = within(element);
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    await element.updateComplete;
    for (const label of ['Username', 'Password', 'Email']) {
      await expect(canvas.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(canvas.getByLabelText('Phone number (optional)')).toHaveAccessibleDescription(
      expect.stringContaining('Enter the phone number with its country code'),
    );
    await expect(canvas.getByLabelText('Username')).toHaveFocus();
    // Fixing a field clears its error at once.
    await userEvent.type(canvas.getByLabelText('Username'), 'ana');
    await expect(canvas.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'false');
  },
};

export const EmailOnly: StepStory = { args: { 'sign-up-attributes': 'email' } };
export const NameAndContact: StepStory = {
  args: { 'sign-up-attributes': 'given_name family_name email phone_number? custom:company?' },
};
export const NoAttributes: StepStory = { args: { 'sign-up-attributes': '' } };

/** `username-attributes="email"`: the username is the address (an email field), so no second email field. */
export const EmailUsername: StepStory = {
  args: { 'username-attributes': 'email', values: { username: 'Ana@Example.com', password: 'abc' } },
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, 'auth-sign-up');
    const field = within(element).getByLabelText('Email');
    await expect(field).toHaveAttribute('type', 'email');
    await expect(field).toHaveAttribute('autocomplete', 'username');
    await expect(element.querySelector('input[name=email]')).toBeNull();
  },
};

/** `username-attributes="email phone_number"`: one field that takes either. */
export const EmailOrPhoneUsername: StepStory = { args: { 'username-attributes': 'email phone_number' } };

/** The `phone_number` attribute with its country picker (`default-country="DE"`), formatted for Germany. */
export const PhoneNumberWithCountry: StepStory = {
  args: { 'default-country': 'DE', values: { ...FILLED, phone_number: '015112345678' } },
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, 'auth-sign-up');
    const select = await waitFor(() => {
      const found = element.querySelector<HTMLSelectElement>('.auth-field[data-field=phone_number] select.auth-country');
      if (!found) throw new Error('no country picker yet');
      return found;
    });
    await expect(select).toHaveValue('DE');
    await waitFor(() => expect(within(element).getByLabelText('Phone number (optional)')).toHaveValue('01511 2345678'));
  },
};

/** `form-fields`: the attributes as the page configures them (a first field, a select, a date with a hint, a checkbox). */
const FORM_FIELDS = {
  signUp: [
    { name: 'given_name', label: 'First name', order: 0 },
    { name: 'custom:plan', label: 'Plan', type: 'select', required: true, options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] },
    { name: 'birthdate', type: 'date', hint: 'You need to be 16 or older.' },
    { name: 'custom:newsletter', label: 'Send me the monthly newsletter', type: 'checkbox' },
  ],
} as const;

export const FormFields: StepStory = {
  args: { 'sign-up-attributes': 'email', formFields: FORM_FIELDS },
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, 'auth-sign-up');
    const order = [...element.querySelectorAll('.auth-field')].map((box) => box.getAttribute('data-field'));
    await expect(order).toEqual(['given_name', 'username', 'password', 'email', 'custom:plan', 'birthdate', 'custom:newsletter']);
    await expect(within(element).getByLabelText('Plan')).toHaveRole('combobox');
    await expect(within(element).getByLabelText('Date of birth (optional)')).toHaveAccessibleDescription('You need to be 16 or older.');
    await expect(within(element).getByLabelText('Send me the monthly newsletter (optional)')).toHaveAttribute('type', 'checkbox');
  },
};

/** A required select left at "Choose…": refused at the field before sending. */
export const FormFieldsRequiredSelect: StepStory = {
  name: 'Form fields: required select (checked before sending)',
  args: { 'sign-up-attributes': 'email', formFields: FORM_FIELDS, values: { username: 'ana', password: PASSWORD, email: 'ana@example.com' } },
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, 'auth-sign-up');
    await userEvent.click(within(element).getByRole('button', { name: 'Create account' }));
    const plan = within(element).getByLabelText('Plan');
    await waitFor(() => expect(plan).toHaveAttribute('aria-invalid', 'true'));
    await expect(plan).toHaveAccessibleDescription('Fill in this field.');
  },
};

/** The page's own markup lacks an attribute the pool requires: the form is at fault, said at form level. */
export const FormLacksField = s.error(fieldCheck('given_name', 'formLacksField'), FILLED);

/** The password checklist as the person types: some rules met (✓), others still needed (✗), in words too. */
export const PasswordRulesPartlyMet: StepStory = {
  args: { values: FILLED },
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, 'auth-sign-up');
    const password = element.querySelector<HTMLInputElement>('input[name=password]')!;
    password.value = 'abc1';
    password.dispatchEvent(new Event('input', { bubbles: true }));
    await element.updateComplete;
    const states = [...element.querySelectorAll<HTMLElement>('.auth-password-rules li')].map((li) => li.dataset.met);
    await expect(states).toEqual(['false', 'true', 'false', 'true', 'false']);
  },
};

/** A pool's own policy, compact: `min=12 lower digit`. */
export const CustomPasswordPolicy: StepStory = { args: { 'password-policy': 'min=12 lower digit' } };

/** The policy checked before sending: the first unmet rule at the field. */
export const PasswordTooShort = s.error(fieldCheck('password', 'passwordTooShort'), { ...FILLED, password: 'Ab1!' });

export const LongUsername = s.longUsername();
export const LongTranslationsNarrow = s.longTranslationsNarrow(ERRORS.usernameExists);
export const RightToLeft = s.rightToLeft(ERRORS.invalidEmail);
export const Dark = s.dark(ERRORS.invalidPassword);
export const Wide = s.wide();
export const RightToLeftNarrow = s.rightToLeftNarrow(null);
