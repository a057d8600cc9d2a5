/**
 * A transport over AWS SDK v3 (`@aws-sdk/client-cognito-identity-provider`, an optional peer
 * dependency): for apps that already ship the SDK and want its retries and middleware. This is the
 * only kit module that imports the SDK; reach it as `cognito-auth-flow/cognito/sdk`.
 *
 * Every operation the kit uses is `smithy.api#noAuth` in the SDK (no SigV4, no AWS credentials),
 * so the client gets a no-op credentials provider that is never called for them.
 */
import {
  AssociateSoftwareTokenCommand,
  ChangePasswordCommand,
  CognitoIdentityProviderClient,
  CompleteWebAuthnRegistrationCommand,
  type CognitoIdentityProviderClientConfig,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  VerifyUserAttributeCommand,
  UpdateUserAttributesCommand,
  GetUserAttributeVerificationCodeCommand,
  DeleteUserCommand,
  DeleteWebAuthnCredentialCommand,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  ListWebAuthnCredentialsCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SetUserMFAPreferenceCommand,
  SignUpCommand,
  StartWebAuthnRegistrationCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { abortError, AuthError, KIT_ERROR_NAMES } from '../../core/errors.js';
import { defaultEndpoint, type CognitoTransport, type TransportConfig } from '../transport.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommand = new (input: any) => any;

/** The commands the kit sends, by operation name. Extend with `commands` for more. */
export const SDK_COMMANDS: Readonly<Record<string, AnyCommand>> = {
  AssociateSoftwareToken: AssociateSoftwareTokenCommand,
  ChangePassword: ChangePasswordCommand,
  CompleteWebAuthnRegistration: CompleteWebAuthnRegistrationCommand,
  ConfirmForgotPassword: ConfirmForgotPasswordCommand,
  ConfirmSignUp: ConfirmSignUpCommand,
  VerifyUserAttribute: VerifyUserAttributeCommand,
  UpdateUserAttributes: UpdateUserAttributesCommand,
  GetUserAttributeVerificationCode: GetUserAttributeVerificationCodeCommand,
  DeleteUser: DeleteUserCommand,
  DeleteWebAuthnCredential: DeleteWebAuthnCredentialCommand,
  ForgotPassword: ForgotPasswordCommand,
  GetTokensFromRefreshToken: GetTokensFromRefreshTokenCommand,
  GetUser: GetUserCommand,
  GlobalSignOut: GlobalSignOutCommand,
  InitiateAuth: InitiateAuthCommand,
  ListWebAuthnCredentials: ListWebAuthnCredentialsCommand,
  ResendConfirmationCode: ResendConfirmationCodeCommand,
  RespondToAuthChallenge: RespondToAuthChallengeCommand,
  RevokeToken: RevokeTokenCommand,
  SetUserMFAPreference: SetUserMFAPreferenceCommand,
  SignUp: SignUpCommand,
  StartWebAuthnRegistration: StartWebAuthnRegistrationCommand,
  VerifySoftwareToken: VerifySoftwareTokenCommand,
};

export interface SdkTransportConfig extends TransportConfig {
  /** Your own client (its region, endpoint, retry and middleware win); built from the config when absent. */
  client?: CognitoIdentityProviderClient;
  /** Extra client options (e.g. `requestHandler`, `maxAttempts`) when the transport builds the client. */
  clientConfig?: Partial<CognitoIdentityProviderClientConfig>;
  /** Extra or replacement commands by operation name. */
  commands?: Record<string, AnyCommand>;
}

/** An SDK failure as the kit's `AuthError`: service exceptions keep their name. */
export function toAuthError(error: unknown, signal?: AbortSignal): AuthError {
  if (error instanceof AuthError) return error;
  const e = error as { name?: unknown; message?: unknown; $fault?: unknown; $metadata?: unknown } | null;
  const name = typeof e?.name === 'string' ? e.name : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  if (signal?.aborted || name === 'AbortError' || name === 'TimeoutError') {
    return abortError(error);
  }
  if (e && (e.$fault === 'client' || e.$fault === 'server') && name) {
    return new AuthError(name, message || name);
  }
  if (name === 'TypeError' || /network|fetch|socket|ECONN|ETIMEDOUT|ENOTFOUND/i.test(`${name} ${message}`)) {
    return new AuthError(KIT_ERROR_NAMES.network, 'The network request failed.', { cause: error });
  }
  return new AuthError(KIT_ERROR_NAMES.unknown, message || 'Unexpected SDK failure.', { cause: error });
}

export function createSdkTransport(config: SdkTransportConfig): CognitoTransport {
  const client =
    config.client ??
    new CognitoIdentityProviderClient({
      region: config.region,
      endpoint: config.endpoint ?? defaultEndpoint(config.region),
      // Never used by noAuth operations; stops the SDK from hunting for AWS credentials.
      credentials: async () => ({ accessKeyId: 'unused', secretAccessKey: 'unused' }),
      ...config.clientConfig,
    });
  const commands = { ...SDK_COMMANDS, ...config.commands };
  return {
    async call(operation, input, signal) {
      const Command = Object.hasOwn(commands, operation) ? commands[operation] : undefined;
      if (!Command) throw new AuthError(KIT_ERROR_NAMES.unknown, `The SDK transport has no command for ${operation}.`);
      if (signal?.aborted) throw toAuthError(signal.reason, signal);
      try {
        const output = (await client.send(new Command(input), { abortSignal: signal })) as unknown as Record<string, unknown>;
        const { $metadata: _metadata, ...rest } = output;
        return rest;
      } catch (error) {
        throw toAuthError(error, signal);
      }
    },
  };
}

/** Pass as `CognitoApiBackend`'s `transport` option. */
