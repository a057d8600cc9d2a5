/** USER_PASSWORD_AUTH through the AWS SDK v3 client: Cognito's error names, tokens, refresh. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CognitoIdentityProviderClient,
  GetUserCommand,
  InitiateAuthCommand,
  type InitiateAuthCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { start, type LocalCognito } from './helpers.js';

let lc: LocalCognito;
let sdk: CognitoIdentityProviderClient;
before(async () => {
  lc = await start();
  // No credentials, as in a browser: these operations are unsigned.
  sdk = new CognitoIdentityProviderClient({ region: lc.region, endpoint: lc.endpoint });
});
after(async () => {
  sdk?.destroy();
  await lc?.stop();
});

function signIn(USERNAME: string, PASSWORD: string) {
  const input: InitiateAuthCommandInput = { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: lc.clientId, AuthParameters: { USERNAME, PASSWORD } };
  return sdk.send(new InitiateAuthCommand(input));
}

async function rejection(promise: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  assert.fail('expected the call to fail');
}

describe('USER_PASSWORD_AUTH (AWS SDK v3)', () => {
  it('returns Cognito-shaped tokens for the demo user', async () => {
    const { AuthenticationResult: tokens } = await signIn('demo', 'Demo-pass-1234');
    assert.ok(tokens?.AccessToken && tokens.IdToken && tokens.RefreshToken);
    assert.equal(tokens.TokenType, 'Bearer');
    assert.equal(tokens.ExpiresIn, 3600);
    const user = await sdk.send(new GetUserCommand({ AccessToken: tokens.AccessToken }));
    assert.equal(user.Username, 'demo');
    assert.ok(user.UserAttributes?.some((a) => a.Name === 'email' && a.Value === 'demo@example.com'));
  });

  it('wrong password → NotAuthorizedException "Incorrect username or password."', async () => {
    assert.deepEqual(await rejection(signIn('demo', 'Demo-pass-9999')), {
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
      status: 400,
    });
  });

  it('unknown user → UserNotFoundException "User does not exist."', async () => {
    assert.deepEqual(await rejection(signIn('ghost', 'Demo-pass-1234')), {
      name: 'UserNotFoundException',
      message: 'User does not exist.',
      status: 400,
    });
  });

  it('unconfirmed user → UserNotConfirmedException with the right password, NotAuthorized with a wrong one', async () => {
    assert.equal((await rejection(signIn('unconfirmed', 'Demo-pass-1234'))).name, 'UserNotConfirmedException');
    assert.equal((await rejection(signIn('unconfirmed', 'Wrong-pass-1'))).name, 'NotAuthorizedException');
  });

  it('refreshes with REFRESH_TOKEN_AUTH and rejects a made-up refresh token', async () => {
    const { AuthenticationResult: tokens } = await signIn('demo', 'Demo-pass-1234');
    const refreshed = await sdk.send(
      new InitiateAuthCommand({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: lc.clientId, AuthParameters: { REFRESH_TOKEN: tokens!.RefreshToken! } }),
    );
    assert.ok(refreshed.AuthenticationResult?.AccessToken);
    assert.equal(refreshed.AuthenticationResult?.RefreshToken, undefined);
    const bogus = new InitiateAuthCommand({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: lc.clientId, AuthParameters: { REFRESH_TOKEN: 'nope' } });
    assert.equal((await rejection(sdk.send(bogus))).name, 'NotAuthorizedException');
  });

  it('unknown app client → ResourceNotFoundException', async () => {
    const input = { AuthFlow: 'USER_PASSWORD_AUTH' as const, ClientId: 'no-such-client', AuthParameters: { USERNAME: 'demo', PASSWORD: 'x' } };
    assert.equal((await rejection(sdk.send(new InitiateAuthCommand(input)))).name, 'ResourceNotFoundException');
  });
});
