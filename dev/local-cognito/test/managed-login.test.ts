/**
 * The local managed login end to end over HTTP (docs/cognito.md §8.5): authorization code + PKCE
 * through a stand-in social provider and the SAML one, the tokens' claims, userInfo, refresh,
 * revocation, the managed-login session and logout, the sign-in page, linked users and CORS.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { PASSWORD, assertOk, call, control, createUser, start, uniqueName, type LocalCognito } from './helpers.js';
import {
  CALLBACK,
  TestBrowser,
  assertRedirectedError,
  authorizeUrl,
  claims,
  exchangeCode,
  formWith,
  pkce,
  postForm,
  providerLink,
  signInWithProvider,
  type Stop,
} from './managed-login-browser.js';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());
afterEach(() => control(lc, 'DELETE', '/settings'));

/** A Google identity no other test signs in with. */
async function freshIdentity(provider = 'Google', extra: Record<string, unknown> = {}): Promise<{ userId: string; email: string }> {
  const userId = uniqueName('id').replace(/[^a-z0-9-]/gi, '');
  const email = `${userId}@mail.example`;
  const result = await control(lc, 'POST', `/identity-providers/${provider}/identities`, { userId, label: `Test ${userId}`, email, emailVerified: true, name: 'Test Person', ...extra });
  assert.equal(result.status, 201, JSON.stringify(result.body));
  return { userId, email };
}

function tokenUrl(): string {
  return `${lc.oauthDomain}/oauth2/token`;
}

