/**
 * Confirmation codes the proxy checks itself, so it can add what cognito-local lacks: expiry, a
 * newest-code-wins rule after a resend, and codes for flows cognito-local never sends.
 */
import { randomInt } from 'node:crypto';
import { errors } from './errors.js';
import type { StateFile } from './state-file.js';

/** Which confirmation a code completes (a resent sign-up code is still a SIGN_UP code). */
export type CodeKind = 'SIGN_UP' | 'FORGOT_PASSWORD' | 'VERIFY_EMAIL' | 'VERIFY_PHONE_NUMBER';

export interface CodeRecord {
  code: string;
  issuedAt: number;
  expiresAt: number;
  attributeName: string;
}

export interface CodeSettings {
  /** Every generated code is this value (cognito-local's CODE=). */
  fixedCode?: string;
  /** Read at every issue, so run-time settings apply to the next code. */
  ttlMs: (kind: CodeKind) => number;
}

export class CodeStore {
  constructor(
    private readonly state: StateFile,
    private readonly settings: CodeSettings,
  ) {}

  /** `digits` long (6 for every code but USER_AUTH's first-factor ones), or the fixed CODE. */
  generate(digits = 6): string {
    return this.settings.fixedCode ?? String(randomInt(0, 10 ** digits)).padStart(digits, '0');
  }

  /** Records `code` as the only valid one for this user and kind; earlier codes stop working. */
  issue(poolId: string, username: string, kind: CodeKind, code: string, attributeName: string): CodeRecord {
    const now = Date.now();
    const record = { code, issuedAt: now, expiresAt: now + this.settings.ttlMs(kind), attributeName };
    this.state.data.codes[key(poolId, username, kind)] = record;
    this.state.save();
    return record;
  }

  get(poolId: string, username: string, kind: CodeKind): CodeRecord | undefined {
    return this.state.data.codes[key(poolId, username, kind)];
  }

  /** Throws CodeMismatchException / ExpiredCodeException; the code stays valid. */
  check(poolId: string, username: string, kind: CodeKind, code: unknown): CodeRecord {
    const record = this.get(poolId, username, kind);
    if (!record || typeof code !== 'string' || record.code !== code) throw errors.codeMismatch();
    if (Date.now() > record.expiresAt) throw errors.codeExpired();
    return record;
  }

  /** As check; a matching code is consumed. */
  consume(poolId: string, username: string, kind: CodeKind, code: unknown): CodeRecord {
    const record = this.check(poolId, username, kind, code);
    delete this.state.data.codes[key(poolId, username, kind)];
    this.state.save();
    return record;
  }

  /** Drops every pending code of the user (DeleteUser). */
  removeAll(poolId: string, username: string): void {
    const prefix = `${poolId}/${username}/`;
    for (const name of Object.keys(this.state.data.codes)) if (name.startsWith(prefix)) delete this.state.data.codes[name];
    this.state.save();
  }
}

function key(poolId: string, username: string, kind: CodeKind): string {
  return `${poolId}/${username}/${kind}`;
}
