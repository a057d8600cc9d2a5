/** GetTokensFromRefreshToken, with and without the client's refresh-token rotation. */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { PASSWORD, assertError, assertOk, call, control, createUser, passwordSignIn, start, type LocalCognito } from './helpers.js';

let lc: LocalCognito;
before(async () => {
  lc = await start();
});
after(() => lc?.stop());
afterEach(() => control(lc, 'DELETE', '/settings'));

function getTokens(refreshToken: string, extra: object = {}) {
  return call(lc, 'GetTokensFromRefreshToken', { ClientId: lc.clientId, RefreshToken: refreshToken, ...extra });
}

function refreshTokenAuth(refreshToken: string) {
  return call(lc, 'InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: lc.clientId, AuthParameters: { REFRESH_TOKEN: refreshToken } });
}

async function rotation(Feature: 'ENABLED' | 'DISABLED', RetryGracePeriodSeconds = 0) {
  const result = await control(lc, 'PUT', '/settings', { refreshTokenRotation: { [lc.clientId]: { Feature, RetryGracePeriodSeconds } } });
  assert.equal(result.status, 200, JSON.stringify(result.body));
}

/** Asserts the reply's AuthenticationResult and returns it. */
function tokensOf(result: Awaited<ReturnType<typeof call>>) {
  const body = assertOk(result);
  const tokens = body.AuthenticationResult;
  assert.equal(typeof tokens?.AccessToken, 'string');
  assert.equal(typeof tokens.IdToken, 'string');
  assert.equal(tokens.TokenType, 'Bearer');
  assert.equal(tokens.ExpiresIn, 3600);
  return tokens;
}

describe('GetTokensFromRefreshToken, rotation DISABLED (the default)', () => {
  it('answers new access and ID tokens and no refresh token; the same refresh token works again', async () => {
    const signedIn = await passwordSignIn(lc, await createUser(lc, 'refresh-off'), PASSWORD);
    const first = tokensOf(await getTokens(signedIn.RefreshToken, { ClientMetadata: { source: 'test' } }));
    assert.equal(first.RefreshToken, undefined);
    const second = tokensOf(await getTokens(signedIn.RefreshToken));
    assert.equal(second.RefreshToken, undefined);
    assertOk(await call(lc, 'GetUser', { AccessToken: second.AccessToken }));
    // REFRESH_TOKEN_AUTH still works without rotation.
    assertOk(await refreshTokenAuth(signedIn.RefreshToken));
  });

  it('refuses a revoked, an unknown and a missing refresh token', async () => {
    const signedIn = await passwordSignIn(lc, await createUser(lc, 'refresh-revoked'), PASSWORD);
    assertOk(await call(lc, 'RevokeToken', { ClientId: lc.clientId, Token: signedIn.RefreshToken }));
    assertError(await getTokens(signedIn.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
    assertError(await getTokens('not-a-token'), 'NotAuthorizedException', 'Invalid Refresh Token');
    assertError(await call(lc, 'GetTokensFromRefreshToken', { ClientId: lc.clientId }), 'InvalidParameterException');
    assertError(await getTokens(signedIn.RefreshToken, { ClientId: 'no-such-client' }), 'ResourceNotFoundException');
  });
});

describe('GetTokensFromRefreshToken, rotation ENABLED', () => {
  it('answers a new refresh token; the old one works within the grace period and is refused after it', async () => {
    await rotation('ENABLED', 1);
    const signedIn = await passwordSignIn(lc, await createUser(lc, 'rotate'), PASSWORD);
    const rotated = tokensOf(await getTokens(signedIn.RefreshToken));
    assert.equal(typeof rotated.RefreshToken, 'string');
    assert.notEqual(rotated.RefreshToken, signedIn.RefreshToken);
    assertOk(await call(lc, 'GetUser', { AccessToken: rotated.AccessToken }));
    // A retry with the old token inside the grace period still gets tokens.
    tokensOf(await getTokens(signedIn.RefreshToken));
    await sleep(1200);
    assertError(await getTokens(signedIn.RefreshToken), 'RefreshTokenReuseException');
    // The replacement keeps working, and rotates in turn.
    const next = tokensOf(await getTokens(rotated.RefreshToken));
    assert.notEqual(next.RefreshToken, rotated.RefreshToken);
  });

  it('with a grace period of 0 the old token is refused at once', async () => {
    await rotation('ENABLED', 0);
    const signedIn = await passwordSignIn(lc, await createUser(lc, 'rotate-now'), PASSWORD);
    tokensOf(await getTokens(signedIn.RefreshToken));
    await sleep(20);
    assertError(await getTokens(signedIn.RefreshToken), 'RefreshTokenReuseException');
  });

  it('refuses InitiateAuth REFRESH_TOKEN_AUTH, naming GetTokensFromRefreshToken', async () => {
    await rotation('ENABLED', 10);
    const signedIn = await passwordSignIn(lc, await createUser(lc, 'rotate-initiate'), PASSWORD);
    assertError(await refreshTokenAuth(signedIn.RefreshToken), 'InvalidParameterException', 'Refresh token rotation must be completed with GetTokensFromRefreshToken');
    await rotation('DISABLED');
    assertOk(await refreshTokenAuth(signedIn.RefreshToken));
  });

  it('refuses a revoked token, and a replaced one after GlobalSignOut even within the grace period', async () => {
    await rotation('ENABLED', 30);
    const username = await createUser(lc, 'rotate-revoked');
    const revoked = await passwordSignIn(lc, username, PASSWORD);
    assertOk(await call(lc, 'RevokeToken', { ClientId: lc.clientId, Token: revoked.RefreshToken }));
    assertError(await getTokens(revoked.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
    const signedIn = await passwordSignIn(lc, username, PASSWORD);
    const rotated = tokensOf(await getTokens(signedIn.RefreshToken));
    assertOk(await call(lc, 'GlobalSignOut', { AccessToken: rotated.AccessToken }));
    assertError(await getTokens(signedIn.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
    assertError(await getTokens(rotated.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
  });
});

describe('the rotation setting', () => {
  it('is per client, shown by GET /settings and validated by PUT', async () => {
    await rotation('ENABLED', 5);
    const shown = (await control(lc, 'GET', '/settings')).body.refreshTokenRotation;
    assert.deepEqual(shown, { [lc.clientId]: { Feature: 'ENABLED', RetryGracePeriodSeconds: 5 } });
    for (const bad of [
      [],
      { [lc.clientId]: { Feature: 'ON' } },
      { [lc.clientId]: { Feature: 'ENABLED', RetryGracePeriodSeconds: 61 } },
      { [lc.clientId]: { Feature: 'ENABLED', RetryGracePeriodSeconds: 1.5 } },
      { [lc.clientId]: { Feature: 'ENABLED', Grace: 1 } },
    ]) {
      assert.equal((await control(lc, 'PUT', '/settings', { refreshTokenRotation: bad })).status, 400, JSON.stringify(bad));
    }
    assert.deepEqual((await control(lc, 'DELETE', '/settings')).body.refreshTokenRotation, {});
  });
});
