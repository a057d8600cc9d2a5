/**
 * What one managed-login round trip keeps while the page is away at the provider: `state`, the
 * PKCE verifier, `nonce`, the redirect URI and the provider, in `sessionStorage` (this tab only),
 * for that trip only: read once on return and deleted, whatever the outcome.
 */
const KEY = 'cognito-auth-flow:oauth';

export interface RoundTrip {
  state: string;
  verifier: string;
  nonce: string;
  redirectUri: string;
  clientId: string;
  provider: string;
  /** Epoch ms: a trip older than this is refused (a stale tab). */
  expires: number;
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function saveRoundTrip(trip: RoundTrip): void {
  storage()?.setItem(KEY, JSON.stringify(trip));
}

/** The trip in flight, removed from storage as it is read. */
export function takeRoundTrip(): RoundTrip | null {
  const store = storage();
  const raw = store?.getItem(KEY) ?? null;
  store?.removeItem(KEY);
  if (!raw) return null;
  try {
    const trip = JSON.parse(raw) as RoundTrip;
    return typeof trip.state === 'string' && typeof trip.verifier === 'string' ? trip : null;
  } catch {
    return null;
  }
}

export function hasRoundTrip(): boolean {
  return !!storage()?.getItem(KEY);
}
