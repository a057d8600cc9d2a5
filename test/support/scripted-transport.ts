/**
 * What the API backend's unit tests share: a transport that answers from per-operation handlers
 * (one, or a queue) and records every call, a handler that throws Cognito's exception, and an
 * unsigned JWT with the claims a test needs.
 */
import { AuthError } from '../../src/core/errors.js';
import type { CognitoTransport } from '../../src/cognito/transport.js';

export type Handler = (input: any) => unknown | Promise<unknown>;

export interface Call {
  operation: string;
  input: any;
}

export function scripted(handlers: Record<string, Handler | Handler[]>) {
  const calls: Call[] = [];
  const transport: CognitoTransport = {
    async call(operation, input, signal) {
      if (signal?.aborted) throw new AuthError('AbortError');
      calls.push({ operation, input: structuredClone(input) });
      const entry = handlers[operation];
      const handler = Array.isArray(entry) ? entry.shift() : entry;
      if (!handler) throw new Error(`unscripted ${operation}`);
      return (await handler(input)) as Record<string, unknown>;
    },
  };
  return { transport, calls, ops: () => calls.map((call) => call.operation) };
}

/** A handler that fails as Cognito does: its exception's name (and message). */
export const fail = (name: string, message = name) => () => {
  throw new AuthError(name, message);
};

const b64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** An unsigned JWT carrying `claims` (the kit reads claims; Cognito alone checks signatures). */
export const jwt = (claims: Record<string, unknown>) => `${b64url({ alg: 'none' })}.${b64url(claims)}.sig`;
