/**
 * "Forgot password", as controller commands: the code (first or again) and the new password with
 * it. Loaded on demand (core/on-demand.ts).
 */
import type { CommandOptions, Run } from './command-runner.js';
import type { CommandHost } from './command-host.js';
import { AuthCodeSentEvent, AuthPasswordResetEvent } from './controller-events.js';
import { USERNAME_FIELD } from './fields.js';
import { STEPS } from './step-table.js';
import { normalizeCode } from './validation.js';

export async function resetPassword(host: CommandHost, input: { username: string }, options: CommandOptions): Promise<void> {
  const { controller } = host;
  const username = host.username(input.username);
  if (host.invalid({ username }, STEPS.resetPassword.fields(controller.getSnapshot() as never, controller.stepConfig), username)) return;
  await sendResetCode(host, username, host.begin(options, username));
}

export async function confirmResetPassword(
  host: CommandHost,
  input: { code: string; password: string; username?: string },
  options: CommandOptions,
): Promise<void> {
  const { controller } = host;
  const username = host.username(input.username ?? controller.getSnapshot().username);
  const code = normalizeCode(input.code);
  const fields = [USERNAME_FIELD, ...STEPS.confirmResetPassword.fields(controller.getSnapshot() as never, controller.stepConfig)];
  if (host.invalid({ username, code, password: input.password }, fields, username)) return;
  const run = host.begin(options, username);
  await host.perform(
    run,
    () => controller.backend.confirmForgotPassword({ username, code, password: input.password }, run.options),
    () => {
      host.apply({ type: 'passwordReset' });
      controller.dispatchEvent(new AuthPasswordResetEvent(username));
    },
  );
}

/**
 * Sends a password-reset code. An unknown username moves on exactly like a known one (without
 * saying where the code went), as sign-in does not reveal whether an account exists either,
 * unless the app chose `revealUnknownUsers`.
 */
export async function sendResetCode(host: CommandHost, username: string, run: Run, { resend = false } = {}): Promise<void> {
  const { controller } = host;
  await host.perform(
    run,
    () => controller.backend.forgotPassword({ username }, run.options),
    (codeDelivery) => {
      host.apply(resend ? { type: 'codeResent', codeDelivery } : { type: 'resetCodeSent', username, codeDelivery });
      controller.dispatchEvent(new AuthCodeSentEvent(codeDelivery, 'confirmResetPassword'));
    },
    (error) => {
      if (error.code !== 'userNotFound' || controller.revealUnknownUsers) return false;
      host.apply(resend ? { type: 'codeResent' } : { type: 'resetCodeSent', username });
      return true;
    },
  );
}
