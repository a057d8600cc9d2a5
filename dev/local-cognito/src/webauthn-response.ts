/**
 * Reading what a browser sends back from a passkey ceremony (WebAuthn L3 `toJSON()` shapes, as
 * clients serialise them: docs/cognito.md §8.4): the outer JSON and its clientDataJSON. Anything
 * unreadable is the caller's InvalidParameterException; the cryptography is @simplewebauthn/server's.
 */
import { decodeClientDataJSON, type ClientDataJSON } from '@simplewebauthn/server/helpers';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { errors } from './errors.js';

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** The object itself, or a JSON string of one (RespondToAuthChallenge's CREDENTIAL is a string). */
function credentialObject(value: unknown, name: string): Record<string, unknown> {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw errors.invalidParameter(`${name} is not valid JSON`);
    }
  }
  if (!isObject(parsed) || typeof parsed.id !== 'string' || typeof parsed.rawId !== 'string' || !isObject(parsed.response)) {
    throw errors.invalidParameter(`${name} must be a PublicKeyCredential in JSON form (id, rawId, type, response)`);
  }
  return parsed;
}

export function registrationResponse(value: unknown): RegistrationResponseJSON {
  const credential = credentialObject(value, 'Credential');
  const response = credential.response as Record<string, unknown>;
  if (typeof response.clientDataJSON !== 'string' || typeof response.attestationObject !== 'string') {
    throw errors.invalidParameter('Credential.response needs clientDataJSON and attestationObject');
  }
  return credential as unknown as RegistrationResponseJSON;
}

export function authenticationResponse(value: unknown): AuthenticationResponseJSON {
  const credential = credentialObject(value, 'CREDENTIAL');
  const response = credential.response as Record<string, unknown>;
  if (typeof response.clientDataJSON !== 'string' || typeof response.authenticatorData !== 'string' || typeof response.signature !== 'string') {
    throw errors.invalidParameter('CREDENTIAL.response needs clientDataJSON, authenticatorData and signature');
  }
  return credential as unknown as AuthenticationResponseJSON;
}

/** The decoded clientDataJSON, or undefined when it is not base64url JSON. */
export function clientData(response: { response: { clientDataJSON: string } }): ClientDataJSON | undefined {
  try {
    const data = decodeClientDataJSON(response.response.clientDataJSON);
    return isObject(data) ? data : undefined;
  } catch {
    return undefined;
  }
}