describe('authorization code + PKCE through a stand-in social provider', () => {
  it('Google: the provider page, the code and state back to the app, tokens with nonce, aud, iss, identities and the provider group', async () => {
    const { userId, email } = await freshIdentity();
    const browser = new TestBrowser(lc);
    const pair = pkce();
    const providerPage = await browser.navigate(authorizeUrl(lc, { identityProvider: 'Google', state: 'state-1', nonce: 'nonce-1', pkce: pair, scope: 'openid email profile aws.cognito.signin.user.admin' }));
    assert.equal(providerPage.kind, 'page');
    const page = providerPage as Extract<Stop, { kind: 'page' }>;
    assert.equal(page.url.pathname, '/_idp/Google/authorize');
    assert.match(page.html, /<h1>Sign in with Google<\/h1>/);
    assert.match(page.html, new RegExp(`Test ${userId} \\(Google\\)`));
    assert.match(page.html, /Ada Lovelace \(Google\)/);
    assert.match(page.html, /name="cancel"/);

    const back = await browser.press(providerPage, 'identity', userId);
    assert.equal(back.kind, 'app');
    const redirect = (back as Extract<Stop, { kind: 'app' }>).url;
    assert.equal(`${redirect.origin}${redirect.pathname}`, CALLBACK);
    assert.equal(redirect.searchParams.get('state'), 'state-1');
    assert.equal(redirect.hash, '');
    const code = redirect.searchParams.get('code')!;

    const reply = await exchangeCode(lc, { code, state: 'state-1', pkce: pair, redirectUri: CALLBACK, clientId: lc.clientId });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(Object.keys(reply.body).sort(), ['access_token', 'expires_in', 'id_token', 'refresh_token', 'token_type']);
    assert.equal(reply.body.token_type, 'Bearer');
    assert.equal(reply.body.expires_in, 3600);
    assert.equal(reply.headers.get('cache-control'), 'no-store');

    const username = `Google_${userId}`;
    const id = claims(reply.body.id_token);
    assert.equal(id.token_use, 'id');
    assert.equal(id.nonce, 'nonce-1');
    assert.equal(id.aud, lc.clientId);
    assert.equal(id.iss, `${lc.endpoint}/${lc.userPoolId}`);
    assert.equal(id['cognito:username'], username);
    assert.equal(id.email, email);
    assert.equal(id.email_verified, true);
    assert.equal(id.name, 'Test Person');
    assert.deepEqual(id['cognito:groups'], [`${lc.userPoolId}_Google`]);
    assert.equal(id.identities.length, 1);
    const [identity] = id.identities;
    assert.deepEqual({ ...identity, dateCreated: undefined }, { userId, providerName: 'Google', providerType: 'Google', issuer: null, primary: 'true', dateCreated: undefined });
    assert.match(identity.dateCreated, /^\d{13}$/);
    assert.equal(typeof id.at_hash, 'string');
    assert.equal(typeof id.origin_jti, 'string');

    const access = claims(reply.body.access_token);
    assert.equal(access.token_use, 'access');
    assert.equal(access.scope, 'openid email profile aws.cognito.signin.user.admin');
    assert.equal(access.username, username);
    assert.equal(access.client_id, lc.clientId);
    assert.equal(access.iss, id.iss);
    assert.equal(access.sub, id.sub);
    assert.equal(access.origin_jti, id.origin_jti);
    assert.equal(access.aud, undefined);

    // The token works with the user-pool API (it carries aws.cognito.signin.user.admin).
    const user = assertOk(await call(lc, 'GetUser', { AccessToken: reply.body.access_token }));
    assert.equal(user.Username, username);
    assert.ok(user.UserAttributes.some((a: { Name: string }) => a.Name === 'identities'));
  });

  it('the first sign-in creates the linked user, later ones reuse it and refresh its attributes', async () => {
    const { userId } = await freshIdentity('Facebook');
    const first = await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), userId, { identityProvider: 'Facebook' }));
    const second = await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), userId, { identityProvider: 'Facebook' }));
    assert.equal(claims(first.body.id_token).sub, claims(second.body.id_token).sub);
    const linked = await control(lc, 'GET', '/federated-users?provider=Facebook');
    const mine = linked.body.filter((user: { username: string }) => user.username === `Facebook_${userId}`);
    assert.equal(mine.length, 1);
    assert.equal(mine[0].identities[0].providerType, 'Facebook');
    assert.equal(mine[0].attributes.email_verified, 'true');
    assert.equal(mine[0].sub, claims(first.body.id_token).sub);
  });

  it('federatedUsernameCase LOWERCASE names the linked user google_…', async () => {
    await control(lc, 'PUT', '/settings', { federatedUsernameCase: 'LOWERCASE' });
    const { userId } = await freshIdentity();
    const reply = await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), userId, { identityProvider: 'Google' }));
    assert.equal(claims(reply.body.access_token).username, `google_${userId}`.toLowerCase());
  });

  it('an API sign-in with a linked user\u2019s username fails: nobody knows its password', async () => {
    const { userId } = await freshIdentity();
    await signInWithProvider(new TestBrowser(lc), userId, { identityProvider: 'Google' });
    const result = await call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: `Google_${userId}`, PASSWORD } });
    assert.equal(result.body.__type, 'NotAuthorizedException');
  });

  it('scope absent: every allowed scope; without openid: no ID token; a disallowed scope is left out by default', async () => {
    const all = await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), (await freshIdentity()).userId, { identityProvider: 'Google' }));
    assert.equal(claims(all.body.access_token).scope, 'openid email phone profile aws.cognito.signin.user.admin');

    const noOpenid = await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), (await freshIdentity()).userId, { identityProvider: 'Google', scope: 'aws.cognito.signin.user.admin' }));
    assert.equal(noOpenid.status, 200);
    assert.equal(noOpenid.body.id_token, undefined);
    assert.equal(claims(noOpenid.body.access_token).scope, 'aws.cognito.signin.user.admin');

    const ignored = await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), (await freshIdentity()).userId, { identityProvider: 'Google', scope: 'openid email payments/write' }));
    assert.equal(claims(ignored.body.access_token).scope, 'openid email');
  });

  it('works through the USER_AUTH client too', async () => {
    const { userId } = await freshIdentity('SignInWithApple');
    const signIn = await signInWithProvider(new TestBrowser(lc), userId, { identityProvider: 'SignInWithApple', clientId: lc.userAuthClientId });
    const reply = await exchangeCode(lc, signIn);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.equal(claims(reply.body.id_token).aud, lc.userAuthClientId);
    assert.equal(claims(reply.body.id_token).identities[0].providerType, 'SignInWithApple');
  });
});

