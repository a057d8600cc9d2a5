/**
 * base^exp mod m through OpenSSL (a Diffie-Hellman group over m): the same numbers as the kit's
 * BigInt modPow in src/cognito/srp-math.ts, about ten times faster. SRP's 3072-bit arithmetic was
 * most of the proxy's CPU per sign-in, which bounds how many sign-ins a shared instance serves.
 */
import { createDiffieHellman } from 'node:crypto';

const groups = new Map<bigint, ReturnType<typeof createDiffieHellman>>();

function toBuffer(n: bigint): Buffer {
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

export function nativeModPow(base: bigint, exp: bigint, m: bigint): bigint {
  if (exp < 0n) throw new RangeError('modPow: negative exponent');
  const b = ((base % m) + m) % m;
  // OpenSSL refuses the degenerate bases (0, 1, m-1) and a zero exponent as DH keys; they are cheap anyway.
  if (exp === 0n) return 1n % m;
  if (b <= 1n) return b;
  if (b === m - 1n) return exp % 2n ? b : 1n;
  let dh = groups.get(m);
  if (!dh) {
    dh = createDiffieHellman(toBuffer(m), toBuffer(2n));
    groups.set(m, dh);
  }
  dh.setPrivateKey(toBuffer(exp));
  return BigInt(`0x${dh.computeSecret(toBuffer(b)).toString('hex')}`);
}
