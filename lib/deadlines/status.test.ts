import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from './calendar-date';
import { RULE_SETS, type RuleSet } from './rules';
import { computeStatus, normalizeEntryType, type StatusInput } from './status';
import { readLiquidationStatus, readProtestNumber, readProtestStatus } from './status-vocabulary';

const rules = RULE_SETS[0] as RuleSet;
const noClosures = { extraClosures: [] };

function input(overrides: Partial<StatusInput> = {}): StatusInput {
  return {
    entryDate: '2025-06-02',
    liquidationDate: '2026-01-30',
    liquidationStatus: 'Liquidated',
    entryType: '01',
    ieepaDutyCents: 123_456,
    ...overrides,
  };
}

const status = (overrides: Partial<StatusInput>, asOf: string) =>
  computeStatus(input(overrides), asOf, rules, noClosures);

describe('window boundaries (liquidation day = day 0, calendar days)', () => {
  it.each([
    // liquidated Fri 2026-01-30: L+80 = 2026-04-20, L+180 = 2026-07-29 (DOMAIN §5.2 example)
    ['2026-01-30', '2026-01-30', 'cape-window'],
    ['2026-01-30', '2026-04-20', 'cape-window'],
    ['2026-01-30', '2026-04-21', 'protest-window'],
    ['2026-01-30', '2026-07-29', 'protest-window'],
    ['2026-01-30', '2026-07-30', 'final'],
    // leap year: liquidated Fri 2024-02-09, 29 Feb inside both windows
    ['2024-02-09', '2024-04-29', 'cape-window'],
    ['2024-02-09', '2024-04-30', 'protest-window'],
    ['2024-02-09', '2024-08-07', 'protest-window'],
    ['2024-02-09', '2024-08-08', 'final'],
    // across a year end
    ['2025-12-19', '2026-03-09', 'cape-window'],
    ['2025-12-19', '2026-03-10', 'protest-window'],
  ])('liquidated %s, as of %s -> %s', (liquidationDate, asOf, expected) => {
    const result = status({ liquidationDate }, asOf);
    expect(result.status).toBe(expected);
    expect(result.ruleId).toBe(`cape-phase1-2026-04-20:${expected}`);
    expect(result.capeLastDay).toBe(addDays(liquidationDate, 80));
    expect(result.protestLastDay).toBe(addDays(liquidationDate, 180));
    expect(result.projectedLiquidation).toBeNull();
  });

  it.each([
    ['2026-01-30', '2026-04-20', '2026-07-29'],
    ['2024-02-09', '2024-04-29', '2024-08-07'],
  ])('liquidated %s: CAPE last day %s, protest last day %s', (liquidationDate, cape, protest) => {
    const result = status({ liquidationDate }, '2026-06-01');
    expect([result.capeLastDay, result.protestLastDay]).toEqual([cape, protest]);
  });

  it('is monotonic: day 0-80 CAPE, 81-180 protest, later final', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2027-12-31') }),
        fc.integer({ min: 0, max: 400 }),
        (liquidationDay, day) => {
          const result = status(
            { liquidationDate: fromDayNumber(liquidationDay), entryDate: '2024-01-01' },
            fromDayNumber(liquidationDay + day),
          );
          expect(result.status).toBe(day <= 80 ? 'cape-window' : day <= 180 ? 'protest-window' : 'final');
        },
      ),
    );
  });
});

