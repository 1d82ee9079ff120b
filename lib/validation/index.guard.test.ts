import { describe, expect, it, vi } from 'vitest';
import { validate } from './index';

// Simulate a bug in one validator: the dispatcher must turn it into an error result, not an exception
// in the page the user is typing in.
vi.mock('./hts', () => ({
  validateHts: () => {
    throw new Error('boom');
  },
}));

describe('validate guards against a throwing validator', () => {
  it('returns an error result', () => {
    expect(validate('hts', '8471.30.0100')).toEqual({
      level: 'error',
      message: 'This value could not be checked: re-check it by hand.',
    });
  });

  it('still short-cuts blank input before calling the validator', () => {
    expect(validate('hts', '  ')).toEqual({ level: 'ok' });
  });
});
