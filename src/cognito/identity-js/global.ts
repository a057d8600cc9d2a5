/**
 * `amazon-cognito-identity-js` 6 bundles `buffer` 4, which reads the Node global `global` while it
 * is being imported (`global.TYPED_ARRAY_SUPPORT`). Browsers have no `global`, so a plain browser
 * build dies with `ReferenceError: global is not defined` unless the app adds
 * `define: { global: 'globalThis' }` to its bundler config.
 *
 * This module makes `global` an alias of `globalThis` when it is missing (it never replaces one
 * that exists). The identity-js backend imports it before `amazon-cognito-identity-js`, and ES
 * modules run in import order, so the alias is there when buffer looks. It is a separate module,
 * and a separate chunk in the library build, because imports are hoisted: code written in the same
 * module as the identity-js import would run after it.
 *
 * The export is what keeps it: bundlers drop unused modules of a package that declares
 * `sideEffects`, but not one whose exported value is used.
 */
const root = globalThis as typeof globalThis & { global?: typeof globalThis };

/** `globalThis.global`, set to `globalThis` here when the page had none. */
export const globalObject: typeof globalThis = (root.global ??= root);
