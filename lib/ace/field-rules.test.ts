import { describe, expect, it } from 'vitest';
import { type FieldKind, validate } from '@/lib/validation/index';
import { classifyField, FIELD_RULES, normalizeLabel, splitHint } from './field-rules';

describe('classifyField by accessible name', () => {
  it.each([
    ['Business Email Address', 'email', 'email'],
    ['Importer Record Number', 'importerNumber', 'importerNumber'],
    ['IR Number *', 'importerNumber', 'importerNumber'],
    ['Employer Identification Number (EIN)', 'ein', 'ein'],
    ['EIN', 'ein', 'ein'],
    ['Social Security Number', 'ssn', undefined],
    ['Bank Routing Number', 'routingNumber', undefined],
    ['Bank Account Number', 'bankAccountNumber', undefined],
    ['Account Number', 'bankAccountNumber', undefined],
    ['Filer Code', 'filerCode', undefined],
    ['Entry Number', 'entryNumber', undefined],
    ['Entry Summary Number', 'entryNumber', undefined],
    ['Port of Entry Code', 'portCode', undefined],
    ['ZIP Code', 'zip', 'zip'],
    ['State', 'usState', 'state'],
    ['State/Province', 'stateOrProvince', 'state'],
    ['Phone Number', 'phone', 'phone'],
    ['Fax', 'phone', undefined],
    ['Street Address 1', 'streetLine', 'street1'],
    ['Address Line 2', 'streetLine', 'street2'],
    ['City', undefined, 'city'],
    ['Company Name', undefined, 'companyName'],
    ['Company Legal Name', undefined, 'companyName'],
    ['Title', undefined, 'contactTitle'],
  ])('%s -> kind %s, fill %s', (label, kind, fill) => {
    const rule = classifyField({ accessibleName: label, hints: [] });
    expect(rule?.kind).toBe(kind);
    expect(rule?.fill).toBe(fill);
  });

  it.each(['Password', 'Search', 'Comments', 'Statement period', 'Remember me'])('ignores %s', (label) => {
    expect(classifyField({ accessibleName: label, hints: [] })).toBeNull();
  });
});

describe('labels that name several identifiers (EIN, SSN, CBP-assigned)', () => {
  // The 5106 1B label names all three: the SSN rule used to win, so an EIN got SSN checks.
  it.each([
    [
      'IRS Employer Identification Number (EIN), Social Security Number (SSN), or CBP-Assigned Number',
      'importerNumber',
      'importerNumber',
    ],
    ['SSN or CBP-assigned number', 'importerNumber', 'importerNumber'],
    // Tax-ID boxes take no importer-number suffix; only an EIN is ever filled into them.
    ['EIN/SSN', 'einSsnOrCbpNumber', 'ein'],
    ['Tax ID (EIN or SSN)', 'einSsnOrCbpNumber', 'ein'],
    ['SSN / FEIN', 'einSsnOrCbpNumber', 'ein'],
  ])('%s -> kind %s, fill %s', (label, kind, fill) => {
    const rule = classifyField({ accessibleName: label, hints: [] });
    expect(rule?.kind).toBe(kind);
    expect(rule?.fill).toBe(fill);
  });

  it.each([
    'IRS Employer Identification Number (EIN), Social Security Number (SSN), or CBP-Assigned Number',
    'EIN/SSN',
    'Tax ID (EIN or SSN)',
  ])('%s: an EIN is read as an EIN, not checked as an SSN', (label) => {
    const kind = classifyField({ accessibleName: label, hints: [] })?.kind;
    expect(kind).toBeDefined();
    const result = validate(kind as FieldKind, '98-1234567');
    expect(result.level).not.toBe('error');
    expect(result.detectedType).toBe('ein');
    expect(validate(kind as FieldKind, '12-3456789').detectedType).toBe('ein');
  });

  it('names of one identifier keep their own rule', () => {
    expect(classifyField({ accessibleName: 'Social Security Number', hints: [] })?.kind).toBe('ssn');
    expect(classifyField({ accessibleName: 'CBP-Assigned Number', hints: [] })?.kind).toBe(
      'cbpAssignedNumber',
    );
    expect(classifyField({ accessibleName: 'Employer Identification Number (EIN)', hints: [] })?.kind).toBe(
      'ein',
    );
  });
});

