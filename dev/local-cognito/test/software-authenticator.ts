/**
 * A passkey authenticator in software, for tests: an ECDSA P-256 key (node:crypto) that answers
 * creation options with a `none` attestation and request options with a signed assertion, in the
 * JSON form browser clients send (WebAuthn L3 `toJSON()`), with a knob for every part a test may break.
 * CBOR comes from @simplewebauthn/server's helpers (the same encoder the verifier decodes with).
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_CREDENTIAL = 0x40;
const ES256 = -7;

export interface CeremonyOptions {
  /** clientDataJSON.origin; default http://localhost:5173 (a dev server). */
  origin?: string;
  /** The RP ID hashed into authenticatorData; default the options' own. */
  rpId?: string;
  /** clientDataJSON.challenge; default the options' own. */
  challenge?: string;
  /** clientDataJSON.type; default webauthn.create / webauthn.get. */
  type?: string;
  /** UV flag; default true. */
  userVerified?: boolean;
  /** UP flag; default true. */
  userPresent?: boolean;
}

export interface RegistrationOptions extends CeremonyOptions {
  /** The COSE `alg` written into the public key (a lie, to test refusals); default ES256. */
  coseAlgorithm?: number;
  /** Attestation format; default none. */
  format?: string;
}

export interface AssertionOptions extends CeremonyOptions {
  /** The counter to report; default one more than the last. */
  signCount?: number;
  /** Flip a bit of the signature. */
  tamperSignature?: boolean;
  /** Answer as another credential id (e.g. one not offered). */
  credentialId?: string;
  /** userHandle to send; default this authenticator's, null for none. */
  userHandle?: string | null;
}

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

export class SoftwareAuthenticator {
  /** The counter of the last assertion (or registration). */
  signCount = 0;

  constructor(
    readonly privateKey: KeyObject,
    readonly credentialId: string,
    /** base64url of the user's `sub`, as Cognito's creation options set `user.id`. */
    public userHandle?: string,
  ) {}

  static create(): SoftwareAuthenticator {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    return new SoftwareAuthenticator(privateKey, b64url(randomBytes(32)));
  }

  /** A key kept as base64 PKCS#8 (the form Chromium's virtual authenticator takes in WebAuthn.addCredential). */
  static fromPkcs8(pkcs8Base64: string, credentialId: string, userHandle?: string): SoftwareAuthenticator {
    return new SoftwareAuthenticator(createPrivateKey({ key: Buffer.from(pkcs8Base64, 'base64'), format: 'der', type: 'pkcs8' }), credentialId, userHandle);
  }

  get pkcs8Base64(): string {
    return this.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  }

  /** The COSE_Key of the public half. */
  publicKeyCose(algorithm = ES256): Uint8Array {
    const jwk = createPublicKey(this.privateKey).export({ format: 'jwk' });
    const key = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, algorithm],
      [-1, 1], // crv: P-256
      [-2, Buffer.from(jwk.x as string, 'base64url')],
      [-3, Buffer.from(jwk.y as string, 'base64url')],
    ]);
    return isoCBOR.encode(key);
  }

  get publicKeyCoseBase64url(): string {
    return b64url(this.publicKeyCose());
  }

  /** `navigator.credentials.create()` answered, from StartWebAuthnRegistration's CredentialCreationOptions. */
  register(creation: { challenge: string; rp: { id: string }; user?: { id: string } }, options: RegistrationOptions = {}) {
    if (creation.user?.id) this.userHandle = creation.user.id;
    const clientDataJSON = this.clientData(options.type ?? 'webauthn.create', options.challenge ?? creation.challenge, options);
    const id = Buffer.from(this.credentialId, 'base64url');
    const length = Buffer.alloc(2);
    length.writeUInt16BE(id.length);
    const authData = Buffer.concat([
      this.authDataHead(options.rpId ?? creation.rp.id, options, FLAG_ATTESTED_CREDENTIAL, this.signCount),
      Buffer.alloc(16), // AAGUID: none
      length,
      id,
      this.publicKeyCose(options.coseAlgorithm ?? ES256),
    ]);
    const attestation = new Map<string, string | Uint8Array | Map<string, string>>();
    attestation.set('fmt', options.format ?? 'none');
    attestation.set('attStmt', new Map<string, string>());
    attestation.set('authData', authData);
    const attestationObject = isoCBOR.encode(attestation);
    return {
      id: this.credentialId,
      rawId: this.credentialId,
      type: 'public-key',
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
        publicKeyAlgorithm: ES256,
        authenticatorData: b64url(authData),
      },
    };
  }

  /** `navigator.credentials.get()` answered, from the parsed CREDENTIAL_REQUEST_OPTIONS. */
  assert(request: { challenge: string; rpId: string }, options: AssertionOptions = {}) {
    this.signCount = options.signCount ?? this.signCount + 1;
    const clientDataJSON = this.clientData(options.type ?? 'webauthn.get', options.challenge ?? request.challenge, options);
    const authData = this.authDataHead(options.rpId ?? request.rpId, options, 0, this.signCount);
    const signature = sign('sha256', Buffer.concat([authData, sha256(clientDataJSON)]), { key: this.privateKey, dsaEncoding: 'der' });
    if (options.tamperSignature) signature[signature.length - 1] ^= 0x01;
    const credentialId = options.credentialId ?? this.credentialId;
    const userHandle = options.userHandle === undefined ? this.userHandle : options.userHandle;
    return {
      id: credentialId,
      rawId: credentialId,
      type: 'public-key',
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        ...(userHandle ? { userHandle } : {}),
      },
    };
  }

  private clientData(type: string, challenge: string, options: CeremonyOptions): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: options.origin ?? 'http://localhost:5173', crossOrigin: false }));
  }

  private authDataHead(rpId: string, options: CeremonyOptions, extraFlags: number, signCount: number): Buffer {
    let flags = extraFlags;
    if (options.userPresent !== false) flags |= FLAG_USER_PRESENT;
    if (options.userVerified !== false) flags |= FLAG_USER_VERIFIED;
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(signCount);
    return Buffer.concat([sha256(rpId), Buffer.from([flags]), counter]);
  }
}
