/**
 * A browser just good enough for the managed login, in plain fetch: it keeps the managed-login
 * origin's cookies, follows redirects while they stay on that origin, stops when one leaves for
 * the app (the redirect_uri), and reads and submits the pages' forms and links by regular expression.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import type { LocalCognito } from './helpers.js';

/** Registered by default (any localhost page); tests that set an exact list use their own. */
export const CALLBACK = 'http://localhost:5173/callback';

export interface Pkce {
  verifier: string;
  challenge: string;
}

/** An RFC 7636 pair: 43 random base64url characters and their S256 challenge. */
export function pkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export type Stop = { kind: 'app'; url: URL } | { kind: 'page'; url: URL; status: number; html: string };

export interface PageForm {
  action: string;
  method: string;
  fields: [string, string][];
  html: string;
}

export class TestBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(readonly lc: LocalCognito) {}

  /** One request, no redirect followed; cookies of the managed-login origin sent and kept. */
  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const own = target.origin === new URL(this.lc.oauthDomain).origin;
    const headers = new Headers(init.headers);
    if (own && this.cookies.size) headers.set('cookie', [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    if (own) {
      for (const line of response.headers.getSetCookie()) {
        const [pair, ...attributes] = line.split(';');
        const [name, ...value] = pair.trim().split('=');
        const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
        if (expired) this.cookies.delete(name);
        else this.cookies.set(name, value.join('='));
      }
    }
    return response;
  }

  hasSessionCookie(): boolean {
    return this.cookies.size > 0;
  }

  /** Follows redirects on the managed-login origin; stops at a page, or at a redirect to the app. */
  async navigate(url: string | URL, init?: RequestInit): Promise<Stop> {
    let response = await this.request(url, init);
    let current = new URL(url);
    for (let hops = 0; hops < 10; hops++) {
      if (response.status < 300 || response.status >= 400) {
        return { kind: 'page', url: current, status: response.status, html: await response.text() };
      }
      const next = new URL(response.headers.get('location') ?? '', current);
      if (next.origin !== new URL(this.lc.oauthDomain).origin) return { kind: 'app', url: next };
      current = next;
      response = await this.request(next);
    }
    throw new Error('too many redirects');
  }

  /** Submits `form` with `extra` fields (e.g. the pressed button's name and value). */
  submit(form: PageForm, extra: Record<string, string> = {}): Promise<Stop> {
    const fields = new URLSearchParams([...form.fields, ...Object.entries(extra)]);
    if (form.method === 'get') {
      const url = new URL(form.action);
      url.search = fields.toString();
      return this.navigate(url);
    }
    return this.navigate(form.action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: fields.toString() });
  }

  /** Presses the submit button `name`=`value` of the page's form that holds it. */
  press(page: Stop, name: string, value: string): Promise<Stop> {
    const form = formWith(page, `name="${name}" value="${escapeAttribute(value)}"`);
    return this.submit(form, { [name]: value });
  }
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;');
}

function unescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The page's form whose markup contains `marker`, with its hidden fields. */
export function formWith(page: Stop, marker: string): PageForm {
  assert.equal(page.kind, 'page', 'expected a page');
  const { html, url } = page as Extract<Stop, { kind: 'page' }>;
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
  const match = forms.find((form) => form[0].includes(marker));
  assert.ok(match, `no form with ${marker} on ${url}`);
  const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(match[1])?.[1];
  const fields = [...match[2].matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map(([, name, value]) => [unescape(name), unescape(value)] as [string, string]);
  return { action: new URL(unescape(attribute('action') ?? url.pathname + url.search), url).toString(), method: (attribute('method') ?? 'get').toLowerCase(), fields, html: match[0] };
}

/** The href of the link marked `data-provider="NAME"` on the sign-in page. */
export function providerLink(page: Stop, providerName: string): URL {
  assert.equal(page.kind, 'page', 'expected a page');
  const { html, url } = page as Extract<Stop, { kind: 'page' }>;
  const href = new RegExp(`data-provider="${providerName}" href="([^"]*)"`).exec(html)?.[1];
  assert.ok(href, `no ${providerName} link on ${url}`);
  return new URL(unescape(href), url);
}

export interface AuthorizeOptions {
  clientId?: string;
  redirectUri?: string;
  scope?: string;
  state?: string;
  nonce?: string;
  pkce?: Pkce | null;
  identityProvider?: string;
  idpIdentifier?: string;
  prompt?: string;
  extra?: Record<string, string>;
}

export function authorizeUrl(lc: LocalCognito, options: AuthorizeOptions = {}): string {
  const query = new URLSearchParams({ response_type: 'code', client_id: options.clientId ?? lc.clientId, redirect_uri: options.redirectUri ?? CALLBACK });
  const optional: Record<string, string | undefined> = {
    scope: options.scope,
    state: options.state,
    nonce: options.nonce,
    identity_provider: options.identityProvider,
    idp_identifier: options.idpIdentifier,
    prompt: options.prompt,
    code_challenge: options.pkce?.challenge,
    code_challenge_method: options.pkce ? 'S256' : undefined,
    ...options.extra,
  };
  for (const [name, value] of Object.entries(optional)) if (value !== undefined) query.set(name, value);
  return `${lc.oauthDomain}/oauth2/authorize?${query}`;
}

export interface ProviderSignIn {
  code: string;
  state: string | null;
  pkce: Pkce;
  redirectUri: string;
  clientId: string;
}

/** Authorize with a provider, pick `userId` on its page, and return what the app receives. */
export async function signInWithProvider(browser: TestBrowser, userId: string, options: AuthorizeOptions = {}): Promise<ProviderSignIn> {
  const pair = options.pkce ?? pkce();
  const providerPage = await browser.navigate(authorizeUrl(browser.lc, { ...options, pkce: pair }));
  assert.equal(providerPage.kind, 'page');
  const back = await browser.press(providerPage, 'identity', userId);
  assert.equal(back.kind, 'app', `expected a redirect to the app, got ${JSON.stringify(back).slice(0, 300)}`);
  const url = (back as Extract<Stop, { kind: 'app' }>).url;
  const code = url.searchParams.get('code');
  assert.ok(code, `no code in ${url}`);
  return { code, state: url.searchParams.get('state'), pkce: pair, redirectUri: options.redirectUri ?? CALLBACK, clientId: options.clientId ?? browser.lc.clientId };
}

export interface JsonReply {
  status: number;
  headers: Headers;
  body: Record<string, any>;
}

/** A form POST to a managed-login endpoint, as a page's fetch would send it. */
export async function postForm(url: string, fields: Record<string, string | undefined>, headers: Record<string, string> = {}): Promise<JsonReply> {
  const body = new URLSearchParams(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:5173', ...headers }, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
}

/** `grant_type=authorization_code` for a provider sign-in (fields may be overridden or dropped with undefined). */
export function exchangeCode(lc: LocalCognito, signIn: ProviderSignIn, overrides: Record<string, string | undefined> = {}): Promise<JsonReply> {
  return postForm(`${lc.oauthDomain}/oauth2/token`, {
    grant_type: 'authorization_code',
    client_id: signIn.clientId,
    code: signIn.code,
    redirect_uri: signIn.redirectUri,
    code_verifier: signIn.pkce.verifier,
    ...overrides,
  });
}

export function assertOAuthError(reply: JsonReply, error: string, description?: string | RegExp): void {
  assert.equal(reply.body.error, error, `expected ${error}, got ${reply.status} ${JSON.stringify(reply.body)}`);
  assert.equal(reply.status, 400);
  if (typeof description === 'string') assert.equal(reply.body.error_description, description);
  else if (description) assert.match(String(reply.body.error_description), description);
}

export function claims(jwt: string): Record<string, any> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

/** Asserts a redirect to the app carrying `error` (and the request's state); returns its parameters. */
export function assertRedirectedError(stop: Stop, error: string, state?: string): URLSearchParams {
  assert.equal(stop.kind, 'app', `expected a redirect to the app, got ${stop.kind === 'page' ? `${stop.status} ${stop.url}` : ''}`);
  const params = (stop as Extract<Stop, { kind: 'app' }>).url.searchParams;
  assert.equal(params.get('error'), error, `expected error=${error}: ${params}`);
  assert.ok(params.get('error_description'), 'error_description is set');
  assert.equal(params.get('code'), null);
  if (state !== undefined) assert.equal(params.get('state'), state);
  return params;
}

/** Asserts the managed login's own error page (nothing sent to the app). */
export function assertErrorPage(stop: Stop, error: string): void {
  assert.equal(stop.kind, 'page', 'expected the error page, not a redirect to the app');
  const page = stop as Extract<Stop, { kind: 'page' }>;
  assert.equal(page.url.pathname, '/error');
  assert.equal(page.status, 400);
  assert.equal(page.url.searchParams.get('error'), error);
  assert.match(page.html, new RegExp(`data-error="${error}"`));
}
