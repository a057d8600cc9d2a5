/**
 * Challenge sessions. cognito-local hands out random UUIDs it never checks; the proxy replaces
 * every Session leaving it with its own opaque value bound to the client and user, with the app
 * client's AuthSessionValidity (default 3 minutes) and single use.
 */
import { randomBytes } from 'node:crypto';
import { CognitoError, MESSAGES, errors } from './errors.js';
import type { SrpState } from './srp-server.js';

export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_AUTH';

export interface ChallengeSession {
  id: string;
  clientId: string;
  poolId: string;
  username: string;
  challengeName: string;
  flow: AuthFlow;
  expiresAt: number;
  clientMetadata?: unknown;
  /** cognito-local's own Session, for challenges it produced (MFA, NEW_PASSWORD_REQUIRED). */
  upstreamSession?: string;
  /** PASSWORD_VERIFIER state. */
  srp?: SrpState;
}

interface Entry {
  session: ChallengeSession;
  used: boolean;
}

export class SessionStore {
  private readonly entries = new Map<string, Entry>();
  private readonly bySecretBlock = new Map<string, string>();

  /** @param ttlOverrideMs replaces every client's AuthSessionValidity (tests). */
  constructor(private readonly ttlOverrideMs?: number) {}

  create(fields: Omit<ChallengeSession, 'id' | 'expiresAt'>, validityMinutes = 3): ChallengeSession {
    this.sweep();
    const id = randomBytes(48).toString('base64url');
    const ttl = this.ttlOverrideMs ?? Math.min(15, Math.max(3, validityMinutes)) * 60_000;
    const session: ChallengeSession = { ...fields, id, expiresAt: Date.now() + ttl };
    this.entries.set(id, { session, used: false });
    if (session.srp) this.bySecretBlock.set(session.srp.secretBlock, id);
    return session;
  }

  /**
   * The live session `id` names, checked against the client and the challenge being answered.
   * Clients that drop the Session on PASSWORD_VERIFIER are found by their SECRET_BLOCK instead.
   */
  open(id: unknown, clientId: string, challengeName: unknown, secretBlock?: unknown): ChallengeSession {
    let key = typeof id === 'string' && id ? id : undefined;
    if (!key && challengeName !== 'PASSWORD_VERIFIER') throw errors.invalidParameter('Missing required parameter Session');
    if (!key && typeof secretBlock === 'string') key = this.bySecretBlock.get(secretBlock);
    const entry = key ? this.entries.get(key) : undefined;
    if (!entry) throw errors.notAuthorized(MESSAGES.sessionExpired);
    const { session } = entry;
    if (entry.used) throw errors.notAuthorized(MESSAGES.sessionUsed);
    if (Date.now() > session.expiresAt) throw errors.notAuthorized(MESSAGES.sessionExpired);
    if (session.clientId !== clientId) throw errors.notAuthorized('Invalid session for the user.');
    if (challengeName !== session.challengeName) {
      throw new CognitoError('InvalidParameterException', `Invalid challenge name ${String(challengeName)} for this session.`);
    }
    return session;
  }

  /** Marks the session spent; a replay then fails with "session can only be used once". */
  consume(session: ChallengeSession): void {
    const entry = this.entries.get(session.id);
    if (entry) entry.used = true;
  }

  /** Forgets entries long past expiry (kept a while so a late replay still gets the right message). */
  private sweep(): void {
    const horizon = Date.now() - 15 * 60_000;
    for (const [id, { session }] of this.entries) {
      if (session.expiresAt < horizon) {
        this.entries.delete(id);
        if (session.srp) this.bySecretBlock.delete(session.srp.secretBlock);
      }
    }
  }
}
