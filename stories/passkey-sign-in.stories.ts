import { expect, within } from 'storybook/test';
import { KIT_ERROR_NAMES } from '../src/core/errors.js';
import { cognitoError } from './support/fixtures.js';
import { stepElement, stepStories, type StepStory } from './support/step-stories.js';

const tag = 'auth-passkey-sign-in';
const s = stepStories({
  tag,
  step: 'confirmSignInWithPasskey',
  title: 'Steps/Passkey sign-in (USER_AUTH)',
  fields: [],
  filled: {},
  description:
    "`<auth-passkey-sign-in>`: signing in with a passkey (`WEB_AUTHN`). The browser's sheet opens as the step appears " +
    '(pending: "follow the steps…"); a closed sheet or a device without a passkey is said calmly, with "Try again" and ' +
    '"Choose another way"; an authenticator or Cognito failure has its own message.',
});
export default { ...s.meta, title: 'Steps/Passkey sign-in (USER_AUTH)', component: tag };

/** The sheet is open: the step says what to do, nothing to click but the ways out. */
export const Waiting: StepStory = {
  ...s.pending(),
  play: async ({ canvasElement }) => {
    const element = await stepElement(canvasElement, tag);
    await expect(within(element).getByText(/Follow the steps your browser/)).toBeVisible();
    await expect(within(element).queryByRole('alert')).toBeNull();
  },
};
export const Cancelled = s.error(cognitoError(KIT_ERROR_NAMES.passkeyCancelled));
export const CancelledNoOtherWay = s.error(cognitoError(KIT_ERROR_NAMES.passkeyCancelled), undefined, { factors: ['WEB_AUTHN'] });
export const Failed = s.error(cognitoError(KIT_ERROR_NAMES.passkeyFailed));
export const WrongSite = s.error(cognitoError('WebAuthnRelyingPartyMismatchException'));
export const Unsupported = s.error(cognitoError(KIT_ERROR_NAMES.passkeyUnsupported));

export const LongTranslationsNarrow = s.longTranslationsNarrow(cognitoError(KIT_ERROR_NAMES.passkeyCancelled));
export const RightToLeft = s.rightToLeft(cognitoError(KIT_ERROR_NAMES.passkeyCancelled));
export const Dark = s.dark(cognitoError(KIT_ERROR_NAMES.passkeyFailed));
export const RightToLeftNarrow = s.rightToLeftNarrow(null);
