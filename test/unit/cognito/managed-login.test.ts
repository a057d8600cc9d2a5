import { expect } from '@open-wc/testing';
import { createManagedLogin } from '../../../src/cognito/oauth/lazy.js';
import { ManagedLogin, type ManagedLoginConfig } from '../../../src/cognito/oauth/managed-login.js';
import { challengeFor, randomToken } from '../../../src/cognito/oauth/pkce.js';
import { hasRoundTrip } from '../../../src/cognito/oauth/round-trip.js';
import { describeError } from '../../../src/core/error-mapping.js';
import { AuthError } from '../../../src/core/errors.js';

// The managed-login client (docs/cognito.md §11) on a stubbed token endpoint: the authorize URL,
// and every check of the return (state, provider errors, the code exchange, the ID token).
const POOL = 'eu-west-1_Pool1';
const b64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const jwt = (claims: Record<string, unknown>) => `${b64url({ alg: 'RS256' })}.${b64url(claims)}.sig`;

function setUp(extra: Partial<ManagedLoginConfig> = {}) {
  const visited: string[] = [];
  const login = new ManagedLogin({
    domain: 'https://auth.example.com/',
    clientId: 'client-1',
    userPoolId: POOL,
    redirectUri: 'https://app.example.com/signin',
    scopes: ['openid', 'email'],
    mode: 'redirect',
    timeout: 2000,
    navigate: (url) => visited.push(url),
    ...extra,
  });
  return { login, visited };
}

