/**
 * Read-only view of cognito-local's JSON db (`<stateDir>/.cognito/db`). cognito-local stays the
 * single writer; the proxy reads after each upstream call (cognito-local saves before it answers)
 * and changes data only through upstream (Admin*) calls, because hand edits of the files are
 * overwritten by cognito-local's in-memory copy. cognito-local saves with a plain writeFile
 * (truncate, then write), so a read that does not parse or whose stat moved meanwhile is done again
 * between upstream calls (Upstream.exclusive), where no save is under way: never a torn read.
 * Each file is parsed once per change, not once per request. Callers must not mutate what they
 * get: it is shared.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { errors } from './errors.js';
import type { PasswordPolicy } from './password-policy.js';
import type { Upstream } from './upstream.js';

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
  /** Attributes a user may also sign in with once verified (cognito-local stores them, the proxy honours them). */
  AliasAttributes?: string[];
  AutoVerifiedAttributes?: string[];
  /** `CaseSensitive: false`: usernames, and emails and preferred usernames that sign in, match in any case. Absent = case-sensitive (the API's default). */
  UsernameConfiguration?: { CaseSensitive?: boolean };
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
  /** Needed for RevokeToken and /oauth2/revoke; on for new clients. */
  EnableTokenRevocation?: boolean;
}

interface PoolFile {
  Options?: PoolOptions;
  Users?: Record<string, StoredUser>;
}

export class UserStore {
  readonly dbDir: string;
  private readonly cache = new Map<string, { key: string; mtimeMs: number; parsedAt: number; generation: number; value: unknown }>();
  private readonly reading = new Map<string, Promise<unknown>>();

  constructor(
    stateDir: string,
    private readonly upstream: Pick<Upstream, 'generation' | 'exclusive'>,
  ) {
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

  /**
   * cognito-local's lookup (username, then `sub`, then the pool's UsernameAttributes), then, as
   * Cognito, a value of one of the pool's AliasAttributes (an email or phone number only once verified).
   * In a pool with `UsernameConfiguration.CaseSensitive: false` each of these matches in any case.
   */
  async findUser(poolId: string, username: unknown): Promise<StoredUser | undefined> {
    if (typeof username !== 'string' || !username) return undefined;
    const { Options, Users } = await this.pool(poolId);
    if (Object.hasOwn(Users, username)) return Users[username];
    const same = nameMatcher(Options);
    const users = Object.values(Users);
    const names = ['sub', ...(Options.UsernameAttributes ?? [])];
    const aliases = Options.AliasAttributes ?? [];
    return (
      users.find((user) => same(user.Username, username) || names.some((name) => same(attribute(user, name), username))) ??
      users.find((user) => aliases.some((name) => same(attribute(user, name), username) && aliasUsable(user, name)))
    );
  }

  async findUserByRefreshToken(poolId: string, token: string): Promise<StoredUser | undefined> {
    const { Users } = await this.pool(poolId);
    return Object.values(Users).find((user) => user.RefreshTokens?.includes(token));
  }

  /**
   * The parsed file, at least as new as the last finished upstream call. Reused while the file's
   * stat is unchanged and either no upstream call finished since, or the file had been still for a
   * second when it was parsed (a later write would move its mtime past that). The stat also
   * catches writes that bypass the proxy (tests and people may call cognito-local directly).
   */
  private async read(name: string): Promise<unknown> {
    const path = join(this.dbDir, `${name}.json`);
    const cached = this.cache.get(name);
    if (cached) {
      const now = await stamp(path);
      const settled = cached.parsedAt - cached.mtimeMs > 1000;
      if (now?.key === cached.key && (settled || cached.generation === this.upstream.generation)) return cached.value;
    }
    // First without waiting for the calls in flight: the file on disk is always the newest save,
    // so if it parses and its stat held still meanwhile it is whole and new enough.
    const direct = await this.parseOnce(name, path);
    if (direct.ok) return direct.value;
    let reading = this.reading.get(name);
    if (!reading) {
      // Caught mid-save: read again between calls. Queued after the caller's last finished call,
      // so it sees at least that call's save.
      reading = this.upstream.exclusive(() => this.parseFile(name, path)).finally(() => this.reading.delete(name));
      this.reading.set(name, reading);
    }
    return reading;
  }

  /** One attempt: the parsed file (and cached) when its stat did not change while reading. */
  private async parseOnce(name: string, path: string): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
    try {
      const generation = this.upstream.generation;
      const before = await stamp(path);
      const value: unknown = JSON.parse(await readFile(path, 'utf8'));
      const after = await stamp(path);
      if (!before || !after || before.key !== after.key) return { ok: false, error: new Error(`${path} changed while being read`) };
      this.cache.set(name, { key: after.key, mtimeMs: after.mtimeMs, parsedAt: Date.now(), generation, value });
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error };
    }
  }

  /**
   * Between proxy calls a file is whole, but cognito-local also saves while it starts (the proxy
   * starts alongside it) and when called directly, so a read can still catch one half-written or
   * missing: it is retried until the stat before and after agree and the text parses.
   */
  private async parseFile(name: string, path: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const result = await this.parseOnce(name, path);
      if (result.ok) return result.value;
      const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
      if (missing && name !== 'clients') throw errors.resourceNotFound(`User pool ${name} does not exist.`);
      if (attempt >= 50) throw result.error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

/** Identity, size and modification time of a file, or undefined when it is missing. */
async function stamp(path: string): Promise<{ key: string; mtimeMs: number } | undefined> {
  try {
    const info = await stat(path, { bigint: true });
    return { key: `${info.ino}:${info.size}:${info.mtimeNs}`, mtimeMs: Number(info.mtimeMs) };
  } catch {
    return undefined;
  }
}

/**
 * How the pool compares what a person types with a stored username or sign-in value: exactly, or
 * in any case when `UsernameConfiguration.CaseSensitive` is false (docs/cognito.md §8.7).
 */
export function nameMatcher(options: PoolOptions): (stored: string | undefined, given: string) => boolean {
  if (options.UsernameConfiguration?.CaseSensitive !== false) return (stored, given) => stored === given;
  const folded = (value: string) => value.toLowerCase();
  return (stored, given) => stored !== undefined && folded(stored) === folded(given);
}

/** An email or phone number counts as a sign-in alias only when verified; preferred_username always. */
export function aliasUsable(user: StoredUser, name: string): boolean {
  return name === 'preferred_username' || attribute(user, `${name}_verified`) === 'true';
}

export function attribute(user: StoredUser, name: string): string | undefined {
  return user.Attributes?.find((a) => a.Name === name)?.Value;
}

/** The pool name that SRP hashes: the part of the pool id after `_` (docs/cognito.md §4). */
export function poolName(poolId: string): string {
  return poolId.slice(poolId.indexOf('_') + 1);
}
