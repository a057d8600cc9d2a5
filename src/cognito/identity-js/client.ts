/**
 * The seam between the identity-js backend and `amazon-cognito-identity-js`: every request a
 * `CognitoUser` or `CognitoUserPool` makes goes through a `CallClient`, one per backend call,
 * wrapped around the pool's own `Client` (its endpoint and fetch options). It adds what the
 * library lacks and the API backend has:
 *
 * - **Aborts.** identity-js takes no `AbortSignal`. A call that was aborted sends nothing more, and
 *   a reply that arrives after the abort reaches identity-js as an `AbortError`, so it caches no
 *   tokens (the HTTP request itself cannot be cancelled: Cognito still gets it).
 * - **No retries.** identity-js retries refresh and RevokeToken with back-off for every error,
 *   `NotAuthorizedException` included (≈6 s before a revoked refresh token fails); here every
 *   request is sent once, as with the fetch transport.
 * - **The reply as Cognito sent it**, so challenge parameters reach the controller unparsed, the
 *   canonical username can be kept, and replies identity-js has no callback for (EMAIL_OTP, a
 *   challenge where it expects tokens) are taken over by the backend instead of crashing it.
 * - **ClientMetadata** on the flow operations where identity-js leaves it out.
 */
import { abortError, AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { FLOW_OPERATIONS } from '../transport.js';
import type { Json } from '../wire.js';

export type NodeCallback = (error: unknown, data?: Json) => void;

/** What identity-js calls on `pool.client` / `user.client` (its `Client` class). */
export interface IdentityJsClient {
  request(operation: string, params: object, callback: NodeCallback): void;
  requestWithRetry?(operation: string, params: object, callback: NodeCallback): void;
  promisifyRequest?(operation: string, params: object): Promise<Json>;
}

/** What a `CallClient` needs of its call. */
export interface CallState {
  readonly settled: boolean;
  readonly signal: AbortSignal | undefined;
  readonly clientMetadata: Record<string, string> | undefined;
  reply: Json | undefined;
  handles(challengeName: string | undefined, request: Json): boolean;
  takeOver(reply: Json): void;
  onChallenge(reply: Json): void;
}

/**
 * One backend call: a promise settled once, by identity-js's callbacks, by the backend taking a
 * reply over, or by the abort signal. Later callbacks are ignored.
 */
export class Call<T> implements CallState {
  readonly promise: Promise<T>;
  settled = false;
  /** The newest reply that named a challenge (InitiateAuth / RespondToAuthChallenge), as sent. */
  reply: Json | undefined;
  /**
   * Decides whether identity-js can handle a reply to InitiateAuth / RespondToAuthChallenge;
   * when it returns false the reply goes to `takeOver` instead of identity-js.
   */
  handles: (challengeName: string | undefined, request: Json) => boolean = () => true;
  takeOver: (reply: Json) => void = () => {};
  /** Every challenge reply, before identity-js sees it. */
  onChallenge: (reply: Json) => void = () => {};
  private resolve!: (value: T) => void;
  private reject!: (error: unknown) => void;

  #timer: ReturnType<typeof setTimeout> | undefined;
  #onAbort: (() => void) | undefined;

  constructor(
    readonly signal: AbortSignal | undefined,
    readonly clientMetadata: Record<string, string> | undefined,
    /** Gives up after this many ms without an answer (a retryable `TimeoutError`); 0: never. */
    timeout = 0,
  ) {
    this.promise = new Promise<T>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    if (signal?.aborted) this.fail(abortError(signal.reason));
    else if (signal) {
      this.#onAbort = () => this.fail(abortError(signal.reason));
      signal.addEventListener('abort', this.#onAbort, { once: true });
    }
    if (timeout > 0 && !this.settled) {
      this.#timer = setTimeout(
        () => this.fail(new AuthError(KIT_ERROR_NAMES.timeout, `Cognito gave no answer within ${timeout} ms.`)),
        timeout,
      );
    }
  }

  ok(value: T): void {
    if (this.#settle()) this.resolve(value);
  }

  fail(error: unknown): void {
    if (this.#settle()) this.reject(error);
  }

  /**
   * Marks the call settled (false when it already was) and lets go of what it no longer needs:
   * the controller keeps its last run's signal, and a listener left on it would keep this call,
   * its sign-in and its password alive (docs/architecture.md §8).
   */
  #settle(): boolean {
    if (this.settled) return false;
    this.settled = true;
    clearTimeout(this.#timer);
    if (this.#onAbort) this.signal?.removeEventListener('abort', this.#onAbort);
    this.#onAbort = undefined;
    return true;
  }

  /** Runs `work`, turning a synchronous throw into a rejection. */
  run(work: () => void): Promise<T> {
    if (!this.settled) {
      try {
        work();
      } catch (error) {
        this.fail(toAuthError(error, this.signal));
      }
    }
    return this.promise;
  }
}

export class CallClient implements IdentityJsClient {
  constructor(
    private readonly inner: IdentityJsClient,
    private readonly call: CallState,
  ) {}

  request(operation: string, params: object, callback: NodeCallback): void {
    const { call } = this;
    // The call is over (aborted, or the backend took a reply over): identity-js's chain stops here.
    if (call.settled) return;
    let body = params as Json;
    if (call.clientMetadata && FLOW_OPERATIONS.has(operation) && !hasEntries(body.ClientMetadata)) {
      body = { ...body, ClientMetadata: call.clientMetadata };
    }
    this.inner.request(operation, body, (error, data) => {
      if (call.signal?.aborted) return callback(abortError(call.signal.reason));
      if (!error && data && (operation === 'InitiateAuth' || operation === 'RespondToAuthChallenge')) {
        const name = typeof data.ChallengeName === 'string' ? data.ChallengeName : undefined;
        if (name) {
          call.reply = data;
          call.onChallenge(data);
        }
        if (!call.handles(name, body)) return call.takeOver(data);
      }
      return callback(error, data);
    });
  }

  /** Sent once: see the module comment. */
  requestWithRetry(operation: string, params: object, callback: NodeCallback): void {
    this.request(operation, params, callback);
  }

  promisifyRequest(operation: string, params: object): Promise<Json> {
    return new Promise((resolve, reject) =>
      this.request(operation, params, (error, data) => (error ? reject(error) : resolve(data ?? {}))),
    );
  }
}

function hasEntries(value: unknown): boolean {
  return !!value && typeof value === 'object' && Object.keys(value).length > 0;
}

/**
 * identity-js errors as the kit's `AuthError`. Service errors carry Cognito's exception name in
 * `code` (and `name`); a failed fetch is `Error('Network error')` with code `NetworkError`; the
 * library's own checks are plain `Error`s ("User is not authenticated").
 */
export function toAuthError(error: unknown, signal?: AbortSignal): AuthError {
  if (error instanceof AuthError) return error;
  if (signal?.aborted) return abortError(signal.reason);
  const e = (error ?? {}) as { code?: unknown; name?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (code === 'NetworkError' || message === 'Network error') {
    return new AuthError(KIT_ERROR_NAMES.network, 'The network request failed.', { cause: error });
  }
  const name = /^[A-Za-z]+$/.test(code) ? code : '';
  if (name) {
    // identity-js makes `new Error(data.message || null)` ("null"), or the HTTP status when the
    // body was unreadable.
    const text = message && message !== 'null' && !/^\d{3}$/.test(message) ? message : name;
    return new AuthError(name, text);
  }
  if (/ is required\.?$/i.test(message)) return new AuthError(KIT_ERROR_NAMES.validation, message, { cause: error });
  if (/not authenticated|please authenticate|username is null/i.test(message)) {
    return new AuthError('NotAuthorizedException', 'Not signed in.', { cause: error });
  }
  return new AuthError(KIT_ERROR_NAMES.unknown, message || 'Unexpected amazon-cognito-identity-js failure.', {
    cause: error,
  });
}
