/**
 * A remembered device as a client keeps one (docs/cognito.md §8.6): its secret, the verifier sent
 * with ConfirmDevice (made as amplify's generateHashDevice makes it), and the answers to
 * DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER, built on the test SRP client.
 */
import { randomBytes } from 'node:crypto';
import { N, bytesToHex, computeX, g, hexToBigInt, modPow, padHex } from '../../../src/cognito/srp-math.js';
import { TestSrpClient } from './srp-client.js';

export class TestDevice {
  /** The device's random password: 40 random bytes, base64, never sent anywhere. */
  readonly secret = randomBytes(40).toString('base64');
  private srp?: TestSrpClient;

  constructor(
    readonly deviceKey: string,
    readonly groupKey: string,
  ) {}

  /** ConfirmDevice's DeviceSecretVerifierConfig: base64 of the padded salt and of v = g^x. */
  async verifierConfig(): Promise<{ Salt: string; PasswordVerifier: string }> {
    const saltHex = padHex(hexToBigInt(bytesToHex(randomBytes(16))));
    const x = await computeX(this.groupKey, this.deviceKey, this.secret, saltHex);
    const v = modPow(g, x, N);
    return { Salt: Buffer.from(saltHex, 'hex').toString('base64'), PasswordVerifier: Buffer.from(padHex(v), 'hex').toString('base64') };
  }

  /** The DEVICE_SRP_AUTH answer; a fresh SRP a for each. */
  srpAuth(username: string): Record<string, string> {
    this.srp = new TestSrpClient();
    return { USERNAME: username, DEVICE_KEY: this.deviceKey, SRP_A: this.srp.srpA };
  }

  /** The DEVICE_PASSWORD_VERIFIER answer to `parameters`; `secret` may be a wrong one. */
  async passwordVerifier(username: string, parameters: Record<string, string>, secret = this.secret): Promise<Record<string, string>> {
    if (!this.srp) throw new Error('answer DEVICE_SRP_AUTH first');
    return { USERNAME: username, DEVICE_KEY: this.deviceKey, ...(await this.srp.claim(this.groupKey, this.deviceKey, parameters, secret)) };
  }
}
