/**
 * SRP-6a arithmetic as Cognito uses it (docs/cognito.md §4), shared by the client (srp.ts) and the
 * local Cognito's server side. Runs in browsers and Node ≥ 20: native `BigInt` and WebCrypto
 * (`globalThis.crypto.subtle`), no Node imports, no dependencies.
 *
 * Conventions: `hex(n)` is lowercase unpadded hex; `padHex(n)` is the two's-complement-style
 * padding Cognito hashes (even length, leading `00` when the top bit of the first byte is set).
 * No function here logs or keeps anything.
 */

/** RFC 5054 / RFC 3526 3072-bit prime (= Node's `modp15`, = identity-js `initN`). */
export const N = BigInt(
  '0x' +
    'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1' +
    '29024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
    'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245' +
    'E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
    'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D' +
    'C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
    '83655D23DCA3AD961C62F356208552BB9ED529077096966D' +
    '670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
    'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9' +
    'DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
    '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64' +
    'ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
    'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B' +
    'F12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
    'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31' +
    '43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF',
);

export const g = 2n;

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text) as Uint8Array<ArrayBuffer>;
}

/** (x mod m) in [0, m), also for negative x. */
export function mod(x: bigint, m: bigint): bigint {
  const r = x % m;
  return r < 0n ? r + m : r;
}

/**
 * base^exp mod m with a 4-bit fixed window: ~25 % fewer multiplications than square-and-multiply
 * for 1024-bit exponents, which is what keeps a whole SRP login near 20 ms (docs/cognito.md §4).
 * Not constant-time (neither is any JS SRP library).
 */
export function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  if (m === 1n) return 0n;
  if (exp < 0n) throw new RangeError('modPow: negative exponent');
  const b = mod(base, m);
  const table: bigint[] = [1n, b];
  for (let i = 2; i < 16; i++) table.push((table[i - 1] * b) % m);
  const digits = exp.toString(16);
  let result = 1n;
  for (let i = 0; i < digits.length; i++) {
    if (i > 0) {
      result = (result * result) % m;
      result = (result * result) % m;
      result = (result * result) % m;
      result = (result * result) % m;
    }
    const d = parseInt(digits[i], 16);
    if (d) result = (result * table[d]) % m;
  }
  return result;
}

/** Lowercase hex, no padding. */
export function bigIntToHex(n: bigint): string {
  if (n < 0n) throw new RangeError('bigIntToHex: negative');
  return n.toString(16);
}

export function hexToBigInt(hex: string): bigint {
  return hex ? BigInt('0x' + hex) : 0n;
}

/** `pad(n)` of docs/cognito.md §4: even-length hex, with `00` in front when the top bit is set. */
export function padHex(n: bigint): string {
  let hex = bigIntToHex(n);
  if (hex.length % 2) hex = '0' + hex;
  else if ('89abcdef'.includes(hex[0])) hex = '00' + hex;
  return hex;
}

export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  if (hex.length % 2) hex = '0' + hex;
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new TypeError('hexToBytes: not hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The concatenation of `parts`, as a fresh buffer WebCrypto accepts. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available: a secure context (https or localhost) is required');
  return s;
}

/** SHA-256 of the concatenated parts. */
export async function sha256(...parts: Uint8Array[]): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().digest('SHA-256', concatBytes(...parts)));
}

/** HMAC-SHA256(key, concatenated parts). */
export async function hmacSha256(key: Uint8Array, ...parts: Uint8Array[]): Promise<Uint8Array<ArrayBuffer>> {
  const k = await subtle().importKey('raw', concatBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await subtle().sign('HMAC', k, concatBytes(...parts)));
}

async function hashToBigInt(...parts: Uint8Array[]): Promise<bigint> {
  return hexToBigInt(bytesToHex(await sha256(...parts)));
}

let k: Promise<bigint> | undefined;

/** k = H(pad(N) ‖ pad(g)), computed once. */
export function computeK(): Promise<bigint> {
  k ??= hashToBigInt(hexToBytes(padHex(N)), hexToBytes(padHex(g)));
  return k;
}

/** u = H(pad(A) ‖ pad(B)). */
export function computeU(A: bigint, B: bigint): Promise<bigint> {
  return hashToBigInt(hexToBytes(padHex(A)), hexToBytes(padHex(B)));
}

/**
 * x = H(pad(salt) ‖ H(poolName ‖ userId ‖ ":" ‖ password)). The salt is read as a number first,
 * so leading zeros in `saltHex` do not matter (as in identity-js).
 */
export async function computeX(poolName: string, userId: string, password: string, saltHex: string): Promise<bigint> {
  const inner = await sha256(utf8(`${poolName}${userId}:${password}`));
  return hashToBigInt(hexToBytes(padHex(hexToBigInt(saltHex))), inner);
}

/** HKDF-SHA256(salt = pad(u), IKM = pad(S), info = "Caldera Derived Key"), 16 bytes. */
export async function deriveKey(S: bigint, u: bigint): Promise<Uint8Array<ArrayBuffer>> {
  const ikm = await subtle().importKey('raw', hexToBytes(padHex(S)), 'HKDF', false, ['deriveBits']);
  const bits = await subtle().deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: hexToBytes(padHex(u)), info: utf8('Caldera Derived Key') },
    ikm,
    128,
  );
  return new Uint8Array(bits);
}

/** Base64(HMAC-SHA256(key, poolName ‖ userId ‖ base64-decode(secretBlock) ‖ timestamp)). */
export async function passwordClaimSignature(
  key: Uint8Array,
  poolName: string,
  userId: string,
  secretBlockBase64: string,
  timestamp: string,
): Promise<string> {
  const mac = await hmacSha256(key, utf8(poolName), utf8(userId), base64ToBytes(secretBlockBase64), utf8(timestamp));
  return bytesToBase64(mac);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** "EEE MMM d HH:mm:ss UTC yyyy" in UTC: day not padded, time padded (`Tue Mar 3 09:07:05 UTC 2026`). */
export function formatTimestamp(date: Date): string {
  return (
    `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} UTC ${date.getUTCFullYear()}`
  );
}

/** Constant-time comparison of two byte strings (for the server side's signature check). */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}
