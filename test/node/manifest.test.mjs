// custom-elements.json is generated from the JSDoc and committed (Storybook and the framework types
// read it); this fails when someone changed an element's API without running `npm run analyze`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

test('custom-elements.json matches the sources', () => {
  // A relative folder: the analyzer resolves --outdir against the working directory.
  mkdirSync('node_modules/.cache', { recursive: true });
  const out = mkdtempSync('node_modules/.cache/cem-');
  try {
    execFileSync('node_modules/.bin/custom-elements-manifest', ['analyze', '--outdir', out], { stdio: 'pipe' });
    const fresh = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
    const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    assert.deepEqual(committed, fresh, 'custom-elements.json is stale: run `npm run analyze` and commit it');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('every tag is in the manifest with its attributes and events', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const tags = elements.map((d) => d.tagName).sort();
  assert.deepEqual(tags, [
    'auth-account',
    'auth-challenge-prompt',
    'auth-confirm-code',
    'auth-email-setup',
    'auth-factor-select',
    'auth-flow',
    'auth-mfa-code',
    'auth-mfa-select',
    'auth-new-password',
    'auth-passkey-offer',
    'auth-passkey-sign-in',
    'auth-password-factor',
    'auth-provider-buttons',
    'auth-reset-password',
    'auth-sign-in',
    'auth-sign-up',
    'auth-signed-in',
    'auth-totp-setup',
    'auth-verify-contact',
  ]);
  const flow = elements.find((d) => d.tagName === 'auth-flow');
  const attributes = flow.attributes.map((a) => a.name);
  for (const name of ['user-pool-id', 'client-id', 'endpoint', 'auth-flow-type', 'initial-step', 'sign-up-attributes', 'hide-sign-up', 'lang', 'persist', 'totp-issuer', 'preferred-challenge', 'passkey-prompt', 'remember-username']) {
    assert.ok(attributes.includes(name), `auth-flow documents ${name}`);
  }
  const events = flow.events.map((e) => e.name);
  for (const name of ['auth-step-change', 'auth-submit', 'auth-pending-change', 'auth-code-sent', 'auth-error', 'auth-signed-in', 'auth-signed-out', 'auth-factor-chosen', 'auth-passkey-registered', 'auth-passkey-declined']) {
    assert.ok(events.includes(name), `auth-flow documents ${name}`);
  }
  assert.ok(flow.cssProperties.length >= 10 && flow.cssParts.length >= 3 && flow.slots.length >= 4);
  const account = elements.find((d) => d.tagName === 'auth-account');
  for (const name of ['for', 'user-pool-id', 'client-id', 'persist', 'profile-attributes', 'password-policy', 'mfa-types', 'totp-issuer', 'heading-level']) {
    assert.ok(account.attributes.some((a) => a.name === name), `auth-account documents ${name}`);
  }
  for (const name of ['auth-account-change', 'auth-account-deleted', 'auth-view-change', 'auth-error']) {
    assert.ok(account.events.some((e) => e.name === name), `auth-account documents ${name}`);
  }
});

test('the framework types offer the tags an app writes, not the steps <auth-flow> creates itself', () => {
  for (const file of ['frameworks/react.d.ts', 'frameworks/vue.d.ts']) {
    const types = readFileSync(file, 'utf8');
    const tags = [...new Set([...types.matchAll(/"(auth-[a-z-]+)"\s*:/g)].map((match) => match[1]))].sort();
    assert.deepEqual(tags, ['auth-account', 'auth-flow'], file);
  }
});
