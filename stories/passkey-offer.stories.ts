import { KIT_ERROR_NAMES } from '../src/core/errors.js';
import { ANY_CALL, cognitoError } from './support/fixtures.js';
import { stepStories } from './support/step-stories.js';

const tag = 'auth-passkey-offer';
const s = stepStories({
  tag,
  step: 'offerPasskey',
  title: 'Steps/Passkey offer',
  fields: [],
  filled: {},
  description:
    '`<auth-passkey-offer>`: after a `USER_AUTH` sign-in without a passkey, an offer to create one ' +
    '(`passkey-prompt="after-sign-in"`, the default; `never` turns it off). "Not now" dismisses it; the person is ' +
    'signed in either way.',
});
export default { ...s.meta, title: 'Steps/Passkey offer', component: tag };

export const Offer = s.empty();
export const Creating = s.pending();
export const Cancelled = s.error(cognitoError(KIT_ERROR_NAMES.passkeyCancelled));
export const AlreadyOnThisDevice = s.error(cognitoError(KIT_ERROR_NAMES.passkeyExists));
export const WrongSite = s.error(cognitoError('WebAuthnOriginNotAllowedException'));
export const Network = s.error(ANY_CALL.network());

export const LongTranslationsNarrow = s.longTranslationsNarrow(null);
export const RightToLeft = s.rightToLeft(null);
export const Dark = s.dark(null);
export const RightToLeftNarrow = s.rightToLeftNarrow(null);
