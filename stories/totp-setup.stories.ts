import { expect, within } from 'storybook/test';
import { ANY_CALL, cognitoError, fieldCheck } from './support/fixtures.js';
import { RIGHT_CODE } from './support/story-backend.js';
import { translatorOf } from './support/frame.js';
import { stepElement, stepStories, type StepStory } from './support/step-stories.js';

const tag = 'auth-totp-setup';
const s = stepStories({
  tag,
  step: 'setUpTotp',
  title: 'Steps/Authenticator app setup',
  fields: ['code'],
  filled: { code: RIGHT_CODE },
  description:
    '`<auth-totp-setup>`: setting up an authenticator app during sign-in (`MFA_SETUP`): a QR code of the `otpauth://` ' +
    'URI (the encoder loads only when this step shows), the setup key as copyable text, and the first code. ' +
    '`totp-issuer` names the account in the app.',
});
export default { ...s.meta, title: 'Steps/Authenticator app setup', component: 'auth-totp-setup' };

const ERRORS = {
  codeRequired: fieldCheck('code', 'required'),
  invalidCodeFormat: fieldCheck('code', 'invalidCodeFormat'),
  codeMismatch: cognitoError('EnableSoftwareTokenMFAException', 'Code mismatch'),
  softwareTokenNotFound: cognitoError('SoftwareTokenMFANotFoundException'),
  tooManyRequests: ANY_CALL.tooManyRequests(),
  network: ANY_CALL.network(),
  serviceError: ANY_CALL.serviceError(),
};

/** Waits for the lazily loaded QR code. */
const qrShown: StepStory['play'] = async (context) => {
  const element = await stepElement(context.canvasElement, tag);
  const qr = await within(element).findByRole('img', { name: translatorOf(context)('totpSetup.qr') });
  await expect(qr).toBeVisible();
  await expect(element.querySelector('code')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
};

/** The secret is on its way (`AssociateSoftwareToken`). */
export const Preparing = s.empty({ secretCode: undefined, pending: true });
export const Ready = { ...s.empty(), play: qrShown } satisfies StepStory;
export const Filled = { ...s.filled(), play: qrShown } satisfies StepStory;
export const Pending = s.pending();
export const CustomIssuer = { ...s.empty(), args: { ...s.empty().args, 'totp-issuer': 'Acme Cloud' }, play: qrShown } satisfies StepStory;

export const CodeRequired = s.error(ERRORS.codeRequired);
export const InvalidCodeFormat = s.error(ERRORS.invalidCodeFormat, { code: 'abc' });
export const CodeMismatch = s.error(ERRORS.codeMismatch, { code: '654321' });
export const SoftwareTokenNotFound = s.error(ERRORS.softwareTokenNotFound);
export const TooManyRequests = s.error(ERRORS.tooManyRequests, { code: RIGHT_CODE });
export const Network = s.error(ERRORS.network, { code: RIGHT_CODE });
export const ServiceError = s.error(ERRORS.serviceError, { code: RIGHT_CODE });
/** The secret never came (`AssociateSoftwareToken` failed). */
export const SecretFailed = s.error(ERRORS.network, undefined, { secretCode: undefined });

export const LongTranslationsNarrow = { ...s.longTranslationsNarrow(ERRORS.codeMismatch), play: qrShown } satisfies StepStory;
export const RightToLeft = s.rightToLeft(ERRORS.codeMismatch);
export const Dark = { ...s.dark(null), play: qrShown } satisfies StepStory;
export const Narrow = { ...s.narrow(), play: qrShown } satisfies StepStory;
export const Wide = s.wide();
