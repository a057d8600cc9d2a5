/**
 * InitiateAuth and RespondToAuthChallenge. The proxy owns the challenge layer (COGNITO.md §5.5):
 * it verifies the password itself (SRP or plain), then runs USER_PASSWORD_AUTH upstream with the
 * stored password so tokens, MFA and NEW_PASSWORD_REQUIRED still come from cognito-local.
 */
import { Relay, record, type Context, type OperationRequest, type OperationResult } from '../context.js';
import type { ChallengeResult } from '../custom-auth.js';
import { CognitoError, errors } from '../errors.js';
import { enforcePasswordPolicy } from '../password-policy.js';
import type { AuthFlow, ChallengeSession } from '../sessions.js';
import { parseSrpA, startSrp, verifySrp } from '../srp-server.js';
import { decodeJwt } from '../tokens.js';
import type { Json } from '../upstream.js';
import { attribute, type AppClient, type StoredUser } from '../user-store.js';

/** What AWS allows when a client lists no ExplicitAuthFlows. */
const DEFAULT_FLOWS = ['ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

function requireFlow(client: AppClient, flow: string): void {
  const allowed = client.ExplicitAuthFlows?.length ? client.ExplicitAuthFlows : DEFAULT_FLOWS;
  const names = flow === 'REFRESH_TOKEN' ? ['ALLOW_REFRESH_TOKEN_AUTH'] : [`ALLOW_${flow}`, flow];
  if (!names.some((name) => allowed.includes(name))) throw errors.invalidParameter(`${flow} flow not enabled for this client`);
}

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
      if (params.CHALLENGE_NAME === 'SRP_A') return startPasswordVerifier(ctx, client, params, flow, body.ClientMetadata);
      // Custom challenges without SRP need the Create/Verify trigger module (a later issue).
      throw errors.invalidParameter('Custom auth lambda trigger is not configured for the user pool.');
    case 'USER_PASSWORD_AUTH':
      requireFlow(client, flow);
      return passwordAuth(ctx, client, params, body.ClientMetadata);
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      requireFlow(client, flow);
      return refreshTokens(ctx, body, params);
    default:
      // Anything else (USER_AUTH, admin flows): cognito-local's own answer, e.g. CognitoLocal#Unsupported.
      return new Relay(await ctx.upstream.forward('InitiateAuth', JSON.stringify(body)));
  }
}

async function signInUser(ctx: Context, client: AppClient, username: unknown): Promise<StoredUser> {
  if (typeof username !== 'string' || !username) throw errors.invalidParameter('Missing required parameter USERNAME');
  const user = await ctx.store.findUser(client.UserPoolId, username);
  if (!user) throw errors.userNotFound();
  return user;
}

async function startPasswordVerifier(ctx: Context, client: AppClient, params: Json, flow: AuthFlow, clientMetadata: unknown) {
  const A = parseSrpA(params.SRP_A);
  const user = await signInUser(ctx, client, params.USERNAME);
  const { state, challengeParameters } = await startSrp(A, client.UserPoolId, user.Username, user.Password ?? '');
  const session = ctx.sessions.create(
    { clientId: client.ClientId, poolId: client.UserPoolId, username: user.Username, challengeName: 'PASSWORD_VERIFIER', flow, clientMetadata, srp: state },
    client.AuthSessionValidity,
  );
  return { ChallengeName: 'PASSWORD_VERIFIER', ChallengeParameters: challengeParameters, Session: session.id };
}

async function passwordAuth(ctx: Context, client: AppClient, params: Json, clientMetadata: unknown) {
  const user = await signInUser(ctx, client, params.USERNAME);
  if (user.Enabled === false) throw errors.notAuthorized('User is disabled.');
  // Checked here too because cognito-local answers NEW_PASSWORD_REQUIRED before looking at the password.
  if (typeof params.PASSWORD !== 'string' || params.PASSWORD !== user.Password) throw errors.notAuthorized();
  return authenticated(ctx, client, user, 'USER_PASSWORD_AUTH', clientMetadata);
}

/** The password is proven: let cognito-local decide what follows (tokens, MFA, new password, unconfirmed …). */
async function authenticated(ctx: Context, client: AppClient, user: StoredUser, flow: AuthFlow, clientMetadata: unknown) {
  let result: Json;
  try {
    result = await ctx.upstream.call('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: client.ClientId,
      AuthParameters: { USERNAME: user.Username, PASSWORD: user.Password },
      ClientMetadata: clientMetadata,
    });
  } catch (error) {
    throw normaliseSignInError(error);
  }
  return nextStep(ctx, client, user.Username, flow, result, clientMetadata);
}

/** cognito-local's sign-in error names → Cognito's (COGNITO.md §5.2). */
function normaliseSignInError(error: unknown): unknown {
  if (!(error instanceof CognitoError)) return error;
  if (error.type === 'InvalidPasswordException' && error.message === 'Invalid password') return errors.notAuthorized();
  if (error.type === 'NotAuthorizedException' && error.message === 'User not authorized') return errors.userNotFound();
  return error;
}

/** Tokens get Cognito's TokenType/ExpiresIn; a challenge gets a proxy Session in place of cognito-local's. */
async function nextStep(ctx: Context, client: AppClient, username: string, flow: AuthFlow, result: Json, clientMetadata: unknown) {
  const tokens = record(result.AuthenticationResult);
  if (result.AuthenticationResult) {
    ctx.tokens.noteIssued(tokens);
    return { ChallengeParameters: {}, AuthenticationResult: completeTokens(tokens) };
  }
  const challengeName = String(result.ChallengeName);
  if (challengeName === 'SMS_MFA') await recordMfaCode(ctx, client.UserPoolId, username, record(result.ChallengeParameters));
  const session = ctx.sessions.create(
    {
      clientId: client.ClientId,
      poolId: client.UserPoolId,
      username,
      challengeName,
      flow,
      clientMetadata,
      upstreamSession: typeof result.Session === 'string' ? result.Session : undefined,
    },
    client.AuthSessionValidity,
  );
  return { ...result, Session: session.id };
}

