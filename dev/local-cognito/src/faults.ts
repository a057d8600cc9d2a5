/**
 * The fault switch (`/_local/faults`): makes Cognito API calls fail the ways a browser meets in
 * the wild. A fault matches an operation (or `*`), optionally only one user's requests, and acts
 * `times` times (0 = until cleared):
 * - `error`: HTTP 400 (500 for InternalErrorException, or `status`) with that `__type`;
 * - `network`: the socket is destroyed without an answer;
 * - `hang`: no answer until the faults are cleared (then the request runs normally) or the client gives up.
 */
import { randomUUID } from 'node:crypto';
import { CognitoError, errors } from './errors.js';
import type { Json } from './upstream.js';

export type FaultMode = 'error' | 'hang' | 'network';

export interface Fault {
  id: string;
  operation: string;
  mode: FaultMode;
  error?: string;
  message?: string;
  status?: number;
  /** Only requests naming this user (Username, AuthParameters.USERNAME or ChallengeResponses.USERNAME). */
  username?: string;
  /** Matches left; 0 = unlimited. */
  times: number;
}

const DEFAULT_MESSAGES: Record<string, string> = {
  TooManyRequestsException: 'Rate exceeded',
  LimitExceededException: 'Attempt limit exceeded, please try after some time.',
  InternalErrorException: 'Internal server error.',
  ServiceUnavailableException: 'Service unavailable.',
};

export class FaultSwitch {
  private faults: Fault[] = [];
  private readonly waiting = new Set<() => void>();

  add(spec: unknown): Fault {
    if (!spec || typeof spec !== 'object' || Array.isArray(spec)) throw errors.invalidParameter('A fault must be a JSON object');
    const { operation, mode, error, message, status, username, times = 1 } = spec as Json;
    if (typeof operation !== 'string' || !/^(\*|[A-Za-z]+)$/.test(operation)) throw errors.invalidParameter('operation must be an operation name or "*"');
    if (mode !== 'error' && mode !== 'hang' && mode !== 'network') throw errors.invalidParameter('mode must be error, hang or network');
    if (error !== undefined && (typeof error !== 'string' || !/^[A-Za-z]+$/.test(error))) throw errors.invalidParameter('error must be an exception name');
    if (message !== undefined && typeof message !== 'string') throw errors.invalidParameter('message must be a string');
    if (status !== undefined && !(Number.isInteger(status) && (status as number) >= 400 && (status as number) <= 599)) {
      throw errors.invalidParameter('status must be an HTTP error status');
    }
    if (username !== undefined && typeof username !== 'string') throw errors.invalidParameter('username must be a string');
    if (!Number.isInteger(times) || (times as number) < 0) throw errors.invalidParameter('times must be a whole number ≥ 0 (0 = until cleared)');
    const fault: Fault = {
      id: randomUUID(),
      operation,
      mode,
      ...(mode === 'error' ? { error: (error as string | undefined) ?? 'TooManyRequestsException' } : {}),
      ...(message !== undefined ? { message } : {}),
      ...(status !== undefined ? { status: status as number } : {}),
      ...(username !== undefined ? { username } : {}),
      times: times as number,
    };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  /** Removes every fault and lets hanging requests go on. */
  clear(): void {
    this.faults = [];
    for (const release of this.waiting) release();
    this.waiting.clear();
  }

  /** The first fault matching this request, counted as used. */
  take(operation: string, body: Json): Fault | undefined {
    const username = requestUsername(body);
    const index = this.faults.findIndex(
      (f) => (f.operation === '*' || f.operation === operation) && (f.username === undefined || f.username === username),
    );
    if (index < 0) return undefined;
    const fault = this.faults[index];
    if (fault.times > 0 && --fault.times === 0) this.faults.splice(index, 1);
    return { ...fault };
  }

  /** Resolves when the faults are cleared; `abandon` (the client went away) resolves it early. */
  hold(abandoned: Promise<void>): Promise<'released' | 'abandoned'> {
    return new Promise((resolve) => {
      const release = () => resolve('released');
      this.waiting.add(release);
      abandoned.then(() => {
        this.waiting.delete(release);
        resolve('abandoned');
      });
    });
  }

  get hanging(): number {
    return this.waiting.size;
  }
}

export function faultError(fault: Fault): CognitoError {
  const type = fault.error ?? 'TooManyRequestsException';
  return new CognitoError(type, fault.message ?? DEFAULT_MESSAGES[type] ?? `${type} (injected by the local Cognito's fault switch)`, fault.status);
}

function requestUsername(body: Json): string | undefined {
  const nested = (name: string) => {
    const value = body[name];
    return value && typeof value === 'object' ? (value as Json).USERNAME : undefined;
  };
  const candidate = body.Username ?? nested('AuthParameters') ?? nested('ChallengeResponses');
  return typeof candidate === 'string' ? candidate : undefined;
}
