/** Types for launch.mjs (plain JS so scripts can import it without a TypeScript loader). */

export interface SeededUser {
  username: string;
  password: string;
  /** What signing in as this user demonstrates. */
  shows: string;
}

export interface LaunchOptions {
  /** Proxy port; 0 picks a free one. */
  port?: number;
  /** cognito-local port; 0 picks a free one. */
  upstreamPort?: number;
  /** Where cognito-local's db and the proxy state live; default a temp dir removed on stop(). */
  stateDir?: string;
  /** No outbox lines or child stderr on the console. */
  quiet?: boolean;
  /** Every generated code is this value (default: env CODE). */
  code?: string;
  /** Keep an existing db in `stateDir` instead of reseeding it (the CLI's persistent demo state). */
  keepState?: boolean;
  /**
   * Extra environment for the proxy, e.g. SIGN_UP_CODE_TTL_SECONDS, RESET_CODE_TTL_SECONDS,
   * AUTH_SESSION_TTL_SECONDS (overrides every client's AuthSessionValidity).
   */
  env?: Record<string, string>;
}

export interface LocalCognito {
  /** The proxy: what clients talk to. */
  endpoint: string;
  /** cognito-local itself (no SRP, no resend, …); for debugging. */
  upstreamEndpoint: string;
  userPoolId: string;
  clientId: string;
  region: string;
  outboxUrl: string;
  stateDir: string;
  users: SeededUser[];
  /** Stops both processes (and removes a temp state dir). */
  stop(): Promise<void>;
}

export declare const seed: { userPoolId: string; clientId: string; region: string; users: SeededUser[] };

export declare function launchLocalCognito(options?: LaunchOptions): Promise<LocalCognito>;
