// npm scripts run on the Node that `npm ci` installed (the `node` devDependency, first on every npm
// script's PATH); these fail when a test run falls back to the machine's older Node.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { NODE_MAJOR } from '../../scripts/node-runtime.mjs';

test(`the Node tests run on Node ${NODE_MAJOR} or later`, (t) => {
  t.diagnostic(`Node ${process.version} (${process.execPath})`);
  assert.ok(Number(process.versions.node.split('.')[0]) >= NODE_MAJOR, process.version);
});

test('`node` on the PATH (what tool shebangs and nested npm runs start) is the same Node', () => {
  const version = execFileSync('node', ['-p', 'process.version'], { encoding: 'utf8' }).trim();
  assert.equal(version, process.version);
});
