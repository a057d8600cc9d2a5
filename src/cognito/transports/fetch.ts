/**
 * The default transport: a plain `fetch` POST to the Cognito JSON API (docs/cognito.md §1). No signing,
 * no retries, no dependencies.
 */
import { abortError, AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { defaultEndpoint, parseErrorType, type CognitoTransport, type TransportConfig } from '../transport.js';

export interface FetchTransportConfig extends TransportConfig {
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof fetch;
}

function abortedBy(signal: AbortSignal | undefined, cause: unknown): AuthError | undefined {
  if (signal?.aborted || (cause instanceof Error && (cause.name === 'AbortError' || cause.name === 'TimeoutError'))) {
    return abortError(signal?.reason ?? cause);
  }
  return undefined;
}

export function createFetchTransport(config: TransportConfig | FetchTransportConfig): CognitoTransport {
  const endpoint = config.endpoint ?? defaultEndpoint(config.region);
  const doFetch = (config as FetchTransportConfig).fetch;
  return {
    async call(operation, input, signal) {
      let text: string;
      let response: Response;
      try {
        signal?.throwIfAborted();
        response = await (doFetch ?? fetch)(endpoint, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/x-amz-json-1.1',
            'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
          },
          body: JSON.stringify(input),
          cache: 'no-store',
          credentials: 'omit',
          signal,
        });
        text = await response.text();
      } catch (cause) {
        throw abortedBy(signal, cause) ?? new AuthError(KIT_ERROR_NAMES.network, 'The network request failed.', { cause });
      }
      let body: Record<string, unknown> | undefined;
      try {
        const parsed: unknown = text ? JSON.parse(text) : {};
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
      } catch {
        // Not JSON (a proxy's HTML error page, a truncated body): handled below.
      }
      if (!response.ok) {
        const name =
          parseErrorType(body?.__type) ?? parseErrorType(response.headers.get('x-amzn-errortype')) ?? KIT_ERROR_NAMES.unknown;
        const message = body?.message ?? body?.Message;
        throw new AuthError(name, typeof message === 'string' && message ? message : `${name} (HTTP ${response.status})`);
      }
      if (!body) {
        throw new AuthError(KIT_ERROR_NAMES.unknown, `Unreadable ${operation} response.`);
      }
      return body;
    },
  };
}

/** `CognitoApiBackend`'s default `transport`. */