describe('last day on a holiday or weekend (the calendar day stays the deadline)', () => {
  it.each([
    ['2023-12-22', '2024-06-19', 'Juneteenth National Independence Day'],
    ['2024-06-28', '2024-12-25', 'Christmas Day'],
    ['2024-07-05', '2025-01-01', "New Year's Day"],
    ['2026-05-15', '2026-11-11', 'Veterans Day'],
  ])('liquidated Fri %s -> protest last day Wed %s (%s)', (liquidationDate, lastDay, holiday) => {
    const result = status(
      { liquidationDate, entryDate: addDays(liquidationDate, -314) },
      addDays(liquidationDate, 100),
    );
    expect(result.status).toBe('protest-window');
    expect(result.protestLastDay).toBe(lastDay);
    expect(result.flags).toContain('protest-last-day-holiday');
    expect(result.flags).not.toContain('protest-last-day-weekend');
    const note = result.notes.find((n) => n.startsWith(`Protest last day ${lastDay}`));
    expect(note).toContain(holiday);
    expect(note).toContain(`(${addDays(lastDay, 1)})`);
  });

  it('an ordinary Wednesday gets no flag (liquidated 2026-01-30 -> 2026-07-29)', () => {
    const result = status({}, '2026-05-01');
    expect(result.protestLastDay).toBe('2026-07-29');
    expect(result.flags.filter((f) => f.includes('last-day'))).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it('CAPE last day on Memorial Day (liquidated 2026-03-06 -> 2026-05-25)', () => {
    const result = status({ liquidationDate: '2026-03-06' }, '2026-05-01');
    expect(result.status).toBe('cape-window');
    expect(result.capeLastDay).toBe('2026-05-25');
    expect(result.flags).toContain('cape-last-day-holiday');
    expect(result.notes.join(' ')).toContain('Memorial Day, Monday');
    expect(result.notes.join(' ')).toContain('(2026-05-26)');
  });

  it('deemed liquidation on a Tuesday: protest last day on a Sunday, flagged weekend', () => {
    const result = status({ liquidationDate: '2026-03-03' }, '2026-06-01');
    expect(result.protestLastDay).toBe('2026-08-30');
    expect(result.flags).toEqual(
      expect.arrayContaining(['protest-last-day-weekend', 'liquidation-not-friday']),
    );
    expect(result.notes.join(' ')).toContain('falls on a Sunday');
    expect(result.notes.join(' ')).toContain('(2026-08-31)');
  });

  it('keeps the flag but drops the caution note once the day has passed', () => {
    const result = status({ liquidationDate: '2023-12-22', entryDate: '2023-02-10' }, '2024-07-01');
    expect(result.status).toBe('final');
    expect(result.flags).toContain('protest-last-day-holiday');
    expect(result.notes.filter((n) => n.includes('last day'))).toEqual([]);
  });
});

describe('decision order', () => {
  it.each<[string, Partial<StatusInput>, string, string]>([
    ['no IEEPA duty', { ieepaDutyCents: 0 }, 'no-ieepa', 'No IEEPA duty'],
    ['negative IEEPA duty', { ieepaDutyCents: -100 }, 'no-ieepa', 'No IEEPA duty'],
    ['NaN IEEPA duty', { ieepaDutyCents: Number.NaN }, 'no-ieepa', 'No IEEPA duty'],
    ['type 09', { entryType: '09' }, 'cape-excluded', 'entry type 09 (reconciliation summary)'],
    ['type 47 with a label', { entryType: '47 - Drawback' }, 'cape-excluded', 'entry type 47 (drawback)'],
    ['type 8 without a zero', { entryType: '8' }, 'cape-excluded', 'entry type 08 (USMCA duty deferral)'],
    ['reconciliation flag', { reconciliationFlagged: true }, 'cape-excluded', 'flagged for reconciliation'],
    ['drawback flag', { drawbackFlagged: true }, 'cape-excluded', 'designated on a drawback claim'],
    [
      'excluded before protest',
      { entryType: '09', protestNumber: '270426100001' },
      'cape-excluded',
      'entry type 09',
    ],
    ['no IEEPA before excluded', { entryType: '09', ieepaDutyCents: 0 }, 'no-ieepa', 'No IEEPA duty'],
    [
      'open protest',
      { protestNumber: '270426100001', protestStatus: 'Open' },
      'protested',
      'appears to be open',
    ],
    [
      'suspended protest',
      { protestNumber: '270426100001', protestStatus: 'Suspended' },
      'protested',
      'Suspended',
    ],
    [
      'protest before unliquidated',
      { protestNumber: 'P1', protestStatus: 'Pending', liquidationDate: null },
      'protested',
      'P1',
    ],
    [
      'denied protest',
      { protestNumber: '270426100001', protestStatus: 'Denied' },
      'cape-window',
      'Liquidated 2026-01-30',
    ],
    [
      'approved in part',
      { protestNumber: 'P1', protestStatus: 'Approved in part' },
      'cape-window',
      'day 31 of the 80-day',
    ],
    ['"None" protest status', { protestStatus: 'None' }, 'cape-window', 'CAPE Phase 1 window'],
    [
      'no liquidation date',
      { liquidationDate: null, liquidationStatus: null },
      'unliquidated',
      'Not liquidated as of 2026-03-02',
    ],
  ])('%s -> %s', (_, overrides, expected, reasonPart) => {
    const result = status(overrides, '2026-03-02');
    expect(result.status).toBe(expected);
    expect(result.reason).toContain(reasonPart);
  });

  it('names every cause when several exclude the entry', () => {
    const result = status({ entryType: '47', reconciliationFlagged: true }, '2026-03-02');
    expect(result.reason).toContain('entry type 47 (drawback); flagged for reconciliation');
    expect(result.ruleId).toBe('cape-phase1-2026-04-20:cape-excluded');
  });

  it('fills the last days in every status when the liquidation date is known', () => {
    const result = status({ ieepaDutyCents: 0 }, '2026-03-02');
    expect(result.capeLastDay).toBe('2026-04-20');
    expect(result.protestLastDay).toBe('2026-07-29');
  });
});

describe('protests', () => {
  it('treats an unknown status with a number as open, with a note', () => {
    const result = status({ protestNumber: 'P9', protestStatus: 'Status 7' }, '2026-03-02');
    expect(result.status).toBe('protested');
    expect(result.flags).toContain('protest-status-unknown');
    expect(result.notes.join(' ')).toContain('"Status 7", which was not recognized');
  });

  it('treats a number without a status as open, with a note', () => {
    const result = status({ protestNumber: 'P9', protestStatus: '  ' }, '2026-03-02');
    expect(result.status).toBe('protested');
    expect(result.notes.join(' ')).toContain('Protest P9 has no status');
  });

  it('treats an open status without a number as open, with a note', () => {
    const result = status({ protestNumber: '', protestStatus: 'Pending' }, '2026-03-02');
    expect(result.status).toBe('protested');
    expect(result.notes.join(' ')).toContain('no protest number');
  });

  it('notes a decided protest and goes on with the dates', () => {
    const result = status({ protestNumber: 'P9', protestStatus: 'Deemed denied' }, '2026-05-01');
    expect(result.status).toBe('protest-window');
    expect(result.notes.join(' ')).toContain('Protest P9 was decided ("Deemed denied")');
  });

  it.each(['N/A', 'None', '0', '-', '000-00', ' n/a '])(
    'placeholder protest number %j is no protest',
    (protestNumber) => {
      const result = status({ protestNumber, protestStatus: null }, '2026-03-02');
      expect(result.status).toBe('cape-window');
      expect(result.flags).not.toContain('protest-status-unknown');
      expect(readProtestNumber(protestNumber)).toBeNull();
    },
  );

  it.each([
    ['2704-26-100001', '2704-26-100001'],
    [' P9 ', 'P9'],
    ['10', '10'],
  ])('protest number %j reads %j', (text, expected) => expect(readProtestNumber(text)).toBe(expected));

  it.each([
    ['Approved', 'final'],
    ['DENIED', 'final'],
    ['Closed', 'final'],
    ['Allowed', 'final'],
    ['Rejected', 'final'],
    ['Denied in part', 'final'],
    ['Open', 'open'],
    ['pending review', 'open'],
    ['Suspended', 'open'],
    ['Filed', 'open'],
    ['N/A', 'none'],
    ['', 'none'],
    [null, 'none'],
    ['Status 7', 'unknown'],
  ])('protest status %j reads %s', (text, expected) => expect(readProtestStatus(text)).toBe(expected));
});

describe('unliquidated', () => {
  it('projects liquidation at entry date + 314 days, labelled an estimate', () => {
    const result = status({ liquidationDate: null, liquidationStatus: 'Unliquidated' }, '2026-03-02');
    expect(result.status).toBe('unliquidated');
    expect(result.ruleId).toBe('cape-phase1-2026-04-20:unliquidated-no-date');
    expect(result.projectedLiquidation).toBe('2026-04-12');
    expect(result.capeLastDay).toBeNull();
    expect(result.protestLastDay).toBeNull();
    expect(result.flags).toContain('projected-liquidation-estimate');
    expect(result.reason).toContain('around 2026-04-12 (estimate only');
  });

  it.each([
    ['Extended'],
    ['Liquidation Suspended'],
    ['UNDER REVIEW'],
    ['Open'],
    ['Unliquidated'],
    ['Pending'],
  ])('status %s wins over a liquidation date on file', (liquidationStatus) => {
    const result = status({ liquidationStatus }, '2026-03-02');
    expect(result.status).toBe('unliquidated');
    expect(result.ruleId).toBe('cape-phase1-2026-04-20:unliquidated-status');
    expect(result.flags).toContain('liquidation-status-conflict');
    expect(result.capeLastDay).toBe('2026-04-20');
  });

  it.each([
    ['Liquidated', 'liquidated'],
    ['Deemed Liquidated', 'liquidated'],
    ['Reliquidated', 'liquidated'],
    ['Liquidated - Pending Reliquidation', 'liquidated'],
    ['Reliquidation Pending', 'liquidated'],
    ['Re-liquidation in process', 'liquidated'],
    ['Reliquidation Suspended', 'liquidated'],
    ['Not Final', 'liquidated'],
    ['Liquidation Pending', 'unliquidated'],
    ['Unliquidated', 'unliquidated'],
    ['Not yet liquidated', 'unliquidated'],
    ['Liquidation Extended', 'unliquidated'],
    ['Under review', 'unliquidated'],
    ['Code 36', 'unknown'],
    ['', 'unknown'],
  ])('liquidation status %j reads %s', (text, expected) =>
    expect(readLiquidationStatus(text)).toBe(expected),
  );

  it('"Reliquidation Pending" with a liquidation date follows the date, like any liquidation', () => {
    const result = status({ liquidationStatus: 'Reliquidation Pending' }, '2026-06-15');
    expect(result.status).toBe('protest-window');
    expect(result.flags).toEqual([]);
  });

  it('"Not Final" with a liquidation date keeps the protest clock running from that date', () => {
    expect(status({ liquidationStatus: 'Not Final' }, '2026-06-15').status).toBe('protest-window');
  });

  it('a liquidation date still ahead is scheduled, not liquidated', () => {
    const result = status({ liquidationDate: '2026-03-06' }, '2026-03-02');
    expect(result.status).toBe('unliquidated');
    expect(result.ruleId).toBe('cape-phase1-2026-04-20:unliquidated-scheduled');
    expect(result.flags).toContain('liquidation-scheduled');
    expect(result.capeLastDay).toBe('2026-05-25');
  });

  it('flags a status saying liquidated with no date', () => {
    const result = status({ liquidationDate: null, liquidationStatus: 'Liquidated' }, '2026-03-02');
    expect(result.status).toBe('unliquidated');
    expect(result.flags).toContain('liquidation-date-missing');
  });

  it('flags a passed projection', () => {
    const result = status({ liquidationDate: null, entryDate: '2025-03-10' }, '2026-03-02');
    expect(result.projectedLiquidation).toBe('2026-01-18');
    expect(result.flags).toContain('projected-liquidation-passed');
  });

  it('cannot project without an entry date', () => {
    const result = status({ liquidationDate: null, entryDate: null }, '2026-03-02');
    expect(result.projectedLiquidation).toBeNull();
    expect(result.flags).toContain('entry-date-missing');
    expect(result.flags).not.toContain('projected-liquidation-estimate');
  });
});

describe('deemed liquidation (entry + 1 year, + 4 if extended; DOMAIN §5.1, §5.4)', () => {
  // Entered Tue 2025-02-04, nothing posted: deemed liquidated 2026-02-04 absent an extension, so
  // CAPE last day Sat 2026-04-25 and protest last day Mon 2026-08-03, counted like a posted liquidation.
  const entered = (liquidationStatus: string | null, entryType = '01') => ({
    entryDate: '2025-02-04',
    liquidationDate: null,
    liquidationStatus,
    entryType,
  });

  it('flags an entry past the 1-year cap, with the last days it would have had, and keeps it unliquidated', () => {
    const result = status(entered('Unliquidated'), '2026-06-15');
    expect(result.status).toBe('unliquidated'); // ACE still shows it unliquidated: CAPE takes it (§6.3)
    expect(result.ruleId).toBe('cape-phase1-2026-04-20:unliquidated-no-date');
    expect(result.flags).toContain('possibly-deemed-liquidated');
    expect(result.deemedLiquidation).toEqual({
      date: '2026-02-04',
      capeLastDay: '2026-04-25',
      protestLastDay: '2026-08-03',
    });
    expect([result.capeLastDay, result.protestLastDay]).toEqual([null, null]);
    expect(result.reason).toContain('may have been deemed liquidated on 2026-02-04');
    const note = result.notes.find((n) => n.includes('deemed liquidated on 2026-02-04')) ?? '';
    expect(note).toContain('CAPE last day on 2026-04-25 (a Saturday');
    expect(note).toContain('protest last day on 2026-08-03');
    expect(note).toContain('in ACE');
  });

  it('names a holiday on a would-be last day (entered 2025-05-15: protest last day Veterans Day)', () => {
    const result = status({ ...entered('Unliquidated'), entryDate: '2025-05-15' }, '2026-06-15');
    expect(result.deemedLiquidation?.protestLastDay).toBe('2026-11-11');
    expect(result.notes.join(' ')).toContain('2026-11-11 (Veterans Day, Wednesday');
  });

  it.each<[string, Partial<StatusInput>, string, string | null]>([
    ['on the cap day itself', entered('Unliquidated'), '2026-02-04', null],
    ['the day after the cap', entered('Unliquidated'), '2026-02-05', '2026-02-04'],
    // No status column, or "Liquidated" without its date: most likely liquidated on schedule, earlier
    // than the cap; would-be last days from the cap would come after the real ones.
    ['no liquidation status at all', entered(null), '2026-06-15', null],
    ['status liquidated, date missing', entered('Liquidated'), '2026-06-15', null],
    [
      'with a liquidation date on file but status unliquidated',
      { ...entered('Unliquidated'), liquidationDate: '2026-01-30' },
      '2026-06-15',
      '2026-02-04',
    ],
    ['extended: 4-year cap not reached', entered('Liquidation Extended'), '2026-06-15', null],
    ['extended: past the 4-year cap', entered('Extended'), '2029-02-05', '2029-02-04'],
    ['suspended: no cap', entered('Liquidation Suspended', '03'), '2030-01-01', null],
    ['warehouse entry: the year runs from withdrawal', entered('Unliquidated', '21'), '2026-06-15', null],
    [
      'entry from a leap day',
      { ...entered('Unliquidated'), entryDate: '2024-02-29' },
      '2025-06-01',
      '2025-02-28',
    ],
  ])('%s', (_, overrides, asOf, deemedOn) => {
    const result = status(overrides, asOf);
    expect(result.status).toBe('unliquidated');
    expect(result.deemedLiquidation?.date ?? null).toBe(deemedOn);
    expect(result.flags.includes('possibly-deemed-liquidated')).toBe(deemedOn !== null);
  });

  it('a scheduled liquidation date still ahead is not second-guessed', () => {
    const result = status({ ...entered(null), liquidationDate: '2026-07-03' }, '2026-06-15');
    expect(result.ruleId).toBe('cape-phase1-2026-04-20:unliquidated-scheduled');
    expect(result.deemedLiquidation ?? null).toBeNull();
  });
});

describe('data-quality flags', () => {
  it.each<[string, Partial<StatusInput>, string]>([
    ['liquidation on a Monday', { liquidationDate: '2026-02-02' }, 'liquidation-not-friday'],
    [
      'liquidation before entry',
      { entryDate: '2026-02-10', liquidationDate: '2026-01-30' },
      'liquidation-before-entry',
    ],
    ['entry before the IEEPA period', { entryDate: '2025-01-15' }, 'entry-date-outside-ieepa-window'],
    [
      'entry after the IEEPA period',
      { entryDate: '2026-02-24', liquidationDate: null },
      'entry-date-outside-ieepa-window',
    ],
    ['impossible liquidation date', { liquidationDate: '2026-02-30' }, 'invalid-liquidation-date'],
    ['impossible entry date', { entryDate: '06/02/2025' }, 'invalid-entry-date'],
    ['unknown liquidation status', { liquidationStatus: 'Code 36' }, 'liquidation-status-unknown'],
  ])('%s -> %s', (_, overrides, expectedFlag) => {
    const result = status(overrides, '2026-03-02');
    expect(result.flags).toContain(expectedFlag);
    expect(result.notes.length).toBeGreaterThan(0);
  });

  it('a clean Friday liquidation has no flags', () => {
    expect(status({}, '2026-03-02').flags).toEqual([]);
  });

  it('does not throw on an impossible date', () => {
    expect(status({ liquidationDate: 'garbage', entryDate: 'garbage' }, '2026-03-02').status).toBe(
      'unliquidated',
    );
  });
});

describe('defaults', () => {
  it('uses the rule set in effect on asOf', () => {
    expect(computeStatus(input(), '2026-03-02').ruleId).toBe('cape-phase1-2026-04-20:cape-window');
  });

  it.each([
    ['01', '01'],
    ['1', '01'],
    [' 47 - Drawback', '47'],
    ['123', null],
    ['AB', null],
    [null, null],
  ])('normalizeEntryType(%j) = %j', (raw, expected) => expect(normalizeEntryType(raw)).toBe(expected));
});
