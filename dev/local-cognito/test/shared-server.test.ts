/**
 * Another server on a requested port (e.g. a colleague's local Cognito on 9229) must make the
 * launch fail loudly, never be used as our upstream; and the proxy refuses an upstream that cannot
 * show this launch's token.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { CognitoError } from '../src/errors.js';
import { Upstream } from '../src/upstream.js';
import { start } from './helpers.js';

/** Looks like a healthy cognito-local (GET /health → 200) and records every other request. */
let impostor: Server;
let impostorPort: number;
const seen: string[] = [];
before(async () => {
  impostor = createServer((req, res) => {
    if (req.url === '/health') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    seen.push(`${req.method} ${req.url} ${req.headers['x-amz-target'] ?? ''}`);
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end('{}');
  });
  await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
  impostorPort = (impostor.address() as AddressInfo).port;
});
after(() => new Promise<void>((resolve) => impostor.close(() => resolve())));

describe('a busy requested port', () => {
  it('upstream port: the launch fails with EADDRINUSE instead of relaying to the server already there', async () => {
    await assert.rejects(start({ upstreamPort: impostorPort }), (error: Error) => {
      assert.match(error.message, /cognito-local could not listen on http:\/\/127\.0\.0\.1:\d+: the port is in use \(EADDRINUSE\)/);
      return true;
    });
    assert.deepEqual(seen, []);
  });

  it('proxy port: the launch fails with EADDRINUSE instead of reporting the other server as running', async () => {
    await assert.rejects(start({ port: impostorPort }), /proxy could not listen on .*EADDRINUSE/);
  });
});

describe('the proxy checks its upstream', () => {
  it('refuses to use a server without this launch token', async () => {
    const upstream = new Upstream(`http://127.0.0.1:${impostorPort}`, 'launch-token');
    await assert.rejects(upstream.call('ListUserPools', { MaxResults: 1 }), (error: unknown) => {
      assert.ok(error instanceof CognitoError);
      assert.equal(error.type, 'InternalErrorException');
      assert.match(error.message, /is not the cognito-local this proxy was started with/);
      return true;
    });
  });

  it('a launched instance answers through its own cognito-local', async () => {
    const lc = await start();
    try {
      const health = await fetch(`${lc.upstreamEndpoint}/health`);
      assert.ok(health.headers.get('x-local-cognito-launch'), 'cognito-local shows a launch token');
      const jwks = await fetch(`${lc.endpoint}/${lc.userPoolId}/.well-known/jwks.json`);
      assert.equal(jwks.status, 200);
    } finally {
      await lc.stop();
    }
  });
});
