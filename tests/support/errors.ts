import { expect } from 'vitest';
import { ParameterError } from '../../src/sim/errors.ts';

/** Asserts that `call` throws a ParameterError naming `param`. */
export function expectParamError(call: () => unknown, param: string): void {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected a ParameterError on ${param}`).toBeInstanceOf(ParameterError);
  expect((caught as ParameterError).param).toBe(param);
}
