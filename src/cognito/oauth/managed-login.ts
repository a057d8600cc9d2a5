/**
 * Sign-in through Cognito's managed login (docs/cognito.md §11): the authorization-code flow with
 * PKCE against `<domain>/oauth2/authorize` and `/oauth2/token`, by full-page redirect or popup,
 * then the checks an ID token must pass (state, nonce, audience, issuer). The tokens go to the
 * backend the page uses, so the session, its refresh and sign-out are the usual ones.
 */
import type { CallOptions, FederatedSignIn, FederatedTokens, FederationConfig, ProviderRequest } from '../../core/backend.js';
import { abortError, AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { decodeJwtPayload, str } from '../wire.js';
import { challengeFor, randomToken } from './pkce.js';
import { saveRoundTrip, takeRoundTrip, type RoundTrip } from './round-trip.js';
import { openPopup, returnFromPopup } from './popup.js';

/** `<auth-flow>`'s federation settings, and how to leave the page (tests pass their own). */
export interface ManagedLoginConfig extends FederationConfig {
  navigate?: (url: string) => void;
}

/** A round trip older than this is a stale tab: its `state` is refused. */
const ROUND_TRIP_MS = 10 * 60_000;

export function oauthError(name: keyof typeof KIT_ERROR_NAMES, message: string): AuthError {
  return new AuthError(KIT_ERROR_NAMES[name], message);
}

/** The provider the person signed in with, from the ID token's `identities` claim (an email domain picks one). */
function providerOf(idToken: string): string | undefined {
  const identities = decodeJwtPayload(idToken).identities;
  const first: unknown = Array.isArray(identities) ? identities[0] : undefined;
  return first && typeof first === 'object' ? str((first as Record<string, unknown>).providerName) : undefined;
}

export class ManagedLogin implements FederatedSignIn {
  readonly #domain: string;

  constructor(private readonly config: ManagedLoginConfig) {
    this.#domain = config.domain.replace(/\/+$/, '');
  }

  async start(request: ProviderRequest, options: CallOptions = {}): Promise<FederatedTokens | null> {
    const trip: RoundTrip = {
      state: randomToken(32),
      verifier: randomToken(96),
      nonce: randomToken(32),
      redirectUri: this.config.redirectUri,
      clientId: this.config.clientId,
      provider: request.provider ?? request.idpIdentifier ?? '',
      expires: Date.now() + ROUND_TRIP_MS,
    };
    const url = new URL(`${this.#domain}/oauth2/authorize`);
    const query = url.searchParams;
    query.set('response_type', 'code');
    query.set('client_id', this.config.clientId);
    query.set('redirect_uri', trip.redirectUri);
    query.set('scope', this.config.scopes.join(' '));
    if (request.idpIdentifier) query.set('idp_identifier', request.idpIdentifier);
    else if (request.provider) query.set('identity_provider', request.provider);
    query.set('state', trip.state);
    query.set('nonce', trip.nonce);
    query.set('code_challenge', await challengeFor(trip.verifier));
    query.set('code_challenge_method', 'S256');
    saveRoundTrip(trip);
    if (this.config.mode === 'popup') {
      const returned = await openPopup(url.href, trip.redirectUri, options.signal);
      // Blocked: the same trip by a full-page redirect instead.
      if (returned !== null) return this.complete(returned, options);
    }
    this.#navigate(url.href);
    return null;
  }

  #navigate(url: string): void {
    (this.config.navigate ?? ((href: string) => location.assign(href)))(url);
  }

  /** The return from the provider in `url`: checks it, exchanges the code, checks the tokens. */
  async complete(url: string, options: CallOptions = {}): Promise<FederatedTokens | null> {
    const query = new URL(url).searchParams;
    const error = query.get('error');
    if (!query.get('code') && !error) return null;
    // In the popup: the window that opened it completes the sign-in.
    if (returnFromPopup(url)) return null;
    const trip = takeRoundTrip();
    if (!trip || trip.state !== query.get('state') || trip.expires < Date.now() || trip.clientId !== this.config.clientId) {
      throw oauthError('oauthState', 'The sign-in did not start in this tab, or started too long ago.');
    }
    if (error === 'access_denied') throw oauthError('oauthCancelled', query.get('error_description') ?? error);
    if (error) throw oauthError('oauthProvider', `${error}: ${query.get('error_description') ?? ''}`);
    const tokens = await this.#exchange(query.get('code')!, trip, options);
    this.#check(tokens.idToken, trip);
    return { ...tokens, provider: providerOf(tokens.idToken) ?? trip.provider };
  }

  /** `POST /oauth2/token`, authorization code with the PKCE verifier. */
  async #exchange(code: string, trip: RoundTrip, options: CallOptions): Promise<FederatedTokens> {
    const body = new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: this.config.clientId,
      code,
      redirect_uri: trip.redirectUri,
      code_verifier: trip.verifier,
    });
    const timeout = AbortSignal.timeout(this.config.timeout);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetch(`${this.#domain}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, signal });
    } catch (cause) {
      if (timeout.aborted && !options.signal?.aborted) throw new AuthError(KIT_ERROR_NAMES.timeout, 'The token endpoint did not answer.', { cause });
      if (options.signal?.aborted) throw abortError(cause);
      throw new AuthError(KIT_ERROR_NAMES.network, 'The token endpoint could not be reached.', { cause });
    }
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const reason = str(json.error) ?? `HTTP ${response.status}`;
      // A used, unknown or expired code; anything else is the app client's set-up.
      if (reason === 'invalid_grant') throw oauthError('oauthCode', 'The sign-in code was already used or has expired.');
      if (response.status >= 500) throw new AuthError('InternalErrorException', reason);
      throw new AuthError('UnauthorizedException', `The token endpoint refused the code: ${reason}.`);
    }
    const idToken = str(json.id_token);
    const accessToken = str(json.access_token);
    if (!idToken || !accessToken) throw oauthError('oauthToken', 'The token endpoint sent no ID or access token.');
    return { idToken, accessToken, refreshToken: str(json.refresh_token), expiresIn: Number(json.expires_in) || 3600 };
  }

  /** The ID token is for this app, from this pool, and for this trip. */
  #check(idToken: string, trip: RoundTrip): void {
    const claims = decodeJwtPayload(idToken);
    const audience = claims.aud;
    const forUs = audience === this.config.clientId || (Array.isArray(audience) && audience.includes(this.config.clientId));
    const issuer = str(claims.iss) ?? '';
    const region = this.config.userPoolId.split('_')[0];
    const fromPool = this.config.endpoint
      ? issuer.endsWith(`/${this.config.userPoolId}`)
      : issuer === `https://cognito-idp.${region}.amazonaws.com/${this.config.userPoolId}`;
    if (!forUs || !fromPool || claims.nonce !== trip.nonce) {
      throw oauthError('oauthToken', 'The ID token is not for this app, this pool or this sign-in.');
    }
  }

  /** Ends the managed-login session too (its cookie), when the app gave a logout URI. */
  endSession(): boolean {
    if (!this.config.logoutUri) return false;
    const url = new URL(`${this.#domain}/logout`);
    url.searchParams.set('client_id', this.config.clientId);
    url.searchParams.set('logout_uri', this.config.logoutUri);
    this.#navigate(url.href);
    return true;
  }
}
