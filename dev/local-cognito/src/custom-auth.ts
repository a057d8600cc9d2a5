/**
 * CUSTOM_AUTH's trigger seam (docs/cognito.md §8.1): the Define/Create/VerifyAuthChallenge Lambda
 * event shapes as AWS documents them for those triggers, loading a trigger module, and calling its
 * handlers the way Cognito does. A handler gets the event and returns it (or changes
 * `event.response` in place), as a Lambda would. Its second argument is the local stand-in for
 * SES/SNS: `deliver` puts a message in the outbox. A handler that throws, or answers nonsense, fails
 * the sign-in with the exception Cognito uses for a broken trigger (UserLambdaValidationException /
 * InvalidLambdaResponseException).
 */
import { pathToFileURL } from 'node:url';
import { CognitoError } from './errors.js';
import type { Medium } from './delivery.js';

export interface ChallengeResult {
  challengeName: string;
  challengeResult: boolean;
  challengeMetadata?: string;
}

interface TriggerEvent<Source extends string, Request, Response> {
  version: '1';
  region: string;
  userPoolId: string;
  userName: string;
  callerContext: { awsSdkVersion: string; clientId: string };
  triggerSource: Source;
  request: Request;
  response: Response;
}

interface CommonRequest {
  userAttributes: Record<string, string>;
  clientMetadata?: Record<string, string>;
  userNotFound: boolean;
}

export type DefineAuthChallengeEvent = TriggerEvent<
  'DefineAuthChallenge_Authentication',
  CommonRequest & { session: ChallengeResult[] },
  { challengeName?: string; issueTokens?: boolean; failAuthentication?: boolean }
>;

export type CreateAuthChallengeEvent = TriggerEvent<
  'CreateAuthChallenge_Authentication',
  CommonRequest & { challengeName: string; session: ChallengeResult[] },
  { publicChallengeParameters?: Record<string, string>; privateChallengeParameters?: Record<string, string>; challengeMetadata?: string }
>;

export type VerifyAuthChallengeResponseEvent = TriggerEvent<
  'VerifyAuthChallengeResponse_Authentication',
  CommonRequest & { privateChallengeParameters: Record<string, string>; challengeAnswer: string },
  { answerCorrect?: boolean }
>;

/** What a trigger may use besides its event: where "sent" messages go, and the code generator (CODE= aware). */
export interface LocalServices {
  deliver(message: { username: string; medium: Medium; destination: string; code: string }): void;
  generateCode(): string;
}

type Handler<E> = (event: E, local: LocalServices) => E | void | Promise<E | void>;

export interface CustomAuthTriggers {
  defineAuthChallenge: Handler<DefineAuthChallengeEvent>;
  createAuthChallenge: Handler<CreateAuthChallengeEvent>;
  verifyAuthChallengeResponse: Handler<VerifyAuthChallengeResponseEvent>;
}

export const DEFAULT_TRIGGERS_MODULE = new URL('../triggers/custom-auth.ts', import.meta.url).href;

export async function loadTriggers(module: string = DEFAULT_TRIGGERS_MODULE): Promise<CustomAuthTriggers> {
  const url = /^[a-z]+:/i.test(module) ? module : pathToFileURL(module).href;
  const loaded = (await import(url)) as Partial<CustomAuthTriggers>;
  for (const name of ['defineAuthChallenge', 'createAuthChallenge', 'verifyAuthChallengeResponse'] as const) {
    if (typeof loaded[name] !== 'function') throw new Error(`${module} does not export ${name}`);
  }
  return loaded as CustomAuthTriggers;
}

/** Who is signing in, as every trigger event names them. */
export interface TriggerContext {
  poolId: string;
  clientId: string;
  userName: string;
  userAttributes: Record<string, string>;
  clientMetadata?: Record<string, string>;
}

const LAMBDA_NAMES = {
  defineAuthChallenge: 'DefineAuthChallenge',
  createAuthChallenge: 'CreateAuthChallenge',
  verifyAuthChallengeResponse: 'VerifyAuthChallengeResponse',
} as const;

export class CustomAuth {
  constructor(
    private readonly triggers: CustomAuthTriggers,
    private readonly local: LocalServices,
  ) {}

  async define(who: TriggerContext, session: ChallengeResult[]) {
    const response = await this.run('defineAuthChallenge', 'DefineAuthChallenge_Authentication', who, { session: structuredClone(session) });
    return {
      challengeName: typeof response.challengeName === 'string' ? response.challengeName : undefined,
      issueTokens: response.issueTokens === true,
      failAuthentication: response.failAuthentication === true,
    };
  }

  async create(who: TriggerContext, session: ChallengeResult[]) {
    const response = await this.run('createAuthChallenge', 'CreateAuthChallenge_Authentication', who, {
      challengeName: 'CUSTOM_CHALLENGE',
      session: structuredClone(session),
    });
    return {
      publicChallengeParameters: strings(response.publicChallengeParameters, 'publicChallengeParameters'),
      privateChallengeParameters: strings(response.privateChallengeParameters, 'privateChallengeParameters'),
      challengeMetadata: typeof response.challengeMetadata === 'string' ? response.challengeMetadata : undefined,
    };
  }

  async verify(who: TriggerContext, privateChallengeParameters: Record<string, string>, challengeAnswer: string): Promise<boolean> {
    const response = await this.run('verifyAuthChallengeResponse', 'VerifyAuthChallengeResponse_Authentication', who, {
      privateChallengeParameters: { ...privateChallengeParameters },
      challengeAnswer,
    });
    return response.answerCorrect === true;
  }

  private async run<K extends keyof CustomAuthTriggers>(
    name: K,
    triggerSource: string,
    who: TriggerContext,
    request: object,
  ): Promise<Record<string, unknown>> {
    const event = {
      version: '1',
      region: who.poolId.split('_')[0],
      userPoolId: who.poolId,
      userName: who.userName,
      callerContext: { awsSdkVersion: 'local-cognito', clientId: who.clientId },
      triggerSource,
      request: { userAttributes: { ...who.userAttributes }, clientMetadata: who.clientMetadata, userNotFound: false, ...request },
      response: {},
    };
    let result: unknown;
    try {
      const handler = this.triggers[name] as unknown as Handler<typeof event>;
      result = (await handler(event, this.local)) ?? event;
    } catch (error) {
      throw new CognitoError('UserLambdaValidationException', `${LAMBDA_NAMES[name]} failed with error ${error instanceof Error ? error.message : String(error)}.`);
    }
    const response = (result as { response?: unknown }).response;
    if (!response || typeof response !== 'object') {
      throw new CognitoError('InvalidLambdaResponseException', `Invalid ${LAMBDA_NAMES[name]} response`);
    }
    return response as Record<string, unknown>;
  }
}

/** Challenge parameters are string maps; anything else is an invalid Lambda response. */
function strings(value: unknown, name: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new CognitoError('InvalidLambdaResponseException', `Invalid CreateAuthChallenge response: ${name} must be a map`);
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}
