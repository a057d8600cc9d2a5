/**
 * Authorization codes: what `/oauth2/authorize` hands the app in `?code=`, for `/oauth2/token` to
 * exchange once. Kept in memory (a restart ends them, as it ends challenge Sessions); the lifetime
 * is the `oauthCodeTtlSeconds` setting, read when the code is issued.
 */
import { randomBytes } from 'node:crypto';
import type { RuntimeSettings } from '../settings.js';

export interface AuthorizationGrant {
  clientId: string;
  poolId: string;
  /** Exactly as sent to /oauth2/authorize: the token request must repeat it. */
  redirectUri: string;
  username: string;
  scopes: string[];
  /** PKCE S256 challenge, when the authorize request sent one. */
  codeChallenge?: string;
  nonce?: string;
  /** Epoch seconds of the authentication behind the code. */
  authTime: number;
}

interface Entry {
  grant: AuthorizationGrant;
  expiresAt: number;
}

export type CodeLookup = { found: true; grant: AuthorizationGrant } | { found: false };

export class AuthorizationCodes {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly settings: RuntimeSettings) {}

  issue(grant: AuthorizationGrant): string {
    const now = Date.now();
    for (const [code, entry] of this.entries) if (entry.expiresAt < now) this.entries.delete(code);
    const code = randomBytes(24).toString('base64url');
    this.entries.set(code, { grant, expiresAt: now + this.settings.current.oauthCodeTtlSeconds * 1000 });
    return code;
  }

  /** The code's grant while it is unspent and in time; a used, late or unknown code is not found. */
  peek(code: string): CodeLookup {
    const entry = this.entries.get(code);
    if (!entry || entry.expiresAt < Date.now()) return { found: false };
    return { found: true, grant: entry.grant };
  }

  spend(code: string): void {
    this.entries.delete(code);
  }
}
