import { describe, expect, it } from 'vitest';
import { CANADIAN_PROVINCES } from './canadian-provinces';
import { COUNTRY_CODES } from './country-codes';
import { validate } from './index';
import { US_STATES } from './us-states';

describe('validate streetLine (5106 block 2A: 32 characters)', () => {
  it.each([
    ['123 Main St', '123 Main St'],
    ['  123   Main  St  ', '123 Main St'],
    ['12345678901234567890123456789012', '12345678901234567890123456789012'],
    ['PO Box 1234', 'PO Box 1234'],
  ])('%j is ok as %j', (raw, normalized) => {
    expect(validate('streetLine', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['123456789012345678901234567890123', 33, 1],
    ['1234 Very Long Street Name Avenue Suite 500', 43, 11],
  ])('%j is an error (%i characters, %i too many)', (raw, length, over) => {
    expect(validate('streetLine', raw)).toEqual({
      level: 'error',
      message: `A street line holds at most 32 characters, but this one has ${length}: shorten it by ${over}.`,
      normalized: raw,
    });
  });

  it('counts spaces only after collapsing runs of them', () => {
    expect(validate('streetLine', `${'A'.repeat(16)}        ${'B'.repeat(15)}`).level).toBe('ok');
  });

  it.each([
    [
      'Rue Saint-Jérôme 5',
      'ACE may not accept “é” in an address: write the line with plain letters and digits.',
    ],
    [
      '12 Main St\u0007',
      'ACE may not accept an invisible control character (U+0007) in an address: write the line with plain letters and digits.',
    ],
  ])('%j is a warning: %s', (raw, message) => {
    const result = validate('streetLine', raw);
    expect(result.level).toBe('warning');
    expect(result.message).toBe(message);
  });
});

describe('validate zip', () => {
  it.each([
    ['20229', '20229'],
    ['20229-0001', '20229-0001'],
    ['202290001', '20229-0001'],
    ['20229 0001', '20229-0001'],
    ['00501', '00501'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('zip', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['2022', 'A ZIP code has 5 digits, or 9 with the +4 part, but this has 4.'],
    ['202290', 'A ZIP code has 5 digits, or 9 with the +4 part, but this has 6.'],
    ['K1A 0B1', 'A ZIP code has only digits (NNNNN or NNNNN-NNNN): remove “K”.'],
    ['00000', '00000 is not a ZIP code: re-check the first five digits.'],
  ])('%j is an error: %s', (raw, message) => {
    const result = validate('zip', raw);
    expect(result.level).toBe('error');
    expect(result.message).toBe(message);
  });
});

describe('validate canadianPostalCode', () => {
  it.each([
    ['K1A 0B1', 'K1A 0B1'],
    ['k1a0b1', 'K1A 0B1'],
    ['M5V-3L9', 'M5V 3L9'],
    ['T2P 2W2', 'T2P 2W2'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('canadianPostalCode', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['K1A 0B', 'A Canadian postal code is letter, digit, letter, digit, letter, digit, as in K1A 0B1.'],
    ['12345', 'A Canadian postal code is letter, digit, letter, digit, letter, digit, as in K1A 0B1.'],
    ['W1A 0B1', 'Canadian postal codes never start with W: re-check the first letter.'],
    ['D1A 0B1', 'Canadian postal codes never start with D: re-check the first letter.'],
    ['K1O 0B1', 'Canadian postal codes never use the letter O: re-check the code.'],
    ['K1A 0U1', 'Canadian postal codes never use the letter U: re-check the code.'],
  ])('%j is an error: %s', (raw, message) => {
    const result = validate('canadianPostalCode', raw);
    expect(result.level).toBe('error');
    expect(result.message).toBe(message);
  });
});

describe('validate usState', () => {
  it('has the 50 states, DC, 5 territories, 3 freely associated states and 3 military codes', () => {
    expect(Object.keys(US_STATES)).toHaveLength(50 + 1 + 5 + 3 + 3);
  });

  it.each([
    ['NY', 'NY'],
    ['ny', 'NY'],
    ['N.Y.', 'NY'],
    ['New York', 'NY'],
    ['  new   york ', 'NY'],
    ['Washington', 'WA'],
    ['Washington, D.C.', 'DC'],
    ['District of Columbia', 'DC'],
    ['PR', 'PR'],
    ['U.S. Virgin Islands', 'VI'],
    ['Virgin Islands', 'VI'],
    ['GU', 'GU'],
    ['AS', 'AS'],
    ['MP', 'MP'],
    ['AE', 'AE'],
    ['Armed Forces Pacific', 'AP'],
    ['AA', 'AA'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('usState', raw)).toEqual({ level: 'ok', normalized });
  });

  it('accepts every code and every full name in the table', () => {
    for (const [code, name] of Object.entries(US_STATES)) {
      expect(validate('usState', code)).toEqual({ level: 'ok', normalized: code });
      expect(validate('usState', name.toUpperCase())).toEqual({ level: 'ok', normalized: code });
    }
  });

  it.each([
    [
      'UM',
      'warning',
      'UM (U.S. Minor Outlying Islands) is not a USPS mailing code: check the state of this address.',
    ],
    ['ON', 'error', 'ON is a Canadian province, not a U.S. state: check the country of this address.'],
    ['XX', 'error', 'XX is not a U.S. state or territory code: use the 2-letter USPS code, such as NY.'],
    [
      'Calfornia',
      'error',
      '“Calfornia” is not a U.S. state or territory: use its 2-letter USPS code, such as NY.',
    ],
    [
      'New York City',
      'error',
      '“New York City” is not a U.S. state or territory: use its 2-letter USPS code, such as NY.',
    ],
  ])('%j is a(n) %s: %s', (raw, level, message) => {
    const result = validate('usState', raw);
    expect(result.level).toBe(level);
    expect(result.message).toBe(message);
  });
});

describe('validate canadianProvince', () => {
  it('accepts every code and full name in the table', () => {
    expect(Object.keys(CANADIAN_PROVINCES)).toHaveLength(13);
    for (const [code, name] of Object.entries(CANADIAN_PROVINCES)) {
      expect(validate('canadianProvince', code.toLowerCase())).toEqual({ level: 'ok', normalized: code });
      expect(validate('canadianProvince', name)).toEqual({ level: 'ok', normalized: code });
    }
  });

  it.each([
    ['Québec', 'QC'],
    ['Quebec', 'QC'],
    ['Newfoundland', 'NL'],
    ['PEI', 'PE'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('canadianProvince', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['PQ', 'warning', 'PQ is an old abbreviation: Canada Post now uses QC.'],
    ['NF', 'warning', 'NF is an old abbreviation: Canada Post now uses NL.'],
    ['NY', 'error', 'NY is a U.S. state, not a Canadian province: check the country of this address.'],
    ['QB', 'error', 'QB is not a Canadian province or territory code: use the 2-letter code, such as ON.'],
  ])('%j is a(n) %s: %s', (raw, level, message) => {
    const result = validate('canadianProvince', raw);
    expect(result.level).toBe(level);
    expect(result.message).toBe(message);
  });
});

describe('validate countryIso2', () => {
  it('has the 249 assigned ISO 3166-1 alpha-2 codes', () => {
    expect(Object.keys(COUNTRY_CODES)).toHaveLength(249);
    for (const code of Object.keys(COUNTRY_CODES)) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it.each([
    ['US', 'US'],
    ['ca', 'CA'],
    [' mx ', 'MX'],
    ['GB', 'GB'],
    ['Mexico', 'MX'],
    ['united states', 'US'],
    ['USA', 'US'],
    ['Germany', 'DE'],
    ['Viet Nam', 'VN'],
    ['Vietnam', 'VN'],
    ["Cote d'Ivoire", 'CI'],
  ])('%j is ok as %s', (raw, normalized) => {
    expect(validate('countryIso2', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['UK', 'error', 'The ISO code for the United Kingdom is GB, not UK.'],
    ['EU', 'error', 'EU is not a country code: enter the 2-letter code of the member state.'],
    ['XK', 'warning', 'XK (Kosovo) is not an official ISO 3166-1 code: check which code the form expects.'],
    ['ZZ', 'error', 'ZZ is not an ISO country code: use the 2-letter ISO 3166-1 code, such as CA or MX.'],
    ['USD', 'error', 'A country code has 2 letters (ISO 3166-1), such as CA or MX; “USD” is not one.'],
    ['C1', 'error', 'A country code has 2 letters (ISO 3166-1), such as CA or MX; “C1” is not one.'],
  ])('%j is a(n) %s: %s', (raw, level, message) => {
    const result = validate('countryIso2', raw);
    expect(result.level).toBe(level);
    expect(result.message).toBe(message);
  });
});

// "Postal Code", "Zip/Postal Code" and "State/Province" boxes take a U.S. or a Canadian address
// (DOMAIN.md §2.2, 2A): either form is accepted, each checked by its own rules.
describe('validate postalCode (U.S. ZIP or Canadian postal code)', () => {
  it.each([
    ['20229', '20229'],
    ['20229-0001', '20229-0001'],
    ['k1a0b1', 'K1A 0B1'],
    ['K1A 0B1', 'K1A 0B1'],
  ])('%j is ok as %j', (raw, normalized) => {
    expect(validate('postalCode', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['1234', 'A ZIP code has 5 digits, or 9 with the +4 part, but this has 4.'],
    ['W1A 0B1', 'Canadian postal codes never start with W: re-check the first letter.'],
    [
      'SW1A 1AA',
      'Enter a U.S. ZIP code (NNNNN or NNNNN-NNNN) or a Canadian postal code (letter, digit, letter, digit, letter, digit, as in K1A 0B1).',
    ],
    ['12A45', 'A ZIP code has only digits (NNNNN or NNNNN-NNNN): remove “A”.'],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('postalCode', raw)).toMatchObject({ level: 'error', message });
  });
});

describe('validate stateOrProvince (U.S. state or Canadian province)', () => {
  it.each([
    ['NY', 'NY'],
    ['on', 'ON'],
    ['Ontario', 'ON'],
    ['New York', 'NY'],
    ['Québec', 'QC'],
  ])('%j is ok as %j', (raw, normalized) => {
    expect(validate('stateOrProvince', raw)).toEqual({ level: 'ok', normalized });
  });

  it.each([
    ['PQ', 'PQ is an old abbreviation: Canada Post now uses QC.', 'QC'],
    [
      'UM',
      'UM (U.S. Minor Outlying Islands) is not a USPS mailing code: check the state of this address.',
      'UM',
    ],
  ])('%j is a warning: %s', (raw, message, normalized) => {
    expect(validate('stateOrProvince', raw)).toEqual({ level: 'warning', message, normalized });
  });

  it.each([
    ['ZZ', 'ZZ is not a U.S. state or Canadian province code: use the 2-letter code, such as NY or ON.'],
    [
      'Bavaria',
      '“Bavaria” is not a U.S. state or Canadian province: use its 2-letter code, such as NY or ON.',
    ],
  ])('%j is an error: %s', (raw, message) => {
    expect(validate('stateOrProvince', raw)).toEqual({ level: 'error', message });
  });
});