describe('the SAML provider through idp_identifier', () => {
  it('idp_identifier=example.com goes to OktaSAML; the identity carries the SAML issuer', async () => {
    const browser = new TestBrowser(lc);
    const signIn = await signInWithProvider(browser, 'grace.hopper@example.com', { idpIdentifier: 'example.com', state: 'saml-state', nonce: 'saml-nonce' });
    assert.equal(signIn.state, 'saml-state');
    const reply = await exchangeCode(lc, signIn);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    const id = claims(reply.body.id_token);
    assert.equal(id['cognito:username'], 'OktaSAML_grace.hopper@example.com');
    assert.equal(id.nonce, 'saml-nonce');
    assert.deepEqual(id['cognito:groups'], [`${lc.userPoolId}_OktaSAML`]);
    const [identity] = id.identities;
    assert.equal(identity.providerName, 'OktaSAML');
    assert.equal(identity.providerType, 'SAML');
    assert.equal(identity.issuer, 'http://www.okta.com/exk0local0saml0example');
    assert.equal(identity.userId, 'grace.hopper@example.com');
    assert.equal(id.email_verified, false);
  });

  it('the sign-in page\u2019s corporate-ID field sends idp_identifier', async () => {
    const browser = new TestBrowser(lc);
    const page = await browser.navigate(authorizeUrl(lc, { pkce: pkce(), state: 's' }));
    const providerPage = await browser.submit(formWith(page, 'name="idp_identifier"'), { idp_identifier: 'EXAMPLE.com' });
    assert.equal(providerPage.kind, 'page');
    assert.equal((providerPage as Extract<Stop, { kind: 'page' }>).url.pathname, '/_idp/OktaSAML/authorize');
  });
});

