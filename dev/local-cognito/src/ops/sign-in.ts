/**
 * InitiateAuth and the PASSWORD_VERIFIER answer: the first factor. The proxy checks the password
 * itself (SRP-6a or plain) with Cognito's lockout and AdminResetUserPassword rules, starts custom
 * auth through the Define trigger, hands USER_AUTH to user-auth.ts, and hands over to steps.ts for
 * what follows.
 */
import { requireFlow } from '../client-flows.js';
import { Relay, record, type Context, type OperationRequest, type OperationResult } from '../context.js';
import type { ChallengeResult } from '../custom-auth.js';
import { answerDeviceKey, deviceKeyParameter, namedDevice } from '../device-sign-in.js';
import { errors } from '../errors.js';
import type { AuthFlow, ChallengeSession } from '../sessions.js';
import { parseSrpA, startSrp, verifySrp } from '../srp-server.js';
import { afterFirstFactor, continueCustomAuth, type Attempt } from '../steps.js';
import { refreshTokenAuth, refuseRefreshAuthWhenRotating } from './refresh.js';
import { userAuth } from './user-auth.js';
import type { Json } from '../upstream.js';
import { poolName, type AppClient, type StoredUser } from '../user-store.js';

export async function initiateAuth(ctx: Context, { body }: OperationRequest): Promise<OperationResult> {
  const client = await ctx.store.client(body.ClientId);
  const params = record(body.AuthParameters);
  const flow = body.AuthFlow;
  switch (flow) {
    case 'USER_SRP_AUTH':
      requireFlow(client, flow);
      return startPasswordVerifier(ctx, client, params, flow, body.ClientMetadata);
    case 'CUSTOM_AUTH':
      requireFlow(client, flow);
      return startCustomAuth(ctx, client, params, body.ClientMetadata);
    case 'USER_PASSWORD_AUTH':
      requireFlow(client, flow);
      return passwordAuth(ctx, client, params, body.ClientMetadata);
    case 'USER_AUTH':
      requireFlow(client, flow);
      return userAuth(ctx, client, body);
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      refuseRefreshAuthWhenRotating(ctx, client);
      requireFlow(client, flow);
      return refreshTokenAuth(ctx, client, params);
    default:
      // Anything else (admin flows): cognito-local's own answer, e.g. CognitoLocal#Unsupported.
      return new Relay(await ctx.upstream.forward('InitiateAuth', JSON.stringify(body)));
  }
}

export async function signInUser(ctx: Context, client: AppClient, username: unknown): Promise<StoredUser> {
  if (typeof username !== 'string' || !username) throw errors.invalidParameter('Missing required parameter USERNAME');
  const user = await ctx.store.findUser(client.UserPoolId, username);
  if (!user) throw errors.userNotFound();
  return user;
}

/** A password flow may not start while AdminResetUserPassword is pending. */
export function refuseIfResetRequired(ctx: Context, poolId: string, user: StoredUser): void {
  if (user.UserStatus === 'RESET_REQUIRED' || ctx.profiles.get(poolId, user.Username).resetRequired) throw errors.passwordResetRequired();
}

export async function startPasswordVerifier(
  ctx: Context,
  client: AppClient,
  params: Json,
  flow: AuthFlow,
  clientMetadata: unknown,
  user?: StoredUser,
  history?: ChallengeResult[],
  deviceKey = deviceKeyParameter(params.DEVICE_KEY),
) {
  const A = parseSrpA(params.SRP_A);
  user ??= await signInUser(ctx, client, params.USERNAME);
  refuseIfResetRequired(ctx, client.UserPoolId, user);
  const { state, challengeParameters } = await startSrp(A, client.UserPoolId, user.Username, user.Password ?? '');
  const session = ctx.sessions.create(
    {
      clientId: client.ClientId,
      poolId: client.UserPoolId,
      username: user.Username,
      challengeName: 'PASSWORD_VERIFIER',
      flow,
      clientMetadata,
      srp: state,
      custom: history && { history },
      ...(deviceKey ? { deviceKey } : {}),
    },
    client.AuthSessionValidity,
  );
  return { ChallengeName: 'PASSWORD_VERIFIER', ChallengeParameters: challengeParameters, Session: session.id };
}

