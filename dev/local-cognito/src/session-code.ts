/**
 * A code sent for one challenge Session (SMS_MFA / EMAIL_OTP as MFA, EMAIL_OTP / SMS_OTP as a
 * USER_AUTH first factor), judged the same way for both: a wrong code keeps the Session for another
 * try (up to `wrongCodeAttempts`, 0 = no limit), a right one spends it, a late one is
 * ExpiredCodeException (start again for a new code).
 */
import type { Context } from './context.js';
import { CognitoError, MESSAGES, errors } from './errors.js';
import type { ChallengeSession } from './sessions.js';

export function acceptSessionCode(ctx: Context, session: ChallengeSession, code: string): void {
  const sent = session.code;
  if (!sent || code !== sent.value) {
    const limit = ctx.settings.current.wrongCodeAttempts;
    if (sent) sent.wrong = (sent.wrong ?? 0) + 1;
    if (limit > 0 && (sent?.wrong ?? limit) >= limit) {
      ctx.sessions.consume(session);
      throw errors.notAuthorized();
    }
    throw new CognitoError('CodeMismatchException', MESSAGES.mfaCodeMismatch);
  }
  ctx.sessions.consume(session);
  if (Date.now() > sent.expiresAt) throw errors.codeExpired();
}
