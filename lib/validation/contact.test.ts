import { describe, expect, it } from 'vitest';
import { validate } from './index';

describe('validate email', () => {
  it.each([
    ['name@example.com', 'name@example.com'],
    ['First.Last@Example.COM', 'First.Last@example.com'], // the part before @ keeps its case
    ['  a+tag@sub.example.co.uk ', 'a+tag@sub.example.co.uk'],
    ['mailto:ops@broker-co.com', 'ops@broker-co.com'],
    ['<ops@broker.com>', 'ops@broker.com'],
    ["o'brien@example.org", "o'brien@example.org"],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('email', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    [
      'name.example.com',
      'An e-mail address needs an @ between the name and the domain, as in name@example.com.',
    ],
    ['a@b@example.com', 'An e-mail address has exactly one @: remove the extra one.'],
    ['name @example.com', 'An e-mail address has no spaces: remove them.'],
    ['@example.com', 'The e-mail address is missing the name before the @.'],
    ['name@', 'The e-mail address is missing the domain after the @, as in name@example.com.'],
    ['name@example', 'The domain “example” needs a dot and an ending such as .com.'],
    [
      'name@example..com',
      'The domain after the @ has an empty part (two dots in a row, or a dot at an end): remove the extra dot.',
    ],
    ['name@-example.com', 'The domain part “-example” can hold only letters, digits and inner hyphens.'],
    ['name@example.c0m', 'The domain should end in letters such as .com or .org, not “.c0m”.'],
    ['na(me)@example.com', 'The part before the @ cannot contain “(”: remove it.'],
    ['.name@example.com', 'The part before the @ cannot start or end with a dot or have two dots in a row.'],
    ['na..me@example.com', 'The part before the @ cannot start or end with a dot or have two dots in a row.'],
    [
      `${'a'.repeat(65)}@example.com`,
      'The part before the @ can have at most 64 characters, but this has 65.',
    ],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('email', raw)).toEqual({ level: 'error', message });
  });
});

describe('validate phone (NANP)', () => {
  it.each([
    ['2028675309', '(202) 867-5309'],
    ['202-867-5309', '(202) 867-5309'],
    ['(202) 867-5309', '(202) 867-5309'],
    ['202.867.5309', '(202) 867-5309'],
    ['+1 202 867 5309', '(202) 867-5309'],
    ['1-202-867-5309', '(202) 867-5309'],
    ['202-867-5309 x123', '(202) 867-5309 x123'],
    ['202-867-5309x123', '(202) 867-5309 x123'],
    ['202-867-5309 ext. 123', '(202) 867-5309 x123'],
    ['202-867-5309, Ext 9', '(202) 867-5309 x9'],
    ['202-867-5309 extension 4567', '(202) 867-5309 x4567'],
    ['(202) 867-5309 x123', '(202) 867-5309 x123'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('phone', raw)).toEqual({ level: 'ok', normalized });
  });

  it('warns about the 555-01xx numbers reserved for fiction', () => {
    expect(validate('phone', '202-555-0123')).toEqual({
      level: 'warning',
      message: '202-555-01xx numbers are fictional: enter a number that reaches you.',
      normalized: '(202) 555-0123',
    });
  });

  it.each([
    ['102-867-5309', 'Area codes never start with 1: re-check 102.'],
    ['(021) 867-5309', 'Area codes never start with 0: re-check 021.'],
    ['911-867-5309', '911 is a service code, not an area code: re-check the number.'],
    ['202-167-5309', 'The 3 digits after the area code never start with 1: re-check 167.'],
    ['202-067-5309', 'The 3 digits after the area code never start with 0: re-check 067.'],
    ['867-5309', 'A phone number has 10 digits (area code and number), but this has 7.'],
    ['2-202-867-5309', 'A phone number has 10 digits (area code and number), but this has 11.'],
    [
      '+44 20 7946 0958',
      'Only North American (+1) numbers fit this field: enter the 10-digit number with its area code.',
    ],
    [
      '0044 20 7946 0958',
      'Only North American (+1) numbers fit this field: enter the 10-digit number with its area code.',
    ],
    ['202-867-530O', 'A phone number has only digits, spaces, dashes, dots and brackets: remove “O”.'],
  ])('%j is an error: %s', (raw, message) => {
    const result = validate('phone', raw);
    expect(result.level).toBe('error');
    expect(result.message).toBe(message);
  });
});

describe('validate phoneExtension (1 to 6 digits)', () => {
  it.each([
    ['12', '12'],
    ['123456', '123456'],
    [' 4501 ', '4501'],
    ['１２', '12'],
  ])('%j is ok as %j', (raw, normalized) => {
    expect(validate('phoneExtension', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['1234567', 'A phone extension has 1 to 6 digits, but this has 7.'],
    ['12-3', 'A phone extension has only digits: remove “-”.'],
    ['x12', 'A phone extension has only digits: remove “x”.'],
    [
      '(302) 555-0100',
      'A phone extension has 1 to 6 digits: this looks like a whole phone number, which goes in the phone field.',
    ],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('phoneExtension', raw)).toEqual({ level: 'error', message });
  });
});
