/**
 * Registers every tag and installs the default backend (the API backend over `fetch`; its factory
 * arrives with `<auth-flow>`'s parts and becomes `AuthFlowElement.defaultBackend`). The only
 * module with side effects: `import 'cognito-auth-flow/define'`. An app that brings its own backend
 * can call `defineAuthElements()` instead and never bundle the default one. The API itself is
 * imported from `cognito-auth-flow`, so this entry pulls in only what the first screen needs.
 */
import { loadOnce } from './core/load-once.js';
import { defineAuthElements } from './elements/define-elements.js';
import { AuthFlowElement } from './elements/auth-flow.js';

// Managed login's stand-in (cognito/oauth/lazy.ts) is fetched only by a page that sets `oauth-domain`.
const managedLogin = loadOnce(() => import('./cognito/oauth/lazy.js'));

// The default backend's factory comes with the flow's parts, after the first screen (docs/architecture.md §11).
AuthFlowElement.loadDefaultBackend ??= () => import('./cognito/default-backend.js').then((module) => module.createDefaultBackend);
AuthFlowElement.defaultFederation ??= (config) => managedLogin().then((module) => module.createManagedLogin(config));
defineAuthElements();
