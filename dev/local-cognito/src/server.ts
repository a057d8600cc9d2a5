/**
 * The HTTP front: CORS for browsers (the AWS SDK v3 and identity-js both run through it), the
 * `/_local/*` control API, the managed login's paths (oauth/routes.ts), and `POST /` dispatch by
 * `X-Amz-Target`, where the fault switch acts.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Relay, type Context } from './context.js';
import { handleControl, type ControlOptions } from './control.js';
import { CognitoError } from './errors.js';
import { faultError } from './faults.js';
import { handleManagedLogin, isManagedLoginPath } from './oauth/routes.js';
import { runOperation } from './ops/index.js';
import type { Json } from './upstream.js';

const ALLOWED_HEADERS = 'content-type, x-amz-target, x-amz-user-agent, amz-sdk-invocation-id, amz-sdk-request, authorization, x-amz-date, x-amz-security-token';
const EXPOSED_HEADERS = 'x-amzn-errortype, x-amzn-requestid';
const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

export type ServerOptions = ControlOptions;

export function createProxyServer(ctx: Context, options: ServerOptions): Server {
  return createServer((req, res) => {
    handle(ctx, options, req, res).catch((error: unknown) => {
      console.error('[local-cognito] unexpected error', error);
      if (!res.headersSent) sendError(res, new CognitoError('InternalErrorException', String(error)));
      else res.end();
    });
  });
}

async function handle(ctx: Context, options: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  setCors(req, res);
  res.setHeader('x-amzn-requestid', randomUUID());
  const url = new URL(req.url ?? '/', 'http://local');
  const route = `${req.method} ${url.pathname}`;

  // The managed login (OAuth endpoints, its pages, the stand-in providers) lives on this origin too.
  if (isManagedLoginPath(url.pathname)) {
    return handleManagedLogin(ctx, { req, res, url, baseUrl: options.publicUrl(), body: () => readBody(req) });
  }
  if (req.method === 'OPTIONS') return void res.writeHead(204).end();
  if (route === 'GET /health') return sendJson(res, 200, { ok: true });
  if (url.pathname.startsWith('/_local/')) {
    try {
      const reply = await handleControl(ctx, options, req, url, () => readBody(req));
      if (!reply) return sendError(res, new CognitoError('UnknownOperationException', `No route for ${route}`, 404));
      if (reply.body === undefined) return void res.writeHead(reply.status).end();
      return sendJson(res, reply.status, reply.body);
    } catch (error) {
      if (!(error instanceof CognitoError)) throw error;
      return sendError(res, error);
    }
  }
  const openId = /^GET \/([\w-]+)\/\.well-known\/openid-configuration$/.exec(route);
  if (openId) {
    const issuer = `${options.publicUrl()}/${openId[1]}`;
    return sendJson(res, 200, { issuer, jwks_uri: `${issuer}/.well-known/jwks.json`, id_token_signing_alg_values_supported: ['RS256'] });
  }
  if (req.method === 'GET') {
    // JWKS and anything else cognito-local serves.
    const relay = await ctx.upstream.get(url.pathname + url.search);
    return void res.writeHead(relay.status, { 'content-type': relay.contentType }).end(relay.text);
  }
  if (route !== 'POST /') return sendError(res, new CognitoError('UnknownOperationException', `No route for ${route}`, 404));

  const target = String(req.headers['x-amz-target'] ?? '');
  if (!target.startsWith(TARGET_PREFIX)) {
    return sendError(res, new CognitoError('UnknownOperationException', `Unknown X-Amz-Target: ${target || '(missing)'}`));
  }
  const raw = await readBody(req);
  let body: Json;
  try {
    const parsed: unknown = JSON.parse(raw || '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    body = parsed as Json;
  } catch {
    return sendError(res, new CognitoError('SerializationException', 'Request body is not a JSON object'));
  }

  const operation = target.slice(TARGET_PREFIX.length);
  const fault = ctx.faults.take(operation, body);
  if (fault?.mode === 'network') return void req.socket.destroy();
  if (fault?.mode === 'error') return sendError(res, faultError(fault));
  if (fault?.mode === 'hang') {
    const gone = new Promise<void>((resolve) => res.once('close', () => resolve()));
    if ((await ctx.faults.hold(gone)) === 'abandoned') return;
  }

  try {
    const result = await runOperation(ctx, { operation, body, raw, sourceIp: clientIp(req) });
    if (result instanceof Relay) {
      const relay = result.response;
      if (relay.status !== 200) {
        const type = String(safeParse(relay.text).__type ?? 'InternalErrorException');
        res.setHeader('x-amzn-errortype', type);
      }
      return void res.writeHead(relay.status, { 'content-type': relay.contentType }).end(relay.text);
    }
    sendJson(res, 200, result, 'application/x-amz-json-1.1');
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    sendError(res, error);
  }
}

function setCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader('access-control-allow-origin', origin ?? '*');
  if (origin) res.setHeader('vary', 'Origin');
  res.setHeader('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
  res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? ALLOWED_HEADERS);
  res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
  res.setHeader('access-control-max-age', '600');
}

/** The peer's address, without the IPv4-mapped prefix (`::ffff:127.0.0.1` → `127.0.0.1`). */
function clientIp(req: IncomingMessage): string | undefined {
  return req.socket.remoteAddress?.replace(/^::ffff:/, '');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function safeParse(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return {};
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, contentType = 'application/json'): void {
  res.writeHead(status, { 'content-type': contentType }).end(JSON.stringify(body));
}

function sendError(res: ServerResponse, error: CognitoError): void {
  res.setHeader('x-amzn-errortype', error.type);
  sendJson(res, error.status, { __type: error.type, message: error.message }, 'application/x-amz-json-1.1');
}
