/**
 * Registers every tag. The only module with side effects: `import 'cognito-auth-flow/define'`.
 * A tag already defined (two copies of the kit on one page) is left alone rather than throwing.
 */
import { AuthFlowElement } from './elements/auth-flow.js';
import { AuthConfirmCodeElement } from './elements/confirm-code.js';
import { AuthSignInElement } from './elements/sign-in.js';
import { AuthSignUpElement } from './elements/sign-up.js';
import { AuthSignedInElement } from './elements/signed-in.js';

if (!customElements.get('auth-sign-in')) customElements.define('auth-sign-in', AuthSignInElement);
if (!customElements.get('auth-sign-up')) customElements.define('auth-sign-up', AuthSignUpElement);
if (!customElements.get('auth-confirm-code')) customElements.define('auth-confirm-code', AuthConfirmCodeElement);
if (!customElements.get('auth-signed-in')) customElements.define('auth-signed-in', AuthSignedInElement);
if (!customElements.get('auth-flow')) customElements.define('auth-flow', AuthFlowElement);

export * from './index.js';
