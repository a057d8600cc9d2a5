/**
 * The stand-in identity providers (seed/manifest.json `identityProviders`): their Cognito names and
 * types, the `idp_identifier` values that pick them, and the test identities their pages offer.
 * Tests may add identities at run time (`POST /_local/identity-providers/NAME/identities`), kept in
 * memory only, so a test can sign in as someone no other test has used.
 */
import { CognitoError, errors } from '../errors.js';

/** Cognito's `ProviderType` (API_ProviderDescription). */
export const PROVIDER_TYPES = ['Google', 'Facebook', 'SignInWithApple', 'LoginWithAmazon', 'OIDC', 'SAML'] as const;
export type ProviderType = (typeof PROVIDER_TYPES)[number];

/** One person the stand-in provider can sign in, with what the provider tells Cognito about them. */
export interface TestIdentity {
  /** The provider's own id: `sub` for OIDC and social providers, the NameID for SAML. */
  userId: string;
  /** What the provider's page shows, e.g. "Ada Lovelace". */
  label: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
  givenName?: string;
  familyName?: string;
}

export interface IdentityProvider {
  /** The name clients send as `identity_provider` and list in `SupportedIdentityProviders`. */
  name: string;
  type: ProviderType;
  /** What buttons and pages call it. */
  label: string;
  /** The `issuer` of the `identities` claim: SAML and OIDC providers have one, social providers null. */
  issuer: string | null;
  /** `IdpIdentifiers`: values of `idp_identifier` that choose this provider (e.g. an email domain). */
  identifiers: string[];
  /** The error the provider itself answers when the person cancels; Cognito relays it (docs/cognito.md §8.5). */
  cancelError: string;
  identities: TestIdentity[];
}

const IDENTITY_KEYS = new Set(['userId', 'label', 'email', 'emailVerified', 'name', 'givenName', 'familyName']);

export class IdentityProviderCatalogue {
  private readonly providers: IdentityProvider[];
  /** The seeded list, for `GET /_local/config` (added identities are not part of the seed). */
  readonly seeded: readonly IdentityProvider[];

  constructor(seeded: readonly IdentityProvider[]) {
    this.seeded = structuredClone(seeded);
    this.providers = structuredClone([...seeded]);
  }

  list(): IdentityProvider[] {
    return structuredClone(this.providers);
  }

  names(): string[] {
    return this.providers.map((provider) => provider.name);
  }

  byName(name: string): IdentityProvider | undefined {
    return this.providers.find((provider) => provider.name === name);
  }

  /** `idp_identifier` matches one of a provider's identifiers, case-insensitively as domains are. */
  byIdentifier(identifier: string): IdentityProvider | undefined {
    const wanted = identifier.toLowerCase();
    return this.providers.find((provider) => provider.identifiers.some((value) => value.toLowerCase() === wanted));
  }

  identity(providerName: string, userId: string): TestIdentity | undefined {
    return this.byName(providerName)?.identities.find((identity) => identity.userId === userId);
  }

  /** A test identity added at run time; the same `userId` twice is refused. */
  addIdentity(providerName: string, spec: unknown): TestIdentity {
    const provider = this.byName(providerName);
    if (!provider) throw new CognitoError('ResourceNotFoundException', `No identity provider ${providerName}`, 404);
    const identity = parseIdentity(spec);
    if (provider.identities.some((known) => known.userId === identity.userId)) {
      throw errors.invalidParameter(`${providerName} already has an identity with userId ${identity.userId}`);
    }
    provider.identities.push(identity);
    return structuredClone(identity);
  }
}

function parseIdentity(spec: unknown): TestIdentity {
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) throw errors.invalidParameter('The identity must be a JSON object');
  const fields = spec as Record<string, unknown>;
  const unknown = Object.keys(fields).find((key) => !IDENTITY_KEYS.has(key));
  if (unknown) throw errors.invalidParameter(`Unknown field ${unknown}`);
  const text = (key: string, required = false) => {
    const value = fields[key];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || !value) throw errors.invalidParameter(`${key} must be a non-empty string`);
    return value;
  };
  const userId = text('userId', true)!;
  if (/\s/.test(userId)) throw errors.invalidParameter('userId must not contain white space');
  if (fields.emailVerified !== undefined && typeof fields.emailVerified !== 'boolean') throw errors.invalidParameter('emailVerified must be true or false');
  const identity: TestIdentity = { userId, label: text('label') ?? text('name') ?? userId };
  for (const key of ['email', 'name', 'givenName', 'familyName'] as const) {
    const value = text(key);
    if (value !== undefined) identity[key] = value;
  }
  if (fields.emailVerified !== undefined) identity.emailVerified = fields.emailVerified as boolean;
  return identity;
}
