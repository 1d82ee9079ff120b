import { describe, expect, it } from 'vitest';
import { fieldIssues } from './field-checks';
import { emptyRelated } from './schema';
import { filledForm } from './test-helpers';

function relatedIssues(idNumber: string) {
  const form = filledForm();
  form.section3.related = [{ ...emptyRelated(), status: 'current', name: 'Acme Holdings', idNumber }];
  return fieldIssues(form).filter((i) => i.path === 'section3.related.0.idNumber');
}

// 3F rows are {current/previous, name, EIN/SSN/CBP number} (DOMAIN.md §2.2): no importer-number suffix.
describe('5106 block 3F related businesses: EIN, SSN or CBP-assigned number', () => {
  it.each(['12-3456789', '12-345678900', '123-45-6789', '123456-78901'])('%j has no issue', (idNumber) => {
    expect(relatedIssues(idNumber)).toEqual([]);
  });

  it('never asks for a suffix', () => {
    expect(relatedIssues('12-3456789').map((i) => i.message)).not.toContainEqual(
      expect.stringContaining('suffix'),
    );
  });

  it.each([
    ['923-45-6789', 'error'],
    ['12-34', 'error'],
    ['123456789', 'warning'],
  ])('%j is a %s', (idNumber, level) => {
    expect(relatedIssues(idNumber)).toEqual([expect.objectContaining({ level })]);
  });
});

describe('5106 block 2C phone extension', () => {
  it.each([
    ['12', []],
    ['1234567', ['error']],
  ])('%j -> %j', (phoneExt, levels) => {
    const form = filledForm();
    form.section2.phoneExt = phoneExt;
    expect(
      fieldIssues(form)
        .filter((i) => i.path === 'section2.phoneExt')
        .map((i) => i.level),
    ).toEqual(levels);
  });
});
