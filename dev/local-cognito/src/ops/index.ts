/**
 * Operation table. Everything not listed passes through to cognito-local, after the access-token
 * check when the body carries one.
 */
import { Relay, type Context, type Handler, type OperationRequest, type OperationResult } from '../context.js';
import { adminResetUserPassword } from './admin.js';
import { getUserAttributeVerificationCode, updateUserAttributes, verifyUserAttribute } from './attributes.js';
import { getUserAuthFactors } from './auth-factors.js';
import { respondToAuthChallenge } from './challenges.js';
import { adminDeleteUser, deleteUser } from './delete-user.js';
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
  UpdateUserAttributes: updateUserAttributes,
  GetUserAttributeVerificationCode: getUserAttributeVerificationCode,
  VerifyUserAttribute: verifyUserAttribute,
  DeleteUser: deleteUser,
  AdminDeleteUser: adminDeleteUser,
};

/** The MFA_SETUP form of an operation (a Session, no AccessToken), or the signed-in form. */
function bySession(withSession: Handler, signedIn: Handler): Handler {
  return (ctx, request) => (request.body.AccessToken === undefined && request.body.Session !== undefined ? withSession(ctx, request) : signedIn(ctx, request));
}

export function runOperation(ctx: Context, request: OperationRequest): Promise<OperationResult> {
  return (HANDLERS[request.operation] ?? passThrough)(ctx, request);
}

async function passThrough(ctx: Context, { operation, body, raw }: OperationRequest): Promise<OperationResult> {
  if (typeof body.AccessToken === 'string') await ctx.tokens.checkAccessToken(body.AccessToken);
  return new Relay(await ctx.upstream.forward(operation, raw));
}
