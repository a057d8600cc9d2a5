/**
 * Sign-in through Cognito's managed login with a social or enterprise provider (docs/cognito.md
 * §11), as controller commands: start it (redirect or popup), complete a return, and end the
 * managed-login session at sign-out. The OAuth work is the `FederatedSignIn` port's; the tokens
 * become the backend's own session.
 */
import type { AuthBackend, FederatedSignIn, FederatedTokens, ProviderRequest, SignInResult } from './backend.js';
import type { CommandOptions } from './command-runner.js';
import { ControllerBase } from './controller-base.js';
import { AuthError, KIT_ERROR_NAMES } from './errors.js';
import type { AuthState } from './steps.js';

export abstract class FederatedController extends ControllerBase {
  /** Managed-login sign-in; none: no provider buttons, and a return is not looked for. */
  federation: FederatedSignIn | null = null;
  /** The provider of the signed-in session, when it came from managed login. */
  protected federatedProvider: string | null = null;

  constructor(backend: AuthBackend, state: AuthState) {
    super(backend, state);
  }

  protected abstract signInResult(result: SignInResult): void;

  /** Signs in with `provider` (`Google`, a SAML or OIDC name), or the provider an identifier (an email domain) picks. */
  signInWithProvider(request: ProviderRequest, options: CommandOptions = {}): Promise<void> {
    // No tokens: the page is leaving for the provider, so it stays pending (no second click).
    return this.#federate(options, (federation, callOptions) => federation.start(request, callOptions), false);
  }

  /**
   * Completes a return from the provider in `url` (the page's address), if it is one: the code is
   * exchanged and checked, and the person lands signed in. The page should then drop `code` and
   * `state` from its address (`<auth-flow>` does).
   */
  completeRedirect(url: string, options: CommandOptions = {}): Promise<void> {
    return this.#federate(options, (federation, callOptions) => federation.complete(url, callOptions), true);
  }

  /** One managed-login command: tokens (or none, as the page leaves or nothing came back) become the session. */
  async #federate(
    options: CommandOptions,
    tokensFrom: (federation: FederatedSignIn, options: CommandOptions) => Promise<FederatedTokens | null>,
    settleWithout: boolean,
  ): Promise<void> {
    const federation = this.federation;
    if (!federation) return;
    const run = this.begin(options);
    await this.perform(
      run,
      async () => {
        const tokens = await tokensFrom(federation, run.options);
        return tokens && this.#adopt(tokens, run.options);
      },
      (result) => (result ? this.signInResult(result) : settleWithout && this.settle()),
    );
  }

  async #adopt(tokens: FederatedTokens, options: CommandOptions): Promise<SignInResult> {
    if (!this.backend.adoptTokens) throw new AuthError(KIT_ERROR_NAMES.unsupported, 'This backend cannot take managed-login tokens.');
    const session = await this.backend.adoptTokens(tokens, options);
    this.federatedProvider = tokens.provider ?? null;
    return { kind: 'done', session };
  }

  /** After sign-out: a managed-login session ends at `/logout` too (the page navigates), when configured. */
  protected endFederatedSession(): void {
    const federated = this.federatedProvider !== null;
    this.federatedProvider = null;
    if (federated) this.federation?.endSession();
  }
}
