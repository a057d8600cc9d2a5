import { ANY_CALL, cognitoError, fieldCheck, PASSWORD } from './support/fixtures.js';
import { stepStories } from './support/step-stories.js';

const FILLED = { password: PASSWORD, given_name: 'Ana', family_name: 'Lima' };
const s = stepStories({
  tag: 'auth-new-password',
  step: 'newPasswordRequired',
  title: 'Steps/New password required',
  fields: ['password', 'given_name', 'family_name'],
  filled: FILLED,
  description:
    '`<auth-new-password>`: the forced new password (`NEW_PASSWORD_REQUIRED`, e.g. after an admin created the ' +
    'account), with the password rules shown up front and a field for each required attribute the account lacks.',
});
export default { ...s.meta, title: 'Steps/New password required', component: 'auth-new-password' };

const ERRORS = {
  passwordRequired: fieldCheck('password', 'required'),
  givenNameRequired: fieldCheck('given_name', 'required'),
  invalidPassword: cognitoError('InvalidPasswordException', 'Password does not conform to policy: Password not long enough'),
  invalidParameter: cognitoError('InvalidParameterException', 'Invalid attributes given, family_name is missing'),
  triggerFailed: cognitoError('UserLambdaValidationException', 'PreAuthentication failed with error Account under review.'),
  tooManyRequests: ANY_CALL.tooManyRequests(),
  network: ANY_CALL.network(),
  serviceError: ANY_CALL.serviceError(),
};

export const Empty = s.empty();
export const Filled = s.filled();
export const Pending = s.pending();
export const NoMissingAttributes = s.filled({ missingAttributes: [] }, { password: PASSWORD });
export const ManyMissingAttributes = s.empty({
  missingAttributes: ['name', 'email', 'phone_number', 'birthdate', 'custom:department'],
});

export const PasswordRequired = s.error(ERRORS.passwordRequired, { ...FILLED, password: '' });
export const GivenNameRequired = s.error(ERRORS.givenNameRequired, { ...FILLED, given_name: '' });
export const InvalidPassword = s.error(ERRORS.invalidPassword, FILLED);
export const InvalidParameter = s.error(ERRORS.invalidParameter, FILLED);
export const TriggerFailed = s.error(ERRORS.triggerFailed, FILLED);
export const TooManyRequests = s.error(ERRORS.tooManyRequests, FILLED);
export const Network = s.error(ERRORS.network, FILLED);
export const ServiceError = s.error(ERRORS.serviceError, FILLED);

export const LongTranslationsNarrow = s.longTranslationsNarrow(ERRORS.givenNameRequired);
export const RightToLeft = s.rightToLeft(ERRORS.invalidPassword);
export const Dark = s.dark(ERRORS.invalidPassword);
export const Narrow = s.narrow();
export const Wide = s.wide();
export const RightToLeftNarrow = s.rightToLeftNarrow(null);
