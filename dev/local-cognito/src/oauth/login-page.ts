/**
 * `/login`: the local managed login's own page, reached from `/oauth2/authorize` without a
 * provider. It lists the client's providers (each a link back to authorize with
 * `identity_provider`), an enterprise field for `idp_identifier` when a provider has identifiers,
 * and, when the client supports COGNITO, a username and password form. That form signs in users
 * whose password is all they need; users facing a further step (new password, MFA, confirmation)
 * are told to use the app's own sign-in, as this page offers none of those steps.
 */
import type { Context } from '../context.js';
import { CognitoError, errors } from '../errors.js';
import { mfaStep } from '../mfa.js';
import { checkPassword, refuseIfResetRequired } from '../ops/sign-in.js';
import type { AppClient } from '../user-store.js';
import { COGNITO_PROVIDER, readAuthorizeRequest, type AuthorizeRequest } from './authorize-request.js';
import { readForm, sendHtml, type Exchange } from './http.js';
import { RedirectedError } from './oauth-errors.js';
import { loginPage, unsupportedStepPage, type LoginPageModel } from './pages.js';
import { completeSignIn } from './sign-in-completion.js';

/** Parameters that choose a provider or carry credentials: never handed on by the page. */
const NOT_HANDED_ON = new Set(['identity_provider', 'idp_identifier', 'username', 'password']);

export async function showLoginPage(ctx: Context, exchange: Exchange): Promise<void> {
  const request = await readAuthorizeRequest(ctx, exchange.url.searchParams);
  sendHtml(exchange.res, 200, loginPage(pageModel(ctx, request)));
}

export async function submitLoginPage(ctx: Context, exchange: Exchange): Promise<void> {
  const form = (await readForm(exchange)) ?? new URLSearchParams();
  const username = form.get('username') ?? '';
  const password = form.get('password') ?? '';
  const request = await readAuthorizeRequest(ctx, handedOn(form));
  if (!request.oauth.SupportedIdentityProviders.includes(COGNITO_PROVIDER)) {
    throw new RedirectedError('invalid_request', 'Username and password sign-in (COGNITO) is not enabled for this client');
  }
  let outcome: NativeOutcome;
  try {
    outcome = await nativeSignIn(ctx, request.client, username, password);
  } catch (error) {
    if (!(error instanceof CognitoError)) throw error;
    return sendHtml(exchange.res, 200, loginPage({ ...pageModel(ctx, request, username), error: error.message }));
  }
  if ('step' in outcome) return sendHtml(exchange.res, 200, unsupportedStepPage(outcome.step));
  completeSignIn(ctx, exchange, request, { username: outcome.username, authTime: Math.floor(Date.now() / 1000) }, true);
}

function handedOn(query: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...query].filter(([name]) => !NOT_HANDED_ON.has(name)));
}

function pageModel(ctx: Context, request: AuthorizeRequest, username = request.loginHint): LoginPageModel {
  const base = handedOn(request.query);
  const supported = request.oauth.SupportedIdentityProviders;
  const providers = ctx.managedLogin.providers.list().filter((provider) => supported.includes(provider.name));
  const fields = [...base];
  return {
    providers: providers.map((provider) => {
      const query = new URLSearchParams(base);
      query.set('identity_provider', provider.name);
      return { name: provider.name, label: provider.label, href: `/oauth2/authorize?${query}` };
    }),
    identifierForm: providers.some((provider) => provider.identifiers.length) ? { fields } : undefined,
    passwordForm: supported.includes(COGNITO_PROVIDER) ? { fields, username } : undefined,
  };
}

type NativeOutcome = { username: string } | { step: string };

/** The password checks of USER_PASSWORD_AUTH (lockout, reset flag, disabled user), then whether a further step would follow. */
async function nativeSignIn(ctx: Context, client: AppClient, username: string, password: string): Promise<NativeOutcome> {
  const poolId = client.UserPoolId;
  const user = await ctx.store.findUser(poolId, username);
  if (!user) throw errors.userNotFound();
  if (user.Enabled === false) throw errors.notAuthorized('User is disabled.');
  refuseIfResetRequired(ctx, poolId, user);
  checkPassword(ctx, poolId, user, password);
  if (user.UserStatus === 'UNCONFIRMED') return { step: 'confirming the sign-up (UserNotConfirmedException)' };
  if (user.UserStatus === 'FORCE_CHANGE_PASSWORD') return { step: 'choosing a new password (NEW_PASSWORD_REQUIRED)' };
  const mfa = mfaStep(ctx.profiles.get(poolId, user.Username), user, ctx.settings.current.mfaConfiguration);
  if (mfa.kind !== 'none') return { step: mfa.kind === 'setup' ? 'setting up MFA (MFA_SETUP)' : 'a second factor (MFA)' };
  return { username: user.Username };
}
