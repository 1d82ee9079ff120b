import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANADIAN_PROVINCES } from './canadian-provinces';
import { COUNTRY_CODES } from './country-codes';
import { entryCheckDigit } from './entry-number';
import { FIELD_KINDS, type FieldKind, isFieldKind, validate } from './index';
import { US_STATES } from './us-states';

/** validate's catch-all message: seeing it means a validator threw. */
const CAUGHT = 'This value could not be checked: re-check it by hand.';

describe('validate: contract shared by every kind', () => {
  it('FIELD_KINDS is frozen and includes the kinds the 5106 form and reports rely on', () => {
    expect(Object.isFrozen(FIELD_KINDS)).toBe(true);
    for (const kind of [
      'ein',
      'ssn',
      'importerNumber',
      'entryNumber',
      'routingNumber',
      'zip',
      'hts',
      'year',
    ]) {
      expect(isFieldKind(kind)).toBe(true);
    }
    expect(isFieldKind('enum')).toBe(false);
    expect(isFieldKind(undefined)).toBe(false);
  });

  it.each(FIELD_KINDS)('%s: empty and blank input is ok, with nothing else', (kind) => {
    for (const blank of ['', ' ', '\t', '\n  \u00a0']) expect(validate(kind, blank)).toEqual({ level: 'ok' });
  });

  it.each(FIELD_KINDS)('%s: non-string input at runtime does not throw', (kind) => {
    const call = (value: unknown) => validate(kind, value as string);
    expect(call(undefined)).toEqual({ level: 'ok' });
    expect(call(null)).toEqual({ level: 'ok' });
    for (const value of [42, 12345678900n, {}, [], true, Symbol('x'), () => '1', new Date(0)]) {
      expect(call(value)).toEqual({
        level: 'error',
        message: 'This value could not be read as text: type it again.',
      });
    }
  });

  it('an unknown kind at runtime is an error, not a crash', () => {
    expect(validate('nope' as FieldKind, '123')).toEqual({
      level: 'error',
      message: 'This field cannot be checked: the extension does not know its type.',
    });
    expect(validate('toString' as FieldKind, '123').level).toBe('error');
  });
});

// ---------------------------------------------------------------------------------------------------
// Generators of valid input for every kind, written the messy ways users type them.

const digit = fc.constantFrom(...'0123456789');
const digits = (n: number) => fc.string({ unit: digit, minLength: n, maxLength: n });
const nonZero = (n: number) => digits(n).filter((s) => !/^0+$/.test(s));
const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const alnum = fc.constantFrom(...ALNUM);
const sep = fc.constantFrom('', '-', ' ', ' - ', '–');
const caseOf = (s: string) => fc.constantFrom(s, s.toLowerCase(), ` ${s} `);
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

