/**
 * RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) and the Base32 secrets authenticator apps
 * use: what Cognito checks for SOFTWARE_TOKEN_MFA and VerifySoftwareToken, and what
 * `GET /_local/totp` computes in place of the person's phone.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const STEP_SECONDS = 30;
const DIGITS = 6;

/** Cognito's SecretCode: 32 Base32 characters (160 bits). */
export function generateSecret(): string {
  return base32Encode(randomBytes(20));
}

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes Base32 (case-insensitive, `=` padding and spaces ignored); undefined when not Base32. */
export function base32Decode(text: string): Buffer | undefined {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  if (!clean || !/^[A-Z2-7]+$/.test(clean)) return undefined;
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    value = (value << 5) | ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A usable secret: Base32 of at least 80 bits (RFC 4226 asks for 128, apps accept 80). */
export function isValidSecret(secret: unknown): secret is string {
  const key = typeof secret === 'string' ? base32Decode(secret) : undefined;
  return !!key && key.length >= 10;
}

/** The code for the 30-second step containing `atMs`. */
export function totpCode(secret: string, atMs = Date.now()): string {
  return hotp(base32Decode(secret) ?? Buffer.alloc(0), Math.floor(atMs / 1000 / STEP_SECONDS));
}

/** True when `code` is the code of the current step or the one before or after (clock drift). */
export function verifyTotp(secret: string, code: unknown, atMs = Date.now()): boolean {
  if (typeof code !== 'string' || !/^[0-9]{6}$/.test(code)) return false;
  const key = base32Decode(secret);
  if (!key) return false;
  const step = Math.floor(atMs / 1000 / STEP_SECONDS);
  return [-1, 0, 1].some((drift) => timingSafeEqual(Buffer.from(hotp(key, step + drift)), Buffer.from(code)));
}

function hotp(key: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', key).update(message).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** DIGITS).padStart(DIGITS, '0');
}
