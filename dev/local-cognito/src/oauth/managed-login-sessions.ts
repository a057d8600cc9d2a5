/**
 * The managed login's own session: after a sign-in the browser keeps a cookie on the managed-login
 * origin, and a later `/oauth2/authorize` without a provider (or with `prompt=none`) signs in again
 * without asking, as Cognito's one-hour session cookies do. `/logout` ends it. In memory, so a
 * restart signs everyone out of the managed login (not of the app).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RuntimeSettings } from '../settings.js';

export const SESSION_COOKIE = 'local-managed-login';

export interface ManagedLoginSession {
  poolId: string;
  username: string;
  /** Epoch seconds of the sign-in. */
  authTime: number;
}

export class ManagedLoginSessions {
  private readonly entries = new Map<string, ManagedLoginSession & { expiresAt: number }>();

  constructor(private readonly settings: RuntimeSettings) {}

  /** A new session and the Set-Cookie value for it, or undefined when sessions are off (0 s). */
  start(session: ManagedLoginSession): string | undefined {
    const seconds = this.settings.current.managedLoginSessionSeconds;
    if (seconds <= 0) return undefined;
    const now = Date.now();
    for (const [id, entry] of this.entries) if (entry.expiresAt < now) this.entries.delete(id);
    const id = randomBytes(24).toString('base64url');
    this.entries.set(id, { ...session, expiresAt: now + seconds * 1000 });
    return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.ceil(seconds)}`;
  }

  current(req: IncomingMessage): ManagedLoginSession | undefined {
    const id = cookie(req, SESSION_COOKIE);
    const entry = id ? this.entries.get(id) : undefined;
    if (!entry || entry.expiresAt < Date.now()) return undefined;
    return { poolId: entry.poolId, username: entry.username, authTime: entry.authTime };
  }

  /** Ends the request's session; the Set-Cookie value that clears the cookie. */
  end(req: IncomingMessage): string {
    const id = cookie(req, SESSION_COOKIE);
    if (id) this.entries.delete(id);
    return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
  }

  clear(): void {
    this.entries.clear();
  }
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
