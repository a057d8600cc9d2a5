/**
 * Registers every tag. The only module with side effects: `import 'cognito-auth-flow/define'`.
 * A tag already defined (two copies of the kit on one page) is left alone rather than throwing.
 */
import { AuthFlowElement } from './elements/auth-flow.js';
import { AuthChallengePromptElement } from './elements/challenge-prompt.js';
import { AuthConfirmCodeElement } from './elements/confirm-code.js';
import { AuthEmailSetupElement } from './elements/email-setup.js';
import { AuthMfaCodeElement } from './elements/mfa-code.js';
import { AuthMfaSelectElement } from './elements/mfa-select.js';
import { AuthNewPasswordElement } from './elements/new-password.js';
import { AuthResetPasswordElement } from './elements/reset-password.js';
import { AuthSignInElement } from './elements/sign-in.js';
import { AuthSignUpElement } from './elements/sign-up.js';
import { AuthSignedInElement } from './elements/signed-in.js';
import { AuthTotpSetupElement } from './elements/totp-setup.js';

if (!customElements.get('auth-sign-in')) customElements.define('auth-sign-in', AuthSignInElement);
if (!customElements.get('auth-sign-up')) customElements.define('auth-sign-up', AuthSignUpElement);
if (!customElements.get('auth-confirm-code')) customElements.define('auth-confirm-code', AuthConfirmCodeElement);
if (!customElements.get('auth-mfa-code')) customElements.define('auth-mfa-code', AuthMfaCodeElement);
if (!customElements.get('auth-mfa-select')) customElements.define('auth-mfa-select', AuthMfaSelectElement);
if (!customElements.get('auth-totp-setup')) customElements.define('auth-totp-setup', AuthTotpSetupElement);
if (!customElements.get('auth-email-setup')) customElements.define('auth-email-setup', AuthEmailSetupElement);
if (!customElements.get('auth-new-password')) customElements.define('auth-new-password', AuthNewPasswordElement);
if (!customElements.get('auth-challenge-prompt')) customElements.define('auth-challenge-prompt', AuthChallengePromptElement);
if (!customElements.get('auth-reset-password')) customElements.define('auth-reset-password', AuthResetPasswordElement);
if (!customElements.get('auth-signed-in')) customElements.define('auth-signed-in', AuthSignedInElement);
if (!customElements.get('auth-flow')) customElements.define('auth-flow', AuthFlowElement);

export * from './index.js';
