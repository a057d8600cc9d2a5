/**
 * The sign-in entry of the step table (docs/architecture.md §2): the one step the first load holds,
 * so the first screen renders and hands over its first submit without the rest of the table
 * (core/later-steps.ts, loaded on demand). core/step-table.ts composes both.
 */
import type { FirstFactor } from './backend.js';
import { PASSWORD_FIELD, usernameField } from './fields.js';
import { formValue, type StepSpec } from './step-spec.js';

/**
 * The factor a `USER_AUTH` sign-in asks for first: the app's preference, unless it is a passkey and
 * this browser has none (the controller's, and `<auth-flow>`'s first screen before the controller is here).
 */
export function usableFactor(preferred: FirstFactor | undefined, passkeys: { available(): boolean } | null): FirstFactor | undefined {
  return preferred === 'WEB_AUTHN' && !passkeys?.available() ? undefined : preferred;
}

const isPasswordFactor = (factor: FirstFactor | undefined): factor is 'PASSWORD' | 'PASSWORD_SRP' =>
  factor === 'PASSWORD' || factor === 'PASSWORD_SRP';

export const SIGN_IN_STEP = {
  phase: 'entry',
  heading: 'signIn.heading',
  fields: (_state, config) => {
    const plain = usernameField(config.usernameKind);
    if (config.authFlowType === 'CUSTOM_WITHOUT_SRP') return [plain];
    if (config.authFlowType !== 'USER_AUTH') return [plain, PASSWORD_FIELD];
    const username = usernameField(config.usernameKind, config.passkeyAutofill);
    return isPasswordFactor(config.preferredChallenge) ? [username, PASSWORD_FIELD] : [username];
  },
  submit: (c, values, options) => c.signIn({ username: formValue(values, 'username'), password: values.password }, options),
} satisfies StepSpec<'signIn'>;
