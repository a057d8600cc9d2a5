/** What the managed-login handlers share: the request at hand and the ways they answer. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorPage } from './pages.js';

export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The managed-login domain: this proxy's own base URL, e.g. http://127.0.0.1:9330. */
  baseUrl: string;
  body(): Promise<string>;
}

export function redirect(res: ServerResponse, location: string, cookies: (string | undefined)[] = []): void {
  const setCookie = cookies.filter((cookie): cookie is string => !!cookie);
  res.writeHead(302, { location, 'cache-control': 'no-store', ...(setCookie.length ? { 'set-cookie': setCookie } : {}) }).end();
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
}

/** The token, userInfo and revoke endpoints' JSON: never cached (RFC 6749 §5.1). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store', pragma: 'no-cache', ...headers }).end(JSON.stringify(body));
}

/** `redirectUri` with `params` added to its query (undefined ones left out). */
export function withParams(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}

/** The managed login's error page, reached by a redirect to `/error` as Cognito's is. */
export function toErrorPage(exchange: Exchange, error: string, description: string, clientId?: string): void {
  const query = new URLSearchParams({ error, error_description: description });
  if (clientId) query.set('client_id', clientId);
  redirect(exchange.res, `${exchange.baseUrl}/error?${query}`);
}

export function showErrorPage(exchange: Exchange): void {
  const query = exchange.url.searchParams;
  sendHtml(exchange.res, 400, errorPage(query.get('error') ?? 'unknown_error', query.get('error_description') ?? ''));
}

/** A form body (`application/x-www-form-urlencoded`); anything else reads as empty. */
export async function readForm(exchange: Exchange): Promise<URLSearchParams | undefined> {
  const type = String(exchange.req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const text = await exchange.body();
  return type === 'application/x-www-form-urlencoded' ? new URLSearchParams(text) : undefined;
}
