/**
 * The step machine: a pure `(state, outcome) → state`. The controller performs the calls and feeds
 * their outcomes here; this file decides which screen comes next, with the step table's help.
 * Tested as a step × outcome table. On the `define` path it loads on demand with the later commands
 * and the whole step table (core/later-commands.ts): every step but the entry steps comes out of it,
 * so none exists before the table does; until then the first screen moves with core/entry-moves.ts.
 */
import type { AuthSession, ChallengeType, CodeDelivery, FirstFactor, MfaType, SignInResult, SignUpResult } from './backend.js';
import type { ErrorInfo } from './errors.js';
import { entryMove } from './entry-moves.js';
import { phaseOf, specOf, stepForChallenge } from './step-table.js';
import type { AuthState, ContactChoice, EntryStep, Notice } from './steps.js';
import type { ContactAttribute } from './account-port.js';

export type Outcome =
  /** A command started; `username` is what the person typed, kept whatever the answer. */
  | { type: 'submitted'; username?: string }
  | { type: 'signInResult'; result: SignInResult }
  | { type: 'signedUp'; username: string; result: SignUpResult }
  | { type: 'signUpConfirmed' }
  /** A new code went out (`codeDelivery` absent: Cognito did not say where). */
  | { type: 'codeResent'; codeDelivery?: CodeDelivery }
  | { type: 'resetCodeSent'; username: string; codeDelivery?: CodeDelivery }
  | { type: 'passwordReset' }
  | { type: 'failed'; error: ErrorInfo }
  /** A sign-in refused with an error that is really a step (unconfirmed user, forced reset): its code is sent next. */
  | { type: 'signInDiverted'; error: ErrorInfo }
  | { type: 'signedOut' }
  | { type: 'sessionRestored'; session: AuthSession }
  | { type: 'totpSecretReady'; secretCode: string }
  /** At MFA setup with a choice: the method the person picked (no call; the next screen sets it up). */
  | { type: 'mfaSetupChosen'; mfaType: MfaType }
  | { type: 'navigated'; step: EntryStep; username?: string }
  /** `USER_AUTH`: a password factor chosen (no call; the next screen asks for the password). */
  | { type: 'factorChosen'; factor: FirstFactor }
  /** `USER_AUTH`: back from a factor's screen to the choice of factors (no call). */
  | { type: 'otherFactorRequested' }
  /** Signed in without a passkey: offer to create one. */
  | { type: 'passkeyOffered' }
  /** The offer ended: a passkey was created, or the person said "not now". */
  | { type: 'passkeyOfferClosed'; registered: boolean }
  /** Signed in with no verified contact: offer to verify one. */
  | { type: 'contactVerificationOffered'; contacts: readonly ContactChoice[] }
  /** A code went to the contact being verified (again, when already on the code). */
  | { type: 'contactCodeSent'; attribute: ContactAttribute; codeDelivery?: CodeDelivery }
  /** The contact is verified; `session` has the new claims. */
  | { type: 'contactVerified'; session: AuthSession }
  | { type: 'contactVerificationSkipped' };

