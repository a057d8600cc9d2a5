/**
 * The backend `<auth-flow>` builds from its attributes when an app passes none: the API backend
 * over `fetch`, with tokens in memory or, with `persist`, sealed across reloads (its code loaded
 * only then); a remembered device's secret sealed the same way. `define.ts` installs it, so an app
 * that brings its own backend never bundles this one. Its code arrives after the first screen
 * (api/on-demand-backend.ts).
 */
import type { AuthBackend, BackendConfig } from '../core/backend.js';
import { OnDemandApiBackend } from './api/on-demand-backend.js';

export function createDefaultBackend(config: BackendConfig): AuthBackend {
  return new OnDemandApiBackend({
    userPoolId: config.userPoolId,
    clientId: config.clientId,
    endpoint: config.endpoint || undefined,
    timeout: config.timeout || undefined,
    persist: config.persist,
    // A remembered device's secret is sealed (never plain) and kept across reloads; the sealed
    // store loads only when a device is first remembered or used.
    deviceSecrets: () => import('./sealed-store.js').then((m) => m.openSealedStore('devices')),
  });
}
