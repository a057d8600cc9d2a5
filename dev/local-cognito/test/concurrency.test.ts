/**
 * The local Cognito as a shared dev server: concurrent SRP sign-ins all succeed, and repeated
 * sign-ins do not grow cognito-local's db (the proxy drops old refresh tokens) while revoked and
 * newest tokens keep their meaning.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { PASSWORD, assertError, assertOk, call, control, createUser, passwordSignIn, start, type LocalCognito } from './helpers.js';
import { poolFileSize, runSignInLoad } from './sign-in-load.js';

const CAP = 4;

let lc: LocalCognito;
before(async () => {
  lc = await start({ env: { MAX_REFRESH_TOKENS_PER_USER: String(CAP) } });
});
after(() => lc?.stop());

/** Read straight from cognito-local's file, which may be mid-save (truncated): retried. */
function storedRefreshTokens(username: string): string[] {
  for (let attempt = 0; ; attempt++) {
    try {
      const db = JSON.parse(readFileSync(join(lc.stateDir, '.cognito', 'db', `${lc.userPoolId}.json`), 'utf8'));
      return db.Users[username]?.RefreshTokens ?? [];
    } catch (error) {
      if (attempt > 100) throw error;
    }
  }
}

/** Trims run after the answer; wait (bounded) until the user's list is within the cap. */
async function settled(username: string): Promise<string[]> {
  for (let i = 0; i < 100 && storedRefreshTokens(username).length > CAP; i++) await sleep(20);
  return storedRefreshTokens(username);
}

function refresh(token: string) {
  return call(lc, 'InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: lc.clientId, AuthParameters: { REFRESH_TOKEN: token } });
}

describe('concurrent sign-ins', () => {
  it('8 concurrent SRP sign-ins × 3 rounds over 2 users: no errors, the db stays within the refresh-token cap', async () => {
    const usernames = [await createUser(lc, 'busy'), await createUser(lc, 'busy')];
    const sizeBefore = poolFileSize(lc);
    const result = await runSignInLoad(lc, { concurrency: 8, rounds: 3, usernames, password: PASSWORD, deadline: Date.now() + 60_000 });
    assert.deepEqual(result.errors, []);
    assert.equal(result.latencies.length, 24);
    for (const username of usernames) assert.ok((await settled(username)).length <= CAP, `${username} keeps at most ${CAP} refresh tokens`);
    // 24 sign-ins without trimming add ~24 × 0.6 KiB; with it, at most CAP tokens per user remain.
    const grown = poolFileSize(lc) - sizeBefore;
    assert.ok(grown < 2 * CAP * 1024, `pool file grew by ${grown} bytes`);
  });
});

describe('dropping old refresh tokens', () => {
  it('keeps the newest tokens working, refuses dropped ones as invalid, and a revoked one stays revoked', async () => {
    const username = await createUser(lc, 'trim');
    const first = await passwordSignIn(lc, username, PASSWORD);
    const revoked = await passwordSignIn(lc, username, PASSWORD);
    assertOk(await call(lc, 'RevokeToken', { ClientId: lc.clientId, Token: revoked.RefreshToken }));
    let latest = first;
    for (let i = 0; i < CAP + 2; i++) latest = await passwordSignIn(lc, username, PASSWORD);
    const kept = await settled(username);
    assert.equal(kept.length, CAP);
    assert.ok(kept.includes(latest.RefreshToken), 'the newest token is kept');
    assert.ok(!kept.includes(first.RefreshToken), 'the oldest token is dropped');
    assert.ok(assertOk(await refresh(latest.RefreshToken)).AuthenticationResult.AccessToken);
    assertError(await refresh(first.RefreshToken), 'NotAuthorizedException', 'Invalid Refresh Token');
    assertError(await refresh(revoked.RefreshToken), 'NotAuthorizedException', 'Refresh Token has been revoked');
    // The first sign-in's access token is still valid: dropping is not a sign-out.
    assertOk(await call(lc, 'GetUser', { AccessToken: first.AccessToken }));
  });

  it('the cap is a run-time setting', async () => {
    const updated = await control(lc, 'PUT', '/settings', { maxRefreshTokensPerUser: 2 });
    try {
      assert.equal(updated.body.maxRefreshTokensPerUser, 2);
      const username = await createUser(lc, 'trim-setting');
      for (let i = 0; i < 4; i++) await passwordSignIn(lc, username, PASSWORD);
      for (let i = 0; i < 100 && storedRefreshTokens(username).length > 2; i++) await sleep(20);
      assert.equal(storedRefreshTokens(username).length, 2);
    } finally {
      await control(lc, 'DELETE', '/settings');
    }
  });
});
