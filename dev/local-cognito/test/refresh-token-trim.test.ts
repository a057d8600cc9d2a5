/** Which stored refresh tokens the proxy drops: expired ones first, then the oldest beyond the cap. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokensToDrop } from '../src/refresh-token-trim.js';

/** An unsigned JWT-shaped token; only `exp` matters here. */
function token(name: string, exp: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part({ name, exp })}.`;
}

describe('tokensToDrop', () => {
  const now = 1_000_000;
  it('drops nothing within the cap', () => {
    assert.deepEqual(tokensToDrop([token('a', now + 10), token('b', now + 10)], 2, now), []);
  });
  it('drops the oldest beyond the cap, in issue order', () => {
    const list = ['a', 'b', 'c', 'd'].map((name) => token(name, now + 10));
    assert.deepEqual(tokensToDrop(list, 2, now), list.slice(0, 2));
  });
  it('drops expired tokens wherever they are, and they do not count toward the cap', () => {
    const [a, b, c, d] = [token('a', now + 10), token('b', now - 1), token('c', now + 10), token('d', now + 10)];
    assert.deepEqual(tokensToDrop([a, b, c, d], 2, now), [b, a]);
  });
  it('keeps tokens it cannot read an expiry from, subject to the cap', () => {
    assert.deepEqual(tokensToDrop(['opaque-1', 'opaque-2'], 1, now), ['opaque-1']);
  });
});
