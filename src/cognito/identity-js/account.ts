/**
 * The signed-in person's account on identity-js (docs/cognito.md §12), through the signed-in
 * `CognitoUser`'s own methods: `getUserData` (`GetUser`), `changePassword`, `updateAttributes`,
 * `getAttributeVerificationCode`, `verifyAttribute`, `setUserMfaPreference`,
 * `associateSoftwareToken` / `verifySoftwareToken` and `deleteUser`. Each is one backend call
 * (client.ts: a timeout, the caller's abort, errors as `AuthError` with Cognito's exception name).
 * Loaded the first time an account page calls one (backend.ts).
 *
 * Not here: email MFA (identity-js 6's `setUserMfaPreference` takes SMS and TOTP only) and
 * remembered devices (README.md in this folder).
 */
import type { CognitoUser, IMfaSettings } from 'amazon-cognito-identity-js';
import type { AccountProfile, MfaSetting } from '../../core/account-port.js';
import type { CallOptions, CodeDelivery, MfaType } from '../../core/backend.js';
import { AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { accountProfile, mfaPreferenceMembers } from '../account-wire.js';
import { codeDelivery, str, type Json } from '../wire.js';
import { Call, CallClient, toAuthError, type NodeCallback } from './client.js';
import { internals, type IdentityJsContext } from './context.js';

/** What the account calls need of the backend: its context and its signed-in user (session.ts). */
export interface AccountContext {
  readonly ctx: IdentityJsContext;
  /** The signed-in `CognitoUser` with a fresh session (refreshed near expiry), or null. */
  user(options: CallOptions): Promise<CognitoUser | null>;
}

/**
 * A call's client that never sends identity-js's own refresh. `getUserData({ bypassCache: true })`
 * (also run by `updateAttributes` after it succeeds) refreshes the tokens with REFRESH_TOKEN_AUTH
 * when identity-js holds a cached copy of the user's data: Cognito refuses that flow when the app
 * client rotates refresh tokens, and identity-js drops the whole session when the refusal is
 * `NotAuthorizedException`. The backend refreshes with `GetTokensFromRefreshToken` itself
 * (session.ts); identity-js treats its refresh as best effort and goes on without it.
 */
class AccountClient extends CallClient {
  override request(operation: string, params: object, callback: NodeCallback): void {
    if (operation === 'InitiateAuth' && (params as Json).AuthFlow === 'REFRESH_TOKEN_AUTH') {
      return callback(Object.assign(new Error('The backend refreshes the session itself.'), { code: 'RefreshLeftToTheBackend' }));
    }
    super.request(operation, params, callback);
  }
}

/** Runs `work` on the signed-in user, whose requests go through one new call. */
async function onUser<T>(account: AccountContext, options: CallOptions, work: (user: CognitoUser, call: Call<T>) => void): Promise<T> {
  const user = await account.user(options);
  // As the API backend (api/account.ts): no session, or one identity-js would not use.
  if (!user?.getSignInUserSession()?.isValid()) throw new AuthError('NotAuthorizedException', 'Access Token has been revoked');
  const call = new Call<T>(options.signal, undefined, account.ctx.timeout);
  internals(user).client = new AccountClient(account.ctx.client, call);
  return call.run(() => work(user, call));
}

/** identity-js's node-style callback settling `call` with `value(data)`. */
function settle<T, D>(call: Call<T>, value: (data: D | undefined) => T): (error: unknown, data?: D) => void {
  return (error, data) => (error ? call.fail(toAuthError(error, call.signal)) : call.ok(value(data)));
}

export function getProfile(account: AccountContext, options: CallOptions): Promise<AccountProfile> {
  return onUser<AccountProfile>(account, options, (user, call) =>
    user.getUserData(
      settle(call, (data) => accountProfile((data ?? {}) as unknown as Json)),
      { bypassCache: true },
    ),
  );
}

export function changePassword(account: AccountContext, input: { current: string; proposed: string }, options: CallOptions): Promise<void> {
  return onUser<void>(account, options, (user, call) => user.changePassword(input.current, input.proposed, settle(call, () => undefined)));
}

/** identity-js hands `UpdateUserAttributes`' reply to its callback as the third argument. */
export function updateAttributes(
  account: AccountContext,
  attributes: Readonly<Record<string, string>>,
  options: CallOptions,
): Promise<CodeDelivery[]> {
  const list = Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
  return onUser<CodeDelivery[]>(account, options, (user, call) =>
    user.updateAttributes(list, (error, _result, details) => {
      if (error) return call.fail(toAuthError(error, call.signal));
      const delivered = (details as Json | undefined)?.CodeDeliveryDetailsList;
      call.ok(Array.isArray(delivered) ? delivered.map(codeDelivery) : []);
    }),
  );
}

export function sendAttributeCode(account: AccountContext, name: string, options: CallOptions): Promise<CodeDelivery> {
  return onUser<CodeDelivery>(account, options, (user, call) =>
    user.getAttributeVerificationCode(name, {
      // With `inputVerificationCode`, identity-js hands over the reply (`CodeDeliveryDetails`).
      inputVerificationCode: (data: unknown) => call.ok({ ...codeDelivery((data as Json | undefined)?.CodeDeliveryDetails), attributeName: name }),
      onSuccess: () => call.ok({ ...codeDelivery(undefined), attributeName: name }),
      onFailure: (error) => call.fail(toAuthError(error, call.signal)),
    }),
  );
}

export function verifyAttribute(account: AccountContext, input: { name: string; code: string }, options: CallOptions): Promise<void> {
  return onUser<void>(account, options, (user, call) =>
    user.verifyAttribute(input.name, input.code, {
      onSuccess: () => call.ok(),
      onFailure: (error) => call.fail(toAuthError(error, call.signal)),
    }),
  );
}

/**
 * `setUserMfaPreference(sms, totp)`: only the methods named change (an absent one is left out of
 * the request). It has no email member, so EMAIL is refused before anything is sent.
 */
export function setMfaPreference(account: AccountContext, settings: Partial<Record<MfaType, MfaSetting>>, options: CallOptions): Promise<void> {
  if (settings.EMAIL) {
    return Promise.reject(
      new AuthError(KIT_ERROR_NAMES.unsupported, 'amazon-cognito-identity-js 6 cannot turn email MFA on or off (setUserMfaPreference takes SMS and TOTP only).'),
    );
  }
  // Cognito takes `{Enabled: false}` and leaves an absent member as it is; identity-js's typings want neither.
  const members = mfaPreferenceMembers(settings) as Record<string, IMfaSettings | null>;
  return onUser<void>(account, options, (user, call) =>
    user.setUserMfaPreference(members.SMSMfaSettings, members.SoftwareTokenMfaSettings, settle(call, () => undefined)),
  );
}

export function startTotpSetup(account: AccountContext, options: CallOptions): Promise<{ secretCode: string }> {
  return onUser<{ secretCode: string }>(account, options, (user, call) =>
    user.associateSoftwareToken({
      associateSecretCode: (secretCode) =>
        str(secretCode)
          ? call.ok({ secretCode })
          : call.fail(new AuthError(KIT_ERROR_NAMES.unknown, 'Cognito returned no authenticator-app secret.')),
      onFailure: (error) => call.fail(toAuthError(error, call.signal)),
    }),
  );
}

/** Signed in, identity-js's `verifySoftwareToken` sends the access token and hands over the reply. */
export function finishTotpSetup(account: AccountContext, input: { code: string; deviceName?: string }, options: CallOptions): Promise<void> {
  return onUser<void>(account, options, (user, call) =>
    user.verifySoftwareToken(input.code, input.deviceName as string, {
      onSuccess: (reply: unknown) => {
        const status = (reply as Json | undefined)?.Status;
        if (status !== undefined && status !== 'SUCCESS') return call.fail(new AuthError('CodeMismatchException', 'The code was not accepted.'));
        call.ok();
      },
      onFailure: (error) => call.fail(toAuthError(error, call.signal)),
    }),
  );
}

/** `deleteUser`, which drops what identity-js cached; the user's in-memory session goes too. */
export function deleteAccount(account: AccountContext, options: CallOptions): Promise<void> {
  return onUser<void>(account, options, (user, call) =>
    user.deleteUser((error) => {
      if (error) return call.fail(toAuthError(error, call.signal));
      user.signOut(); // no callback: only local data is dropped (nothing is sent)
      call.ok();
    }),
  );
}