describe('phone extensions, postal codes and provinces', () => {
  it.each([
    ['Phone Extension', 'phoneExtension', undefined],
    ['Phone Ext.', 'phoneExtension', undefined],
    ['Fax Extension', 'phoneExtension', undefined],
    ['Ext.', 'phoneExtension', undefined],
    ['Extension', 'phoneExtension', undefined],
    // A phone box that takes the extension too is still a phone box.
    ['Phone Number (with extension)', 'phone', 'phone'],
    ['Postal Code', 'postalCode', 'zip'],
    ['Zip/Postal Code', 'postalCode', 'zip'],
    ['ZIP or Postal Code', 'postalCode', 'zip'],
    ['State or Province', 'stateOrProvince', 'state'],
    ['State / Province', 'stateOrProvince', 'state'],
    ['Province', 'stateOrProvince', 'state'],
  ])('%s -> kind %s, fill %s', (label, kind, fill) => {
    const rule = classifyField({ accessibleName: label, hints: [] });
    expect(rule?.kind).toBe(kind);
    expect(rule?.fill).toBe(fill);
  });

  it.each([[['phoneExt']], [['tel-extension']], [['phone_extension']], [['faxExt']]])(
    'name/id %j -> phoneExtension',
    (hints) => {
      expect(classifyField({ accessibleName: '', hints })?.kind).toBe('phoneExtension');
    },
  );

  it('"Extension" in other senses is not a phone extension', () => {
    expect(classifyField({ accessibleName: 'Extension Request Reason', hints: [] })?.kind).not.toBe(
      'phoneExtension',
    );
  });

  it('a Canadian address passes the boxes that name Canada too', () => {
    const kindOf = (label: string) => classifyField({ accessibleName: label, hints: [] })?.kind as FieldKind;
    expect(validate(kindOf('Zip/Postal Code'), 'K1A 0B1').level).toBe('ok');
    expect(validate(kindOf('State/Province'), 'ON').level).toBe('ok');
    expect(validate(kindOf('Phone Extension'), '123').level).toBe('ok');
    expect(validate(kindOf('ZIP Code'), 'K1A 0B1').level).toBe('error');
  });
});

describe('fields about another party', () => {
  it.each([
    ['Related Business EIN/SSN/CBP Number', 'einSsnOrCbpNumber'],
    ['Related Business EIN', 'ein'],
    ['Broker Company Name', undefined],
    ['Surety Phone Number', 'phone'],
  ])('%s: checked, never filled from the draft', (label, kind) => {
    const rule = classifyField({ accessibleName: label, hints: [] });
    if (kind) expect(rule?.kind).toBe(kind);
    expect(rule?.fill).toBeUndefined();
  });

  it('a very long accessible name is cut before any rule runs (no regex over pages of text)', () => {
    expect(normalizeLabel('Phone  '.repeat(50_000))).toHaveLength(200);
    expect(classifyField({ accessibleName: 'Phone '.repeat(50_000), hints: [] })?.kind).toBe('phone');
  });
});

describe('classifyField by name/id/autocomplete hints when there is no label', () => {
  it.each([
    [['importerRecordNumber'], 'importerNumber'],
    [['irn'], 'importerNumber'],
    [['routing_number'], 'routingNumber'],
    [['email'], 'email'],
    [['postal-code'], 'zip'],
    [['tel'], 'phone'],
    [['address-line1'], 'streetLine'],
  ])('%j -> %s', (hints, kind) => {
    expect(classifyField({ accessibleName: '', hints })?.kind).toBe(kind);
  });

  it('a label beats a misleading name attribute', () => {
    expect(classifyField({ accessibleName: 'Routing Number', hints: ['email'] })?.kind).toBe('routingNumber');
  });
});

describe('splitHint', () => {
  it.each([
    ['importerRecordNumber', 'importer record number'],
    ['address_line1', 'address line1'],
    ['ctl00$main$txtEIN', 'ctl00$main$txt ein'],
  ])('%s -> %s', (raw, expected) => {
    expect(splitHint(raw)).toBe(expected);
  });
});