const realFetch = window.fetch;
let tokenRequests: { url: string; body: URLSearchParams }[] = [];
function tokenEndpoint(answer: (body: URLSearchParams) => { status: number; json: unknown }) {
  tokenRequests = [];
  window.fetch = (async (url: string, init: RequestInit) => {
    const body = new URLSearchParams(String(init.body));
    tokenRequests.push({ url, body });
    const { status, json } = answer(body);
    return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

async function started(extra: Partial<ManagedLoginConfig> = {}) {
  const made = setUp(extra);
  await made.login.start({ provider: 'Google' });
  const authorize = new URL(made.visited[0]);
  return { ...made, authorize, state: authorize.searchParams.get('state')!, nonce: authorize.searchParams.get('nonce')! };
}

const goodTokens = (nonce: string, claims: Record<string, unknown> = {}) => ({
  status: 200,
  json: {
    id_token: jwt({ aud: 'client-1', iss: `https://cognito-idp.eu-west-1.amazonaws.com/${POOL}`, nonce, ...claims }),
    access_token: jwt({ username: 'Google_123' }),
    refresh_token: 'refresh-1',
    expires_in: 3600,
  },
});

describe('ManagedLogin', () => {
  afterEach(() => {
    window.fetch = realFetch;
    sessionStorage.clear();
  });

  it('random tokens use [A-Za-z0-9] only; the S256 challenge is base64url(SHA-256) without padding', async () => {
    expect(randomToken(64)).to.match(/^[A-Za-z0-9]{64}$/);
    expect(await challengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).to.equal('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('sends the person to /oauth2/authorize with PKCE S256, state, nonce, the provider and the scopes', async () => {
    const { authorize, state } = await started();
    expect(authorize.origin + authorize.pathname).to.equal('https://auth.example.com/oauth2/authorize');
    const q = authorize.searchParams;
    expect(Object.fromEntries(['response_type', 'client_id', 'redirect_uri', 'scope', 'identity_provider', 'code_challenge_method'].map((k) => [k, q.get(k)]))).to.deep.equal({
      response_type: 'code',
      client_id: 'client-1',
      redirect_uri: 'https://app.example.com/signin',
      scope: 'openid email',
      identity_provider: 'Google',
      code_challenge_method: 'S256',
    });
    expect(state).to.match(/^[A-Za-z0-9]{32}$/);
    expect(q.get('code_challenge')).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(hasRoundTrip(), 'kept for the return').to.equal(true);
    expect(JSON.stringify(sessionStorage)).to.not.include(q.get('code_challenge')!);
  });

  it('an email domain goes as idp_identifier instead of a provider', async () => {
    const { login, visited } = setUp();
    await login.start({ idpIdentifier: 'example.com' });
    const q = new URL(visited[0]).searchParams;
    expect([q.get('idp_identifier'), q.get('identity_provider')]).to.deep.equal(['example.com', null]);
  });

  it('exchanges the code with the verifier, checks the ID token, and forgets the round trip', async () => {
    const { login, authorize, state, nonce } = await started();
    tokenEndpoint(() => goodTokens(nonce));
    const tokens = await login.complete(`https://app.example.com/signin?code=abc&state=${state}`);
    expect(tokens).to.deep.include({ refreshToken: 'refresh-1', expiresIn: 3600, provider: 'Google' });
    const [request] = tokenRequests;
    expect(request.url).to.equal('https://auth.example.com/oauth2/token');
    expect(request.body.get('grant_type')).to.equal('authorization_code');
    expect(request.body.get('code')).to.equal('abc');
    expect(request.body.get('redirect_uri')).to.equal('https://app.example.com/signin');
    expect(await challengeFor(request.body.get('code_verifier')!)).to.equal(authorize.searchParams.get('code_challenge'));
    expect(hasRoundTrip()).to.equal(false);
  });

  it('is no return without code or error', async () => {
    const { login } = setUp();
    expect(await login.complete('https://app.example.com/signin?tab=2')).to.equal(null);
  });

  const refusals: [string, (s: { state: string; nonce: string }) => string, ((b: URLSearchParams, n: string) => { status: number; json: unknown }) | null, string][] = [
    ['a state this tab did not send', () => '?code=abc&state=forged', null, 'OAuthStateError'],
    ['a return with no round trip (another tab, a replayed link)', (s) => `?code=abc&state=${s.state}&again`, null, 'OAuthStateError'],
    ['the person cancelled at the provider', (s) => `?error=access_denied&state=${s.state}`, null, 'OAuthCancelledError'],
    ['the provider is not enabled for the client', (s) => `?error=invalid_request&error_description=unsupported&state=${s.state}`, null, 'OAuthProviderError'],
    ['a used or expired code', (s) => `?code=abc&state=${s.state}`, () => ({ status: 400, json: { error: 'invalid_grant' } }), 'OAuthCodeError'],
    ['a redirect URI the client does not list', (s) => `?code=abc&state=${s.state}`, () => ({ status: 400, json: { error: 'unauthorized_client' } }), 'UnauthorizedException'],
    ['an ID token for another sign-in (nonce)', (s) => `?code=abc&state=${s.state}`, () => goodTokens('other-nonce'), 'OAuthTokenError'],
    ['an ID token for another app (aud)', (s) => `?code=abc&state=${s.state}`, (_b, n) => goodTokens(n, { aud: 'client-2' }), 'OAuthTokenError'],
    ['an ID token from another pool (iss)', (s) => `?code=abc&state=${s.state}`, (_b, n) => goodTokens(n, { iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other' }), 'OAuthTokenError'],
  ];
  for (const [what, query, answer, name] of refusals) {
    it(`refuses ${what}: ${name}`, async () => {
      const trip = await started();
      tokenEndpoint((body) => (answer ? answer(body, trip.nonce) : { status: 500, json: {} }));
      if (what.startsWith('a return with no round trip')) sessionStorage.clear();
      const error = await trip.login.complete(`https://app.example.com/signin${query(trip)}`).catch((e: AuthError) => e);
      expect(error).to.have.property('name', name);
      expect(hasRoundTrip(), 'the round trip is gone whatever happened').to.equal(false);
      if (!answer) expect(tokenRequests, 'no code goes to the token endpoint').to.have.length(0);
    });
  }

  it('a network failure at the token endpoint is a retryable network error', async () => {
    const trip = await started();
    window.fetch = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await trip.login.complete(`https://app.example.com/signin?code=abc&state=${trip.state}`).catch((e: AuthError) => e);
    expect(error).to.have.property('name', 'NetworkError');
  });

  it('a local domain accepts its own issuer; /logout goes with the client and the logout URI', async () => {
    const { login, visited, state, nonce } = await started({ endpoint: 'http://127.0.0.1:9330', logoutUri: 'https://app.example.com/bye' });
    tokenEndpoint(() => goodTokens(nonce, { iss: `http://127.0.0.1:9330/${POOL}` }));
    expect(await login.complete(`https://app.example.com/signin?code=abc&state=${state}`)).to.have.property('idToken');
    expect(login.endSession()).to.equal(true);
    expect(visited.at(-1)).to.equal('https://auth.example.com/logout?client_id=client-1&logout_uri=https%3A%2F%2Fapp.example.com%2Fbye');
    expect(setUp().login.endSession(), 'no logout URI: no /logout').to.equal(false);
  });
});

describe('createManagedLogin (the stand-in that loads the client on first use)', () => {
  const config: ManagedLoginConfig = { domain: 'https://auth.example.com', clientId: 'client-1', userPoolId: POOL, redirectUri: 'https://app.example.com/signin', scopes: ['openid'], mode: 'redirect', timeout: 2000 };

  it('a client whose code cannot be fetched is a retryable network error, and the next call fetches it again', async () => {
    let imports = 0;
    const load = async () => {
      imports += 1;
      if (imports === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { ManagedLogin: class { complete = async () => null } } as unknown as typeof import('../../../src/cognito/oauth/managed-login.js');
    };
    const federation = createManagedLogin(config, load);
    const failure = await federation.complete('https://app.example.com/signin?code=c&state=s').catch((error: Error) => error);
    expect(failure).to.be.instanceOf(AuthError);
    expect((failure as AuthError).name).to.equal('NetworkError');
    expect(describeError(failure)).to.include({ code: 'network', retryable: true });
    expect(await federation.complete('https://app.example.com/signin?code=c&state=s')).to.equal(null);
    expect(imports).to.equal(2);
  });
});