describe('userInfo, refresh and revocation', () => {
  it('GET /oauth2/userInfo answers the attributes within the token\u2019s scopes, CORS-open', async () => {
    const { userId, email } = await freshIdentity();
    const reply = await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), userId, { identityProvider: 'Google', scope: 'openid email' }));
    const response = await fetch(`${lc.oauthDomain}/oauth2/userInfo`, { headers: { authorization: `Bearer ${reply.body.access_token}`, origin: 'http://localhost:5173' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const info = (await response.json()) as Record<string, string>;
    assert.equal(info.sub, claims(reply.body.id_token).sub);
    assert.equal(info.username, `Google_${userId}`);
    assert.equal(info.email, email);
    assert.equal(info.email_verified, 'true');
    assert.equal(JSON.parse(info.identities)[0].userId, userId);
    assert.equal(info.name, undefined, 'name needs the profile scope');

    const openidOnly = await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), userId, { identityProvider: 'Google', scope: 'openid' }));
    const everything = (await (await fetch(`${lc.oauthDomain}/oauth2/userInfo`, { headers: { authorization: `Bearer ${openidOnly.body.access_token}` } })).json()) as Record<string, string>;
    assert.equal(everything.name, 'Test Person', 'openid alone answers every attribute');
    assert.equal(everything.email, email);
  });

  it('grant_type=refresh_token answers new access and ID tokens with the same scopes and identities', async () => {
    const { userId } = await freshIdentity();
    const signedIn = await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), userId, { identityProvider: 'Google', scope: 'openid profile aws.cognito.signin.user.admin', nonce: 'n' }));
    const refreshed = await postForm(tokenUrl(), { grant_type: 'refresh_token', client_id: lc.clientId, refresh_token: signedIn.body.refresh_token });
    assert.equal(refreshed.status, 200, JSON.stringify(refreshed.body));
    assert.deepEqual(Object.keys(refreshed.body).sort(), ['access_token', 'expires_in', 'id_token', 'token_type']);
    assert.equal(claims(refreshed.body.access_token).scope, 'openid profile aws.cognito.signin.user.admin');
    const id = claims(refreshed.body.id_token);
    assert.equal(id.identities[0].userId, userId);
    assert.equal(id.nonce, undefined);
    assert.equal(id.origin_jti, claims(signedIn.body.id_token).origin_jti);
    assert.equal(id.auth_time, claims(signedIn.body.id_token).auth_time);

    // The API's refresh keeps the managed-login claims too.
    const api = assertOk(await call(lc, 'GetTokensFromRefreshToken', { ClientId: lc.clientId, RefreshToken: signedIn.body.refresh_token }));
    assert.equal(claims(api.AuthenticationResult.AccessToken).scope, 'openid profile aws.cognito.signin.user.admin');
    assert.equal(claims(api.AuthenticationResult.IdToken).identities[0].userId, userId);
  });

  it('with refresh-token rotation the token endpoint answers a new refresh token that keeps the grant', async () => {
    await control(lc, 'PUT', '/settings', { refreshTokenRotation: { [lc.clientId]: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 } } });
    const signedIn = await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), (await freshIdentity()).userId, { identityProvider: 'Google', scope: 'openid email' }));
    const rotated = await postForm(tokenUrl(), { grant_type: 'refresh_token', client_id: lc.clientId, refresh_token: signedIn.body.refresh_token });
    assert.equal(rotated.status, 200, JSON.stringify(rotated.body));
    assert.equal(typeof rotated.body.refresh_token, 'string');
    assert.notEqual(rotated.body.refresh_token, signedIn.body.refresh_token);
    assert.equal(claims(rotated.body.access_token).scope, 'openid email');
    const again = await postForm(tokenUrl(), { grant_type: 'refresh_token', client_id: lc.clientId, refresh_token: rotated.body.refresh_token });
    assert.equal(claims(again.body.access_token).scope, 'openid email');
    const reused = await postForm(tokenUrl(), { grant_type: 'refresh_token', client_id: lc.clientId, refresh_token: signedIn.body.refresh_token });
    assert.equal(reused.body.error, 'invalid_grant');
  });

  it('an API sign-in\u2019s refresh token refreshes at the token endpoint too', async () => {
    const username = await createUser(lc, 'oauth-api-refresh');
    const signedIn = assertOk(await call(lc, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: username, PASSWORD } })).AuthenticationResult;
    const refreshed = await postForm(tokenUrl(), { grant_type: 'refresh_token', client_id: lc.clientId, refresh_token: signedIn.RefreshToken });
    assert.equal(refreshed.status, 200, JSON.stringify(refreshed.body));
    assert.equal(claims(refreshed.body.access_token).username, username);
    assert.equal(typeof refreshed.body.id_token, 'string');
  });

  it('POST /oauth2/revoke ends the refresh token and the access tokens minted from it', async () => {
    const signedIn = await exchangeCode(lc, await signInWithProvider(new TestBrowser(lc), (await freshIdentity()).userId, { identityProvider: 'Google' }));
    const revoked = await fetch(`${lc.oauthDomain}/oauth2/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:5173' },
      body: new URLSearchParams({ token: signedIn.body.refresh_token, client_id: lc.clientId }),
    });
    assert.equal(revoked.status, 200);
    assert.equal(await revoked.text(), '');
    assert.equal(revoked.headers.get('access-control-allow-origin'), '*');
    const refresh = await postForm(tokenUrl(), { grant_type: 'refresh_token', client_id: lc.clientId, refresh_token: signedIn.body.refresh_token });
    assert.equal(refresh.body.error, 'invalid_grant');
    const info = await fetch(`${lc.oauthDomain}/oauth2/userInfo`, { headers: { authorization: `Bearer ${signedIn.body.access_token}` } });
    assert.equal(info.status, 401);
    assert.match(info.headers.get('www-authenticate') ?? '', /error="invalid_token"/);
    const api = await call(lc, 'GetUser', { AccessToken: signedIn.body.access_token });
    assert.equal(api.body.__type, 'NotAuthorizedException');
    // Revoking again succeeds, as the API's RevokeToken does.
    const twice = await postForm(`${lc.oauthDomain}/oauth2/revoke`, { token: signedIn.body.refresh_token, client_id: lc.clientId });
    assert.equal(twice.status, 200);
  });
});

describe('the managed-login session, prompt and logout', () => {
  it('after a provider sign-in, authorize without a provider answers at once; prompt=none too; logout ends it', async () => {
    const { userId } = await freshIdentity();
    const browser = new TestBrowser(lc);
    const first = await exchangeCode(lc, await signInWithProvider(browser, userId, { identityProvider: 'Google' }));
    assert.ok(browser.hasSessionCookie());

    const pair = pkce();
    const again = await browser.navigate(authorizeUrl(lc, { pkce: pair, state: 'again', nonce: 'n2' }));
    assert.equal(again.kind, 'app');
    const code = (again as Extract<Stop, { kind: 'app' }>).url.searchParams.get('code')!;
    const second = await exchangeCode(lc, { code, state: 'again', pkce: pair, redirectUri: CALLBACK, clientId: lc.clientId });
    assert.equal(claims(second.body.id_token).sub, claims(first.body.id_token).sub);
    assert.equal(claims(second.body.id_token).nonce, 'n2');
    assert.equal(claims(second.body.id_token).auth_time, claims(first.body.id_token).auth_time);

    const silent = await browser.navigate(authorizeUrl(lc, { pkce: pkce(), prompt: 'none', state: 'silent' }));
    assert.equal(silent.kind, 'app');
    assert.ok((silent as Extract<Stop, { kind: 'app' }>).url.searchParams.get('code'));

    // prompt=login shows the sign-in page even with a session.
    const forced = await browser.navigate(authorizeUrl(lc, { pkce: pkce(), prompt: 'login' }));
    assert.equal(forced.kind, 'page');
    assert.equal((forced as Extract<Stop, { kind: 'page' }>).url.pathname, '/login');

    const logout = await browser.navigate(`${lc.oauthDomain}/logout?${new URLSearchParams({ client_id: lc.clientId, logout_uri: 'http://localhost:5173/signed-out' })}`);
    assert.equal(logout.kind, 'app');
    assert.equal((logout as Extract<Stop, { kind: 'app' }>).url.toString(), 'http://localhost:5173/signed-out');
    assert.equal(browser.hasSessionCookie(), false);

    assertRedirectedError(await browser.navigate(authorizeUrl(lc, { pkce: pkce(), prompt: 'none', state: 'after' })), 'login_required', 'after');
    // Logout ends the managed-login session only: the app's tokens still work.
    assertOk(await call(lc, 'GetUser', { AccessToken: first.body.access_token }));
  });

  it('logout with redirect_uri and response_type goes back to the sign-in page', async () => {
    const browser = new TestBrowser(lc);
    const query = new URLSearchParams({ client_id: lc.clientId, redirect_uri: CALLBACK, response_type: 'code', scope: 'openid', state: 'relogin' });
    const page = await browser.navigate(`${lc.oauthDomain}/logout?${query}`);
    assert.equal(page.kind, 'page');
    const { url } = page as Extract<Stop, { kind: 'page' }>;
    assert.equal(url.pathname, '/login');
    assert.equal(url.searchParams.get('state'), 'relogin');
  });

  it('without a session and no provider: the sign-in page lists the client\u2019s providers, each a link to the provider', async () => {
    const browser = new TestBrowser(lc);
    const page = await browser.navigate(authorizeUrl(lc, { pkce: pkce(), state: 'page', extra: { login_hint: 'someone' } }));
    assert.equal(page.kind, 'page');
    const { html, url } = page as Extract<Stop, { kind: 'page' }>;
    assert.equal(url.pathname, '/login');
    for (const label of ['Google', 'Facebook', 'Apple', 'Amazon', 'Acme OIDC', 'Okta SAML']) assert.match(html, new RegExp(`Continue with ${label}<`));
    assert.match(html, /id="username"[^>]*value="someone"/);
    const providerPage = await browser.navigate(providerLink(page, 'AcmeOIDC'));
    assert.equal((providerPage as Extract<Stop, { kind: 'page' }>).url.pathname, '/_idp/AcmeOIDC/authorize');
    const back = await browser.press(providerPage, 'identity', 'acme-0006');
    assert.equal((back as Extract<Stop, { kind: 'app' }>).url.searchParams.get('state'), 'page');
  });

  it('the sign-in page lists only the providers the client supports', async () => {
    await control(lc, 'PUT', '/settings', { oauthClients: { [lc.clientId]: { SupportedIdentityProviders: ['Google'] } } });
    const page = await new TestBrowser(lc).navigate(authorizeUrl(lc, { pkce: pkce() }));
    const { html } = page as Extract<Stop, { kind: 'page' }>;
    assert.match(html, /Continue with Google/);
    assert.doesNotMatch(html, /Continue with Facebook/);
    assert.doesNotMatch(html, /name="password"/, 'no COGNITO: no password form');
  });

  it('the sign-in page\u2019s username and password form signs a native user in', async () => {
    const username = await createUser(lc, 'oauth-native', { attributes: { name: 'Native Person' } });
    const browser = new TestBrowser(lc);
    const pair = pkce();
    const page = await browser.navigate(authorizeUrl(lc, { pkce: pair, state: 'native', nonce: 'native-nonce' }));
    const form = formWith(page, 'name="password"');

    const wrong = await browser.submit(form, { username, password: 'Wrong-pass-1234' });
    assert.equal(wrong.kind, 'page');
    assert.match((wrong as Extract<Stop, { kind: 'page' }>).html, /role="alert">Incorrect username or password\./);

    const back = await browser.submit(form, { username, password: PASSWORD });
    assert.equal(back.kind, 'app');
    const redirect = (back as Extract<Stop, { kind: 'app' }>).url;
    assert.equal(redirect.searchParams.get('state'), 'native');
    const reply = await exchangeCode(lc, { code: redirect.searchParams.get('code')!, state: 'native', pkce: pair, redirectUri: CALLBACK, clientId: lc.clientId });
    const id = claims(reply.body.id_token);
    assert.equal(id['cognito:username'], username);
    assert.equal(id.nonce, 'native-nonce');
    assert.equal(id.name, 'Native Person');
    assert.equal(id.identities, undefined);
  });

  it('a native user facing MFA is told to use the app\u2019s own sign-in', async () => {
    const username = await createUser(lc, 'oauth-mfa', { mfa: { email: true } });
    const browser = new TestBrowser(lc);
    const page = await browser.navigate(authorizeUrl(lc, { pkce: pkce() }));
    const stop = await browser.submit(formWith(page, 'name="password"'), { username, password: PASSWORD });
    assert.equal(stop.kind, 'page');
    assert.match((stop as Extract<Stop, { kind: 'page' }>).html, /a second factor \(MFA\)/);
  });
});

describe('configuration and control', () => {
  it('GET /_local/config names the managed-login domain and the providers; launch() does too', async () => {
    const config = (await (await fetch(`${lc.endpoint}/_local/config`)).json()) as Record<string, any>;
    assert.equal(config.oauthDomain, lc.endpoint);
    assert.equal(lc.oauthDomain, lc.endpoint);
    const names = config.identityProviders.map((provider: { name: string }) => provider.name);
    assert.deepEqual(names, ['Google', 'Facebook', 'SignInWithApple', 'LoginWithAmazon', 'AcmeOIDC', 'OktaSAML']);
    assert.deepEqual(lc.identityProviders.map((provider) => provider.name), names);
    const saml = config.identityProviders.find((provider: { name: string }) => provider.name === 'OktaSAML');
    assert.deepEqual(saml.identifiers, ['example.com']);
    assert.equal(saml.type, 'SAML');
    assert.ok(saml.identities.some((identity: { label: string }) => identity.label === 'Grace Hopper'));
  });

  it('the settings show both seeded clients OAuth-enabled with local-development URL patterns; a PUT merges per field', async () => {
    const settings = (await control(lc, 'GET', '/settings')).body;
    for (const clientId of [lc.clientId, lc.userAuthClientId]) {
      const client = settings.oauthClients[clientId];
      assert.equal(client.AllowedOAuthFlowsUserPoolClient, true);
      assert.deepEqual(client.AllowedOAuthFlows, ['code']);
      assert.deepEqual(client.CallbackURLs, ['http://localhost:*/*', 'http://127.0.0.1:*/*']);
      assert.deepEqual(client.LogoutURLs, ['http://localhost:*/*', 'http://127.0.0.1:*/*']);
      assert.deepEqual(client.SupportedIdentityProviders, ['COGNITO', 'Google', 'Facebook', 'SignInWithApple', 'LoginWithAmazon', 'AcmeOIDC', 'OktaSAML']);
    }
    const changed = await control(lc, 'PUT', '/settings', { oauthClients: { [lc.clientId]: { CallbackURLs: ['http://localhost:5173/callback'] } } });
    assert.equal(changed.status, 200);
    assert.deepEqual(changed.body.oauthClients[lc.clientId].CallbackURLs, ['http://localhost:5173/callback']);
    assert.deepEqual(changed.body.oauthClients[lc.clientId].AllowedOAuthFlows, ['code']);
    const restored = await control(lc, 'PUT', '/settings', { oauthClients: { [lc.clientId]: null } });
    assert.deepEqual(restored.body.oauthClients[lc.clientId].CallbackURLs, ['http://localhost:*/*', 'http://127.0.0.1:*/*']);
    for (const bad of [
      { [lc.clientId]: { CallbackURLs: ['http://example.com/cb'] } },
      { [lc.clientId]: { CallbackURLs: ['https://app.example/cb#x'] } },
      { [lc.clientId]: { SupportedIdentityProviders: ['Twitter'] } },
      { [lc.clientId]: { AllowedOAuthFlows: ['password'] } },
      { [lc.clientId]: { Nope: true } },
    ]) {
      const refused = await control(lc, 'PUT', '/settings', { oauthClients: bad });
      assert.equal(refused.status, 400, JSON.stringify(bad));
      assert.equal(refused.body.__type, 'InvalidParameterException');
    }
  });

  it('test identities can be added per provider; a duplicate or unknown provider is refused', async () => {
    const added = await control(lc, 'POST', '/identity-providers/LoginWithAmazon/identities', { userId: 'amzn1.account.TEST1', email: 'x@amazon.example' });
    assert.equal(added.status, 201);
    assert.deepEqual(added.body, { userId: 'amzn1.account.TEST1', label: 'amzn1.account.TEST1', email: 'x@amazon.example' });
    assert.equal((await control(lc, 'POST', '/identity-providers/LoginWithAmazon/identities', { userId: 'amzn1.account.TEST1' })).status, 400);
    assert.equal((await control(lc, 'POST', '/identity-providers/Twitter/identities', { userId: 'x' })).status, 404);
    const listed = await control(lc, 'GET', '/identity-providers');
    assert.ok(listed.body.find((p: { name: string }) => p.name === 'LoginWithAmazon').identities.some((i: { userId: string }) => i.userId === 'amzn1.account.TEST1'));
  });

  it('the token endpoint answers any origin\u2019s preflight with Access-Control-Allow-Origin: *', async () => {
    const response = await fetch(tokenUrl(), { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /content-type/);
  });

  it('oauthUserInfoRevokeCors false: userInfo and revoke answer without CORS headers', async () => {
    await control(lc, 'PUT', '/settings', { oauthUserInfoRevokeCors: false });
    const response = await fetch(`${lc.oauthDomain}/oauth2/userInfo`, { headers: { origin: 'http://localhost:5173' } });
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    const token = await fetch(tokenUrl(), { method: 'POST', headers: { origin: 'http://localhost:5173' } });
    assert.equal(token.headers.get('access-control-allow-origin'), '*');
  });
});
