/**
 * The client side of Cognito's SRP (docs/cognito.md §4): `startSrp` makes `SRP_A`, and
 * `answerPasswordVerifier` turns a `PASSWORD_VERIFIER` challenge into its `ChallengeResponses`.
 * A remembered device (docs/cognito.md §13) uses the same answer with its own pool name, user id
 * and password, and `createDeviceVerifier` makes what `ConfirmDevice` registers for it.
 * Passwords, device secrets and `a` are used and dropped; nothing here is logged or kept.
 */
import { AuthError, KIT_ERROR_NAMES } from '../core/errors.js';
import {
  N,
  bigIntToHex,
  bytesToBase64,
  bytesToHex,
  computeK,
  computeU,
  computeX,
  deriveKey,
  formatTimestamp,
  g,
  hexToBigInt,
  hexToBytes,
  mod,
  modPow,
  padHex,
  passwordClaimSignature,
} from './srp-math.js';

export interface SrpStart {
  /** The secret exponent (128 random bytes). Keep it only until the verifier is answered. */
  a: bigint;
  A: bigint;
  /** `SRP_A` as sent: hex(A), unpadded. */
  srpAHex: string;
}

/** a = 128 random bytes, A = g^a mod N (never 0 mod N). */
export function startSrp(): SrpStart {
  for (;;) {
    const a = hexToBigInt(bytesToHex(globalThis.crypto.getRandomValues(new Uint8Array(128))));
    const A = modPow(g, a, N);
    if (A !== 0n) return { a, A, srpAHex: bigIntToHex(A) };
  }
}

export interface PasswordVerifierInput {
  /** `ChallengeParameters` of the `PASSWORD_VERIFIER` challenge. */
  SALT: string;
  SRP_B: string;
  SECRET_BLOCK: string;
  USER_ID_FOR_SRP: string;
  USERNAME?: string;
  /** The pool id after `_`. */
  poolName: string;
  password: string;
  a: bigint;
  A: bigint;
  /** The clock, for `TIMESTAMP` (tests fix it). */
  now?: Date;
}

export interface PasswordVerifierResponses {
  PASSWORD_CLAIM_SECRET_BLOCK: string;
  PASSWORD_CLAIM_SIGNATURE: string;
  TIMESTAMP: string;
  USERNAME: string;
  [name: string]: string;
}

function protocolError(message: string): AuthError {
  return new AuthError(KIT_ERROR_NAMES.unknown, message);
}

export async function answerPasswordVerifier(input: PasswordVerifierInput): Promise<PasswordVerifierResponses> {
  const { SALT, SRP_B, SECRET_BLOCK, USER_ID_FOR_SRP: userId, poolName, password, a, A } = input;
  if (!SALT || !SRP_B || !SECRET_BLOCK || !userId || !/^[0-9a-f]+$/i.test(SRP_B) || !/^[0-9a-f]+$/i.test(SALT)) {
    throw protocolError('PASSWORD_VERIFIER is missing SALT, SRP_B, SECRET_BLOCK or USER_ID_FOR_SRP.');
  }
  const B = hexToBigInt(SRP_B);
  if (B % N === 0n) throw protocolError('SRP: B mod N is 0.');
  const u = await computeU(A, B);
  if (u === 0n) throw protocolError('SRP: u is 0.');
  const [k, x] = await Promise.all([computeK(), computeX(poolName, userId, password, SALT)]);
  const base = mod(B - k * modPow(g, x, N), N);
  const S = modPow(base, a + u * x, N);
  const key = await deriveKey(S, u);
  const timestamp = formatTimestamp(input.now ?? new Date());
  return {
    PASSWORD_CLAIM_SECRET_BLOCK: SECRET_BLOCK,
    PASSWORD_CLAIM_SIGNATURE: await passwordClaimSignature(key, poolName, userId, SECRET_BLOCK, timestamp),
    TIMESTAMP: timestamp,
    USERNAME: userId,
  };
}

export interface DeviceVerifier {
  /** The device's random password: base64 of 40 random bytes. Kept on the device only. */
  secret: string;
  /** `DeviceSecretVerifierConfig.Salt`: base64 of pad(salt). */
  salt: string;
  /** `DeviceSecretVerifierConfig.PasswordVerifier`: base64 of pad(g^x mod N). */
  verifier: string;
}

const random = (length: number) => globalThis.crypto.getRandomValues(new Uint8Array(length));

/**
 * A new device secret with its salt and verifier, for `ConfirmDevice`: x = H(pad(salt) ‖
 * H(groupKey ‖ deviceKey ‖ ":" ‖ secret)), v = g^x mod N. `fixed` replaces the random secret and
 * salt (tests compare with a reference implementation).
 */
export async function createDeviceVerifier(
  groupKey: string,
  deviceKey: string,
  fixed?: { secret: string; saltHex: string },
): Promise<DeviceVerifier> {
  const secret = fixed?.secret ?? bytesToBase64(random(40));
  const saltHex = padHex(hexToBigInt(fixed?.saltHex ?? bytesToHex(random(16))));
  const x = await computeX(groupKey, deviceKey, secret, saltHex);
  return { secret, salt: bytesToBase64(hexToBytes(saltHex)), verifier: bytesToBase64(hexToBytes(padHex(modPow(g, x, N)))) };
}
