/**
 * What the controller's commands that load on demand (core/later-commands.ts) may do to it, beyond
 * its public API: the steps of a command (begin, perform, apply, fail), the challenge on screen and
 * the sign-in in progress. `AuthController` builds one and passes it to every such command.
 */
import type { AuthController } from './auth-controller.js';
import type { ChallengeHandle, FirstFactor } from './backend.js';
import type { CommandOptions, CommandRunner, Run } from './command-runner.js';
import type { ErrorInfo } from './errors.js';
import type { FieldSpec } from './fields.js';
import type { Outcome } from './machine.js';

export interface CommandHost {
  readonly controller: AuthController;
  readonly runner: CommandRunner;
  /** The challenge on screen (its handle hides Cognito's Session); never leaves the controller. */
  challenge: ChallengeHandle | null;
  /** The first factor of the sign-in in progress (`USER_AUTH`). */
  factor: FirstFactor | null;
  /** The password screen has sent its answer once (so the choice's Session is spent). */
  passwordTried: boolean;
  /** The WebAuthn request of the passkey challenge on screen (a server nonce, no secret). */
  passkeyRequest: string | null;
  /** The provider of the signed-in session, when it came from managed login. */
  federatedProvider: string | null;
  /** A username as the pool takes it (its kind: username, email or phone). */
  username(value: string): string;
  /** `rememberDevice` as a sign-in takes it. */
  deviceInput(): { rememberDevice?: 'ask' | 'always' };
  begin(options: CommandOptions, username?: string): Run;
  perform<T>(
    run: Run,
    call: () => Promise<T>,
    onResult: (result: T) => void | Promise<void>,
    onError?: (error: ErrorInfo) => boolean | Promise<void>,
    context?: { signingIn?: boolean },
  ): Promise<void>;
  settle(): void;
  apply(outcome: Outcome): void;
  invalid(values: Readonly<Record<string, string | undefined>>, fields: readonly FieldSpec[], username?: string): boolean;
  fail(error: ErrorInfo): void;
  chooseFactor(factor: FirstFactor): void;
}
