/**
 * Operation table. Everything not listed passes through to cognito-local, after the access-token
 * check when the body carries one; attribute-verification codes it sends are copied to the outbox.
 */
import { Relay, record, type Context, type Handler, type OperationRequest, type OperationResult } from '../context.js';
import type { Medium } from '../delivery.js';
import { codeDeliveryDetails } from '../delivery.js';
import { poolIdOf } from '../tokens.js';
import { parseJson } from '../upstream.js';
import { attribute } from '../user-store.js';
import { adminResetUserPassword } from './admin.js';
import { getUserAuthFactors } from './auth-factors.js';
import { respondToAuthChallenge } from './challenges.js';
import { confirmDevice, forgetDevice, getDevice, listDevices, updateDeviceStatus } from './devices.js';
import { adminSetUserMfaPreference, associateSoftwareTokenSignedIn, getUser, setUserMfaPreference, verifySoftwareTokenSignedIn } from './mfa-preference.js';
import { associateSoftwareTokenBySession, verifySoftwareTokenBySession } from './mfa-setup.js';
import { completeWebAuthnRegistration, deleteWebAuthnCredential, listWebAuthnCredentials, startWebAuthnRegistration } from './passkeys.js';
import { changePassword, confirmForgotPassword, forgotPassword } from './password.js';
import { getTokensFromRefreshToken } from './refresh.js';
import { initiateAuth } from './sign-in.js';
import { globalSignOut, revokeToken } from './sign-out.js';
import { confirmSignUp, resendConfirmationCode, signUp } from './sign-up.js';

const HANDLERS: Record<string, Handler> = {
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  SignUp: signUp,
  ConfirmSignUp: confirmSignUp,
  ResendConfirmationCode: resendConfirmationCode,
  ForgotPassword: forgotPassword,
  ConfirmForgotPassword: confirmForgotPassword,
  ChangePassword: changePassword,
  GlobalSignOut: globalSignOut,
  RevokeToken: revokeToken,
  AssociateSoftwareToken: bySession(associateSoftwareTokenBySession, associateSoftwareTokenSignedIn),
  VerifySoftwareToken: bySession(verifySoftwareTokenBySession, verifySoftwareTokenSignedIn),
  SetUserMFAPreference: setUserMfaPreference,
  AdminSetUserMFAPreference: adminSetUserMfaPreference,
  GetUser: getUser,
  GetUserAuthFactors: getUserAuthFactors,
  AdminResetUserPassword: adminResetUserPassword,
  GetTokensFromRefreshToken: getTokensFromRefreshToken,
  StartWebAuthnRegistration: startWebAuthnRegistration,
  CompleteWebAuthnRegistration: completeWebAuthnRegistration,
  ListWebAuthnCredentials: listWebAuthnCredentials,
  DeleteWebAuthnCredential: deleteWebAuthnCredential,
  ConfirmDevice: confirmDevice,
  UpdateDeviceStatus: updateDeviceStatus,
  ListDevices: listDevices,
  GetDevice: getDevice,
  ForgetDevice: forgetDevice,
};

/** The MFA_SETUP form of an operation (a Session, no AccessToken), or the signed-in form. */
function bySession(withSession: Handler, signedIn: Handler): Handler {
  return (ctx, request) => (request.body.AccessToken === undefined && request.body.Session !== undefined ? withSession(ctx, request) : signedIn(ctx, request));
}

export function runOperation(ctx: Context, request: OperationRequest): Promise<OperationResult> {
  return (HANDLERS[request.operation] ?? passThrough)(ctx, request);
}

async function passThrough(ctx: Context, { operation, body, raw }: OperationRequest): Promise<OperationResult> {
  const claims = typeof body.AccessToken === 'string' ? await ctx.tokens.checkAccessToken(body.AccessToken) : undefined;
  const relay = await ctx.upstream.forward(operation, raw);
  if (relay.status !== 200 || !claims) return new Relay(relay);
  const result = parseJson(relay.text);
  const user = await ctx.store.findUser(poolIdOf(claims), claims.username);
  // UpdateUserAttributes answers a list; cognito-local's GetUserAttributeVerificationCode answers {}.
  const list = Array.isArray(result.CodeDeliveryDetailsList) ? result.CodeDeliveryDetailsList.map(record) : undefined;
  let details = list ?? [];
  if (operation === 'GetUserAttributeVerificationCode' && user) {
    const name = String(body.AttributeName);
    details = [{ AttributeName: name, DeliveryMedium: name === 'phone_number' ? 'SMS' : 'EMAIL', Destination: attribute(user, name) }];
  }
  if (!details.length) return new Relay(relay);
  const masked = details.map((detail) => {
    const delivery = {
      AttributeName: detail.AttributeName === 'phone_number' ? ('phone_number' as const) : ('email' as const),
      DeliveryMedium: (detail.DeliveryMedium === 'SMS' ? 'SMS' : 'EMAIL') as Medium,
      Destination: String(detail.Destination ?? ''),
    };
    if (user?.AttributeVerificationCode) {
      ctx.outbox.record({
        username: user.Username,
        medium: delivery.DeliveryMedium,
        destination: delivery.Destination,
        code: user.AttributeVerificationCode,
        purpose: 'VERIFY_ATTRIBUTE',
      });
    }
    return codeDeliveryDetails(delivery);
  });
  return list ? { ...result, CodeDeliveryDetailsList: masked } : { ...result, CodeDeliveryDetails: masked[0] };
}
