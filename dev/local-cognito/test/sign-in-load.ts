/**
 * Concurrent SRP sign-ins against a running local Cognito: `concurrency` workers, each signing in
 * `rounds` times (InitiateAuth USER_SRP_AUTH, then PASSWORD_VERIFIER), spread over `usernames`.
 * Shared by the opt-in load script (load.ts) and the small concurrent case in the Node tests.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalCognito } from '../launch.mjs';
import { TestSrpClient, type ModPow } from './srp-client.js';

export interface LoadOptions {
  concurrency: number;
  rounds: number;
  usernames: string[];
  password: string;
  /** Epoch ms after which no new sign-in starts, so a slow machine still stops by itself. */
  deadline?: number;
  /** The client's modular exponentiation; default the kit's BigInt one (as a browser runs it). */
  modPow?: ModPow;
}

export interface LoadResult {
  /** Milliseconds per completed sign-in (both legs), in completion order. */
  latencies: number[];
  /** One line per failed sign-in: HTTP status, `__type` and message. */
  errors: string[];
  /** Sign-ins not started because the deadline passed. */
  skipped: number;
  wallMs: number;
}

async function post(lc: LocalCognito, operation: string, body: object): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(lc.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Record<string, any> = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { message: text.slice(0, 200) };
  }
  return { status: response.status, body: parsed };
}

function describe(step: string, reply: { status: number; body: Record<string, any> }): string {
  return `${step}: HTTP ${reply.status} ${reply.body.__type ?? ''} ${reply.body.message ?? ''}`.trim();
}

/** One SRP sign-in; resolves with an error line, or undefined when tokens came back. */
export async function srpSignIn(lc: LocalCognito, username: string, password: string, modPow?: ModPow): Promise<string | undefined> {
  const client = new TestSrpClient(modPow);
  const first = await post(lc, 'InitiateAuth', {
    AuthFlow: 'USER_SRP_AUTH',
    ClientId: lc.clientId,
    AuthParameters: { USERNAME: username, SRP_A: client.srpA },
  });
  if (first.status !== 200 || first.body.ChallengeName !== 'PASSWORD_VERIFIER') return describe('InitiateAuth', first);
  const answer = await client.answer(lc.userPoolId, first.body.ChallengeParameters, password);
  const second = await post(lc, 'RespondToAuthChallenge', {
    ClientId: lc.clientId,
    ChallengeName: 'PASSWORD_VERIFIER',
    Session: first.body.Session,
    ChallengeResponses: answer,
  });
  if (second.status !== 200 || !second.body.AuthenticationResult?.AccessToken) return describe('RespondToAuthChallenge', second);
  return undefined;
}

export async function runSignInLoad(lc: LocalCognito, options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = { latencies: [], errors: [], skipped: 0, wallMs: 0 };
  const started = performance.now();
  const worker = async (index: number) => {
    const username = options.usernames[index % options.usernames.length];
    for (let round = 0; round < options.rounds; round++) {
      if (options.deadline !== undefined && Date.now() > options.deadline) {
        result.skipped += options.rounds - round;
        return;
      }
      const t0 = performance.now();
      try {
        const error = await srpSignIn(lc, username, options.password, options.modPow);
        if (error) result.errors.push(error);
        else result.latencies.push(performance.now() - t0);
      } catch (error) {
        result.errors.push(`network: ${String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => worker(i)));
  result.wallMs = performance.now() - started;
  return result;
}

/** The q-quantile (0–1) of `values`, nearest-rank. */
export function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Bytes of cognito-local's pool file: what every upstream call rewrites. */
export function poolFileSize(lc: LocalCognito): number {
  return statSync(join(lc.stateDir, '.cognito', 'db', `${lc.userPoolId}.json`)).size;
}