const ein9 = digits(9);
const ssnParts = fc
  .tuple(fc.integer({ min: 1, max: 899 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
  .filter(([area]) => area !== 666)
  .map(
    ([a, g, s]) =>
      [String(a).padStart(3, '0'), String(g).padStart(2, '0'), String(s).padStart(4, '0')] as const,
  )
  .filter((parts) => !['078051120', '457555462', '219099999'].includes(parts.join('')));
const suffix = fc
  .tuple(alnum, alnum)
  .map((c) => c.join(''))
  .filter((s) => !/[OIZ]/.test(s));
const routingPrefixes = [
  ...Array.from({ length: 13 }, (_, i) => i),
  ...Array.from({ length: 12 }, (_, i) => 21 + i),
  ...Array.from({ length: 12 }, (_, i) => 61 + i),
  80,
].map((n) => String(n).padStart(2, '0'));
const nxx = fc.tuple(fc.constantFrom(...'23456789'), digit, digit).map((c) => c.join(''));
const caLetter = (first: boolean) =>
  fc.constantFrom(...(first ? 'ABCEGHJKLMNPRSTVXY' : 'ABCEGHJKLMNPRSTVWXYZ'));
const label = fc
  .tuple(fc.string({ unit: alnum, minLength: 1, maxLength: 10 }), fc.string({ unit: alnum, maxLength: 5 }))
  .map(([a, b]) => (b ? `${a}-${b}` : a).toLowerCase());
const NAICS = [
  '11',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '42',
  '44',
  '45',
  '48',
  '49',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '61',
  '62',
  '71',
  '72',
  '81',
  '92',
];
const PRINTABLE = fc.constantFrom(...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)));

const VALID_INPUT: Record<FieldKind, fc.Arbitrary<string>> = {
  ein: fc.tuple(ein9, sep).map(([d, s]) => `${d.slice(0, 2)}${s}${d.slice(2)}`),
  ssn: fc.tuple(ssnParts, sep).map(([[a, g, s], x]) => `${a}${x}${g}${x}${s}`),
  importerNumber: fc.oneof(
    fc
      .tuple(ein9, suffix, fc.constantFrom('-', ' '))
      .map(([d, x, s]) => `${d.slice(0, 2)}${s}${d.slice(2)}${x}`.toLowerCase()),
    fc.tuple(ein9, suffix).map(([d, x]) => `${d}${x}`),
    fc.tuple(ssnParts, fc.option(suffix, { nil: '' })).map(([[a, g, s], x]) => `${a}-${g}-${s}${x}`),
    fc.tuple(digits(6), digits(5), fc.constantFrom('-', ' ', '')).map(([a, b, s]) => `${a}${s}${b}`),
  ),
  cbpAssignedNumber: fc.tuple(digits(6), digits(5), sep).map(([a, b, s]) => `${a}${s}${b}`),
  filerCode: fc
    .tuple(alnum, alnum, alnum)
    .map((c) => c.join(''))
    .filter((c) => c !== '000')
    .chain(caseOf),
  portCode: digits(4),
  entryNumber: fc
    .tuple(
      fc.tuple(alnum, alnum, alnum).map((c) => c.join('')),
      digits(7),
      fc.constantFrom('-', ' ', ''),
    )
    .filter(([f]) => f !== '000')
    .chain(([f, n, s]) => caseOf(`${f}${s}${n}${s}${entryCheckDigit(f + n)}`)),
  routingNumber: fc
    .tuple(pick(routingPrefixes), digits(6))
    .map(([p, r]) => {
      const d = [...(p + r)].map(Number);
      const sum = (i: number) => d[i] ?? 0;
      const check =
        (7 * (sum(0) + sum(3) + sum(6)) + 3 * (sum(1) + sum(4) + sum(7)) + 9 * (sum(2) + sum(5))) % 10;
      return `${p}${r}${check}`;
    })
    .filter((n) => n !== '000000000'),
  bankAccountNumber: fc.string({ unit: digit, minLength: 4, maxLength: 17 }),
  zip: fc.oneof(
    nonZero(5),
    fc.tuple(nonZero(5), digits(4), sep).map(([a, b, s]) => `${a}${s}${b}`),
  ),
  canadianPostalCode: fc
    .tuple(
      caLetter(true),
      digit,
      caLetter(false),
      digit,
      caLetter(false),
      digit,
      fc.constantFrom('', ' ', '-'),
    )
    .map(([a, b, c, d, e, f, s]) => `${a}${b}${c}${s}${d}${e}${f}`)
    .chain(caseOf),
  usState: fc.oneof(pick(Object.keys(US_STATES)), pick(Object.values(US_STATES))).chain(caseOf),
  canadianProvince: fc
    .oneof(pick(Object.keys(CANADIAN_PROVINCES)), pick(Object.values(CANADIAN_PROVINCES)))
    .chain(caseOf),
  countryIso2: fc.oneof(pick(Object.keys(COUNTRY_CODES)), pick(Object.values(COUNTRY_CODES))).chain(caseOf),
  email: fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...'abcXYZ019_+-'), minLength: 1, maxLength: 20 }),
      fc.array(label, { minLength: 1, maxLength: 3 }),
      fc.constantFrom('com', 'ORG', 'co', 'museum'),
    )
    .map(([local, labels, tld]) => `${local}@${[...labels, tld].join('.')}`),
  phone: fc
    .tuple(
      nxx.filter((a) => !/^\d11$/.test(a)),
      nxx,
      digits(4),
      fc.constantFrom('', '+1 ', '1-'),
      fc.constantFrom('', ' x12', ' ext. 345', 'x9'),
    )
    .chain(([a, e, l, pre, ext]) =>
      fc.constantFrom(
        `${pre}${a}-${e}-${l}${ext}`,
        `${pre}(${a}) ${e}-${l}${ext}`,
        `${a}.${e}.${l}${ext}`,
        `${a}${e}${l}`,
      ),
    ),
  streetLine: fc.string({ unit: PRINTABLE, minLength: 1, maxLength: 32 }).filter((s) => s.trim() !== ''),
  hts: fc.oneof(
    fc
      .tuple(digits(4), digits(2), digits(2), digits(2))
      .filter(([h]) => !h.startsWith('00') && !h.startsWith('77'))
      .map(([h, s, t, u]) => `${h}.${s}.${t}${u}`),
    digits(6).map((d) => `99${d}`),
    digits(6).map((d) => `99${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4)}`),
  ),
  duns: nonZero(9),
  naics: fc.tuple(pick(NAICS), digits(4)).map(([s, d]) => s + d),
  year: fc.integer({ min: 1776, max: new Date().getFullYear() }).map(String),
  einSsnOrCbpNumber: fc.oneof(
    ein9.map((d) => `${d.slice(0, 2)}-${d.slice(2)}`),
    ein9,
    ssnParts.map(([a, g, s]) => `${a}-${g}-${s}`),
    fc.tuple(digits(6), digits(5)).map(([a, b]) => `${a}-${b}`),
    fc.tuple(ein9, suffix).map(([d, x]) => `${d.slice(0, 2)}-${d.slice(2)}${x}`),
  ),
  phoneExtension: fc
    .tuple(fc.string({ unit: digit, minLength: 1, maxLength: 6 }), fc.constantFrom('', ' '))
    .map(([d, p]) => `${p}${d}${p}`),
  postalCode: fc.oneof(
    nonZero(5),
    fc.tuple(nonZero(5), digits(4)).map(([a, b]) => `${a}-${b}`),
    fc
      .tuple(caLetter(true), digit, caLetter(false), digit, caLetter(false), digit)
      .map(([a, b, c, d, e, f]) => `${a}${b}${c} ${d}${e}${f}`.toLowerCase()),
  ),
  stateOrProvince: fc
    .oneof(
      pick(Object.keys(US_STATES)),
      pick(Object.values(US_STATES)),
      pick(Object.keys(CANADIAN_PROVINCES)),
      pick(Object.values(CANADIAN_PROVINCES)),
    )
    .chain(caseOf),
};

