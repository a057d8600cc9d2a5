/**
 * `cognito-auth-flow/cognito/identity-js`: the `AuthBackend` for apps already built on
 * `amazon-cognito-identity-js` (an optional peer dependency; this is the only kit module that
 * imports it). Works in a browser build without a `global` shim (see identity-js/global.ts).
 *
 * ```ts
 * import { CognitoIdentityJsBackend } from 'cognito-auth-flow/cognito/identity-js';
 * authFlow.backend = new CognitoIdentityJsBackend({ userPoolId, clientId });
 * // or, on the pool the app already has (tokens stay in memory unless `storage` says otherwise):
 * authFlow.backend = CognitoIdentityJsBackend.fromPool(userPool);
 * ```
 */
export {
  CognitoIdentityJsBackend,
  type CognitoIdentityJsBackendOptions,
  type SessionTokens,
} from './identity-js/backend.js';
export { MemoryCognitoStorage } from './identity-js/storage.js';
