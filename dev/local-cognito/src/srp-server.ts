/**
 * Server side of Cognito's SRP-6a (docs/cognito.md §4): the PASSWORD_VERIFIER challenge (and a
 * remembered device's DEVICE_PASSWORD_VERIFIER) and the check of the client's PASSWORD_CLAIM_SIGNATURE. The hashing is the kit's own shared module; the
 * modular exponentiation is OpenSSL's (native-mod-pow.ts), so a login through the proxy also checks
 * the kit's BigInt modPow against an independent implementation.
 */
import { randomBytes } from 'node:crypto';
import {
  N,
  base64ToBytes,
  bigIntToHex,
  bytesToHex,
  computeK,
  computeU,
  computeX,
  deriveKey,
  g,
  hexToBigInt,
  passwordClaimSignature,
  timingSafeEqual,
} from '../../../src/cognito/srp-math.js';
import { errors } from './errors.js';
import { nativeModPow as modPow } from './native-mod-pow.js';
import { parseCognitoTimestamp } from './timestamp.js';
import { poolName } from './user-store.js';

export interface SrpState {
  /** USER_ID_FOR_SRP: the stored username the client hashes into x and the signature. */
  userId: string;
  saltHex: string;
  A: bigint;
  b: bigint;
  B: bigint;
  v: bigint;
  /** Opaque to the client; it must come back unchanged as PASSWORD_CLAIM_SECRET_BLOCK. */
  secretBlock: string;
}

/** Parses SRP_A; rejects what a real server must (non-hex, A ≥ N, A mod N = 0). */
export function parseSrpA(value: unknown): bigint {
  if (typeof value !== 'string' || !/^[0-9a-fA-F]+$/.test(value)) {
    throw errors.invalidParameter('Missing or invalid required parameter SRP_A');
  }
  const A = hexToBigInt(value);
  if (A >= N || A % N === 0n) throw errors.invalidParameter('Invalid SRP_A value.');
  return A;
}

/** First leg: verifier from the stored password, then as startSrpWithVerifier. */
export async function startSrp(A: bigint, poolId: string, userId: string, password: string) {
  const saltHex = randomBytes(16).toString('hex');
  const x = await computeX(poolName(poolId), userId, password, saltHex);
  const { state, challengeParameters } = await startSrpWithVerifier(A, saltHex, modPow(g, x, N), userId);
  return { state, challengeParameters: { ...challengeParameters, USER_ID_FOR_SRP: userId, USERNAME: userId } };
}

/**
 * A first leg against a stored salt and verifier (a remembered device's, from ConfirmDevice): a
 * fresh b and B = k·v + g^b. The caller adds who the challenge is for.
 */
export async function startSrpWithVerifier(A: bigint, saltHex: string, v: bigint, userId: string) {
  const k = await computeK();
  let b: bigint;
  let B: bigint;
  do {
    b = hexToBigInt(bytesToHex(randomBytes(32)));
    B = (k * v + modPow(g, b, N)) % N;
  } while (B === 0n);
  const state: SrpState = { userId, saltHex, A, b, B, v, secretBlock: randomBytes(64).toString('base64') };
  const challengeParameters = { SALT: saltHex, SRP_B: bigIntToHex(B), SECRET_BLOCK: state.secretBlock };
  return { state, challengeParameters };
}

/**
 * Second leg: S = (A·v^u)^b, the same HKDF key as the client, and the HMAC over the received
 * TIMESTAMP and SECRET_BLOCK, compared in constant time. False means "Incorrect username or password."
 * `srpPoolName` is what the client hashed as the pool name: the pool id after `_`, or for a
 * device the DeviceGroupKey.
 */
export async function verifySrp(state: SrpState, srpPoolName: string, responses: Record<string, unknown>): Promise<boolean> {
  const { TIMESTAMP, PASSWORD_CLAIM_SECRET_BLOCK, PASSWORD_CLAIM_SIGNATURE } = responses;
  if (!parseCognitoTimestamp(TIMESTAMP)) return false;
  if (PASSWORD_CLAIM_SECRET_BLOCK !== state.secretBlock || typeof PASSWORD_CLAIM_SIGNATURE !== 'string') return false;
  const u = await computeU(state.A, state.B);
  if (u === 0n) return false;
  const S = modPow((state.A * modPow(state.v, u, N)) % N, state.b, N);
  const key = await deriveKey(S, u);
  const expected = await passwordClaimSignature(key, srpPoolName, state.userId, state.secretBlock, TIMESTAMP as string);
  let received: Uint8Array;
  try {
    received = base64ToBytes(PASSWORD_CLAIM_SIGNATURE);
  } catch {
    return false;
  }
  return timingSafeEqual(base64ToBytes(expected), received);
}
