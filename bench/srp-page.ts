/**
 * Runs in Chromium for `npm run bench`: the kit's SRP client against amazon-cognito-identity-js's
 * AuthenticationHelper (the baseline), interleaved so both see the same machine load.
 * A login's client work is computing A, then the password key and the claim signature.
 */
import * as identity from 'amazon-cognito-identity-js';

// identity-js does not type its helper export.
const { AuthenticationHelper } = identity as any;
import { answerPasswordVerifier, startSrp } from '../src/cognito/srp.js';
import { bigIntToHex, computeK, g, modPow, N } from '../src/cognito/srp-math.js';

const POOL = 'AuthFlow1';
const USER = 'bench-user';
const PASSWORD = 'Bench-pass-1234';
const SALT = 'a3f19c02e4b7d6581f0e2c4d6b8a9f01';
const SECRET_BLOCK = btoa('secret-block-bytes');

async function serverB(): Promise<string> {
  const b = 0x1234567890abcdefn ** 8n;
  return bigIntToHex(((await computeK()) * 3n + modPow(g, b, N)) % N);
}

async function kit(B: string): Promise<void> {
  const { a, A } = startSrp();
  await answerPasswordVerifier({
    SALT, SRP_B: B, SECRET_BLOCK, USER_ID_FOR_SRP: USER, poolName: POOL, password: PASSWORD, a, A,
  });
}

/** identity-js: a fresh helper per login (as CognitoUser does), A, then the key and the signature. */
function baseline(B: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const helper = new AuthenticationHelper(POOL);
    const BigInteger = helper.N.constructor;
    helper.getLargeAValue((error: unknown) => {
      if (error) return reject(error);
      helper.getPasswordAuthenticationKey(
        USER,
        PASSWORD,
        new BigInteger(B, 16),
        new BigInteger(SALT, 16),
        async (keyError: unknown, key: ArrayLike<number>) => {
          if (keyError) return reject(keyError);
          // The claim signature, as CognitoUser computes it (HMAC-SHA256 over the same message).
          const hmacKey = await crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
          await crypto.subtle.sign('HMAC', hmacKey, new TextEncoder().encode(POOL + USER + SECRET_BLOCK + 'Tue Mar 3 09:07:05 UTC 2026'));
          resolve();
        },
      );
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)];
}

(window as any).runSrpBench = async (rounds: number) => {
  const B = await serverB();
  await kit(B);
  await baseline(B); // warm both up
  const times = { kit: [] as number[], baseline: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    let start = performance.now();
    await kit(B);
    times.kit.push(performance.now() - start);
    start = performance.now();
    await baseline(B);
    times.baseline.push(performance.now() - start);
  }
  return { kit: median(times.kit), baseline: median(times.baseline) };
};
