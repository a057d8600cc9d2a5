/**
 * Registers every tag and installs the default backend (the API backend over `fetch`). The only
 * module with side effects: `import 'cognito-auth-flow/define'`. An app that brings its own backend
 * can call `defineAuthElements()` instead and never bundle the default one. The API itself is
 * imported from `cognito-auth-flow`, so this entry pulls in only what the first screen needs.
 */
import { createDefaultBackend } from './cognito/default-backend.js';
import { createManagedLogin } from './cognito/oauth/lazy.js';
import { defineAuthElements } from './elements/define-elements.js';
import { AuthFlowElement } from './elements/auth-flow.js';

AuthFlowElement.defaultBackend ??= createDefaultBackend;
AuthFlowElement.defaultFederation ??= createManagedLogin;
defineAuthElements();
