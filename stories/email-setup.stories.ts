import { ANY_CALL, cognitoError, fieldCheck } from './support/fixtures.js';
import { stepStories } from './support/step-stories.js';

const s = stepStories({
  tag: 'auth-email-setup',
  step: 'setUpEmail',
  title: 'Steps/Email MFA setup',
  fields: ['email'],
  filled: { email: 'ana@example.com' },
  description:
    '`<auth-email-setup>`: setting up email codes during sign-in (`MFA_SETUP` with email). Cognito then sends a code ' +
    'to the address, and the flow moves to the email code step.',
});
export default { ...s.meta, title: 'Steps/Email MFA setup', component: 'auth-email-setup' };

const ERRORS = {
  emailRequired: fieldCheck('email', 'required'),
  invalidEmail: fieldCheck('email', 'invalidEmail'),
  invalidEmailFromCognito: cognitoError('InvalidParameterException', 'Invalid email address format.'),
  aliasExists: cognitoError('AliasExistsException', 'An account with the email already exists.'),
  codeDeliveryFailure: cognitoError('CodeDeliveryFailureException', 'Unable to deliver message'),
  tooManyRequests: ANY_CALL.tooManyRequests(),
  network: ANY_CALL.network(),
  serviceError: ANY_CALL.serviceError(),
};

export const Empty = s.empty();
export const Filled = s.filled();
export const Pending = s.pending();

export const EmailRequired = s.error(ERRORS.emailRequired);
export const InvalidEmail = s.error(ERRORS.invalidEmail, { email: 'ana@example' });
export const InvalidEmailFromCognito = s.error(ERRORS.invalidEmailFromCognito, { email: 'ana@example.c' });
export const AliasExists = s.error(ERRORS.aliasExists, { email: 'ben@example.com' });
export const CodeDeliveryFailure = s.error(ERRORS.codeDeliveryFailure, { email: 'ana@example.com' });
export const TooManyRequests = s.error(ERRORS.tooManyRequests, { email: 'ana@example.com' });
export const Network = s.error(ERRORS.network, { email: 'ana@example.com' });
export const ServiceError = s.error(ERRORS.serviceError, { email: 'ana@example.com' });

export const LongTranslationsNarrow = s.longTranslationsNarrow(ERRORS.aliasExists);
export const RightToLeft = s.rightToLeft(ERRORS.invalidEmail);
export const Dark = s.dark(ERRORS.invalidEmail);
export const Narrow = s.narrow();
export const Wide = s.wide();
export const RightToLeftNarrow = s.rightToLeftNarrow(null);
