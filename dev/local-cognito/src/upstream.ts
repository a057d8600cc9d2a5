/**
 * The client for cognito-local. Admin* calls are unsigned here: cognito-local never checks SigV4,
 * which is what lets the proxy confirm users and set passwords on the user's behalf.
 */
import { CognitoError } from './errors.js';

export type Json = Record<string, unknown>;

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

export class Upstream {
  /**
   * cognito-local saves its db with an async `fs.writeFile` per request; two saves in flight can
   * interleave and leave a file with a stale tail, which the proxy then cannot read. Every call
   * goes through the proxy, so running them one at a time rules that out.
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly baseUrl: string) {}

  /** Sends `body` as-is (a pass-through) and returns status and text untouched. */
  forward(operation: string, body: string): Promise<RawResponse> {
    const run = this.queue.then(() => this.send(operation, body));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async send(operation: string, body: string): Promise<RawResponse> {
    const response = await fetch(`${this.baseUrl}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      },
      body,
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'application/x-amz-json-1.1',
      text: await response.text(),
    };
  }

  /** Calls an operation; resolves with the JSON body on success, throws the upstream error as a CognitoError. */
  async call<T = Json>(operation: string, body: object): Promise<T> {
    const raw = await this.forward(operation, JSON.stringify(body));
    const parsed = parseJson(raw.text);
    if (raw.status === 200) return parsed as T;
    throw upstreamError(raw.status, parsed);
  }

  async get(path: string): Promise<RawResponse> {
    const response = await fetch(`${this.baseUrl}${path}`);
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'application/json',
      text: await response.text(),
    };
  }
}

export function parseJson(text: string): Json {
  try {
    const value: unknown = JSON.parse(text || '{}');
    return value && typeof value === 'object' ? (value as Json) : {};
  } catch {
    return {};
  }
}

/** Keeps cognito-local's own `__type` (e.g. `CognitoLocal#Unsupported`) so local gaps stay recognisable. */
export function upstreamError(status: number, body: Json): CognitoError {
  const type = typeof body.__type === 'string' ? body.__type : 'InternalErrorException';
  const message = typeof body.message === 'string' ? body.message : `cognito-local answered HTTP ${status}`;
  return new CognitoError(type, message, status >= 400 ? status : 500);
}