/** Define decides from the start: with SRP_A it is told so (and usually asks for PASSWORD_VERIFIER). */
async function startCustomAuth(ctx: Context, client: AppClient, params: Json, clientMetadata: unknown) {
  const withSrp = params.CHALLENGE_NAME === 'SRP_A';
  if (withSrp) parseSrpA(params.SRP_A);
  const user = await signInUser(ctx, client, params.USERNAME);
  if (user.Enabled === false) throw errors.notAuthorized('User is disabled.');
  if (user.UserStatus === 'UNCONFIRMED') throw errors.userNotConfirmed();
  if (withSrp) refuseIfResetRequired(ctx, client.UserPoolId, user);
  const attempt: Attempt = { client, username: user.Username, flow: 'CUSTOM_AUTH', clientMetadata, deviceKey: deviceKeyParameter(params.DEVICE_KEY) };
  const history: ChallengeResult[] = withSrp ? [{ challengeName: 'SRP_A', challengeResult: true }] : [];
  return continueCustomAuth(ctx, attempt, user, history, (soFar) =>
    startPasswordVerifier(ctx, client, params, 'CUSTOM_AUTH', clientMetadata, user, soFar),
  );
}

async function passwordAuth(ctx: Context, client: AppClient, params: Json, clientMetadata: unknown) {
  const user = await signInUser(ctx, client, params.USERNAME);
  if (user.Enabled === false) throw errors.notAuthorized('User is disabled.');
  refuseIfResetRequired(ctx, client.UserPoolId, user);
  checkPassword(ctx, client.UserPoolId, user, params.PASSWORD);
  return afterFirstFactor(ctx, { client, username: user.Username, flow: 'USER_PASSWORD_AUTH', clientMetadata, deviceKey: deviceKeyParameter(params.DEVICE_KEY) }, user);
}

/**
 * A plain password against the stored one, under the lockout. Checked here because cognito-local
 * answers NEW_PASSWORD_REQUIRED before looking at the password. A passwordless user has none.
 */
export function checkPassword(ctx: Context, poolId: string, user: StoredUser, password: unknown): void {
  ctx.lockout.check(poolId, user.Username);
  if (typeof password !== 'string' || password !== user.Password || hasNoPassword(ctx, poolId, user)) {
    ctx.lockout.failed(poolId, user.Username);
    throw errors.notAuthorized();
  }
  ctx.lockout.succeeded(poolId, user.Username);
}

/** Signed up without a password: cognito-local holds a random one that no client knows. */
function hasNoPassword(ctx: Context, poolId: string, user: StoredUser): boolean {
  return !!ctx.profiles.get(poolId, user.Username).passwordless;
}

/** One attempt per PASSWORD_VERIFIER, as in Cognito; in CUSTOM_AUTH the result goes to Define. */
export async function answerPasswordVerifier(ctx: Context, client: AppClient, session: ChallengeSession, responses: Json) {
  const deviceKey = answerDeviceKey(responses, session);
  // A forgotten device leaves the Session unspent: identity-js answers again, same proof, without the key.
  namedDevice(ctx, { client, username: session.username, deviceKey });
  ctx.sessions.consume(session);
  const user = await ctx.store.findUser(session.poolId, session.username);
  if (!user || !session.srp) throw errors.notAuthorized();
  ctx.lockout.check(session.poolId, user.Username);
  const valid = (await verifySrp(session.srp, poolName(session.poolId), responses)) && !hasNoPassword(ctx, session.poolId, user);
  if (valid) ctx.lockout.succeeded(session.poolId, user.Username);
  else ctx.lockout.failed(session.poolId, user.Username);
  if (valid && user.Enabled === false) throw errors.notAuthorized('User is disabled.');
  const attempt: Attempt = { client, username: user.Username, flow: session.flow, clientMetadata: session.clientMetadata, deviceKey };
  if (session.flow === 'CUSTOM_AUTH') {
    const history = [...(session.custom?.history ?? []), { challengeName: 'PASSWORD_VERIFIER', challengeResult: valid }];
    return continueCustomAuth(ctx, attempt, user, history);
  }
  if (!valid) throw errors.notAuthorized();
  return afterFirstFactor(ctx, attempt, user);
}
