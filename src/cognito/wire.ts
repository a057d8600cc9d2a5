/**
 * Reading Cognito's JSON replies: strings, code delivery details, challenge parameters, token
 * claims. Used by the API backend; nothing here calls the network.
 */
import type { CodeDelivery } from '../core/backend.js';
import { abortError, AuthError } from '../core/errors.js';

export type Json = Record<string, unknown>;

export interface AuthenticationResult {
  AccessToken?: string;
  IdToken?: string;
  RefreshToken?: string;
  ExpiresIn?: number;
}

export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Cognito's "Device does not exist.": a remembered device it no longer knows (forgotten, or never
 * confirmed). One of the documented message sub-cases (docs/cognito.md §13).
 */
export const isUnknownDevice = (error: unknown): boolean =>
  error instanceof AuthError && error.name === 'ResourceNotFoundException' && /device does not exist/i.test(error.message);

/** Stops a call whose caller gave up: its answer must not be applied or stored. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal.reason);
}

/** The JSON payload of a JWT, decoded, not verified. `{}` when unreadable. */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), '='));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function codeDelivery(details: unknown): CodeDelivery {
  const d = (details ?? {}) as Json;
  const medium = d.DeliveryMedium === 'EMAIL' || d.DeliveryMedium === 'SMS' ? d.DeliveryMedium : 'UNKNOWN';
  const delivery: CodeDelivery = { destination: str(d.Destination) ?? '', medium };
  const attributeName = str(d.AttributeName);
  if (attributeName) delivery.attributeName = attributeName;
  return delivery;
}

export function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (typeof v === 'string') out[key] = v;
  }
  return out;
}
