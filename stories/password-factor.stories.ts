import { ANY_CALL, cognitoError } from './support/fixtures.js';
import { stepStories } from './support/step-stories.js';

const tag = 'auth-password-factor';
const s = stepStories({
  tag,
  step: 'confirmSignInWithPassword',
  title: 'Steps/Password factor (USER_AUTH)',
  fields: ['password'],
  filled: { password: 'Correct-horse-9' },
  description:
    '`<auth-password-factor>`: the password after choosing it on the factor choice (`USER_AUTH`). Sent with SRP when ' +
    'Cognito offers `PASSWORD_SRP`; any MFA the account has follows through the usual steps. "Choose another way" ' +
    'goes back to the choice without a call.',
});
export default { ...s.meta, title: 'Steps/Password factor (USER_AUTH)', component: tag };

export const Empty = s.empty();
export const OnlyWayLeft = s.empty({ factors: ['PASSWORD_SRP'] });
export const Filled = s.filled();
export const Pending = s.pending();
export const IncorrectPassword = s.error(cognitoError('NotAuthorizedException', 'Incorrect username or password.', { signingIn: true }));
export const Required = s.error({ code: 'required', field: 'password', name: 'ValidationError', retryable: false });
export const Network = s.error(ANY_CALL.network(), { password: 'Correct-horse-9' });

export const LongTranslationsNarrow = s.longTranslationsNarrow(null);
export const RightToLeft = s.rightToLeft(null);
export const Dark = s.dark(null);
export const RightToLeftNarrow = s.rightToLeftNarrow(null);