describe('classifyField by text shown before the field (no label, no useful hint)', () => {
  it.each<[string, string | undefined]>([
    ['Importer Number:', 'importerNumber'],
    ['EIN', 'ein'],
    ['Telephone *', 'phone'],
    ['Notes', undefined],
  ])('%j -> %s', (text, kind) => {
    expect(
      classifyField({ accessibleName: '', hints: ['j_id0:j_id12:txt4'], nearbyText: () => text })?.kind,
    ).toBe(kind);
  });

  it('never gives a fill key: a guessed field may get a hint, never data written into it', () => {
    const byText = classifyField({ accessibleName: '', hints: [], nearbyText: () => 'Email' });
    expect(byText?.kind).toBe('email');
    expect(byText?.fill).toBeUndefined();
    expect(classifyField({ accessibleName: 'Email', hints: [] })?.fill).toBe('email');
    // The same derived rule each time (callers compare rules by identity).
    expect(classifyField({ accessibleName: '', hints: [], nearbyText: () => 'E-mail' })).toBe(byText);
  });

  it('is tried last: a label or a name/id hint wins, and it is not read when they match', () => {
    let read = 0;
    const nearbyText = () => {
      read++;
      return 'Entry Number';
    };
    expect(classifyField({ accessibleName: 'ZIP Code', hints: [], nearbyText })?.kind).toBe('zip');
    expect(classifyField({ accessibleName: '', hints: ['routingNumber'], nearbyText })?.kind).toBe(
      'routingNumber',
    );
    expect(read).toBe(0);
    // A placeholder-only name that matches nothing: the text before the field decides.
    expect(classifyField({ accessibleName: '12-3456789', hints: [], nearbyText })?.kind).toBe('entryNumber');
    expect(read).toBe(1);
  });
});

describe('fields named like secrets are never checked or filled', () => {
  it.each([
    'Password',
    'Confirm passcode',
    'PIN',
    'Shared Secret',
    'Security answer (email)',
    'One-time code sent to your phone',
    'Enter the verification code sent to your email',
    'MFA code',
  ])('%j', (name) => {
    expect(classifyField({ accessibleName: name, hints: ['email'] })).toBeNull();
    expect(classifyField({ accessibleName: '', hints: [], nearbyText: () => name })).toBeNull();
  });

  it.each([['emailOtp'], ['emailPassword'], ['email_pwd'], ['email-token']])(
    'name/id %j says secret: not an email field',
    (hint) => {
      expect(classifyField({ accessibleName: '123456', hints: [hint] })).toBeNull();
    },
  );

  it('"Secretary email" is an email field ("secret" as a word only)', () => {
    expect(classifyField({ accessibleName: 'Secretary email', hints: [] })?.kind).toBe('email');
  });

  it('"Social Security Number" is not a secret in this sense', () => {
    expect(classifyField({ accessibleName: 'Social Security Number', hints: [] })?.kind).toBe('ssn');
  });
});

describe('classifyField short-cut', () => {
  // The one-regex "any rule at all?" test must never change which rule wins: compare with the plain
  // walk over the table, on the table's own phrases cut and mixed with words that match nothing.
  const naive = (name: string, hints: string[]) => {
    const n = normalizeLabel(name);
    if (n) {
      const r = FIELD_RULES.find((rule) => rule.label.test(n));
      if (r) return r;
    }
    const hs = hints.map(splitHint).filter(Boolean);
    return FIELD_RULES.find((rule) => rule.hint && hs.some((h) => rule.hint?.test(h))) ?? null;
  };
  const words = [
    'state',
    'zip',
    'e-mail',
    'importer',
    'record',
    'number',
    'no.',
    '#',
    'ein',
    'fein',
    'tax id',
    'routing',
    'account',
    'entry',
    'summary',
    'port',
    'code',
    'phone',
    'fax',
    'street',
    'address',
    'line',
    '2',
    '1',
    'city',
    'company',
    'legal',
    'name',
    'title',
    'comments',
    'reference',
    'of',
    'postal',
    'ssn',
    'hts',
    'duns',
    'naics',
    'filer',
    '*',
    ':',
    'importerRecordNumber',
    'tel',
    'address_line2',
    'contact',
    'organization',
    'province',
    '/',
    'year established',
    'cbp-assigned',
    'ext',
    'extension',
    // ("social security" is left out: next to "code" it reads as a secret, which the plain walk ignores.)
    'employer identification',
    '(ein)',
    'or',
  ];
  it('picks the same rule as trying every rule in order', () => {
    let seed = 7;
    const pick = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return words[seed % words.length] as string;
    };
    for (let i = 0; i < 5000; i++) {
      const name = Array.from({ length: 1 + (i % 4) }, pick).join(i % 3 ? ' ' : '');
      const hints = i % 2 ? [pick(), `${pick()}_${pick()}`] : [];
      expect(classifyField({ accessibleName: name, hints }), `${name} | ${hints}`).toBe(naive(name, hints));
      expect(classifyField({ accessibleName: '', hints: [name] })).toBe(naive('', [name]));
    }
  });
});
