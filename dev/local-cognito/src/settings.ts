/** The proxy's settings, all from the environment (launch.mjs sets them). */
export interface Settings {
  host: string;
  port: number;
  upstreamUrl: string;
  stateDir: string;
  quiet: boolean;
  fixedCode?: string;
  signUpCodeTtlMs: number;
  resetCodeTtlMs: number;
  /** Overrides every app client's AuthSessionValidity; for tests. */
  authSessionTtlMs?: number;
}

function seconds(value: string | undefined, fallbackMs?: number): number | undefined {
  if (value === undefined || value === '') return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`not a number of seconds: ${value}`);
  return n * 1000;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Settings {
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  return {
    host: env.HOST || '127.0.0.1',
    port: Number(env.PORT ?? 9330),
    upstreamUrl: required('UPSTREAM_URL').replace(/\/$/, ''),
    stateDir: required('STATE_DIR'),
    quiet: env.QUIET === '1' || env.QUIET === 'true',
    fixedCode: env.CODE || undefined,
    signUpCodeTtlMs: seconds(env.SIGN_UP_CODE_TTL_SECONDS, 24 * 3600 * 1000)!,
    resetCodeTtlMs: seconds(env.RESET_CODE_TTL_SECONDS, 3600 * 1000)!,
    authSessionTtlMs: seconds(env.AUTH_SESSION_TTL_SECONDS),
  };
}
