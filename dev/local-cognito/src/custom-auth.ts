/**
 * CUSTOM_AUTH seam. The trigger shapes follow AWS (COGNITO.md §5.5 item 2) so a later trigger
 * module (Define/Create/VerifyAuthChallenge, e.g. an email code) plugs in here. Until then only
 * CUSTOM_AUTH with SRP_A is served, by a built-in Define that issues tokens once the password
 * verifier succeeded: a local stand-in, not something Cognito does without a trigger.
 */
export interface ChallengeResult {
  challengeName: string;
  challengeResult: boolean;
  challengeMetadata?: string;
}

export interface DefineAuthChallengeEvent {
  userName: string;
  request: {
    userAttributes: Record<string, string>;
    session: ChallengeResult[];
    clientMetadata?: Record<string, string>;
    userNotFound: boolean;
  };
}

export interface DefineAuthChallengeResult {
  challengeName?: string;
  issueTokens: boolean;
  failAuthentication: boolean;
}

export interface CustomAuthTriggers {
  defineAuthChallenge(event: DefineAuthChallengeEvent): Promise<DefineAuthChallengeResult>;
}

export const passwordOnlyTriggers: CustomAuthTriggers = {
  async defineAuthChallenge({ request }) {
    const last = request.session.at(-1);
    if (last?.challengeName === 'PASSWORD_VERIFIER' && last.challengeResult) {
      return { issueTokens: true, failAuthentication: false };
    }
    return { issueTokens: false, failAuthentication: true };
  },
};
