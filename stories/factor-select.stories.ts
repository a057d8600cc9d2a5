import { expect, userEvent, within } from 'storybook/test';
import { ANY_CALL, cognitoError } from './support/fixtures.js';
import { stepElement, stepStories, type StepStory } from './support/step-stories.js';

const tag = 'auth-factor-select';
const s = stepStories({
  tag,
  step: 'selectFirstFactor',
  title: 'Steps/Factor choice (USER_AUTH)',
  fields: ['factor'],
  filled: { factor: 'EMAIL_OTP' },
  description:
    '`<auth-factor-select>`: how to sign in, among the first factors Cognito offers this person (`SELECT_CHALLENGE` of ' +
    '`USER_AUTH`): a passkey, a code by email or text message, or the password (one choice, SRP when offered). The ' +
    'factor used last on this device comes first and is preselected; `preferred-challenge` skips this screen.',
});
export default { ...s.meta, title: 'Steps/Factor choice (USER_AUTH)', component: tag };

export const AllFour = s.empty();
export const PasswordOrEmailCode = s.empty({ factors: ['EMAIL_OTP', 'PASSWORD_SRP'] });
export const LastUsedFirst = s.empty({ factors: ['SMS_OTP', 'WEB_AUTHN', 'PASSWORD_SRP'] });
export const Filled = s.filled();
export const Pending = s.pending();

/** A radio group: arrow keys move the choice, Enter submits. */
export const ChooseByKeyboard: StepStory = {
  ...s.empty(),
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, tag);
    const canvas = within(element);
    await expect(canvas.getByRole('group', { name: 'Sign in with' })).toBeVisible();
    canvas.getByRole('radio', { name: 'A passkey' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: 'A code sent by email' })).toBeChecked();
  },
};

export const CodeDeliveryFailure = s.error(cognitoError('CodeDeliveryFailureException'), { factor: 'SMS_OTP' });
export const Network = s.error(ANY_CALL.network(), { factor: 'EMAIL_OTP' });
export const SessionExpired = s.error(cognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'));

export const LongTranslationsNarrow = s.longTranslationsNarrow(null);
export const RightToLeft = s.rightToLeft(null);
export const Dark = s.dark(null);
export const Narrow = s.narrow();
export const RightToLeftNarrow = s.rightToLeftNarrow(null);
