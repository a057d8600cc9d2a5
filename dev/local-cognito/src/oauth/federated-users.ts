/**
 * Users linked to a provider identity, as Cognito makes them at a first federated sign-in: username
 * `<ProviderName>_<provider's user id>` (lower-cased by the `federatedUsernameCase` setting), the
 * provider's attributes mapped onto the pool's (email, email_verified, name, given_name,
 * family_name), an `identities` attribute holding the JSON list the ID token's `identities` claim
 * shows, and membership of the group `<poolId>_<ProviderName>` that Cognito creates per provider.
 * Later sign-ins with the same identity reuse the user and refresh the mapped attributes.
 * cognito-local holds the user (with a password nobody knows); its status is CONFIRMED where
 * Cognito's is EXTERNAL_PROVIDER (docs/cognito.md §8.5).
 */
import type { Context } from '../context.js';
import { unknowablePassword } from '../ops/sign-up.js';
import type { StoredAttribute, StoredUser } from '../user-store.js';
import type { IdentityProvider, TestIdentity } from './identity-providers.js';

/** One entry of the `identities` attribute and claim, in Cognito's shape (strings, `primary` "true"). */
export interface LinkedIdentity {
  userId: string;
  providerName: string;
  providerType: string;
  issuer: string | null;
  primary: string;
  dateCreated: string;
}

export interface FederatedUser {
  username: string;
  sub?: string;
  identities: LinkedIdentity[];
  attributes: Record<string, string>;
  enabled: boolean;
}

export class FederatedUsers {
  /** Group creations in flight or done (CreateGroup in cognito-local replaces a group's members). */
  private readonly groups = new Map<string, Promise<void>>();
  /** Sign-ins in flight per identity, so two first sign-ins at once make one user. */
  private readonly linking = new Map<string, Promise<unknown>>();

  /** The username of the user linked to `identity`, created at the first sign-in. */
  link(ctx: Context, poolId: string, provider: IdentityProvider, identity: TestIdentity): Promise<string> {
    const key = `${poolId}/${provider.name}/${identity.userId}`;
    const linkNow = () => this.linkNow(ctx, poolId, provider, identity);
    const run = (this.linking.get(key) ?? Promise.resolve()).then(linkNow, linkNow);
    this.linking.set(key, run);
    run.finally(() => this.linking.get(key) === run && this.linking.delete(key)).catch(() => undefined);
    return run;
  }

  private async linkNow(ctx: Context, poolId: string, provider: IdentityProvider, identity: TestIdentity): Promise<string> {
    const mapped = mappedAttributes(identity);
    const existing = await findLinked(ctx, poolId, provider.name, identity.userId);
    if (existing) {
      const changed = mapped.filter((attribute) => existing.Attributes?.find((a) => a.Name === attribute.Name)?.Value !== attribute.Value);
      if (changed.length) await ctx.upstream.call('AdminUpdateUserAttributes', { UserPoolId: poolId, Username: existing.Username, UserAttributes: changed });
      return existing.Username;
    }
    const username = federatedUsername(provider.name, identity.userId, ctx.settings.current.federatedUsernameCase);
    const linked: LinkedIdentity = {
      userId: identity.userId,
      providerName: provider.name,
      providerType: provider.type,
      issuer: provider.issuer,
      primary: 'true',
      dateCreated: String(Date.now()),
    };
    await ctx.upstream.call('AdminCreateUser', {
      UserPoolId: poolId,
      Username: username,
      TemporaryPassword: unknowablePassword(),
      MessageAction: 'SUPPRESS',
      UserAttributes: [...mapped, { Name: 'identities', Value: JSON.stringify([linked]) }],
    });
    await ctx.upstream.call('AdminSetUserPassword', { UserPoolId: poolId, Username: username, Password: unknowablePassword(), Permanent: true });
    const group = `${poolId}_${provider.name}`;
    await this.ensureGroup(ctx, poolId, group, provider);
    await ctx.upstream.call('AdminAddUserToGroup', { UserPoolId: poolId, Username: username, GroupName: group });
    return username;
  }

  private ensureGroup(ctx: Context, poolId: string, group: string, provider: IdentityProvider): Promise<void> {
    let done = this.groups.get(group);
    if (!done) {
      done = (async () => {
        // ListGroups rather than GetGroup: cognito-local answers a missing group with HTTP 500.
        const { Groups = [] } = await ctx.upstream.call<{ Groups?: { GroupName: string }[] }>('ListGroups', { UserPoolId: poolId });
        if (Groups.some((known) => known.GroupName === group)) return;
        await ctx.upstream.call('CreateGroup', { UserPoolId: poolId, GroupName: group, Description: `Users signed in through ${provider.label} (created automatically)` });
      })();
      done.catch(() => this.groups.delete(group));
      this.groups.set(group, done);
    }
    return done;
  }

  /** Every linked user of the pool, oldest first, optionally of one provider. */
  async list(ctx: Context, poolId: string, providerName?: string | null): Promise<FederatedUser[]> {
    const { Users } = await ctx.store.pool(poolId);
    return Object.values(Users)
      .map((user) => ({ user, identities: linkedIdentities(user) }))
      .filter(({ identities }) => identities.length && (!providerName || identities.some((identity) => identity.providerName === providerName)))
      .map(({ user, identities }) => ({
        username: user.Username,
        sub: user.Attributes?.find((a) => a.Name === 'sub')?.Value,
        identities,
        attributes: Object.fromEntries((user.Attributes ?? []).filter((a) => a.Name !== 'identities').map((a) => [a.Name, a.Value])),
        enabled: user.Enabled !== false,
      }));
  }
}

export function federatedUsername(providerName: string, userId: string, casing: 'PROVIDER_NAME' | 'LOWERCASE'): string {
  const username = `${providerName}_${userId}`;
  return casing === 'LOWERCASE' ? username.toLowerCase() : username;
}

/** The provider's attributes under the pool's names; what the provider does not say is left out. */
function mappedAttributes(identity: TestIdentity): StoredAttribute[] {
  const attributes: StoredAttribute[] = [];
  const add = (Name: string, Value: string | undefined) => Value !== undefined && attributes.push({ Name, Value });
  add('email', identity.email);
  if (identity.email !== undefined) add('email_verified', String(identity.emailVerified ?? false));
  add('name', identity.name);
  add('given_name', identity.givenName);
  add('family_name', identity.familyName);
  return attributes;
}

function linkedIdentities(user: StoredUser): LinkedIdentity[] {
  const value = user.Attributes?.find((a) => a.Name === 'identities')?.Value;
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as LinkedIdentity[]) : [];
  } catch {
    return [];
  }
}

async function findLinked(ctx: Context, poolId: string, providerName: string, userId: string): Promise<StoredUser | undefined> {
  const { Users } = await ctx.store.pool(poolId);
  return Object.values(Users).find((user) => linkedIdentities(user).some((identity) => identity.providerName === providerName && identity.userId === userId));
}
