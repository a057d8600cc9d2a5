/**
 * The app clients' managed-login settings (CreateUserPoolClient / UpdateUserPoolClient's OAuth
 * fields, docs/cognito.md §8.5), kept as the run-time setting `oauthClients` rather than in
 * cognito-local's db so that callback and sign-out URLs may be patterns. Both seeded clients start
 * OAuth-enabled for local development; a `PUT /_local/settings` merges per client and per field,
 * and `null` for a client restores its start value.
 */
import { errors } from '../errors.js';
import { splitList } from '../setting-rules.js';
import { registeredUrlProblem } from './url-patterns.js';

export const OAUTH_FLOWS = ['code', 'implicit', 'client_credentials'] as const;
export type OAuthFlow = (typeof OAUTH_FLOWS)[number];

/** Cognito's names for the app-client fields. */
export interface OAuthClientSettings {
  /** false: only SDK (API) sign-in, every managed-login request is refused. */
  AllowedOAuthFlowsUserPoolClient: boolean;
  AllowedOAuthFlows: OAuthFlow[];
  AllowedOAuthScopes: string[];
  /** Exact URLs, or patterns (url-patterns.ts). */
  CallbackURLs: string[];
  LogoutURLs: string[];
  /** `COGNITO` and provider names. */
  SupportedIdentityProviders: string[];
}

export type OAuthClients = Record<string, OAuthClientSettings>;

/** Every scope the local managed login knows: OIDC's and Cognito's own. */
export const STANDARD_SCOPES = ['openid', 'email', 'phone', 'profile', 'aws.cognito.signin.user.admin'];
/** Any localhost or 127.0.0.1 page, on any port and path. */
export const LOCAL_DEVELOPMENT_URLS = ['http://localhost:*/*', 'http://127.0.0.1:*/*'];

const FIELDS: (keyof OAuthClientSettings)[] = ['AllowedOAuthFlowsUserPoolClient', 'AllowedOAuthFlows', 'AllowedOAuthScopes', 'CallbackURLs', 'LogoutURLs', 'SupportedIdentityProviders'];

/** A client with no managed-login settings at all: OAuth off. */
const NOT_OAUTH: OAuthClientSettings = {
  AllowedOAuthFlowsUserPoolClient: false,
  AllowedOAuthFlows: [],
  AllowedOAuthScopes: [],
  CallbackURLs: [],
  LogoutURLs: [],
  SupportedIdentityProviders: [],
};

export interface OAuthClientSeed {
  clientIds: readonly string[];
  providerNames: readonly string[];
}

/**
 * The start value: each seeded client with the code flow, every standard scope, every provider and
 * COGNITO, and callback / sign-out URLs from OAUTH_CALLBACK_URLS / OAUTH_LOGOUT_URLS (comma lists;
 * default any localhost page); then OAUTH_CLIENTS (JSON, merged like a PUT).
 */
export function oauthClientsFromEnv(env: NodeJS.ProcessEnv, seed: OAuthClientSeed): OAuthClients {
  const list = (name: string) => {
    const text = env[name];
    if (text === undefined || text === '') return LOCAL_DEVELOPMENT_URLS;
    const entries = splitList(text);
    const problem = entries.map(registeredUrlProblem).find(Boolean);
    if (problem) throw new Error(`${name}: ${problem}`);
    return entries;
  };
  const seeded: OAuthClients = {};
  for (const clientId of seed.clientIds) {
    seeded[clientId] = {
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: [...STANDARD_SCOPES],
      CallbackURLs: list('OAUTH_CALLBACK_URLS'),
      LogoutURLs: list('OAUTH_LOGOUT_URLS'),
      SupportedIdentityProviders: ['COGNITO', ...seed.providerNames],
    };
  }
  if (!env.OAUTH_CLIENTS) return seeded;
  try {
    return mergeOAuthClients(seeded, JSON.parse(env.OAUTH_CLIENTS), seeded, seed.providerNames);
  } catch (error) {
    throw new Error(`OAUTH_CLIENTS: ${(error as Error).message}`);
  }
}

/**
 * `current` with `patch` applied: per client, the fields given replace the client's (the rest
 * stay); `null` for a client restores `start`'s entry (or removes it). Throws
 * InvalidParameterException naming the first bad field.
 */
export function mergeOAuthClients(current: OAuthClients, patch: unknown, start: OAuthClients, providerNames: readonly string[]): OAuthClients {
  const bad = (why: string) => errors.invalidParameter(`oauthClients${why}`);
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) throw bad(' must be an object keyed by app client id');
  const next: OAuthClients = structuredClone(current);
  for (const [clientId, change] of Object.entries(patch)) {
    if (change === null) {
      if (start[clientId]) next[clientId] = structuredClone(start[clientId]);
      else delete next[clientId];
      continue;
    }
    if (!change || typeof change !== 'object' || Array.isArray(change)) throw bad(`.${clientId} must be an object or null`);
    const merged: OAuthClientSettings = structuredClone(next[clientId] ?? NOT_OAUTH);
    for (const [field, value] of Object.entries(change as Record<string, unknown>)) {
      const where = `.${clientId}.${field}`;
      switch (field as keyof OAuthClientSettings) {
        case 'AllowedOAuthFlowsUserPoolClient':
          if (typeof value !== 'boolean') throw bad(`${where} must be true or false`);
          merged.AllowedOAuthFlowsUserPoolClient = value;
          break;
        case 'AllowedOAuthFlows':
          merged.AllowedOAuthFlows = stringList(value, where, bad, (flow) => (OAUTH_FLOWS.includes(flow as OAuthFlow) ? undefined : `must list ${OAUTH_FLOWS.join(', ')}`)) as OAuthFlow[];
          break;
        case 'AllowedOAuthScopes':
          merged.AllowedOAuthScopes = stringList(value, where, bad, (scope) => (/^[\x21\x23-\x5b\x5d-\x7e]+$/.test(scope) ? undefined : `has an invalid scope ${JSON.stringify(scope)}`));
          break;
        case 'CallbackURLs':
        case 'LogoutURLs':
          merged[field as 'CallbackURLs' | 'LogoutURLs'] = stringList(value, where, bad, registeredUrlProblem);
          break;
        case 'SupportedIdentityProviders':
          merged.SupportedIdentityProviders = stringList(value, where, bad, (name) =>
            name === 'COGNITO' || providerNames.includes(name) ? undefined : `names an unknown provider ${name} (known: COGNITO, ${providerNames.join(', ')})`,
          );
          break;
        default:
          throw bad(`${where} is not a setting (use ${FIELDS.join(', ')})`);
      }
    }
    next[clientId] = merged;
  }
  return next;
}

function stringList(value: unknown, where: string, bad: (why: string) => Error, problem: (item: string) => string | undefined): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw bad(`${where} must be a list of strings`);
  for (const item of value as string[]) {
    const why = problem(item);
    if (why) throw bad(`${where} ${why}`);
  }
  return [...new Set(value as string[])];
}

/** The client's managed-login settings in force; a client never configured has OAuth off. */
export function oauthClientFor(clients: OAuthClients, clientId: string): OAuthClientSettings {
  return clients[clientId] ?? NOT_OAUTH;
}
