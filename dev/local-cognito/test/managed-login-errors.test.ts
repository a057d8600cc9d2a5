/**
 * Every way the local managed login says no (docs/cognito.md §8.5): at authorize (the error page
 * when client or redirect_uri cannot be trusted, a redirect with error, error_description and
 * state otherwise), at a provider (cancel), at the token endpoint (codes, PKCE, clients), and at
 * userInfo, revoke and logout.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, afterEach, before, describe, it } from 'node:test';
import { PASSWORD, assertOk, call, control, createUser, start, type LocalCognito } from './helpers.js';
import {
  CALLBACK,
  TestBrowser,
  assertErrorPage,
  assertOAuthError,
  assertRedirectedError,
  authorizeUrl,
  exchangeCode,
  pkce,
  postForm,
  signInWithProvider,
  type Stop,
} from './managed-login-browser.js';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());
afterEach(() => control(lc, 'DELETE', '/settings'));

async function settings(values: Record<string, unknown>): Promise<void> {
  const result = await control(lc, 'PUT', '/settings', values);
  assert.equal(result.status, 200, JSON.stringify(result.body));
}

function navigate(options: Parameters<typeof authorizeUrl>[1]): Promise<Stop> {
  return new TestBrowser(lc).navigate(authorizeUrl(lc, { pkce: pkce(), state: 'the-state', ...options }));
}

const ADA = '100000000000000000001';

describe('authorize: errors shown on the managed login\u2019s error page (nothing reaches the app)', () => {
  it('an unknown client_id', async () => {
    assertErrorPage(await navigate({ clientId: 'no-such-client', identityProvider: 'Google' }), 'invalid_client');
  });

  it('a missing client_id or redirect_uri', async () => {
    const browser = new TestBrowser(lc);
    assertErrorPage(await browser.navigate(`${lc.oauthDomain}/oauth2/authorize?response_type=code&redirect_uri=${encodeURIComponent(CALLBACK)}`), 'invalid_request');
    assertErrorPage(await browser.navigate(`${lc.oauthDomain}/oauth2/authorize?response_type=code&client_id=${lc.clientId}`), 'invalid_request');
  });

  it('a redirect_uri the default patterns do not cover (another host)', async () => {
    assertErrorPage(await navigate({ redirectUri: 'https://evil.example/callback', identityProvider: 'Google' }), 'redirect_mismatch');
    // User info cannot smuggle another host past a pattern.
    assertErrorPage(await navigate({ redirectUri: 'http://localhost:5173@evil.example/callback', identityProvider: 'Google' }), 'redirect_mismatch');
  });

  it('an unregistered redirect_uri once a test sets an exact list; the registered one still works', async () => {
    await settings({ oauthClients: { [lc.clientId]: { CallbackURLs: ['http://localhost:5173/registered'] } } });
    const refused = await navigate({ redirectUri: 'http://localhost:5173/other', identityProvider: 'Google' });
    assertErrorPage(refused, 'redirect_mismatch');
    assertErrorPage(await navigate({ redirectUri: 'http://localhost:5173/registered/', identityProvider: 'Google' }), 'redirect_mismatch');
    const signIn = await signInWithProvider(new TestBrowser(lc), ADA, { identityProvider: 'Google', redirectUri: 'http://localhost:5173/registered' });
    assert.equal((await exchangeCode(lc, signIn)).status, 200);
  });

  it('the error page is a 302 to /error with the error named', async () => {
    const response = await fetch(authorizeUrl(lc, { clientId: 'no-such-client' }), { redirect: 'manual' });
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.origin, lc.oauthDomain);
    assert.equal(location.pathname, '/error');
    assert.equal(location.searchParams.get('error'), 'invalid_client');
  });
});

describe('authorize: errors redirected to the app with error, error_description and state', () => {
  it('a client with OAuth off: unauthorized_client', async () => {
    await settings({ oauthClients: { [lc.clientId]: { AllowedOAuthFlowsUserPoolClient: false } } });
    assertRedirectedError(await navigate({ identityProvider: 'Google' }), 'unauthorized_client', 'the-state');
  });

  it('the code flow not allowed: unauthorized_client; response_type missing or unknown; implicit not offered', async () => {
    await settings({ oauthClients: { [lc.clientId]: { AllowedOAuthFlows: ['implicit'] } } });
    assertRedirectedError(await navigate({ identityProvider: 'Google' }), 'unauthorized_client', 'the-state');
    assertRedirectedError(await navigate({ identityProvider: 'Google', extra: { response_type: 'token' } }), 'unsupported_response_type', 'the-state');
    await control(lc, 'DELETE', '/settings');
    assertRedirectedError(await navigate({ identityProvider: 'Google', extra: { response_type: 'id_token' } }), 'unsupported_response_type', 'the-state');
    const missing = new URL(authorizeUrl(lc, { identityProvider: 'Google', state: 's' }));
    missing.searchParams.delete('response_type');
    assertRedirectedError(await new TestBrowser(lc).navigate(missing), 'invalid_request', 's');
  });

  it('a scope the client may not have: invalid_scope with oauthDisallowedScopes ERROR', async () => {
    await settings({ oauthDisallowedScopes: 'ERROR' });
    const params = assertRedirectedError(await navigate({ identityProvider: 'Google', scope: 'openid payments/write' }), 'invalid_scope', 'the-state');
    assert.match(params.get('error_description')!, /payments\/write/);
  });

  it('no allowed scope left: invalid_scope even when disallowed scopes are ignored', async () => {
    await settings({ oauthClients: { [lc.clientId]: { AllowedOAuthScopes: ['openid'] } } });
    assertRedirectedError(await navigate({ identityProvider: 'Google', scope: 'email' }), 'invalid_scope', 'the-state');
  });

  it('a provider the client does not support, an unknown provider, an unknown idp_identifier: invalid_request', async () => {
    await settings({ oauthClients: { [lc.clientId]: { SupportedIdentityProviders: ['COGNITO', 'Google'] } } });
    assertRedirectedError(await navigate({ identityProvider: 'Facebook' }), 'invalid_request', 'the-state');
    assertRedirectedError(await navigate({ idpIdentifier: 'example.com' }), 'invalid_request', 'the-state');
    assertRedirectedError(await navigate({ identityProvider: 'Twitter' }), 'invalid_request', 'the-state');
    assertRedirectedError(await navigate({ idpIdentifier: 'nowhere.example' }), 'invalid_request', 'the-state');
  });

  it('PKCE: a method other than S256, a method without challenge, a challenge without method', async () => {
    const browser = new TestBrowser(lc);
    const base = { identityProvider: 'Google', state: 'p', pkce: null };
    assertRedirectedError(await browser.navigate(authorizeUrl(lc, { ...base, extra: { code_challenge: pkce().challenge, code_challenge_method: 'plain' } })), 'invalid_request', 'p');
    assertRedirectedError(await browser.navigate(authorizeUrl(lc, { ...base, extra: { code_challenge_method: 'S256' } })), 'invalid_request', 'p');
    assertRedirectedError(await browser.navigate(authorizeUrl(lc, { ...base, extra: { code_challenge: pkce().challenge } })), 'invalid_request', 'p');
  });

  it('prompt=none without a managed-login session: login_required', async () => {
    assertRedirectedError(await navigate({ prompt: 'none' }), 'login_required', 'the-state');
  });

  it('the state comes back exactly, and is left out when none was sent', async () => {
    const state = 'a b+c/=%&é';
    assertRedirectedError(await navigate({ identityProvider: 'Twitter', state }), 'invalid_request', state);
    const stop = await new TestBrowser(lc).navigate(authorizeUrl(lc, { identityProvider: 'Twitter', pkce: pkce() }));
    assert.equal(assertRedirectedError(stop, 'invalid_request').get('state'), null);
  });
});

describe('cancel at the provider', () => {
  it('Google: error=access_denied with the state, and no managed-login session starts', async () => {
    const browser = new TestBrowser(lc);
    const page = await browser.navigate(authorizeUrl(lc, { identityProvider: 'Google', state: 'cancel-state', pkce: pkce() }));
    const params = assertRedirectedError(await browser.press(page, 'cancel', '1'), 'access_denied', 'cancel-state');
    assert.match(params.get('error_description')!, /cancelled/);
    assert.equal(browser.hasSessionCookie(), false);
  });

  it('Sign in with Apple: its own user_cancelled_authorize, relayed', async () => {
    const browser = new TestBrowser(lc);
    const page = await browser.navigate(authorizeUrl(lc, { identityProvider: 'SignInWithApple', state: 'apple', pkce: pkce() }));
    assertRedirectedError(await browser.press(page, 'cancel', '1'), 'user_cancelled_authorize', 'apple');
  });

  it('idpCancelError replaces the provider\u2019s code', async () => {
    await settings({ idpCancelError: 'access_denied' });
    const browser = new TestBrowser(lc);
    const page = await browser.navigate(authorizeUrl(lc, { identityProvider: 'SignInWithApple', state: 'apple', pkce: pkce() }));
    assertRedirectedError(await browser.press(page, 'cancel', '1'), 'access_denied', 'apple');
  });

  it('a provider answer replayed or for an unknown state ends on the error page', async () => {
    const browser = new TestBrowser(lc);
    const page = await browser.navigate(authorizeUrl(lc, { identityProvider: 'Google', state: 's', pkce: pkce() }));
    const form = (page as Extract<Stop, { kind: 'page' }>).html;
    const state = /name="state" value="([^"]*)"/.exec(form)![1];
    const response = await browser.request(`${lc.oauthDomain}/_idp/Google/authorize`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ state, redirect_uri: `${lc.oauthDomain}/oauth2/idpresponse`, identity: ADA }),
    });
    const answer = response.headers.get('location')!;
    assert.equal((await browser.navigate(answer)).kind, 'app');
    assertErrorPage(await browser.navigate(answer), 'invalid_request');
  });

  it('a stand-in provider answers only this managed login', async () => {
    const response = await fetch(`${lc.oauthDomain}/_idp/Google/authorize?state=x&redirect_uri=${encodeURIComponent('https://evil.example/cb')}`);
    assert.equal(response.status, 400);
    assert.equal((await fetch(`${lc.oauthDomain}/_idp/Twitter/authorize?state=x`)).status, 404);
  });
});

describe('token endpoint errors', () => {
  async function freshSignIn(options: Parameters<typeof signInWithProvider>[2] = {}) {
    return signInWithProvider(new TestBrowser(lc), ADA, { identityProvider: 'Google', ...options });
  }

  it('a replayed code: invalid_grant', async () => {
    const signIn = await freshSignIn();
    assert.equal((await exchangeCode(lc, signIn)).status, 200);
    assertOAuthError(await exchangeCode(lc, signIn), 'invalid_grant');
  });

  it('a wrong verifier: invalid_grant, and the code is spent', async () => {
    const signIn = await freshSignIn();
    assertOAuthError(await exchangeCode(lc, signIn, { code_verifier: pkce().verifier }), 'invalid_grant');
    assertOAuthError(await exchangeCode(lc, signIn), 'invalid_grant');
  });

  it('oauthCodeSpentOnFailedExchange false: the right verifier still works after a wrong one', async () => {
    await settings({ oauthCodeSpentOnFailedExchange: false });
    const signIn = await freshSignIn();
    assertOAuthError(await exchangeCode(lc, signIn, { code_verifier: pkce().verifier }), 'invalid_grant');
    assert.equal((await exchangeCode(lc, signIn)).status, 200);
  });

  it('a missing verifier for a code issued with a challenge: invalid_request', async () => {
    assertOAuthError(await exchangeCode(lc, await freshSignIn(), { code_verifier: undefined }), 'invalid_request', /code_verifier/);
  });

  it('an expired code: invalid_grant', async () => {
    await settings({ oauthCodeTtlSeconds: 1 });
    const signIn = await freshSignIn();
    await sleep(1100);
    assertOAuthError(await exchangeCode(lc, signIn), 'invalid_grant');
  });

  it('a redirect_uri other than the authorize request\u2019s: unauthorized_client, invalid_redirect', async () => {
    const signIn = await freshSignIn();
    assertOAuthError(await exchangeCode(lc, signIn, { redirect_uri: 'http://localhost:5173/elsewhere' }), 'unauthorized_client', 'invalid_redirect');
  });

  it('a code issued to another client: invalid_grant', async () => {
    const signIn = await freshSignIn();
    assertOAuthError(await exchangeCode(lc, signIn, { client_id: lc.userAuthClientId }), 'invalid_grant');
  });

  it('missing and unknown parameters', async () => {
    const signIn = await freshSignIn();
    assertOAuthError(await exchangeCode(lc, signIn, { client_id: 'no-such-client' }), 'invalid_client');
    assertOAuthError(await exchangeCode(lc, signIn, { client_id: undefined }), 'invalid_client');
    assertOAuthError(await exchangeCode(lc, signIn, { code: undefined }), 'invalid_request');
    assertOAuthError(await exchangeCode(lc, signIn, { redirect_uri: undefined }), 'invalid_request');
    assertOAuthError(await exchangeCode(lc, signIn, { grant_type: undefined }), 'invalid_request');
    assertOAuthError(await exchangeCode(lc, signIn, { grant_type: 'password' }), 'unsupported_grant_type');
    assertOAuthError(await exchangeCode(lc, signIn, { code: 'not-a-code' }), 'invalid_grant');
    const json = await fetch(`${lc.oauthDomain}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'authorization_code' }) });
    assert.equal(json.status, 400);
    assert.equal(((await json.json()) as { error: string }).error, 'invalid_request');
  });

  it('a client with OAuth off: unauthorized_client', async () => {
    const signIn = await freshSignIn();
    await settings({ oauthClients: { [lc.clientId]: { AllowedOAuthFlowsUserPoolClient: false } } });
    assertOAuthError(await exchangeCode(lc, signIn), 'unauthorized_client');
  });

  it('a code without PKCE needs no verifier', async () => {
    const browser = new TestBrowser(lc);
    const page = await browser.navigate(authorizeUrl(lc, { identityProvider: 'Google', pkce: null }));
    const back = (await browser.press(page, 'identity', ADA)) as Extract<Stop, { kind: 'app' }>;
    const reply = await postForm(`${lc.oauthDomain}/oauth2/token`, { grant_type: 'authorization_code', client_id: lc.clientId, code: back.url.searchParams.get('code')!, redirect_uri: CALLBACK });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
  });

  it('refresh: missing, unknown and another client\u2019s refresh tokens', async () => {
    const tokens = (await exchangeCode(lc, await freshSignIn())).body;
    const refresh = (fields: Record<string, string | undefined>) => postForm(`${lc.oauthDomain}/oauth2/token`, { grant_type: 'refresh_token', client_id: lc.clientId, ...fields });
    assertOAuthError(await refresh({}), 'invalid_request');
    assertOAuthError(await refresh({ refresh_token: 'not-a-token' }), 'invalid_grant');
    assertOAuthError(await refresh({ refresh_token: tokens.refresh_token, client_id: lc.userAuthClientId }), 'invalid_grant');
  });
});

describe('userInfo, revoke and logout errors', () => {
  it('userInfo: no token 400 invalid_request, a bad one 401 invalid_token, an API sign-in\u2019s token 403 insufficient_scope', async () => {
    const none = await fetch(`${lc.oauthDomain}/oauth2/userInfo`);
    assert.equal(none.status, 400);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer error="invalid_request"/);
    const bad = await fetch(`${lc.oauthDomain}/oauth2/userInfo`, { headers: { authorization: 'Bearer not.a.token' } });
    assert.equal(bad.status, 401);
    assert.equal(((await bad.json()) as { error_description: string }).error_description, 'Access token is expired, disabled, or deleted, or the user has globally signed out.');
    const username = await createUser(lc, 'oauth-userinfo');
    const api = assertOk(await call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: username, PASSWORD } })).AuthenticationResult;
    const scopeless = await fetch(`${lc.oauthDomain}/oauth2/userInfo`, { headers: { authorization: `Bearer ${api.AccessToken}` } });
    assert.equal(scopeless.status, 403);
    assert.match(scopeless.headers.get('www-authenticate') ?? '', /insufficient_scope/);
  });

  it('userInfo after GlobalSignOut: 401 invalid_token', async () => {
    const tokens = (await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), '100000000000000000002', { identityProvider: 'Google' }))).body;
    assertOk(await call(lc, 'GlobalSignOut', { AccessToken: tokens.access_token }));
    const response = await fetch(`${lc.oauthDomain}/oauth2/userInfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    assert.equal(response.status, 401);
  });

  it('a token without aws.cognito.signin.user.admin cannot call the user-pool API', async () => {
    const tokens = (await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), ADA, { identityProvider: 'Google', scope: 'openid email' }))).body;
    const result = await call(lc, 'GetUser', { AccessToken: tokens.access_token });
    assert.equal(result.body.__type, 'NotAuthorizedException');
    assert.equal(result.body.message, 'Access Token does not have required scopes');
  });

  it('revoke: no token, an unknown or missing client, a token that is not a refresh token', async () => {
    const revoke = (fields: Record<string, string | undefined>) => postForm(`${lc.oauthDomain}/oauth2/revoke`, fields);
    assertOAuthError(await revoke({ client_id: lc.clientId }), 'invalid_request');
    assertOAuthError(await revoke({ token: 'x', client_id: 'no-such-client' }), 'invalid_client');
    assertOAuthError(await revoke({ token: 'x' }), 'invalid_client');
    assertOAuthError(await revoke({ token: 'not-a-refresh-token', client_id: lc.clientId }), 'unsupported_token_type');
  });

  it('logout: an unregistered logout_uri, an unknown client, neither logout_uri nor redirect_uri', async () => {
    const browser = new TestBrowser(lc);
    const logout = (query: Record<string, string>) => browser.navigate(`${lc.oauthDomain}/logout?${new URLSearchParams(query)}`);
    assertErrorPage(await logout({ client_id: lc.clientId, logout_uri: 'https://evil.example/' }), 'redirect_mismatch');
    assertErrorPage(await logout({ client_id: 'no-such-client', logout_uri: 'http://localhost:5173/' }), 'invalid_client');
    assertErrorPage(await logout({ client_id: lc.clientId }), 'invalid_request');
    await settings({ oauthClients: { [lc.clientId]: { LogoutURLs: ['http://localhost:5173/bye'] } } });
    assertErrorPage(await logout({ client_id: lc.clientId, logout_uri: 'http://localhost:5173/other' }), 'redirect_mismatch');
    const ok = await logout({ client_id: lc.clientId, logout_uri: 'http://localhost:5173/bye' });
    assert.equal(ok.kind, 'app');
  });

  it('a disabled linked user gets an error at the provider\u2019s return, not a code', async () => {
    const userId = `disabled-${Date.now()}`;
    await control(lc, 'POST', '/identity-providers/Google/identities', { userId, email: `${userId}@mail.example` });
    await signInWithProvider(new TestBrowser(lc), userId, { identityProvider: 'Google' });
    await fetch(lc.upstreamEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.AdminDisableUser' },
      body: JSON.stringify({ UserPoolId: lc.userPoolId, Username: `Google_${userId}` }),
    });
    const browser = new TestBrowser(lc);
    const page = await browser.navigate(authorizeUrl(lc, { identityProvider: 'Google', state: 'd', pkce: pkce() }));
    assertRedirectedError(await browser.press(page, 'identity', userId), 'invalid_request', 'd');
  });
});
