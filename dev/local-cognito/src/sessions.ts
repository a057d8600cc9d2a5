/**
 * Challenge sessions. cognito-local hands out random UUIDs it never checks; the proxy replaces
 * every Session leaving it with its own opaque value bound to the client and user, with the app
 * client's AuthSessionValidity (default 3 minutes) and single use. A session also carries what its
 * challenge needs: the SRP state, the code sent for SMS_MFA / EMAIL_OTP / SMS_OTP, the factors a
 * USER_AUTH sign-in offered and its passkey challenge, the MFA_SETUP progress, the custom-auth
 * history. SignUp's and ConfirmSignUp's Sessions (sign-in-after-sign-up.ts) are kept here too.
 */
import { randomBytes } from 'node:crypto';
import type { ChallengeResult } from './custom-auth.js';
import { CognitoError, MESSAGES, errors } from './errors.js';
import type { MfaType, SetupType } from './profiles.js';
import type { RuntimeSettings } from './settings.js';
import type { SrpState } from './srp-server.js';
import type { FirstFactorChallenge } from './user-auth-settings.js';

export type AuthFlow = 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH' | 'CUSTOM_AUTH' | 'USER_AUTH';

/** What a WEB_AUTHN challenge asked the browser for, kept to verify the answer against. */
export interface PasskeyChallenge {
  /** base64url, as in CREDENTIAL_REQUEST_OPTIONS. */
  challenge: string;
  relyingPartyId: string;
  /** The credential ids offered in allowCredentials. */
  allowCredentials: string[];
  userVerification: 'preferred' | 'required';
}

/** The first-factor stage of a USER_AUTH sign-in (SELECT_CHALLENGE, the OTPs, WEB_AUTHN, PASSWORD, PASSWORD_SRP). */
export interface FirstFactorStage {
  /** What AvailableChallenges listed: the only factors an answer may pick. */
  available: FirstFactorChallenge[];
  passkey?: PasskeyChallenge;
}

/** Session kinds that are not challenges: what SignUp and ConfirmSignUp hand out for signing in at once. */
export const SIGN_UP_SESSION = 'SIGN_UP';
export const CONFIRMED_SIGN_UP_SESSION = 'CONFIRMED_SIGN_UP';

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
  /** PASSWORD_VERIFIER (or DEVICE_PASSWORD_VERIFIER) state. */
  srp?: SrpState;
  /** The DEVICE_KEY the client signs in with (a remembered device), once it has sent one. */
  deviceKey?: string;
  /** SMS_MFA / EMAIL_OTP / SMS_OTP: the code sent for this sign-in, and the wrong codes tried so far. */
  code?: { value: string; expiresAt: number; wrong?: number };
  /** USER_AUTH, until the first factor is proven. */
  firstFactor?: FirstFactorStage;
  /** A ConfirmForgotPassword Session (by setting): unlike ConfirmSignUp's, good for a user who has signed in before. */
  evenAfterSignIn?: boolean;
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

  /** A new Session; `ttlMs` overrides the challenge lifetime (SignUp / ConfirmSignUp Sessions have their own). */
  create(fields: Omit<ChallengeSession, 'id' | 'expiresAt' | 'validityMinutes'>, validityMinutes = 3, ttlMs = this.settings.sessionTtlMs(validityMinutes)): ChallengeSession {
    this.sweep();
    const id = randomBytes(48).toString('base64url');
    const session: ChallengeSession = { ...fields, id, validityMinutes, expiresAt: Date.now() + ttlMs };
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
    if (challengeName !== session.challengeName && !this.switchesFactor(session, challengeName)) {
      throw new CognitoError('InvalidParameterException', `Invalid challenge name ${String(challengeName)} for this session.`);
    }
    return session;
  }

  /** A SELECT_CHALLENGE answer on a first-factor Session whose challenge allows switching (clients do so after a cancelled passkey sheet: docs/cognito.md §8.4). */
  private switchesFactor(session: ChallengeSession, challengeName: unknown): boolean {
    const switchable: readonly string[] = this.settings.current.factorSwitchChallenges;
    return challengeName === 'SELECT_CHALLENGE' && !!session.firstFactor && switchable.includes(session.challengeName);
  }

  /**
   * Ends the user's live sessions that `which` picks (a new OTP sign-in supersedes the earlier
   * ones); their answers then get "session is expired".
   */
  supersede(poolId: string, username: string, which: (session: ChallengeSession) => boolean): void {
    const now = Date.now();
    for (const { session, used } of this.entries.values()) {
      if (!used && session.poolId === poolId && session.username === username && session.expiresAt > now && which(session)) session.expiresAt = now - 1;
    }
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
