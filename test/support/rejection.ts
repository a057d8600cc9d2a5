import { expect } from '@open-wc/testing';
import { AuthError } from '../../src/core/errors.js';

/** Awaits a promise that must reject with an `AuthError`, and returns that error. */
export async function rejection(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(AuthError);
    return error as AuthError;
  }
  throw new Error('expected a rejection');
}
