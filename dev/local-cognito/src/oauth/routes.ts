/**
 * The managed-login paths on the proxy's own origin (the "user-pool domain" of docs/cognito.md
 * §8.5): which handler answers, how each kind of error is answered, and CORS. The token endpoint
 * answers any origin (`Access-Control-Allow-Origin: *`, as Cognito documents); userInfo and revoke
 * do too unless the `oauthUserInfoRevokeCors` setting is off; the browser pages need none.
 */
import type { Context } from '../context.js';
import { authorize, idpResponse } from './authorize-endpoint.js';
import { sendJson, showErrorPage, toErrorPage, type Exchange } from './http.js';
import { showLoginPage, submitLoginPage } from './login-page.js';
import { logoutEndpoint } from './logout-endpoint.js';
import { EndpointError, ErrorPageError, RedirectedError } from './oauth-errors.js';
import { redirectError } from './sign-in-completion.js';
import { answerProviderPage, showProviderPage } from './stand-in-provider.js';
import { revokeEndpoint } from './revoke-endpoint.js';
import { tokenEndpoint } from './token-endpoint.js';
import { bearerChallenge, userInfoEndpoint } from './userinfo-endpoint.js';

const PROVIDER_PAGE = /^\/_idp\/([^/]+)\/authorize$/;

/** Whether the managed login answers this path (everything else is the Cognito API or /_local). */
export function isManagedLoginPath(pathname: string): boolean {
  return (
    pathname.startsWith('/oauth2/') || pathname === '/login' || pathname === '/logout' || pathname === '/error' || PROVIDER_PAGE.test(pathname)
  );
}

export async function handleManagedLogin(ctx: Context, exchange: Exchange): Promise<void> {
  const { req, res, url } = exchange;
  const path = url.pathname;
  const method = req.method ?? 'GET';
  const endpoint = apiEndpoint(path);
  if (endpoint) {
    setEndpointCors(ctx, exchange, endpoint);
    if (method === 'OPTIONS') return void res.writeHead(204).end();
    return answerJson(exchange, endpoint, () => {
      if (endpoint === 'token' && method === 'POST') return tokenEndpoint(ctx, exchange);
      if (endpoint === 'userInfo' && (method === 'GET' || method === 'POST')) return userInfoEndpoint(ctx, exchange);
      if (endpoint === 'revoke' && method === 'POST') return revokeEndpoint(ctx, exchange);
      throw new EndpointError('invalid_request', `${method} is not allowed here`, 405);
    });
  }

  const provider = PROVIDER_PAGE.exec(path);
  if (provider) {
    const name = safeDecode(provider[1]);
    if (method === 'GET') return showProviderPage(ctx, exchange, name);
    if (method === 'POST') return answerProviderPage(ctx, exchange, name);
  }
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /oauth2/authorize':
      return answerBrowser(exchange, exchange.url.searchParams, () => authorize(ctx, exchange));
    case 'GET /login':
      return answerBrowser(exchange, exchange.url.searchParams, () => showLoginPage(ctx, exchange));
    case 'POST /login': {
      // The form carries the authorize parameters; errors go where its redirect_uri says.
      const body = await exchange.body();
      const form = new URLSearchParams(body);
      const replay: Exchange = { ...exchange, body: async () => body };
      return answerBrowser(exchange, form, () => submitLoginPage(ctx, replay));
    }
    case 'GET /oauth2/idpresponse':
      return answerBrowser(exchange, new URLSearchParams(), () => idpResponse(ctx, exchange));
    case 'GET /logout':
      return answerBrowser(exchange, exchange.url.searchParams, () => logoutEndpoint(ctx, exchange));
    case 'GET /error':
      return showErrorPage(exchange);
    default:
      toErrorPage(exchange, 'invalid_request', `No managed-login page at ${route}`);
  }
}

type Endpoint = 'token' | 'userInfo' | 'revoke';

function apiEndpoint(path: string): Endpoint | undefined {
  if (path === '/oauth2/token') return 'token';
  if (path.toLowerCase() === '/oauth2/userinfo') return 'userInfo';
  if (path === '/oauth2/revoke') return 'revoke';
  return undefined;
}

function setEndpointCors(ctx: Context, { res }: Exchange, endpoint: Endpoint): void {
  if (endpoint === 'token' || ctx.settings.current.oauthUserInfoRevokeCors) {
    res.setHeader('access-control-allow-origin', '*');
    res.removeHeader('vary');
    res.setHeader('access-control-allow-methods', endpoint === 'userInfo' ? 'GET, POST, OPTIONS' : 'POST, OPTIONS');
    res.setHeader('access-control-allow-headers', 'authorization, content-type');
    res.setHeader('access-control-expose-headers', 'www-authenticate');
  } else {
    for (const header of ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-expose-headers', 'vary']) {
      res.removeHeader(header);
    }
  }
}

async function answerJson(exchange: Exchange, endpoint: Endpoint, handler: () => Promise<void>): Promise<void> {
  try {
    await handler();
  } catch (error) {
    if (!(error instanceof EndpointError)) throw error;
    const body = { error: error.error, ...(error.description ? { error_description: error.description } : {}) };
    const headers: Record<string, string> = endpoint === 'userInfo' ? { 'www-authenticate': bearerChallenge(error) } : {};
    sendJson(exchange.res, error.status, body, headers);
  }
}

/**
 * A browser request's errors: redirected to the app's redirect_uri (with the request's state)
 * once that is known good, otherwise the managed login's error page.
 */
async function answerBrowser(exchange: Exchange, params: URLSearchParams, handler: () => Promise<void>): Promise<void> {
  try {
    await handler();
  } catch (error) {
    if (error instanceof RedirectedError) return redirectError(exchange, params.get('redirect_uri')!, params.get('state') ?? undefined, error);
    if (error instanceof ErrorPageError) return toErrorPage(exchange, error.error, error.description, error.clientId);
    throw error;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
