/**
 * Registered callback and sign-out URLs. Cognito compares `redirect_uri` and `logout_uri` with its
 * lists exactly; the local Cognito also takes patterns, so the demo and tests work on any port:
 * `:*` for any port, a leading `*.` in the host for any subdomain, and a path ending in `*` for
 * anything that starts with the rest (query included), e.g. `http://localhost:*\/*`. An entry
 * without `*` is compared exactly, as Cognito does.
 */

const PATTERN = /^([a-z][a-z0-9+.-]*):\/\/(\*\.)?([^/:*?#]+|\[[0-9a-f:]+\])(?::(\*|\d{1,5}))?(\/[^#]*)?$/i;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `url` is one of the registered `entries` (exact, or matching a pattern). */
export function registeredUrl(url: string, entries: readonly string[]): boolean {
  return entries.some((entry) => (entry.includes('*') ? matchesPattern(url, entry) : entry === url));
}

/**
 * Why `entry` cannot be a callback or sign-out URL, or undefined when it can: an absolute URL
 * without a fragment, HTTPS except on loopback hosts, or an app scheme such as `myapp://` (as
 * CreateUserPoolClient checks CallbackURLs).
 */
export function registeredUrlProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'string' || !entry) return 'entries must be URLs';
  if (entry.includes('#')) return `${entry}: a URL may not have a fragment`;
  const parts = PATTERN.exec(entry);
  if (!parts) return `${entry} is not an absolute URL (patterns: :* for any port, *. for any subdomain, a path ending in *)`;
  const [, scheme, , host] = parts;
  const lower = scheme.toLowerCase();
  if (lower === 'http' && !LOOPBACK_HOSTS.has(host.toLowerCase())) return `${entry}: plain http is allowed only for localhost, 127.0.0.1 and [::1]`;
  return undefined;
}

function matchesPattern(candidate: string, pattern: string): boolean {
  const parts = PATTERN.exec(pattern);
  if (!parts) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  // No user info (http://localhost:1@elsewhere/) and no fragment slip through a pattern.
  if (url.username || url.password || candidate.includes('#')) return false;
  const [, scheme, anySubdomain, host, port, path = '/'] = parts;
  if (url.protocol !== `${scheme.toLowerCase()}:`) return false;
  const hostname = url.hostname.toLowerCase();
  const wantedHost = host.toLowerCase();
  if (anySubdomain ? !hostname.endsWith(`.${wantedHost}`) : hostname !== wantedHost) return false;
  const defaultPort = { 'http:': '80', 'https:': '443' }[url.protocol] ?? '';
  if (port !== '*' && (url.port || defaultPort) !== (port ?? defaultPort)) return false;
  const rest = url.pathname + url.search;
  return path.endsWith('*') ? rest.startsWith(path.slice(0, -1)) : rest === path;
}
