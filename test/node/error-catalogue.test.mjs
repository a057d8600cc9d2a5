// Every exception the pinned SDK says the kit's operations can throw has a code of the kit's own
// (with a message in every catalogue), so none falls into the generic, retryable "something went
// wrong". A new SDK that adds a name fails here until it is mapped.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { describeError, isKnownErrorName } from '../../src/core/error-mapping.ts';
import { AuthError } from '../../src/core/errors.ts';
import { en } from '../../src/i18n/en.ts';

const COMMANDS = 'node_modules/@aws-sdk/client-cognito-identity-provider/dist-types/commands';

/** The operations the kit calls: every `call('Operation'` in the API backend. */
function kitOperations() {
  const dir = 'src/cognito/api';
  const names = readdirSync(dir).flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/call\(\s*'([A-Z][A-Za-z]+)'/g)].map((m) => m[1]),
  );
  return [...new Set(names)].sort();
}

function throwsOf(operation) {
  const text = readFileSync(join(COMMANDS, `${operation}Command.d.ts`), 'utf8');
  return [...text.matchAll(/@throws \{@link (\w+)\}/g)].map((m) => m[1]).filter((name) => name !== 'CognitoIdentityProviderServiceException');
}

test('every exception the SDK lists for the operations the kit calls has a code and a message', (t) => {
  const operations = kitOperations();
  assert.ok(operations.length >= 11, `found only ${operations.join(', ')}`);
  const names = [...new Set(operations.flatMap(throwsOf))].sort();
  t.diagnostic(`${operations.length} operations, ${names.length} exception names`);
  assert.ok(names.length >= 30, `implausibly few names: ${names.length}`);
  const unmapped = names.filter((name) => !isKnownErrorName(name));
  assert.deepEqual(unmapped, [], 'map these in src/core/error-mapping.ts');
  for (const name of names) {
    const { code } = describeError(new AuthError(name, ''));
    assert.equal(typeof en[`error.${code}`], 'string', `${name} → ${code} has no message`);
  }
});

test('configuration errors are not offered as retryable', () => {
  for (const name of ['OperationNotEnabledException', 'FeatureUnavailableInTierException', 'UnsupportedOperationException', 'UnauthorizedException', 'UnsupportedTokenTypeException', 'RefreshTokenReuseException']) {
    assert.equal(describeError(new AuthError(name, 'x')).retryable, false, name);
  }
  assert.deepEqual(
    { ...describeError(new AuthError('PasswordHistoryPolicyViolationException', 'Password has previously been used')) },
    { code: 'passwordReused', name: 'PasswordHistoryPolicyViolationException', field: 'password', retryable: false },
  );
});
