/** Contract: the signed-in session — refresh, challenge-session expiry, sign-out (local and global), storage. */
import { expect } from '@open-wc/testing';
import { createUser, latestCode, localCognito, setLocalSettings } from '../support/local-cognito.js';
import { rejection } from '../support/rejection.js';
import { challenge, contract, done, freshName, now, PASSWORD, refreshWith, sleep } from './backends.js';

contract('session', (kind) => {
  afterEach(() => setLocalSettings(null));

  it('refreshSession gets new tokens with the kept refresh token; currentSession returns them', async () => {
    const made = await kind.make();
    const { backend } = made;
    const user = await createUser({ username: freshName(kind, 'refresh'), password: PASSWORD });
    const { session } = done(await backend.signIn({ username: user.username, password: PASSWORD }));
    const refreshToken = made.refreshToken();
    await sleep(1100); // a new iat/exp second
    const refreshed = await backend.refreshSession();
    expect(refreshed.username).to.equal(user.username);
    expect(refreshed.idTokenClaims.sub).to.equal(session.idTokenClaims.sub);
    expect(refreshed.expiresAt).to.be.greaterThan(session.expiresAt);
    expect(made.refreshToken(), 'the same refresh token is kept').to.equal(refreshToken);
    expect(await backend.currentSession()).to.deep.equal(refreshed);
  });

  it('with refresh-token rotation: each refresh keeps the new refresh token, which works; the replaced one is refused', async () => {
    const made = await kind.make();
    const { clientId } = await localCognito();
    await setLocalSettings({ refreshTokenRotation: { [clientId]: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 } } });
    const user = await createUser({ username: freshName(kind, 'rotate'), password: PASSWORD });
    const { session } = done(await made.backend.signIn({ username: user.username, password: PASSWORD }));
    const first = made.refreshToken();
    await sleep(1100);
    const refreshed = await made.backend.refreshSession();
    expect(refreshed.expiresAt).to.be.greaterThan(session.expiresAt);
    const second = made.refreshToken();
    expect(second, 'a new refresh token replaced the first').to.be.a('string').and.not.equal(first);
    expect((await made.backend.refreshSession()).username, 'the new token works').to.equal(user.username);
    const replaced = await fetchRefresh(first!, clientId);
    expect(replaced, 'the replaced token is refused after the grace period').to.equal('RefreshTokenReuseException');
  });

  it('currentSession refreshes when the access token expires within the margin; concurrent callers share one refresh', async () => {
    // A margin longer than the token lives: every currentSession() refreshes.
    const made = await kind.make({ refreshMargin: 24 * 3600_000 });
    const user = await createUser({ username: freshName(kind, 'margin'), password: PASSWORD });
    const { session } = done(await made.backend.signIn({ username: user.username, password: PASSWORD }));
    await sleep(1100);
    const [a, b] = await Promise.all([made.backend.currentSession(), made.backend.currentSession()]);
    expect(a).to.equal(b);
    expect(a!.expiresAt).to.be.greaterThan(session.expiresAt);
  });

  it('without a session: currentSession is null, refreshSession is NotAuthorizedException, signOut does nothing', async () => {
    const { backend } = await kind.make();
    expect(await backend.currentSession()).to.equal(null);
    expect((await rejection(backend.refreshSession())).name).to.equal('NotAuthorizedException');
    await backend.signOut();
    await backend.signOut({ global: true });
  });

  it('an answer after the challenge Session expired is NotAuthorizedException "session is expired"; a new code starts over', async () => {
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'expiry'), password: PASSWORD, phone_number: '+15550109999', mfa: { sms: true } });
    await setLocalSettings({ authSessionTtlSeconds: 1 });
    const since = now();
    const step = challenge(await backend.signIn({ username: user.username, password: PASSWORD }), 'SMS_MFA');
    const code = await latestCode(user.username, since);
    await sleep(1500);
    const error = await rejection(backend.answerChallenge(step.handle, { code: code }));
    expect(error.name).to.equal('NotAuthorizedException');
    expect(error.message).to.match(/session is expired/);
    await setLocalSettings(null);
    const resent = now();
    const again = challenge(await backend.resendChallengeCode(step.handle), 'SMS_MFA');
    done(await backend.answerChallenge(again.handle, { code: await latestCode(user.username, resent) }));
  });

  it('a handle the backend never issued reads as an expired session', async () => {
    const { backend } = await kind.make();
    const foreign = Object.freeze({}) as Parameters<typeof backend.answerChallenge>[0];
    for (const attempt of [
      backend.answerChallenge(foreign, { code: '123456' }),
      backend.resendChallengeCode(foreign),
      backend.associateTotp(foreign),
      backend.answerChallenge(foreign, { code: '123456' }),
    ]) {
      const error = await rejection(attempt);
      expect(error.name).to.equal('NotAuthorizedException');
      expect(error.message).to.match(/session is expired/);
    }
  });

  it('sign-out (local) drops the tokens and revokes the refresh token at Cognito', async () => {
    const made = await kind.make();
    const { backend } = made;
    const user = await createUser({ username: freshName(kind, 'signout'), password: PASSWORD });
    done(await backend.signIn({ username: user.username, password: PASSWORD }));
    const refreshToken = made.refreshToken()!;
    expect(await refreshWith(refreshToken)).to.equal('ok');
    await backend.signOut();
    expect(await backend.currentSession()).to.equal(null);
    expect(made.refreshToken()).to.equal(null);
    expect((await rejection(backend.refreshSession())).name).to.equal('NotAuthorizedException');
    expect(await refreshWith(refreshToken), 'refused by Cognito, not just forgotten').to.equal('NotAuthorizedException');
  });

  it('global sign-out revokes the tokens of every device', async () => {
    const here = await kind.make();
    const elsewhere = await kind.make();
    const user = await createUser({ username: freshName(kind, 'global'), password: PASSWORD });
    done(await elsewhere.backend.signIn({ username: user.username, password: PASSWORD }));
    done(await here.backend.signIn({ username: user.username, password: PASSWORD }));
    await here.backend.signOut({ global: true });
    expect(await here.backend.currentSession()).to.equal(null);
    expect((await rejection(elsewhere.backend.refreshSession())).name).to.equal('NotAuthorizedException');
    expect(await elsewhere.backend.currentSession(), 'the other device is signed out once it refreshes').to.equal(null);
  });

  it('by default nothing reaches localStorage or sessionStorage', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const { backend } = await kind.make();
    const user = await createUser({ username: freshName(kind, 'memory'), password: PASSWORD });
    done(await backend.signIn({ username: user.username, password: PASSWORD }));
    await backend.refreshSession();
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    await backend.signOut();
  });
});

/** The exception name the local Cognito answers a refresh with `refreshToken`, or 'ok'. */
async function fetchRefresh(refreshToken: string, clientId: string): Promise<string> {
  const { endpoint } = await localCognito();
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.GetTokensFromRefreshToken' },
    body: JSON.stringify({ ClientId: clientId, RefreshToken: refreshToken }),
  });
  if (response.ok) return 'ok';
  const body = (await response.json()) as { __type?: string };
  return String(body.__type ?? '').split('#').pop()!;
}
