/**
 * Which relying-party ids and web origins the local Cognito accepts for passkeys. An RP ID is a
 * host name (WebAuthn refuses IP addresses); an allowed origin is written as an origin, where
 * `:*` stands for any port (or none) and a leading `*.` in the host for any subdomain, e.g.
 * `http://localhost:*` or `https://*.example.com`.
 */
import { isIP } from 'node:net';

const HOST_NAME = /^(?=.{1,127}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;
const ORIGIN_PATTERN = /^(https?):\/\/(\*\.)?([a-z0-9.-]+)(:(\*|\d{1,5}))?$/;

/** Why `value` cannot be an RP ID, or undefined when it can. */
export function relyingPartyIdProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return 'must be a host name';
  if (isIP(value) || isIP(value.replace(/^\[|\]$/g, ''))) return 'must be a host name, not an IP address (WebAuthn refuses IP addresses)';
  if (!HOST_NAME.test(value)) return 'must be a lower-case host name such as localhost or auth.example.com';
  return undefined;
}

/** Why `value` cannot be an allowed-origin pattern, or undefined when it can. */
export function originPatternProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !ORIGIN_PATTERN.test(value)) {
    return 'entries must be origins such as https://app.example.com, with :* for any port and *. for any subdomain';
  }
  return undefined;
}

/** What the local Cognito accepts when no list is set: http://localhost on any port, and https://<RP ID>. */
export function defaultOrigins(relyingPartyId: string): string[] {
  return ['http://localhost:*', `https://${relyingPartyId}`];
}

/** The origins in force: the `webAuthnAllowedOrigins` setting, or the defaults for the RP ID. */
export function allowedOrigins(settings: { webAuthnAllowedOrigins: string[] | null; webAuthnRelyingPartyId: string }): string[] {
  return settings.webAuthnAllowedOrigins ?? defaultOrigins(settings.webAuthnRelyingPartyId);
}

export function originAllowed(origin: unknown, patterns: readonly string[]): boolean {
  if (typeof origin !== 'string') return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // An origin is scheme, host and port only: anything more is not one.
  if (url.origin !== origin) return false;
  return patterns.some((pattern) => matches(url, pattern));
}

function matches(url: URL, pattern: string): boolean {
  const parts = ORIGIN_PATTERN.exec(pattern);
  if (!parts) return false;
  const [, scheme, anySubdomain, host, , port] = parts;
  if (url.protocol !== `${scheme}:`) return false;
  const hostMatches = anySubdomain ? url.hostname.endsWith(`.${host}`) : url.hostname === host;
  if (!hostMatches) return false;
  if (port === '*') return true;
  const defaultPort = scheme === 'https' ? '443' : '80';
  return (url.port || defaultPort) === (port ?? defaultPort);
}
