import { describe, expect, it } from 'vitest';
import { fillValues } from '@/lib/ace/draft-fill';
import { summarizeForPage } from './active';
import { fieldIssues } from './field-checks';
import { draftWith } from './test-helpers';

// Fill-from-draft must write 1B in the format the form checked it in: 1B's type decides how the
// number is read (DOMAIN.md §3.2: without dashes an EIN + suffix and a CBP-assigned number look alike).
describe('the page summary reads 1B by its type', () => {
  it.each<[string, string, string | null, string | null]>([
    // [1B type, 1B as typed, importer number for ACE, EIN]
    ['cbpAssigned', '12345678901', '123456-78901', null],
    ['cbpAssigned', '123456-78901', '123456-78901', null],
    ['ssn', '123456789', '123-45-6789', null],
    ['ssn', '123-45-6789', '123-45-6789', null],
    // An EIN typed like an SSN is still the EIN (the form warns); ACE's importer number is the EIN
    // with the suffix 00 CBP assigns when none is given.
    ['ein', '123-45-6789', '12-345678900', '12-3456789'],
    ['ein', '12-3456789', '12-345678900', '12-3456789'],
    ['ein', '123456789', '12-345678900', '12-3456789'],
    // No type chosen: the layout decides, as the form's check does.
    ['', '12-345678901', '12-345678901', null],
    ['', '123456-78901', '123456-78901', null],
    ['', '123-45-6789', '123-45-6789', null],
    // Unreadable for its type: nothing canonical to fill.
    ['ssn', '000-12-3456', null, null],
    ['cbpAssigned', '123-45-6789', null, null],
    ['ein', '12-34', null, null],
    // A CBP number is being requested: there is no number yet.
    ['none', '', null, null],
  ])('%s %j -> importer number %s, EIN %s', (idType, idNumber, importerNumber, ein) => {
    const summary = summarizeForPage(draftWith(idType, idNumber));
    expect(summary.importerNumber).toBe(importerNumber);
    expect(summary.ein).toBe(ein);
  });

  it.each<[string, string]>([
    ['cbpAssigned', '12345678901'],
    ['ssn', '123456789'],
    ['ein', '123-45-6789'],
    ['', '12-345678901'],
  ])(
    '%s %j: what is filled has the digits the form checked, and the form finds no error',
    (idType, idNumber) => {
      const draft = draftWith(idType, idNumber);
      const filled = fillValues(summarizeForPage(draft)).importerNumber ?? '';
      expect(filled.replace(/\W/g, '').startsWith(idNumber.replace(/\W/g, ''))).toBe(true);
      expect(
        fieldIssues(draft.form).filter((i) => i.path === 'section1.idNumber' && i.level === 'error'),
      ).toEqual([]);
    },
  );
});
