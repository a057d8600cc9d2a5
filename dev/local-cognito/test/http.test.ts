/** The HTTP surface: CORS for browsers, helper endpoints, error shape, and token revocation. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { assertError, assertOk, call, passwordSignIn, start, type LocalCognito } from './helpers.js';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());

describe('CORS', () => {
  it('answers the AWS SDK v3 preflight with 204, the origin reflected and the headers allowed', async () => {
    const requested = 'amz-sdk-invocation-id,amz-sdk-request,content-type,x-amz-target,x-amz-user-agent';
    const response = await fetch(lc.endpoint, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': requested },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.match(response.headers.get('access-control-allow-methods') ?? '', /POST/);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of requested.split(',')) assert.ok(allowed.includes(header), header);
  });

  it('allows the usual headers when none are requested', async () => {
    const response = await fetch(lc.endpoint, { method: 'OPTIONS', headers: { origin: 'http://example.test' } });
    assert.equal(response.status, 204);
    const allowed = response.headers.get('access-control-allow-headers') ?? '';
    for (const header of ['content-type', 'x-amz-target', 'x-amz-user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'authorization']) {
      assert.ok(allowed.includes(header), header);
    }
  });

  it('exposes x-amzn-errortype and x-amzn-requestid on an error answer', async () => {
    const response = await fetch(lc.endpoint, {
      method: 'POST',
      headers: { origin: 'http://example.test', 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
      body: JSON.stringify({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME: 'demo', PASSWORD: 'nope' } }),
    });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://example.test');
    const exposed = response.headers.get('access-control-expose-headers') ?? '';
    assert.ok(exposed.includes('x-amzn-errortype') && exposed.includes('x-amzn-requestid'));
    assert.equal(response.headers.get('x-amzn-errortype'), 'NotAuthorizedException');
    assert.ok(response.headers.get('x-amzn-requestid'));
    assert.deepEqual(await response.json(), { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });
});

describe('helper endpoints', () => {
  it('GET /health', async () => {
    const response = await fetch(`${lc.endpoint}/health`);
    assert.deepEqual([response.status, await response.json()], [200, { ok: true }]);
  });

  it('GET /_local/config describes the seeded pool and users', async () => {
    const config = (await (await fetch(`${lc.endpoint}/_local/config`)).json()) as Record<string, any>;
    assert.equal(config.userPoolId, 'local_AuthFlow1');
    assert.equal(config.clientId, 'authflowlocalclient000001');
    assert.equal(config.userAuthClientId, 'authflowuserauthclient001');
    assert.equal(lc.userAuthClientId, config.userAuthClientId);
    assert.equal(config.region, 'local');
    assert.deepEqual(
      config.users.map((u: { username: string }) => u.username),
      [
        'demo',
        'unconfirmed',
        'sms-mfa',
        'totp-mfa',
        'email-mfa',
        'choose-mfa',
        'setup-mfa',
        'setup-totp',
        'setup-email',
        'new-password',
        'custom-challenge',
        'reset-required',
        'passkey',
        'email-code',
        'sms-code',
        'choose-sign-in',
      ],
    );
    for (const user of config.users) assert.ok(user.password && user.shows);
  });

  it('the seed db holds every listed user with the listed password', () => {
    const manifest = JSON.parse(readFileSync(new URL('../seed/manifest.json', import.meta.url), 'utf8'));
    const db = JSON.parse(readFileSync(new URL(`../seed/.cognito/db/${manifest.userPoolId}.json`, import.meta.url), 'utf8'));
    for (const { username, password } of manifest.users) assert.equal(db.Users[username]?.Password, password, username);
  });

  it('unknown X-Amz-Target and a non-JSON body are refused Cognito-style', async () => {
    const bad = await fetch(lc.endpoint, { method: 'POST', headers: { 'x-amz-target': 'Nope.Op' }, body: '{}' });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { __type: string }).__type, 'UnknownOperationException');
    const garbage = await fetch(lc.endpoint, { method: 'POST', headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' }, body: 'nope' });
    assert.equal(((await garbage.json()) as { __type: string }).__type, 'SerializationException');
  });

  it('tokens name the proxy as issuer, and its JWKS is served', async () => {
    const tokens = await passwordSignIn(lc, 'demo', 'Demo-pass-1234');
    const payload = JSON.parse(Buffer.from(tokens.IdToken.split('.')[1], 'base64url').toString());
    assert.equal(payload.iss, `${lc.endpoint}/${lc.userPoolId}`);
    const jwks = (await (await fetch(`${payload.iss}/.well-known/jwks.json`)).json()) as { keys: unknown[] };
    assert.equal(jwks.keys.length, 1);
  });
});

describe('access tokens', () => {
  it('GlobalSignOut revokes access and refresh tokens; a new sign-in works at once', async () => {
    const tokens = await passwordSignIn(lc, 'demo', 'Demo-pass-1234');
    const other = await passwordSignIn(lc, 'demo', 'Demo-pass-1234');
    assertOk(await call(lc, 'GetUser', { AccessToken: tokens.AccessToken }));
    assertOk(await call(lc, 'GlobalSignOut', { AccessToken: tokens.AccessToken }));
    for (const token of [tokens.AccessToken, other.AccessToken]) {
      assertError(await call(lc, 'GetUser', { AccessToken: token }), 'NotAuthorizedException', 'Access Token has been revoked');
    }
    const refresh = await call(lc, 'InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: lc.clientId, AuthParameters: { REFRESH_TOKEN: other.RefreshToken } });
    assertError(refresh, 'NotAuthorizedException', 'Refresh Token has been revoked');
    const again = await passwordSignIn(lc, 'demo', 'Demo-pass-1234');
    assertOk(await call(lc, 'GetUser', { AccessToken: again.AccessToken }));
  });

  it('RevokeToken ends the refresh token and the access tokens minted from it', async () => {
    const tokens = await passwordSignIn(lc, 'demo', 'Demo-pass-1234');
    assertOk(await call(lc, 'RevokeToken', { ClientId: lc.clientId, Token: tokens.RefreshToken }));
    assertError(await call(lc, 'GetUser', { AccessToken: tokens.AccessToken }), 'NotAuthorizedException', 'Access Token has been revoked');
    const refresh = await call(lc, 'InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: lc.clientId, AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken } });
    assertError(refresh, 'NotAuthorizedException', 'Refresh Token has been revoked');
  });

  it('refuses forged tokens: alg none, or a signature that does not match', async () => {
    const tokens = await passwordSignIn(lc, 'demo', 'Demo-pass-1234');
    const [header, payload, signature] = tokens.AccessToken.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, username: 'unconfirmed' })).toString('base64url')}.${signature}`;
    for (const token of [none, tampered, 'not-a-jwt']) {
      assertError(await call(lc, 'GetUser', { AccessToken: token }), 'NotAuthorizedException', 'Invalid Access Token');
    }
  });

  it('ChangePassword: policy, wrong old password → NotAuthorizedException, then the new password works', async () => {
    const tokens = await passwordSignIn(lc, 'demo', 'Demo-pass-1234');
    const change = (previous: string, proposed: string) =>
      call(lc, 'ChangePassword', { AccessToken: tokens.AccessToken, PreviousPassword: previous, ProposedPassword: proposed });
    assertError(await change('Demo-pass-1234', 'short'), 'InvalidPasswordException');
    assertError(await change('Wrong-pass-1', 'Changed-pass-1'), 'NotAuthorizedException', 'Incorrect username or password.');
    assertOk(await change('Demo-pass-1234', 'Changed-pass-1'));
    await passwordSignIn(lc, 'demo', 'Changed-pass-1');
  });
});
