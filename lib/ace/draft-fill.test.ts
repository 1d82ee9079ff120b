import { describe, expect, it } from 'vitest';
import { type ActiveDraftSummary, summarizeForPage } from '@/lib/form5106/active';
import { draftWith } from '@/lib/form5106/test-helpers';
import { draftEinDigits, fillValues } from './draft-fill';

const address = {
  street1: '100 Market St',
  street2: '',
  city: 'Wilmington',
  state: 'DE',
  zip: '19801',
  country: '',
};
const draft: ActiveDraftSummary = {
  id: 'd1',
  name: 'Acme',
  importerName: 'Acme Imports LLC',
  idType: 'ein',
  idNumber: '12-3456789',
  ein: '12-3456789',
  importerNumber: '12-345678900',
  otherName: '',
  companyType: 'llc',
  mailing: address,
  physical: { ...address, street1: '' },
  phone: '(302) 555-0100',
  phoneExt: '12',
  email: 'ops@acme.example',
  website: '',
  updatedAt: 0,
};

describe('draft EIN for the page check', () => {
  it.each<[Partial<ActiveDraftSummary> | null, string | null]>([
    [null, null],
    [{}, '123456789'],
    [{ ein: null }, '123456789'],
    [{ ein: null, importerNumber: null }, null],
    [{ ein: null, idType: 'ssn', importerNumber: '123-45-6789' }, null],
  ])('%j -> %s', (patch, expected) => {
    expect(draftEinDigits(patch === null ? null : { ...draft, ...patch })).toBe(expected);
  });
});

describe('fill values', () => {
  it('maps identity, contact and mailing address; never blanks', () => {
    expect(fillValues(draft)).toEqual({
      companyName: 'Acme Imports LLC',
      importerNumber: '12-345678900',
      ein: '12-3456789',
      email: 'ops@acme.example',
      phone: '(302) 555-0100 x12',
      street1: '100 Market St',
      city: 'Wilmington',
      state: 'DE',
      zip: '19801',
    });
  });
  it('falls back to 1B as typed when it does not read as an importer number', () => {
    expect(fillValues({ ...draft, importerNumber: null, idNumber: '12 3456789' }).importerNumber).toBe(
      '12 3456789',
    );
  });
});

describe('fill values from a real draft summary', () => {
  it.each<[string, string, string]>([
    ['cbpAssigned', '12345678901', '123456-78901'],
    ['ssn', '123456789', '123-45-6789'],
    ['ein', '123-45-6789', '12-345678900'],
  ])('1B %s %j fills the importer number as %s', (idType, idNumber, expected) => {
    const summary = summarizeForPage(draftWith(idType, idNumber));
    expect(fillValues(summary).importerNumber).toBe(expected);
  });
});
