/**
 * The backend `<auth-flow>` builds from its attributes when an app passes none: the API backend
 * over `fetch`, with tokens in memory or, with `persist`, in Web Storage (never the refresh
 * token). `define.ts` installs it, so an app that brings its own backend never bundles this one.
 */
import type { AuthBackend, BackendConfig } from '../core/backend.js';
import { CognitoApiBackend } from './api/backend.js';
import { WebStorageSessionStore } from './session-store.js';

export function createDefaultBackend(config: BackendConfig): AuthBackend {
  const storage = config.persist === 'local' ? localStorage : config.persist === 'session' ? sessionStorage : null;
  return new CognitoApiBackend({
    userPoolId: config.userPoolId,
    clientId: config.clientId,
    endpoint: config.endpoint || undefined,
    timeout: config.timeout || undefined,
    storage: storage ? new WebStorageSessionStore(storage, `cognito-auth-flow:${config.clientId}`) : undefined,
  });
}
