import { describe, expect, it } from 'vitest';
import { type FieldKind, validate } from './index';
import { describeChar, fold } from './text';

// Users paste from PDFs and spreadsheets: full-width forms, typographic dashes and odd spaces are
// folded to ASCII. Anything else that is not ASCII is reported, never silently turned into something
// else (NFKC turned a circled ㉑ into "21" and a Roman-numeral Ⅻ into "XII").
describe('fold: only full-width forms, dashes and spaces become ASCII', () => {
  it.each([
    ['１２－３４５６７８９', '12-3456789'],
    ['ａｂｃ', 'ABC'],
    ['Ｋ１Ａ\u3000０Ｂ１', 'K1A 0B1'],
  ])('%j -> %j', (raw, folded) => {
    expect(fold(raw)).toBe(folded);
  });

  it.each(['㉑', '⑫', '¹²³', '⓪', 'Ⅻ', 'ß', 'ı', 'ﬁ'])('%j is left as it is', (raw) => {
    expect(fold(raw)).toBe(raw);
  });
});

describe('non-ASCII look-alikes are reported, not read as digits or letters', () => {
  it.each<[FieldKind, string, string]>([
    ['ein', '㉑3456789', 'An EIN has only digits (NN-NNNNNNN): remove “㉑”.'],
    ['ein', '⑫3456789', 'An EIN has only digits (NN-NNNNNNN): remove “⑫”.'],
    ['ssn', '¹²³-45-6789', 'An SSN has only digits (NNN-NN-NNNN): remove “¹”.'],
    ['routingNumber', '⓪11000015', 'A routing number has only digits: remove “⓪”.'],
    ['filerCode', 'Ⅻ', 'A filer code holds only letters and digits: remove “Ⅻ”.'],
    // 'ß'.toUpperCase() is 'SS': two letters would have become a 3-character filer code.
    ['filerCode', 'aß', 'A filer code holds only letters and digits: remove “ß”.'],
    ['entryNumber', 'Ⅻ12345676', 'An entry number holds only letters and digits: remove “Ⅻ”.'],
    [
      'phone',
      '²⁰²-867-5309',
      'A phone number has only digits, spaces, dashes, dots and brackets: remove “²”.',
    ],
    ['email', 'ﬁnance@acme.example', 'The part before the @ cannot contain “ﬁ”: remove it.'],
  ])('%s %j: %s', (kind, raw, message) => {
    expect(validate(kind, raw)).toEqual({ level: 'error', message });
  });

  it.each<[FieldKind, string, string]>([
    ['ein', '１２－３４５６７８９', '12-3456789'],
    ['entryNumber', 'ＡＢＣ－１２３４５６７－６', 'ABC12345676'],
    ['entryNumber', 'ABC\u20121234567\u20136', 'ABC12345676'],
    ['filerCode', 'ａｂｃ', 'ABC'],
    ['email', 'ops＠acme．example', 'ops@acme.example'],
    ['phone', '（２０２）８６７－５３０９', '(202) 867-5309'],
  ])('%s %j still reads as %s (full-width forms and dashes are folded)', (kind, raw, normalized) => {
    expect(validate(kind, raw)).toEqual({ level: 'ok', normalized });
  });
});

describe('invisible characters are named, not quoted', () => {
  it.each([
    ['\u200b', 'an invisible character (U+200B)'],
    ['\u00ad', 'an invisible character (U+00AD)'],
    ['\u2060', 'an invisible character (U+2060)'],
    ['\u0007', 'an invisible control character (U+0007)'],
    ['\ud800', 'a broken character (U+D800)'],
    ['/', '“/”'],
    ['é', '“é”'],
  ])('%j -> %s', (ch, shown) => {
    expect(describeChar(ch)).toBe(shown);
  });

  it.each<[FieldKind, string, string]>([
    [
      'ein',
      '12-345\u200b6789',
      'An EIN has only digits (NN-NNNNNNN): remove an invisible character (U+200B).',
    ],
    [
      'entryNumber',
      'ABC\u00ad1234567-6',
      'An entry number holds only letters and digits: remove an invisible character (U+00AD).',
    ],
    [
      'importerNumber',
      '12-3456789\u20600',
      'The importer-number suffix holds only letters and digits: remove an invisible character (U+2060).',
    ],
    [
      'importerNumber',
      '12345678\u200b900',
      'An importer number holds only letters and digits: remove an invisible character (U+200B).',
    ],
  ])('%s %j: %s', (kind, raw, message) => {
    expect(validate(kind, raw)).toMatchObject({ level: 'error', message });
  });

  it('a street line names the invisible character too', () => {
    expect(validate('streetLine', '12 Main St\u200b')).toEqual({
      level: 'warning',
      message:
        'ACE may not accept an invisible character (U+200B) in an address: write the line with plain letters and digits.',
      normalized: '12 Main St\u200b',
    });
  });
});
