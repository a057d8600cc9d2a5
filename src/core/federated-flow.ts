/**
 * Sign-in through Cognito's managed login with a social or enterprise provider (docs/cognito.md
 * §11), as controller commands: start it (redirect or popup), complete a return, and end the
 * managed-login session at sign-out. The OAuth work is the `FederatedSignIn` port's; the tokens
 * become the backend's own session. Loaded on demand (core/on-demand.ts).
 */
import type { FederatedSignIn, FederatedTokens, ProviderRequest, SignInResult } from './backend.js';
import type { CommandOptions } from './command-runner.js';
import type { CommandHost } from './command-host.js';
import { AuthError, KIT_ERROR_NAMES } from './errors.js';
import { signInResult } from './sign-in-flow.js';

/** Signs in with `provider` (`Google`, a SAML or OIDC name), or the provider an identifier (an email domain) picks. */
export function signInWithProvider(host: CommandHost, request: ProviderRequest, options: CommandOptions): Promise<void> {
  // No tokens: the page is leaving for the provider, so it stays pending (no second click).
  return federate(host, options, (federation, callOptions) => federation.start(request, callOptions), false);
}

/** Completes a return from the provider in `url` (the page's address), if it is one. */
export function completeRedirect(host: CommandHost, url: string, options: CommandOptions): Promise<void> {
  return federate(host, options, (federation, callOptions) => federation.complete(url, callOptions), true);
}

/** After sign-out: a managed-login session ends at `/logout` too (the page navigates), when configured. */
export function endFederatedSession(host: CommandHost): void {
  const federated = host.federatedProvider !== null;
  host.federatedProvider = null;
  if (federated) host.controller.federation?.endSession();
}

/** One managed-login command: tokens (or none, as the page leaves or nothing came back) become the session. */
async function federate(
  host: CommandHost,
  options: CommandOptions,
  tokensFrom: (federation: FederatedSignIn, options: CommandOptions) => Promise<FederatedTokens | null>,
  settleWithout: boolean,
): Promise<void> {
  const federation = host.controller.federation;
  if (!federation) return;
  const run = host.begin(options);
  await host.perform(
    run,
    async () => {
      const tokens = await tokensFrom(federation, run.options);
      return tokens && adopt(host, tokens, run.options);
    },
    (result) => {
      if (result) signInResult(host, result);
      else if (settleWithout) host.settle();
    },
  );
}

async function adopt(host: CommandHost, tokens: FederatedTokens, options: CommandOptions): Promise<SignInResult> {
  const { backend } = host.controller;
  if (!backend.adoptTokens) throw new AuthError(KIT_ERROR_NAMES.unsupported, 'This backend cannot take managed-login tokens.');
  const session = await backend.adoptTokens(tokens, options);
  host.federatedProvider = tokens.provider ?? null;
  return { kind: 'done', session };
}
