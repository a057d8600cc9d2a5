/**
 * Reading an authorize request (`/oauth2/authorize`, the `/login` page and its form): the checks
 * Cognito's authorization endpoint makes, in the order that decides where an error may go. An
 * unknown client or a redirect_uri the client has not registered ends on the error page; every
 * later problem is redirected to the app with `error`, `error_description` and `state`.
 */
import type { Context } from '../context.js';
import type { AppClient } from '../user-store.js';
import { oauthClientFor, type OAuthClientSettings } from './app-client-settings.js';
import { ErrorPageError, RedirectedError } from './oauth-errors.js';
import { grantScopes } from './scopes.js';
import { registeredUrl } from './url-patterns.js';

export const PROMPTS = ['none', 'login', 'consent', 'select_account'] as const;
export type Prompt = (typeof PROMPTS)[number];

/** Native users (the username and password form). */
export const COGNITO_PROVIDER = 'COGNITO';

export interface AuthorizeRequest {
  client: AppClient;
  oauth: OAuthClientSettings;
  /** Exactly as sent; the token request must send the same. */
  redirectUri: string;
  /** Echoed back untouched, when sent. */
  state?: string;
  scopes: string[];
  /** PKCE S256 challenge. */
  codeChallenge?: string;
  nonce?: string;
  /** The provider asked for (`identity_provider`, or the one an `idp_identifier` names). */
  providerName?: string;
  prompts: Prompt[];
  loginHint?: string;
  /** The query as received, to hand on to `/login` and to the provider buttons. */
  query: URLSearchParams;
}

const PKCE_CHALLENGE = /^[A-Za-z0-9._~-]{43,128}$/;

export async function readAuthorizeRequest(ctx: Context, query: URLSearchParams): Promise<AuthorizeRequest> {
  const clientId = query.get('client_id');
  if (!clientId) throw new ErrorPageError('invalid_request', 'client_id is missing');
  const client = await ctx.store.client(clientId).catch(() => undefined);
  if (!client) throw new ErrorPageError('invalid_client', `No app client ${clientId}`, clientId);
  const oauth = oauthClientFor(ctx.settings.current.oauthClients, clientId);
  const redirectUri = query.get('redirect_uri');
  if (!redirectUri) throw new ErrorPageError('invalid_request', 'redirect_uri is missing', clientId);
  if (!registeredUrl(redirectUri, oauth.CallbackURLs)) {
    throw new ErrorPageError('redirect_mismatch', 'redirect_uri is not one of the app client\u2019s callback URLs', clientId);
  }

  // From here on the app hears of every problem.
  if (!oauth.AllowedOAuthFlowsUserPoolClient) throw new RedirectedError('unauthorized_client', 'Client is not enabled for OAuth2.0 flows.');
  checkResponseType(query.get('response_type'), oauth);
  const codeChallenge = pkceChallenge(query.get('code_challenge'), query.get('code_challenge_method'));
  const grant = grantScopes(query.get('scope'), oauth.AllowedOAuthScopes, ctx.settings.current.oauthDisallowedScopes);
  if ('refused' in grant) throw new RedirectedError('invalid_scope', grant.refused);
  const providerName = chosenProvider(ctx, query, oauth);
  const prompts = (query.get('prompt') ?? '').split(' ').filter(Boolean);
  const unknownPrompt = prompts.find((prompt) => !PROMPTS.includes(prompt as Prompt));
  if (unknownPrompt) throw new RedirectedError('invalid_request', `Unsupported prompt ${unknownPrompt}`);

  return {
    client,
    oauth,
    redirectUri,
    state: query.get('state') ?? undefined,
    scopes: grant.granted,
    codeChallenge,
    nonce: query.get('nonce') ?? undefined,
    providerName,
    prompts: prompts as Prompt[],
    loginHint: query.get('login_hint') ?? undefined,
    query,
  };
}

function checkResponseType(responseType: string | null, oauth: OAuthClientSettings): void {
  if (!responseType) throw new RedirectedError('invalid_request', 'response_type is missing');
  const flow = responseType === 'code' ? 'code' : responseType === 'token' ? 'implicit' : undefined;
  if (!flow) throw new RedirectedError('unsupported_response_type', `Unsupported response_type ${responseType}`);
  if (!oauth.AllowedOAuthFlows.includes(flow)) throw new RedirectedError('unauthorized_client', `The ${flow} flow is not allowed for this client`);
  if (flow === 'implicit') throw new RedirectedError('unsupported_response_type', 'The local managed login offers the authorization code flow only');
}

function pkceChallenge(challenge: string | null, method: string | null): string | undefined {
  if (challenge === null && method === null) return undefined;
  if (method !== 'S256') throw new RedirectedError('invalid_request', method === null ? 'code_challenge_method is required with code_challenge' : 'Only S256 is supported as code_challenge_method');
  if (!challenge) throw new RedirectedError('invalid_request', 'code_challenge is required with code_challenge_method');
  if (!PKCE_CHALLENGE.test(challenge)) throw new RedirectedError('invalid_request', 'code_challenge is not a base64url S256 challenge');
  return challenge;
}

/** `identity_provider` by name, or `idp_identifier` by one of a provider's identifiers; it must be enabled on the client. */
function chosenProvider(ctx: Context, query: URLSearchParams, oauth: OAuthClientSettings): string | undefined {
  const byName = query.get('identity_provider');
  const identifier = query.get('idp_identifier');
  let name: string | undefined;
  if (byName) {
    name = byName;
  } else if (identifier) {
    name = ctx.managedLogin.providers.byIdentifier(identifier)?.name;
    if (!name) throw new RedirectedError('invalid_request', `No identity provider has the identifier ${identifier}`);
  } else {
    return undefined;
  }
  const known = name === COGNITO_PROVIDER || ctx.managedLogin.providers.byName(name);
  if (!known || !oauth.SupportedIdentityProviders.includes(name)) {
    throw new RedirectedError('invalid_request', `Identity provider ${name} is not enabled for this client`);
  }
  return name;
}
