/**
 * The proxy's view of cognito-local's db while cognito-local keeps saving it the way it does
 * (writeFile: truncate, then write, in chunks for a large file): every read is whole and new enough.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { UserStore } from '../src/user-store.js';

const dir = mkdtempSync(join(tmpdir(), 'user-store-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A pool file of about 2 MB, `version` recorded in one user's attribute. */
function pool(version: number): string {
  const Users: Record<string, unknown> = {};
  for (let i = 0; i < 2000; i++) Users[`user-${i}`] = { Username: `user-${i}`, UserStatus: 'CONFIRMED', Attributes: [{ Name: 'sub', Value: 'x'.repeat(900) }] };
  Users.probe = { Username: 'probe', UserStatus: 'CONFIRMED', Attributes: [{ Name: 'version', Value: String(version) }] };
  return JSON.stringify({ Options: { Id: 'local_Test' }, Users }, null, 2);
}

/** Upstream's ordering contract (upstream.ts): one task at a time, saves counted when done. */
class FakeUpstream {
  generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
  /** A call whose cognito-local saves the pool before answering. */
  save(path: string, text: string): Promise<void> {
    return this.exclusive(async () => {
      await writeFile(path, text);
      this.generation++;
    });
  }
}

describe('UserStore under concurrent saves', () => {
  it('never reads a half-written file, and sees every save that finished before the read', async () => {
    const dbDir = join(dir, '.cognito', 'db');
    mkdirSync(dbDir, { recursive: true });
    const path = join(dbDir, 'local_Test.json');
    writeFileSync(path, pool(0));
    const upstream = new FakeUpstream();
    const store = new UserStore(dir, upstream);
    const texts = Array.from({ length: 4 }, (_, v) => pool(v));
    let saved = 0;
    let stop = false;
    const writer = (async () => {
      for (let v = 1; !stop && v < 400; v++) {
        await upstream.save(path, texts[v % texts.length]);
        saved = v;
      }
    })();
    const failures: string[] = [];
    const reader = async () => {
      for (let i = 0; i < 60; i++) {
        const floor = saved;
        try {
          const user = await store.findUser('local_Test', 'probe');
          const version = Number(user?.Attributes?.[0]?.Value);
          // Versions cycle through 4 texts: the one read is the latest save's or a newer one's.
          if (!user || (version !== floor % 4 && saved === floor)) failures.push(`stale: read ${version}, saved ${floor}`);
        } catch (error) {
          failures.push(String(error));
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all(Array.from({ length: 4 }, reader));
    stop = true;
    await writer;
    assert.ok(saved > 5, `the writer kept saving (${saved} saves)`);
    assert.deepEqual(failures, []);
  });
});
