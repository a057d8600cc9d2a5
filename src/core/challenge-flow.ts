/**
 * The sign-in after its first answer, as controller commands: answering the challenge on screen (an
 * MFA code, an MFA choice, a new password, a custom answer, a `USER_AUTH` factor and its password),
 * what a challenge's step fetches as it appears (the authenticator-app secret), and a new code for
 * the step on screen. Loaded on demand (core/on-demand.ts).
 */
import type { ChallengeAnswer, FirstFactor } from './backend.js';
import type { CommandOptions } from './command-runner.js';
import type { CommandHost } from './command-host.js';
import { sendResetCode } from './password-reset-flow.js';
import { signInWithPasskey } from './passwordless-flow.js';
import { sendSignUpCode } from './sign-up-flow.js';
import { signInResult } from './sign-in-flow.js';
import { fieldsOf, specOf } from './step-table.js';
import { normalizeCode } from './validation.js';

/** Answers the challenge on screen: an MFA code, an MFA choice, a new password or a custom answer. */
export async function confirmSignIn(host: CommandHost, answer: ChallengeAnswer, options: CommandOptions): Promise<void> {
  const { controller } = host;
  const handle = host.challenge;
  if (!handle) return;
  const state = controller.getSnapshot();
  let normalized = 'code' in answer ? { ...answer, code: normalizeCode(answer.code) } : answer;
  // The password screen answers with the password factor it was entered with.
  if ('factor' in normalized && state.step === 'confirmSignInWithPassword') normalized = { ...normalized, factor: state.factor };
  if (host.invalid(answerValues(normalized), fieldsOf(state, controller.stepConfig))) return;
  if ('factor' in normalized) {
    if (normalized.password === undefined && choosePasswordLocally(host, normalized.factor)) return;
    if (state.step === 'selectFirstFactor') host.chooseFactor(normalized.factor);
  }
  if (specOf(controller.getSnapshot().step).answersLocally && 'mfaType' in normalized) {
    // Choosing what to set up asks nothing of Cognito: the next screen does the setting up.
    host.apply({ type: 'mfaSetupChosen', mfaType: normalized.mfaType });
    await prepareStep(host, options);
    return;
  }
  const run = host.begin(options);
  // Cognito ends the choice's Session on a wrong password: a second try starts USER_AUTH afresh,
  // with the password factor preferred and the password in the same request.
  const retry = state.step === 'confirmSignInWithPassword' && host.passwordTried;
  if (state.step === 'confirmSignInWithPassword') host.passwordTried = true;
  const { username } = state;
  const preferredChallenge = 'factor' in normalized ? normalized.factor : undefined;
  const password = 'factor' in normalized ? normalized.password : undefined;
  await host.perform(
    run,
    () =>
      retry
        ? controller.backend.signIn({ username, password, authFlowType: 'USER_AUTH', preferredChallenge, ...host.deviceInput() }, run.options)
        : controller.backend.answerChallenge(handle, normalized, run.options),
    (result) => signInResult(host, result),
    undefined,
    // A wrong password at the password factor reads as at sign-in.
    { signingIn: 'factor' in normalized },
  );
}

/** What the step on screen fetches as it appears: the authenticator-app secret at TOTP setup. */
export async function prepareStep(host: CommandHost, options: CommandOptions): Promise<void> {
  const { controller } = host;
  const handle = host.challenge;
  const prepare = specOf(controller.getSnapshot().step).prepare;
  if (prepare === 'passkey') return signInWithPasskey(host, options);
  if (!handle || prepare !== 'totpSecret') return;
  const run = host.begin(options);
  await host.perform(
    run,
    () => controller.backend.associateTotp(handle, run.options),
    ({ secretCode }) => host.apply({ type: 'totpSecretReady', secretCode }),
  );
}

/** Sends a new code for the step on screen: sign-up confirmation, password reset, SMS or email MFA. */
export async function resendCode(host: CommandHost, options: CommandOptions): Promise<void> {
  const { controller } = host;
  const { step, username } = controller.getSnapshot();
  const resend = specOf(step).resend;
  if (resend === 'resetCode') return sendResetCode(host, username, host.begin(options), { resend: true });
  if (resend === 'signUpCode') return sendSignUpCode(host, username, host.begin(options));
  if (resend === 'contactCode') return controller.sendContactCode({}, options);
  const handle = host.challenge;
  if (resend !== 'challengeCode' || !handle) return;
  const run = host.begin(options);
  await host.perform(
    run,
    () => controller.backend.resendChallengeCode(handle, run.options),
    (result) => {
      signInResult(host, result);
      const state = controller.getSnapshot();
      if ('codeDelivery' in state && state.codeDelivery) host.apply({ type: 'codeResent', codeDelivery: state.codeDelivery });
    },
  );
}

/** A password factor picked on the choice: the next screen asks for the password (no call yet). */
function choosePasswordLocally(host: CommandHost, factor: FirstFactor): boolean {
  if (factor !== 'PASSWORD' && factor !== 'PASSWORD_SRP') return false;
  host.chooseFactor(factor);
  host.passwordTried = false;
  host.apply({ type: 'factorChosen', factor });
  return true;
}

/** An answer's values under the names the step's fields carry, for validation. */
function answerValues(answer: ChallengeAnswer): Record<string, string | undefined> {
  if ('code' in answer) return { code: answer.code };
  if ('newPassword' in answer) return { password: answer.newPassword, ...answer.attributes };
  if ('answer' in answer) return { answer: answer.answer };
  if ('email' in answer) return { email: answer.email };
  if ('factor' in answer) return { factor: answer.factor, password: answer.password };
  if ('credential' in answer) return {};
  return { mfaType: answer.mfaType };
}
