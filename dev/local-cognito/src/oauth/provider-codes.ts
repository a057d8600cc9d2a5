/**
 * The stand-in providers' own authorization codes: what a provider hands back to Cognito's
 * `/oauth2/idpresponse`, standing for the person it signed in. Single use, one minute, in memory
 * (the exchange follows the redirect at once).
 */
import { randomBytes } from 'node:crypto';

const LIFETIME_MS = 60_000;

export interface ProviderAssertion {
  providerName: string;
  userId: string;
}

export class ProviderCodes {
  private readonly entries = new Map<string, ProviderAssertion & { expiresAt: number }>();

  issue(assertion: ProviderAssertion): string {
    const now = Date.now();
    for (const [code, entry] of this.entries) if (entry.expiresAt < now) this.entries.delete(code);
    const code = randomBytes(18).toString('base64url');
    this.entries.set(code, { ...assertion, expiresAt: now + LIFETIME_MS });
    return code;
  }

  redeem(code: string): ProviderAssertion | undefined {
    const entry = this.entries.get(code);
    this.entries.delete(code);
    if (!entry || entry.expiresAt < Date.now()) return undefined;
    return { providerName: entry.providerName, userId: entry.userId };
  }
}
