/**
 * The client for cognito-local. Admin* calls are unsigned here: cognito-local never checks SigV4,
 * which is what lets the proxy confirm users and set passwords on the user's behalf.
 */
import { CognitoError, errors } from './errors.js';

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
  /**
   * Counts finished calls: cognito-local saves before it answers, so its files can only have
   * changed when this number has. The db view (user-store.ts) caches what it parsed against it.
   */
  private calls = 0;

  constructor(
    readonly baseUrl: string,
    /** Expected in every answer's x-local-cognito-launch header: proof it is the child launch.mjs started. */
    private readonly token?: string,
  ) {}

  get generation(): number {
    return this.calls;
  }

  /** Sends `body` as-is (a pass-through) and returns status and text untouched. */
  forward(operation: string, body: string): Promise<RawResponse> {
    return this.exclusive(async () => {
      try {
        return await this.send(operation, body);
      } finally {
        this.calls++;
      }
    });
  }

  /**
   * Runs `task` while no call is in flight, in turn with the calls. Reading cognito-local's files
   * this way never meets a half-written one (its saves are plain writeFile, truncate then write).
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
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
    this.checkIdentity(response);
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'application/x-amz-json-1.1',
      text: await response.text(),
    };
  }

  /** Someone else's server on cognito-local's port would otherwise get (and answer) every call. */
  private checkIdentity(response: Response): void {
    if (this.token && response.headers.get('x-local-cognito-launch') !== this.token) {
      throw errors.internal(`${this.baseUrl} is not the cognito-local this proxy was started with (another server is on its port)`);
    }
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
    this.checkIdentity(response);
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