describe('properties over generated valid input', () => {
  it.each(FIELD_KINDS)('%s: valid input is not an error, and normalizing is idempotent', (kind) => {
    fc.assert(
      fc.property(VALID_INPUT[kind], (raw) => {
        const first = validate(kind, raw);
        expect(first.level).not.toBe('error');
        expect(typeof first.normalized).toBe('string');
        const again = validate(kind, first.normalized as string);
        expect(again.normalized).toBe(first.normalized);
        expect(again.level).not.toBe('error');
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Arbitrary input: never throws, always a well-formed result.

function checkWellFormed(kind: FieldKind, raw: string) {
  const result = validate(kind, raw);
  expect(['ok', 'warning', 'error']).toContain(result.level);
  if (result.level === 'ok') {
    expect(result.message).toBeUndefined();
  } else {
    // One plain sentence: non-empty, short, one line, ending with a full stop, never the catch-all.
    expect(result.message).toMatch(/^[^\n]{10,300}\.$/u);
    expect(result.message).not.toBe(CAUGHT);
  }
  if (result.level !== 'error' && result.normalized !== undefined) {
    expect(validate(kind, result.normalized).normalized).toBe(result.normalized);
  }
}

describe('properties over arbitrary input', () => {
  const arbitraries = {
    grapheme: fc.string({ unit: 'grapheme', maxLength: 10000 }),
    'full unicode (binary)': fc.string({ unit: 'binary', maxLength: 10000 }),
    // Near misses reach deeper branches than random text: digits, letters and separators.
    'identifier-ish': fc.string({ unit: fc.constantFrom(...'0123456789AOIZaoz-. @+()x#'), maxLength: 20 }),
  };

  for (const [name, arbitrary] of Object.entries(arbitraries)) {
    it.each(FIELD_KINDS)(`%s never throws and returns a well-formed result on ${name} strings`, (kind) => {
      fc.assert(
        fc.property(arbitrary, (raw) => checkWellFormed(kind, raw)),
        { numRuns: 150 },
      );
    });
  }

  it.each(FIELD_KINDS)('%s handles very long and pathological input quickly', (kind) => {
    const samples = [
      '1'.repeat(100_000),
      '-'.repeat(100_000),
      `${'a'.repeat(50_000)}@`,
      `${'a.'.repeat(30_000)}@${'b.'.repeat(30_000)}`,
      `${'x1'.repeat(30_000)} ext 1`,
      '\ud800'.repeat(1000),
      '👍🏽'.repeat(5000),
      'ÅÅ',
    ];
    const start = performance.now();
    for (const raw of samples) checkWellFormed(kind, raw);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
