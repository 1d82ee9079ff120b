import { describe, expect, it } from 'vitest';
import { headerSignature } from '../reports/columns';
import { detectReport } from '../reports/detect';
import { buildMapping, mappingFields, suggestPicks } from './mapping-draft';

const header = ['Entry #', 'Tariff', 'Duty Paid', 'Date of Entry'];

describe('mapping screen logic', () => {
  it('lists required fields first', () => {
    const fields = mappingFields('es003');
    expect(fields.slice(0, 3).map((f) => [f.field, f.required])).toEqual([
      ['entryNumber', true],
      ['hts', true],
      ['duty', true],
    ]);
    expect(fields.some((f) => f.field === 'entryDate' && !f.required)).toBe(true);
  });

  it('pre-fills what the aliases recognise', () => {
    expect(suggestPicks('es003', header)).toEqual({ entryNumber: 'Entry #' });
  });

  it('builds a mapping the engine accepts for that header', () => {
    const check = buildMapping(
      'es003',
      { entryNumber: 'Entry #', hts: 'Tariff', duty: 'Duty Paid', entryDate: 'Date of Entry' },
      header,
    );
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    const detection = detectReport(header, { [headerSignature(header)]: check.mapping });
    expect(detection).toMatchObject({ ok: true, report: 'es003', viaMapping: true });
  });

  it.each([
    [{ entryNumber: 'Entry #', hts: 'Tariff' }, ['Pick the column that holds the line duty amount.']],
    [
      { entryNumber: 'Entry #', hts: 'Tariff', duty: 'Tariff' },
      ['"Tariff" is picked for both the hts number and the line duty amount; a column can hold one field.'],
    ],
    [
      { entryNumber: 'Entry #', hts: 'Tariff', duty: 'Nope' },
      ['"Nope" is not a column of this file; pick another for the line duty amount.'],
    ],
  ])('refuses %o with a message', (picks, messages) => {
    expect(buildMapping('es003', picks, header)).toEqual({ ok: false, messages });
  });
});
