/** accessTokenValiditySeconds / idTokenValiditySeconds: short-lived tokens, refreshed with the refresh token. */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { PASSWORD, assertError, assertOk, call, control, createUser, passwordSignIn, putSettings, start, type LocalCognito } from './helpers.js';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());
afterEach(() => control(lc, 'DELETE', '/settings'));

const settings = (values: Record<string, unknown>) => putSettings(lc, values);

/** Seconds from `iat` to `exp`. */
function lifetime(token: string): number {
  const { iat, exp } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  return exp - iat;
}

const getUser = (accessToken: string) => call(lc, 'GetUser', { AccessToken: accessToken });

describe('token lifetimes', () => {
  it('default: an hour for access and ID tokens, as the seeded clients say', async () => {
    const tokens = await passwordSignIn(lc, await createUser(lc, 'hour'), PASSWORD);
    assert.equal(tokens.ExpiresIn as unknown, 3600);
    assert.equal(lifetime(tokens.AccessToken), 3600);
    assert.equal(lifetime(tokens.IdToken), 3600);
  });

  it('a short access token expires; the refresh token brings a new one and the user is still signed in', async () => {
    const username = await createUser(lc, 'short');
    const earlier = await passwordSignIn(lc, username, PASSWORD);
    await settings({ accessTokenValiditySeconds: 2 });
    const tokens = await passwordSignIn(lc, username, PASSWORD);
    assert.equal(tokens.ExpiresIn as unknown, 2);
    assert.equal(lifetime(tokens.AccessToken), 2);
    assert.equal(lifetime(tokens.IdToken), 3600, 'the ID token has its own setting');
    assertOk(await getUser(tokens.AccessToken));

    await sleep(2100);
    assertError(await getUser(tokens.AccessToken), 'NotAuthorizedException', 'Access Token has expired');
    // Issued before the change: still its hour.
    assertOk(await getUser(earlier.AccessToken));

    const refreshed = assertOk(await call(lc, 'GetTokensFromRefreshToken', { ClientId: lc.clientId, RefreshToken: tokens.RefreshToken })).AuthenticationResult;
    assert.equal(refreshed.ExpiresIn, 2);
    assert.equal(lifetime(refreshed.AccessToken), 2);
    assertOk(await getUser(refreshed.AccessToken));
    const viaFlow = assertOk(
      await call(lc, 'InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: lc.clientId, AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken } }),
    ).AuthenticationResult;
    assert.equal(viaFlow.ExpiresIn, 2);
    assertOk(await getUser(viaFlow.AccessToken));
  });

  it('applies to rotated refreshes and to ID tokens', async () => {
    await settings({ accessTokenValiditySeconds: 30, idTokenValiditySeconds: 45, refreshTokenRotation: { [lc.clientId]: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 } } });
    const tokens = await passwordSignIn(lc, await createUser(lc, 'rotated-short'), PASSWORD);
    assert.equal(lifetime(tokens.IdToken), 45);
    const rotated = assertOk(await call(lc, 'GetTokensFromRefreshToken', { ClientId: lc.clientId, RefreshToken: tokens.RefreshToken })).AuthenticationResult;
    assert.equal(typeof rotated.RefreshToken, 'string');
    assert.equal(rotated.ExpiresIn, 30);
    assert.equal(lifetime(rotated.AccessToken), 30);
    assert.equal(lifetime(rotated.IdToken), 45);
    assertOk(await getUser(rotated.AccessToken));
  });

  it('takes whole seconds from 1 to 86400', async () => {
    for (const bad of [0, 86401, 1.5, '60', null]) {
      assert.equal((await control(lc, 'PUT', '/settings', { accessTokenValiditySeconds: bad })).status, 400, String(bad));
      assert.equal((await control(lc, 'PUT', '/settings', { idTokenValiditySeconds: bad })).status, 400, String(bad));
    }
  });
});
