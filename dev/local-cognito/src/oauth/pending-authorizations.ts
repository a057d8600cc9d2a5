/**
 * Authorize requests waiting for an identity provider: `/oauth2/authorize` sends the browser to
 * the provider with the id of one of these as `state`, and `/oauth2/idpresponse` picks it up again
 * (as Cognito keeps its own state towards the IdP). In memory, single use, for 15 minutes: a
 * person may take a while at a provider's page, and no Cognito setting governs this.
 */
import { randomBytes } from 'node:crypto';
import type { AuthorizeRequest } from './authorize-request.js';

const LIFETIME_MS = 15 * 60_000;

export interface PendingAuthorization {
  request: AuthorizeRequest;
  providerName: string;
}

export class PendingAuthorizations {
  private readonly entries = new Map<string, PendingAuthorization & { expiresAt: number }>();

  start(pending: PendingAuthorization): string {
    const now = Date.now();
    for (const [id, entry] of this.entries) if (entry.expiresAt < now) this.entries.delete(id);
    const id = randomBytes(18).toString('base64url');
    this.entries.set(id, { ...pending, expiresAt: now + LIFETIME_MS });
    return id;
  }

  /** The waiting request, once: a second answer for the same state finds nothing. */
  take(id: string): PendingAuthorization | undefined {
    const entry = this.entries.get(id);
    this.entries.delete(id);
    if (!entry || entry.expiresAt < Date.now()) return undefined;
    return { request: entry.request, providerName: entry.providerName };
  }
}
