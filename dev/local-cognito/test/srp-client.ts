/**
 * A minimal SRP client for tests that need to bend the protocol (custom TIMESTAMP, replays),
 * built on the kit's shared srp-math so only the request shaping is test code.
 */
import { randomBytes } from 'node:crypto';
import {
  N,
  bytesToHex,
  computeK,
  computeU,
  computeX,
  deriveKey,
  formatTimestamp,
  g,
  hexToBigInt,
  mod,
  modPow,
  passwordClaimSignature,
} from '../../../src/cognito/srp-math.js';

export type ModPow = (base: bigint, exp: bigint, m: bigint) => bigint;

export class TestSrpClient {
  readonly a = hexToBigInt(bytesToHex(randomBytes(128)));
  readonly A: bigint;

  /** `pow` defaults to the kit's; the load check may pass a native one so its own CPU stays small. */
  constructor(private readonly pow: ModPow = modPow) {
    this.A = pow(g, this.a, N);
  }

  get srpA(): string {
    return this.A.toString(16);
  }

  /** ChallengeResponses for PASSWORD_VERIFIER; `timestamp` defaults to a correct one for now. */
  async answer(
    poolId: string,
    parameters: Record<string, string>,
    password: string,
    timestamp = formatTimestamp(new Date()),
  ): Promise<Record<string, string>> {
    const userId = parameters.USER_ID_FOR_SRP;
    return { USERNAME: userId, ...(await this.claim(poolId.split('_')[1], userId, parameters, password, timestamp)) };
  }

  /**
   * The password claim for `userId` in the pool named `poolName` (a remembered device proves itself
   * the same way, with its DeviceGroupKey as pool name and its DeviceKey as user id).
   */
  async claim(
    poolName: string,
    userId: string,
    parameters: Record<string, string>,
    password: string,
    timestamp = formatTimestamp(new Date()),
  ): Promise<Record<string, string>> {
    const B = hexToBigInt(parameters.SRP_B);
    const u = await computeU(this.A, B);
    const x = await computeX(poolName, userId, password, parameters.SALT);
    const k = await computeK();
    const S = this.pow(mod(B - k * this.pow(g, x, N), N), this.a + u * x, N);
    const key = await deriveKey(S, u);
    return {
      PASSWORD_CLAIM_SECRET_BLOCK: parameters.SECRET_BLOCK,
      TIMESTAMP: timestamp,
      PASSWORD_CLAIM_SIGNATURE: await passwordClaimSignature(key, poolName, userId, parameters.SECRET_BLOCK, timestamp),
    };
  }
}
