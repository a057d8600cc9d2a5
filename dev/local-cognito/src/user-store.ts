/**
 * Read-only view of cognito-local's JSON db (`<stateDir>/.cognito/db`). cognito-local stays the
 * single writer; the proxy reads after each upstream call (cognito-local saves before it answers)
 * and changes data only through upstream (Admin*) calls, because hand edits of the files are
 * overwritten by cognito-local's in-memory copy.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errors } from './errors.js';
import type { PasswordPolicy } from './password-policy.js';

export interface StoredAttribute {
  Name: string;
  Value: string;
}

export interface StoredUser {
  Username: string;
  Password?: string;
  UserStatus: string;
  Enabled?: boolean;
  Attributes?: StoredAttribute[];
  RefreshTokens?: string[];
  ConfirmationCode?: string;
  MFACode?: string;
  AttributeVerificationCode?: string;
}

export interface PoolOptions {
  Id: string;
  UsernameAttributes?: string[];
  AutoVerifiedAttributes?: string[];
  MfaConfiguration?: string;
  Policies?: { PasswordPolicy?: Partial<PasswordPolicy> };
  AccountRecoverySetting?: { RecoveryMechanisms?: { Name: string; Priority: number }[] };
}

export interface AppClient {
  ClientId: string;
  UserPoolId: string;
  ClientSecret?: string;
  ExplicitAuthFlows?: string[];
  /** Minutes a challenge Session lives (AWS: 3–15, default 3). */
  AuthSessionValidity?: number;
  PreventUserExistenceErrors?: string;
}

interface PoolFile {
  Options?: PoolOptions;
  Users?: Record<string, StoredUser>;
}

export class UserStore {
  readonly dbDir: string;

  constructor(stateDir: string) {
    this.dbDir = join(stateDir, '.cognito', 'db');
  }

  async client(clientId: unknown): Promise<AppClient> {
    if (typeof clientId !== 'string' || !clientId) throw errors.invalidParameter('Missing required parameter ClientId');
    const file = (await this.read('clients')) as { Clients?: Record<string, AppClient> };
    const client = file.Clients?.[clientId];
    if (!client) throw errors.resourceNotFound(`User pool client ${clientId} does not exist.`);
    return client;
  }

  async pool(poolId: string): Promise<Required<Pick<PoolFile, 'Users'>> & { Options: PoolOptions }> {
    const file = (await this.read(poolId)) as PoolFile;
    return { Options: file.Options ?? { Id: poolId }, Users: file.Users ?? {} };
  }

  /** Same lookup as cognito-local: username, then `sub`, then alias attributes the pool enables. */
  async findUser(poolId: string, username: unknown): Promise<StoredUser | undefined> {
    if (typeof username !== 'string' || !username) return undefined;
    const { Options, Users } = await this.pool(poolId);
    if (Object.hasOwn(Users, username)) return Users[username];
    const aliases = ['sub', ...(Options.UsernameAttributes ?? [])];
    return Object.values(Users).find((user) => aliases.some((name) => attribute(user, name) === username));
  }

  async findUserByRefreshToken(poolId: string, token: string): Promise<StoredUser | undefined> {
    const { Users } = await this.pool(poolId);
    return Object.values(Users).find((user) => user.RefreshTokens?.includes(token));
  }

  /** cognito-local rewrites files with a plain writeFile, so a read can catch one half-written: retry. */
  private async read(name: string): Promise<unknown> {
    const path = join(this.dbDir, `${name}.json`);
    for (let attempt = 0; ; attempt++) {
      try {
        return JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        if (missing && name !== 'clients') throw errors.resourceNotFound(`User pool ${name} does not exist.`);
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
  }
}

export function attribute(user: StoredUser, name: string): string | undefined {
  return user.Attributes?.find((a) => a.Name === name)?.Value;
}

/** The pool name that SRP hashes: the part of the pool id after `_` (docs/cognito.md §4). */
export function poolName(poolId: string): string {
  return poolId.slice(poolId.indexOf('_') + 1);
}
