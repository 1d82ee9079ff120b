import { describe, expect, it } from 'vitest';
import { classifyField, splitHint } from './field-rules';

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
    ['State/Province', 'usState', 'state'],
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
