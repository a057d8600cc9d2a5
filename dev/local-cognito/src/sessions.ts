/**
 * Challenge sessions. cognito-local hands out random UUIDs it never checks; the proxy replaces
 * every Session leaving it with its own opaque value bound to the client and user, with the app
 * client's AuthSessionValidity (default 3 minutes) and single use. A session also carries what its
 * challenge needs: the SRP state, the code sent for SMS_MFA / EMAIL_OTP, the MFA_SETUP progress,
 * the custom-auth history.
 */
import { randomBytes } from 'node:crypto';
import type { ChallengeResult } from './custom-auth.js';
import { CognitoError, MESSAGES, errors } from './errors.js';
import type { MfaType, SetupType } from './profiles.js';
import type { RuntimeSettings } from './settings.js';
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
  /** The app client's AuthSessionValidity (minutes), kept for the sessions that follow this one. */
  validityMinutes?: number;
  clientMetadata?: unknown;
  /** cognito-local's own Session, for challenges it produced (MFA, NEW_PASSWORD_REQUIRED). */
  upstreamSession?: string;
  /** PASSWORD_VERIFIER state. */
  srp?: SrpState;
  /** SMS_MFA / EMAIL_OTP: the code sent for this sign-in. */
  code?: { value: string; expiresAt: number };
  /** SELECT_MFA_TYPE: the methods offered. */
  mfaChoices?: MfaType[];
  /** MFA_SETUP: the methods offered, and the TOTP secret once associated (verified after VerifySoftwareToken). */
  mfaSetup?: { canSetUp: SetupType[]; secret?: string; verified?: boolean };
  /** EMAIL_OTP that completes an email MFA set-up: the address being set up. */
  emailSetup?: string;
  /** CUSTOM_AUTH: the trigger history so far, and the current round's private parameters. */
  custom?: { history: ChallengeResult[]; privateChallengeParameters?: Record<string, string>; challengeMetadata?: string };
}

interface Entry {
  session: ChallengeSession;
  used: boolean;
}

export class SessionStore {
  private readonly entries = new Map<string, Entry>();
  private readonly bySecretBlock = new Map<string, string>();

  constructor(private readonly settings: RuntimeSettings) {}

  create(fields: Omit<ChallengeSession, 'id' | 'expiresAt' | 'validityMinutes'>, validityMinutes = 3): ChallengeSession {
    this.sweep();
    const id = randomBytes(48).toString('base64url');
    const session: ChallengeSession = { ...fields, id, validityMinutes, expiresAt: Date.now() + this.settings.sessionTtlMs(validityMinutes) };
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

  /**
   * The live session for AssociateSoftwareToken / VerifySoftwareToken, which name no challenge:
   * it must be an MFA_SETUP session of a client that the caller does not name (the Session is the proof).
   */
  openForSetup(id: unknown): ChallengeSession {
    if (typeof id !== 'string' || !id) throw errors.invalidParameter('Missing required parameter Session');
    const entry = this.entries.get(id);
    if (!entry || Date.now() > entry.session.expiresAt) throw errors.notAuthorized(MESSAGES.sessionExpired);
    if (entry.used) throw errors.notAuthorized(MESSAGES.sessionUsed);
    if (entry.session.challengeName !== 'MFA_SETUP') throw errors.notAuthorized('Invalid session for the user.');
    return entry.session;
  }

  /** Spends `session` and hands out a successor with the same fields, `changes` applied, and a fresh lifetime. */
  replace(session: ChallengeSession, changes: Partial<Omit<ChallengeSession, 'id' | 'expiresAt' | 'validityMinutes'>>): ChallengeSession {
    this.consume(session);
    const { id: _id, expiresAt: _expiresAt, validityMinutes, ...fields } = session;
    return this.create({ ...fields, ...changes }, validityMinutes);
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
