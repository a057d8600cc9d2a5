// The published shape: `npm run build` output matches the exports map, every entry has types, the
// main entry has no side effects and only `define` registers tags, and lit stays external.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { before, test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

before(() => {
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'pipe' });
});

test('every export target exists after the build, with its types', () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') {
      assert.ok(existsSync(target), `${subpath} → ${target}`);
      continue;
    }
    assert.ok(existsSync(target.import), `${subpath} → ${target.import}`);
    assert.ok(existsSync(target.types), `${subpath} types → ${target.types}`);
  }
});

test('lit and the Cognito SDKs stay external; the SDKs are optional peers', () => {
  const built = readdirSync('dist', { recursive: true })
    .filter((file) => String(file).endsWith('.js'))
    .map((file) => readFileSync(`dist/${file}`, 'utf8'))
    .join('\n');
  assert.match(built, /from "lit"/, 'lit is imported');
  assert.doesNotMatch(built, /litHtmlVersions/, 'lit-html itself is not bundled');
  assert.doesNotMatch(built, /CognitoIdentityProviderClient\s*=|class CognitoIdentityProviderClient/, 'the SDK is not bundled');
  assert.ok(pkg.dependencies.lit);
  for (const sdk of ['@aws-sdk/client-cognito-identity-provider', 'amazon-cognito-identity-js']) {
    assert.ok(pkg.peerDependencies[sdk], `${sdk} is a peer`);
    assert.equal(pkg.peerDependenciesMeta[sdk].optional, true);
  }
});

test('only define registers tags', () => {
  const src = (file) => readFileSync(file, 'utf8');
  assert.doesNotMatch(src('src/index.ts'), /customElements\.define|defineAuthElements\(\)/);
  assert.match(src('src/elements/define-elements.ts'), /customElements\.define\(tag/);
  assert.match(src('src/define.ts'), /^defineAuthElements\(\);$/m);
  assert.ok(pkg.sideEffects.includes('./dist/define.js'));
});