export function transition(state: AuthState, outcome: Outcome): AuthState {
  const keep = { username: state.username, notice: null, error: null, pending: false };
  switch (outcome.type) {
    case 'submitted':
    case 'navigated':
      return entryMove(state, outcome);

    case 'signInResult': {
      if (outcome.result.kind === 'done') return { ...keep, step: 'signedIn', session: outcome.result.session };
      const { challenge, name } = outcome.result;
      const next = stepForChallenge(challenge, state);
      if (!next) return { ...state, pending: false, error: unsupported(challenge.type, name) };
      return { ...keep, ...next };
    }

    case 'signedUp':
      if (outcome.result.userConfirmed) {
        return { ...keep, step: 'signIn', username: outcome.username, notice: 'signUpConfirmed' };
      }
      return { ...keep, step: 'confirmSignUp', username: outcome.username, codeDelivery: outcome.result.codeDelivery };

    case 'signUpConfirmed':
      return { ...keep, step: 'signIn', notice: 'signUpConfirmed' };

    case 'codeResent':
      if (specOf(state.step).resend && state.pending && isReason(state.notice)) {
        // The first code after a diverted sign-in: keep saying why, not "a new code".
        return { ...state, pending: false, error: null, codeDelivery: outcome.codeDelivery } as AuthState;
      }
      if (specOf(state.step).resend) {
        const codeDelivery = outcome.codeDelivery ?? ('codeDelivery' in state ? state.codeDelivery : undefined);
        return { ...state, pending: false, error: null, notice: 'codeResent', codeDelivery } as AuthState;
      }
      return state; // the person moved on; nothing to show

    case 'resetCodeSent': {
      const notice = state.step === 'confirmResetPassword' && isReason(state.notice) ? state.notice : null;
      return { ...keep, step: 'confirmResetPassword', username: outcome.username, codeDelivery: outcome.codeDelivery, notice };
    }

    case 'passwordReset':
      return { ...keep, step: 'signIn', notice: 'passwordReset' };

    case 'failed':
      return failed(state, outcome.error);

    case 'signInDiverted':
      // The controller sends the code next, so the new screen starts pending.
      // The new screen says why the person is there (the notice), and its code is on the way.
      if (outcome.error.code === 'userNotConfirmed') {
        return { ...keep, step: 'confirmSignUp', pending: true, notice: 'accountNotConfirmed' };
      }
      if (outcome.error.code === 'passwordResetRequired') {
        return { ...keep, step: 'confirmResetPassword', pending: true, notice: 'passwordResetRequired' };
      }
      return failed(state, outcome.error);

    case 'signedOut':
      return { ...keep, step: 'signIn', notice: 'signedOut' };

    case 'sessionRestored':
      return { ...keep, step: 'signedIn', session: outcome.session, username: outcome.session.username };

    case 'mfaSetupChosen':
      if (state.step !== 'selectMfaSetupType' || !state.allowedMfaTypes.includes(outcome.mfaType)) return state;
      return outcome.mfaType === 'EMAIL' ? { ...keep, step: 'setUpEmail' } : { ...keep, step: 'setUpTotp' };

    case 'totpSecretReady':
      if (state.step !== 'setUpTotp') return state;
      return { ...state, pending: false, secretCode: outcome.secretCode };

    case 'factorChosen':
      if (state.step !== 'selectFirstFactor' || !state.factors.includes(outcome.factor)) return state;
      if (outcome.factor !== 'PASSWORD' && outcome.factor !== 'PASSWORD_SRP') return state;
      return { ...keep, step: 'confirmSignInWithPassword', factor: outcome.factor, factors: state.factors };

    case 'otherFactorRequested':
      if (!('factors' in state) || state.step === 'selectFirstFactor' || !state.factors.length) return state;
      return { ...keep, step: 'selectFirstFactor', factors: state.factors };

    case 'passkeyOffered':
      return state.step === 'signedIn' ? { ...keep, step: 'offerPasskey', session: state.session } : state;

    case 'passkeyOfferClosed':
      if (state.step !== 'offerPasskey') return state;
      return { ...keep, step: 'signedIn', session: state.session, notice: outcome.registered ? 'passkeyAdded' : null };

    case 'contactVerificationOffered':
      return state.step === 'signedIn' && outcome.contacts.length ? { ...keep, step: 'verifyContact', session: state.session, contacts: outcome.contacts } : state;

    case 'contactCodeSent':
      if (state.step !== 'verifyContact' && state.step !== 'confirmContact') return state;
      return {
        ...keep,
        step: 'confirmContact',
        session: state.session,
        attribute: outcome.attribute,
        codeDelivery: outcome.codeDelivery,
        notice: state.step === 'confirmContact' ? 'codeResent' : null,
      };

    case 'contactVerified':
      return state.step === 'confirmContact' ? { ...keep, step: 'signedIn', session: outcome.session, notice: 'contactVerified' } : state;

    case 'contactVerificationSkipped':
      return state.step === 'verifyContact' || state.step === 'confirmContact' ? { ...keep, step: 'signedIn', session: state.session } : state;
  }
}

/** Notices that say why the person is on a code step (kept when its first code arrives). */
function isReason(notice: Notice | null): boolean {
  return notice === 'accountNotConfirmed' || notice === 'passwordResetRequired';
}

function failed(state: AuthState, error: ErrorInfo): AuthState {
  const keep = { username: state.username, notice: null, error: null };
  // Tokens revoked or refresh refused while signed in: signed out, and told why.
  if ('session' in state && error.code === 'tokenRevoked') {
    return { ...keep, step: 'signIn', pending: false, error };
  }
  // A challenge Session lasts 3 minutes; past it, start again with the username kept.
  if (phaseOf(state.step) === 'challenge' && error.code === 'sessionExpired') {
    return { ...keep, step: 'signIn', pending: false, error };
  }
  return entryMove(state, { type: 'failed', error });
}

/**
 * A challenge the backend understood but no step fits: MFA setup that offers only SMS (set up
 * after sign-in, not here), or an MFA choice with no method the kit knows.
 */
function unsupported(type: ChallengeType, name: string): ErrorInfo {
  return { code: type === 'setUpMfa' ? 'mfaSetupUnavailable' : 'unknownChallenge', name, retryable: false };
}