function completeTokens(tokens: Json): Json {
  const claims = decodeJwt(tokens.AccessToken)?.payload;
  const expiresIn = claims?.exp && claims.iat ? claims.exp - claims.iat : 3600;
  return { ...tokens, ExpiresIn: expiresIn, TokenType: 'Bearer' };
}

/** cognito-local sends SMS_MFA codes itself (legacy MFAOptions users); copy them to the outbox. */
async function recordMfaCode(ctx: Context, poolId: string, username: string, parameters: Json): Promise<void> {
  const user = await ctx.store.findUser(poolId, username);
  if (!user?.MFACode) return;
  ctx.outbox.record({
    username: user.Username,
    medium: 'SMS',
    destination: String(parameters.CODE_DELIVERY_DESTINATION ?? attribute(user, 'phone_number') ?? ''),
    code: user.MFACode,
    purpose: 'MFA',
  });
}

async function refreshTokens(ctx: Context, body: Json, params: Json) {
  const token = params.REFRESH_TOKEN;
  if (typeof token !== 'string' || !token) throw errors.invalidParameter('Missing required parameter REFRESH_TOKEN');
  if (ctx.tokens.isRefreshTokenRevoked(token)) throw errors.notAuthorized('Refresh Token has been revoked');
  let result: Json;
  try {
    result = await ctx.upstream.call('InitiateAuth', body);
  } catch (error) {
    if (error instanceof CognitoError && error.type === 'NotAuthorizedException') throw errors.notAuthorized('Invalid Refresh Token');
    throw error;
  }
  const tokens = record(result.AuthenticationResult);
  ctx.tokens.noteIssued(tokens, token);
  return { ChallengeParameters: {}, AuthenticationResult: completeTokens(tokens) };
}

export async function respondToAuthChallenge(ctx: Context, { body }: OperationRequest): Promise<OperationResult> {
  const client = await ctx.store.client(body.ClientId);
  const responses = record(body.ChallengeResponses);
  const session = ctx.sessions.open(body.Session, client.ClientId, body.ChallengeName, responses.PASSWORD_CLAIM_SECRET_BLOCK);
  if (session.challengeName === 'PASSWORD_VERIFIER') return answerPasswordVerifier(ctx, client, session, responses);
  return answerUpstreamChallenge(ctx, client, session, body, responses);
}

async function answerPasswordVerifier(ctx: Context, client: AppClient, session: ChallengeSession, responses: Json) {
  ctx.sessions.consume(session); // one attempt per PASSWORD_VERIFIER, as in Cognito
  const user = await ctx.store.findUser(session.poolId, session.username);
  if (!user || !session.srp || !(await verifySrp(session.srp, session.poolId, responses))) throw errors.notAuthorized();
  if (user.Enabled === false) throw errors.notAuthorized('User is disabled.');
  if (session.flow === 'CUSTOM_AUTH') {
    const history: ChallengeResult[] = [
      { challengeName: 'SRP_A', challengeResult: true },
      { challengeName: 'PASSWORD_VERIFIER', challengeResult: true },
    ];
    const verdict = await ctx.customAuth.defineAuthChallenge({
      userName: user.Username,
      request: {
        userAttributes: Object.fromEntries((user.Attributes ?? []).map((a) => [a.Name, a.Value])),
        session: history,
        clientMetadata: record(session.clientMetadata) as Record<string, string>,
        userNotFound: false,
      },
    });
    if (verdict.failAuthentication || !verdict.issueTokens) {
      if (verdict.challengeName === 'CUSTOM_CHALLENGE') throw errors.internal('CUSTOM_CHALLENGE is not implemented by the local Cognito yet');
      throw errors.notAuthorized();
    }
  }
  return authenticated(ctx, client, user, session.flow, session.clientMetadata);
}

/** MFA codes and NEW_PASSWORD_REQUIRED: answered by cognito-local under its own Session. */
async function answerUpstreamChallenge(ctx: Context, client: AppClient, session: ChallengeSession, body: Json, responses: Json) {
  if (session.challengeName === 'NEW_PASSWORD_REQUIRED') {
    const { Options } = await ctx.store.pool(session.poolId);
    enforcePasswordPolicy(responses.NEW_PASSWORD, Options.Policies?.PasswordPolicy, 'NEW_PASSWORD', 'Password does not conform to policy');
  }
  let result: Json;
  try {
    result = await ctx.upstream.call('RespondToAuthChallenge', {
      ...body,
      Session: session.upstreamSession ?? session.id,
      ChallengeResponses: { ...responses, USERNAME: responses.USERNAME ?? session.username },
    });
  } catch (error) {
    // A wrong code may be retried with the same Session; anything else ends it.
    if (!(error instanceof CognitoError && error.type === 'CodeMismatchException')) ctx.sessions.consume(session);
    if (error instanceof CognitoError && error.type === 'CodeMismatchException') {
      throw new CognitoError('CodeMismatchException', 'Invalid code or auth state for the user.');
    }
    throw normaliseSignInError(error);
  }
  ctx.sessions.consume(session);
  return nextStep(ctx, client, session.username, session.flow, result, session.clientMetadata);
}
