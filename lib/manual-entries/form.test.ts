import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, formFromInput, type ManualEntryForm, readManualEntryForm } from './form';

const TODAY = '2026-11-25';
const GOOD: ManualEntryForm = {
  entryNumber: 'ABC-1234567-6',
  entryDate: '06/02/2025',
  liquidated: 'yes',
  liquidationDate: '2026-04-17',
  entryType: '01',
  ieepaDuty: '$1,234.56',
};

describe('readManualEntryForm', () => {
  it('reads a good form into the stored shape', () => {
    expect(readManualEntryForm(GOOD, TODAY)).toEqual({
      ok: true,
      value: {
        entryNumber: 'ABC12345676',
        entryDate: '2025-06-02',
        liquidationDate: '2026-04-17',
        entryType: '01',
        ieepaDutyCents: 123_456,
      },
      warnings: {},
    });
  });

  it('"not yet" liquidated ignores whatever is left in the date field', () => {
    const result = readManualEntryForm({ ...GOOD, liquidated: 'not-yet', liquidationDate: 'junk' }, TODAY);
    expect(result.ok && result.value.liquidationDate).toBeNull();
  });

  it.each<[Partial<ManualEntryForm>, keyof ManualEntryForm, RegExp]>([
    [{ entryNumber: 'ABC-1234567-5' }, 'entryNumber', /check digit should be 6, not 5/],
    [
      { entryNumber: 'ABC-1234567' },
      'entryNumber',
      /missing its check digit, which for ABC-1234567 would be 6/,
    ],
    [{ entryNumber: '' }, 'entryNumber', /Enter the entry number/],
    [{ entryDate: '2025-13-01' }, 'entryDate', /not a date/],
    [{ entryDate: '2026-12-01' }, 'entryDate', /after today/],
    [{ liquidationDate: '' }, 'liquidationDate', /Enter the liquidation date/],
    [{ liquidationDate: '2025-05-30' }, 'liquidationDate', /before the entry date 2025-06-02/],
    [{ entryType: '99' }, 'entryType', /Choose the entry type/],
    [{ ieepaDuty: '12.345' }, 'ieepaDuty', /two digits at most/],
    [{ ieepaDuty: '' }, 'ieepaDuty', /Enter the IEEPA duty/],
  ])('%o -> error on %s', (change, field, message) => {
    const result = readManualEntryForm({ ...GOOD, ...change }, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[field]).toMatch(message);
      expect(Object.keys(result.errors)).toEqual([field]);
    }
  });

  it.each<[Partial<ManualEntryForm>, keyof ManualEntryForm, RegExp]>([
    [{ entryDate: '2024-12-02', liquidationDate: '2025-10-17' }, 'entryDate', /Outside the IEEPA period/],
    [{ ieepaDuty: '0' }, 'ieepaDuty', /nothing to claim/],
  ])('%o -> saved with a warning on %s', (change, field, message) => {
    const result = readManualEntryForm({ ...GOOD, ...change }, TODAY);
    expect(result.ok).toBe(true);
    expect(result.warnings[field]).toMatch(message);
  });

  it('reports every bad field at once', () => {
    const result = readManualEntryForm({ ...EMPTY_FORM, liquidated: 'yes' }, TODAY);
    expect(result.ok || Object.keys(result.errors).sort()).toEqual([
      'entryDate',
      'entryNumber',
      'ieepaDuty',
      'liquidationDate',
    ]);
  });

  it('round-trips through formFromInput', () => {
    const first = readManualEntryForm(GOOD, TODAY);
    if (!first.ok) throw new Error('expected ok');
    const again = readManualEntryForm(formFromInput(first.value), TODAY);
    expect(again.ok && again.value).toEqual(first.value);
  });
});
