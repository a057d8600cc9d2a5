/**
 * Every code the local Cognito "sends", readable over HTTP (`/_local/outbox`) by tests and the demo
 * page, and printed to stdout unless quiet. Destinations are unmasked here on purpose.
 */
import { randomUUID } from 'node:crypto';
import type { Medium } from './delivery.js';
import type { StateFile } from './state-file.js';

/** Why a code was sent; SIGN_IN = a USER_AUTH first factor (EMAIL_OTP / SMS_OTP), MFA = a second one. */
export type Purpose = 'SIGN_UP' | 'RESEND' | 'FORGOT_PASSWORD' | 'VERIFY_ATTRIBUTE' | 'MFA' | 'SIGN_IN' | 'CUSTOM_CHALLENGE';

export interface OutboxMessage {
  id: string;
  /** ISO time. */
  at: string;
  username: string;
  medium: Medium;
  destination: string;
  code: string;
  purpose: Purpose;
}

export class Outbox {
  constructor(
    private readonly state: StateFile,
    private readonly print: ((line: string) => void) | undefined,
  ) {}

  record(message: Omit<OutboxMessage, 'id' | 'at'>): OutboxMessage {
    const entry: OutboxMessage = { id: randomUUID(), at: new Date().toISOString(), ...message };
    this.state.data.outbox.push(entry);
    this.state.save();
    this.print?.(`[outbox] ${entry.purpose} code ${entry.code} for ${entry.username} → ${entry.medium} ${entry.destination}`);
    return entry;
  }

  /**
   * Oldest first; only those for `username` and/or to `destination` when given. The destination
   * matches in any case: it is what a test knows of a user whose username is a UUID (an email or
   * phone-number username, docs/cognito.md §8.7).
   */
  list(username?: string | null, destination?: string | null): OutboxMessage[] {
    const to = destination?.toLowerCase();
    return this.state.data.outbox.filter((m) => (!username || m.username === username) && (!to || m.destination.toLowerCase() === to));
  }

  clear(): void {
    this.state.data.outbox.length = 0;
    this.state.save();
  }
}
