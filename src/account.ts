/**
 * `import 'cognito-auth-flow/account'`: registers `<auth-account>` and installs the default backend
 * for it (the API backend over `fetch`), for the pages that manage an account. Kept apart from
 * `cognito-auth-flow/define` so that sign-in pages never load the account page.
 */
import { createDefaultBackend } from './cognito/default-backend.js';
import { AuthAccountElement } from './elements/account/auth-account.js';

AuthAccountElement.defaultBackend ??= createDefaultBackend;
if (!customElements.get('auth-account')) customElements.define('auth-account', AuthAccountElement);
