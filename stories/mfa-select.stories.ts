import { expect, userEvent, within } from 'storybook/test';
import { ANY_CALL, cognitoError } from './support/fixtures.js';
import { stepElement, stepStories, type StepStory } from './support/step-stories.js';

const tag = 'auth-mfa-select';
const common = { tag, title: 'Steps/MFA choice', fields: ['mfaType'], filled: { mfaType: 'TOTP' } } as const;
const choose = stepStories({
  ...common,
  step: 'selectMfaType',
  description:
    '`<auth-mfa-select>`: which MFA method to use for this sign-in (`SELECT_MFA_TYPE`), or which one to set up when ' +
    'the pool requires MFA (`MFA_SETUP` with a choice). Radio buttons in a fieldset; the first is preselected.',
});
const setup = stepStories({ ...common, step: 'selectMfaSetupType' });
export default { ...choose.meta, title: 'Steps/MFA choice', component: 'auth-mfa-select' };

const ERRORS = {
  mfaMethodNotFound: cognitoError('MFAMethodNotFoundException'),
  tooManyRequests: ANY_CALL.tooManyRequests(),
  network: ANY_CALL.network(),
  serviceError: ANY_CALL.serviceError(),
};

export const ChooseOfThree = choose.empty();
export const ChooseOfTwo = choose.empty({ allowedMfaTypes: ['SMS', 'TOTP'] });
export const ChooseFilled = choose.filled();
export const ChoosePending = choose.pending();
export const SetUpAppOrEmail = setup.empty();
export const SetUpFilled = setup.filled({}, { mfaType: 'EMAIL' });
export const SetUpPending = setup.pending({ mfaType: 'EMAIL' });

/** A radio group: arrow keys move the choice, Enter submits. */
export const ChooseByKeyboard: StepStory = {
  ...choose.empty(),
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, tag);
    const canvas = within(element);
    const group = canvas.getByRole('group', { name: 'Send a code by' });
    await expect(group).toBeVisible();
    canvas.getByRole('radio', { name: 'Text message (SMS)' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: 'Authenticator app' })).toBeChecked();
  },
};

export const MfaMethodNotFound = choose.error(ERRORS.mfaMethodNotFound);
export const TooManyRequests = choose.error(ERRORS.tooManyRequests);
export const Network = choose.error(ERRORS.network, { mfaType: 'EMAIL' });
export const ServiceError = choose.error(ERRORS.serviceError);

export const LongTranslationsNarrow = setup.longTranslationsNarrow(null);
export const RightToLeft = choose.rightToLeft(null);
export const Dark = setup.dark(null);
export const Narrow = choose.narrow();
export const Wide = choose.wide();
export const RightToLeftNarrow = setup.rightToLeftNarrow(null);
