/**
 * Registered passkeys (WebAuthn credentials), per user, in proxy-state.json: what a later
 * assertion is verified against (COSE public key, sign count) and what ListWebAuthnCredentials
 * shows. cognito-local knows nothing of them.
 */
import type { StateFile } from './state-file.js';

export interface StoredPasskey {
  /** base64url, as the browser's `PublicKeyCredential.id`. */
  credentialId: string;
  /** base64url of the COSE_Key from the attestation. */
  publicKey: string;
  /** The authenticator's signature counter as last seen (0 for authenticators that keep none). */
  signCount: number;
  transports: string[];
  relyingPartyId: string;
  friendlyName: string;
  /** `platform` | `cross-platform`, when the browser said. */
  attachment?: string;
  aaguid?: string;
  /** Epoch milliseconds. */
  createdAt: number;
  lastUsedAt?: number;
}

export class PasskeyStore {
  constructor(private readonly state: StateFile) {}

  /** The user's passkeys, oldest first. */
  list(poolId: string, username: string): StoredPasskey[] {
    return structuredClone(this.state.data.passkeys[key(poolId, username)] ?? []);
  }

  find(poolId: string, username: string, credentialId: string): StoredPasskey | undefined {
    return this.list(poolId, username).find((passkey) => passkey.credentialId === credentialId);
  }

  /** Whether any user of the pool has registered this credential id. */
  registered(poolId: string, credentialId: string): boolean {
    const prefix = `${poolId}/`;
    return Object.entries(this.state.data.passkeys).some(([owner, list]) => owner.startsWith(prefix) && list.some((p) => p.credentialId === credentialId));
  }

  add(poolId: string, username: string, passkey: StoredPasskey): void {
    (this.state.data.passkeys[key(poolId, username)] ??= []).push(passkey);
    this.state.save();
  }

  /** False when the user has no such passkey. */
  remove(poolId: string, username: string, credentialId: string): boolean {
    const list = this.state.data.passkeys[key(poolId, username)] ?? [];
    const index = list.findIndex((passkey) => passkey.credentialId === credentialId);
    if (index < 0) return false;
    list.splice(index, 1);
    this.state.save();
    return true;
  }

  removeAll(poolId: string, username: string): void {
    delete this.state.data.passkeys[key(poolId, username)];
    this.state.save();
  }

  /** After a verified assertion: the authenticator's new counter and when it was used. */
  recordUse(poolId: string, username: string, credentialId: string, signCount: number): void {
    const passkey = this.state.data.passkeys[key(poolId, username)]?.find((p) => p.credentialId === credentialId);
    if (!passkey) return;
    passkey.signCount = signCount;
    passkey.lastUsedAt = Date.now();
    this.state.save();
  }
}

function key(poolId: string, username: string): string {
  return `${poolId}/${username}`;
}
