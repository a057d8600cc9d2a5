/**
 * Whether this browser and page can use passkeys at all: what the first screen needs to know
 * (a `USER_AUTH` flow that prefers passkeys, autofill for a remembered username) before the rest of
 * the browser's passkeys (browser-passkeys.ts) comes with the flow's parts (docs/architecture.md §11).
 */
export const passkeysAvailable = (): boolean =>
  typeof PublicKeyCredential === 'function' && globalThis.isSecureContext && !!navigator.credentials;

/** The first screen's view of the browser's passkeys, as `usableFactor` reads it. */
export const passkeySupport = { available: passkeysAvailable };
