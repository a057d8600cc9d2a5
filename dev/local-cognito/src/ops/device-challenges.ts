/**
 * The two answers of a remembered device's sign-in (docs/cognito.md §8.6): DEVICE_SRP_AUTH with
 * `DEVICE_KEY` and `SRP_A` starts SRP against the verifier ConfirmDevice stored, and
 * DEVICE_PASSWORD_VERIFIER is checked by the same SRP code as a password, with the DeviceGroupKey
 * as pool name and the DeviceKey as user id. One attempt per Session, as PASSWORD_VERIFIER.
 */
import { hexToBigInt } from '../../../../src/cognito/srp-math.js';
import type { Context } from '../context.js';
import { namedDevice } from '../device-sign-in.js';
import { errors } from '../errors.js';
import type { ChallengeSession } from '../sessions.js';
import { parseSrpA, startSrpWithVerifier, verifySrp } from '../srp-server.js';
import { challenge, issueTokens, type Attempt } from '../steps.js';
import type { Json } from '../upstream.js';

/** `{USERNAME, DEVICE_KEY, SRP_A}` → DEVICE_PASSWORD_VERIFIER `{SALT, SRP_B, SECRET_BLOCK, USERNAME}`. */
export async function answerDeviceSrpAuth(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json): Promise<Json> {
  if (typeof responses.DEVICE_KEY !== 'string' || !responses.DEVICE_KEY) throw errors.invalidParameter('Missing required parameter DEVICE_KEY');
  const A = parseSrpA(responses.SRP_A);
  ctx.sessions.consume(session);
  const device = namedDevice(ctx, attempt);
  if (!device?.confirmed) throw errors.deviceNotFound();
  const { state, challengeParameters } = await startSrpWithVerifier(A, device.confirmed.saltHex, hexToBigInt(device.confirmed.verifierHex), device.deviceKey);
  return challenge(ctx, attempt, 'DEVICE_PASSWORD_VERIFIER', { ...challengeParameters, USERNAME: attempt.username }, { srp: state });
}

/** The device's proof; a wrong one is "Incorrect username or password." and the sign-in starts again. */
export async function answerDevicePasswordVerifier(ctx: Context, attempt: Attempt, session: ChallengeSession, responses: Json, sourceIp?: string): Promise<Json> {
  ctx.sessions.consume(session);
  const poolId = attempt.client.UserPoolId;
  // The key the verifier was started for; a different DEVICE_KEY in this answer is not that device.
  if (!session.srp || attempt.deviceKey !== session.srp.userId) throw errors.notAuthorized();
  const device = namedDevice(ctx, attempt);
  if (!device) throw errors.deviceNotFound();
  if (!(await verifySrp(session.srp, ctx.devices.groupKey(poolId, attempt.username), responses))) throw errors.notAuthorized();
  ctx.devices.update(poolId, attempt.username, device.deviceKey, (stored) => {
    stored.lastAuthenticatedAt = Date.now();
    if (sourceIp) stored.lastIp = sourceIp;
  });
  return issueTokens(ctx, attempt, { deviceKey: device.deviceKey });
}
