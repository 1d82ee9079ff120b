// The per-entry decision: which recovery route is open for an entry on a given day.
//
//   no IEEPA duty ─► no-ieepa
//   type 08/09/47, reconciliation, drawback ─► cape-excluded
//   open protest ─► protested
//   no liquidation (date missing, status says so, or date still ahead) ─► unliquidated
//     (a status saying unliquidated, past the deemed-liquidation cap, no extension or suspension:
//      + possibly-deemed-liquidated)
//   liquidated L:  asOf ≤ L+80 ─► cape-window   ≤ L+180 ─► protest-window   later ─► final
//
// All windows count calendar days with the liquidation day as day 0 (DOMAIN §5.2, §6.3). A last day
// on a weekend or holiday stays the deadline; the next business day is only mentioned as a caution.
import type { EntryStatus } from '../reports/model';
import {
  addDays,
  addYears,
  type CalendarDate,
  compare,
  dayOfWeek,
  daysBetween,
  isCalendarDate,
  weekdayName,
} from './calendar-date';
import { federalHoliday, type HolidayOptions, isWeekend, nextBusinessDay } from './holidays';
import { DEEMED_LIQUIDATION, type RuleSet, rulesFor } from './rules';
import { type DeadlineKind, type DecisionRow, type ExclusionCause, NOTES, REASONS } from './status-text';
import {
  readLiquidationHold,
  readLiquidationStatus,
  readProtestNumber,
  readProtestStatus,
} from './status-vocabulary';

export type StatusInput = {
  entryDate: CalendarDate | null;
  liquidationDate: CalendarDate | null;
  liquidationStatus?: string | null;
  entryType?: string | null;
  ieepaDutyCents: number;
  reconciliationFlagged?: boolean;
  drawbackFlagged?: boolean;
  protestStatus?: string | null;
  protestNumber?: string | null;
};

/** Where an unliquidated entry would stand had it been deemed liquidated on its cap (DOMAIN §5.1). */
export type DeemedLiquidation = {
  /** entry date + 1 year (+ 4 if extended): the date a deemed liquidation carries (19 CFR 159.9). */
  date: CalendarDate;
  capeLastDay: CalendarDate;
  protestLastDay: CalendarDate;
};

export type StatusResult = {
  status: EntryStatus;
  /** `<rule set id>:<decision row>`, e.g. 'cape-phase1-2026-04-20:cape-window'. */
  ruleId: string;
  reason: string;
  capeLastDay: CalendarDate | null;
  protestLastDay: CalendarDate | null;
  projectedLiquidation: CalendarDate | null;
  /**
   * Set with the 'possibly-deemed-liquidated' flag: the entry is unliquidated in the data but past
   * its deemed-liquidation cap. Its last days are not capeLastDay / protestLastDay (those come from
   * a posted liquidation); reminders track them as "if deemed liquidated".
   */
  deemedLiquidation?: DeemedLiquidation | null;
  flags: string[];
  notes: string[];
};

export type StatusOptions = HolidayOptions;

const FRIDAY = 5;

/** '1', '01', '01 - Consumption' -> '01'; anything without a leading 1-2 digit code -> null. */
export function normalizeEntryType(raw: string | null | undefined): string | null {
  const match = /^\s*(\d{1,2})(?!\d)/.exec(raw ?? '');
  return match?.[1] ? match[1].padStart(2, '0') : null;
}

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

export function computeStatus(
  input: StatusInput,
  asOf: CalendarDate,
  rules: RuleSet = rulesFor(asOf),
  options: StatusOptions = {},
): StatusResult {
  const flags: string[] = [];
  const notes: string[] = [];
  const flag = (name: string, note?: string) => {
    if (!flags.includes(name)) flags.push(name);
    if (note !== undefined) notes.push(note);
  };

  const validDate = (value: CalendarDate | null, field: string, flagName: string): CalendarDate | null => {
    if (value === null || isCalendarDate(value)) return value;
    flag(flagName, NOTES.invalidDate(field, value));
    return null;
  };
  const entryDate = validDate(input.entryDate, 'entry date', 'invalid-entry-date');
  const liquidation = validDate(input.liquidationDate, 'liquidation date', 'invalid-liquidation-date');
  const liquidationStatus = blankToNull(input.liquidationStatus);
  const protestStatus = blankToNull(input.protestStatus);
  // "N/A", "0", "-" and the like in the protest-number column mean no protest.
  const protestNumber = readProtestNumber(input.protestNumber);

  // Why a last day falls on a day CBP offices are closed ("Christmas Day, Wednesday"), or null.
  function closedBecause(lastDay: CalendarDate, holiday = federalHoliday(lastDay, options)): string | null {
    if (holiday) return `${holiday.name}${holiday.observed ? ' (observed)' : ''}, ${weekdayName(lastDay)}`;
    return isWeekend(lastDay) ? `a ${weekdayName(lastDay)}` : null;
  }

  // The same caution, short, for a last day inside another note.
  function closedNote(lastDay: CalendarDate): string | null {
    const because = closedBecause(lastDay);
    return because === null
      ? null
      : `${because}: the calendar day counts, not the next business day ${nextBusinessDay(lastDay, options)}`;
  }

  // Flags a last day on a weekend or holiday; the caution note only helps while the day is ahead.
  function checkLastDay(kind: DeadlineKind, lastDay: CalendarDate) {
    const holiday = federalHoliday(lastDay, options);
    const because = closedBecause(lastDay, holiday);
    if (because === null) return;
    if (holiday) flag(`${kind}-last-day-holiday`);
    if (isWeekend(lastDay)) flag(`${kind}-last-day-weekend`);
    if (compare(asOf, lastDay) <= 0) {
      notes.push(NOTES.lastDayClosed(kind, lastDay, because, nextBusinessDay(lastDay, options)));
    }
  }

  // Dates derived from L are reported in every status, so the user sees them whatever the route.
  const lastDays = liquidation
    ? {
        cape: addDays(liquidation, rules.capeWindowDays),
        protest: addDays(liquidation, rules.protestWindowDays),
      }
    : null;
  if (lastDays) {
    checkLastDay('cape', lastDays.cape);
    checkLastDay('protest', lastDays.protest);
  }
  if (liquidation && dayOfWeek(liquidation) !== FRIDAY) {
    flag('liquidation-not-friday', NOTES.liquidationNotFriday(liquidation, weekdayName(liquidation)));
  }
  if (liquidation && entryDate && compare(liquidation, entryDate) < 0) {
    flag('liquidation-before-entry', NOTES.liquidationBeforeEntry(liquidation, entryDate));
  }

  const result = (
    status: EntryStatus,
    row: DecisionRow,
    reason: string,
    projectedLiquidation: CalendarDate | null = null,
    deemedLiquidation: DeemedLiquidation | null = null,
  ): StatusResult => ({
    status,
    ruleId: `${rules.id}:${row}`,
    reason,
    capeLastDay: lastDays?.cape ?? null,
    protestLastDay: lastDays?.protest ?? null,
    projectedLiquidation,
    deemedLiquidation,
    flags,
    notes,
  });

  if (!(input.ieepaDutyCents > 0)) return result('no-ieepa', 'no-ieepa', REASONS.noIeepa());

  if (
    entryDate &&
    (compare(entryDate, rules.ieepaEntryDateWindow.from) < 0 ||
      compare(entryDate, rules.ieepaEntryDateWindow.to) > 0)
  ) {
    flag(
      'entry-date-outside-ieepa-window',
      NOTES.entryDateOutsideWindow(entryDate, rules.ieepaEntryDateWindow.from, rules.ieepaEntryDateWindow.to),
    );
  }

  const causes: ExclusionCause[] = [];
  const entryType = normalizeEntryType(input.entryType);
  if (entryType && rules.capeExcludedEntryTypes.includes(entryType))
    causes.push({ kind: 'entry-type', entryType });
  if (input.reconciliationFlagged) causes.push({ kind: 'reconciliation' });
  if (input.drawbackFlagged) causes.push({ kind: 'drawback' });
  if (causes.length > 0) return result('cape-excluded', 'cape-excluded', REASONS.capeExcluded(causes));

  const protest = readProtestStatus(protestStatus);
  if (protestNumber !== null || protest === 'open') {
    if (protest === 'final') {
      notes.push(NOTES.protestDecided(protestNumber, protestStatus ?? ''));
    } else {
      if (protestNumber === null) notes.push(NOTES.protestWithoutNumber(protestStatus ?? ''));
      else if (protest !== 'open')
        flag('protest-status-unknown', NOTES.protestStatusUnknown(protestNumber, protestStatus));
      return result('protested', 'protest-open', REASONS.protestOpen(protestNumber, protestStatus));
    }
  }

  const liquidationReading = readLiquidationStatus(liquidationStatus);

  // Past entry + 1 year (+ 4 if extended; no limit if suspended) with no liquidation on file, the
  // law says the entry was deemed liquidated on that day (DOMAIN §5.1, §5.4), with the same CAPE and
  // protest windows as a posted liquidation. The status stays 'unliquidated', so the entry stays in
  // the CAPE file: CAPE validates against ACE's own liquidation status, and Phase 1 accepts entries
  // ACE shows unliquidated (§6.3 "Included: unliquidated entries"). If ACE has meanwhile posted the
  // deemed liquidation, CAPE rejects just that entry ("Accepted with Error(s)"); leaving it out could
  // lose its refund. The last days are reported (note + deemedLiquidation) and reminders track them
  // as "if deemed liquidated": a missed protest cannot be undone.
  function possiblyDeemed(): DeemedLiquidation | null {
    // Only when a status column says the entry is unliquidated: with no status (an ES-003 without
    // the liquidation columns) or "Liquidated" without a date, the entry most likely liquidated on
    // schedule (about 314 days after entry, see the projected-liquidation notes), and would-be last
    // days counted from the later cap would remind the user after the real ones.
    if (entryDate === null || liquidationReading !== 'unliquidated') return null;
    const type = normalizeEntryType(input.entryType);
    if (type && (DEEMED_LIQUIDATION.clockNotFromEntryTypes as readonly string[]).includes(type)) return null;
    const hold = readLiquidationHold(liquidationStatus);
    if (hold === 'suspended') return null;
    const extended = hold === 'extended';
    const years = extended ? DEEMED_LIQUIDATION.extendedCapYears : DEEMED_LIQUIDATION.years;
    const date = addYears(entryDate, years);
    if (compare(asOf, date) <= 0) return null;
    const deemed = {
      date,
      capeLastDay: addDays(date, rules.capeWindowDays),
      protestLastDay: addDays(date, rules.protestWindowDays),
    };
    flag(
      'possibly-deemed-liquidated',
      NOTES.possiblyDeemed(
        date,
        { years, extended },
        { lastDay: deemed.capeLastDay, closed: closedNote(deemed.capeLastDay) },
        { lastDay: deemed.protestLastDay, closed: closedNote(deemed.protestLastDay) },
      ),
    );
    return deemed;
  }

  const unliquidated = (
    row: DecisionRow,
    reason: (projected: CalendarDate | null) => string,
  ): StatusResult => {
    const projected = entryDate ? addDays(entryDate, rules.projectedLiquidationDays) : null;
    if (projected) {
      flag('projected-liquidation-estimate', NOTES.projectedEstimate());
      if (compare(projected, asOf) < 0)
        flag('projected-liquidation-passed', NOTES.projectedPassed(projected));
    } else {
      flag('entry-date-missing', NOTES.entryDateMissing());
    }
    // A liquidation date still ahead is CBP's own schedule for the entry: trusted, no cap check.
    const deemed = row === 'unliquidated-scheduled' ? null : possiblyDeemed();
    // A status saying "Liquidated" with no date keeps its own reason (the date is missing, see its note).
    const text =
      deemed && liquidationReading !== 'liquidated'
        ? REASONS.possiblyDeemed(asOf, liquidationStatus, deemed.date)
        : reason(projected);
    return result('unliquidated', row, text, projected, deemed);
  };

  if (liquidation === null || lastDays === null) {
    if (liquidationReading === 'liquidated' && liquidationStatus) {
      flag('liquidation-date-missing', NOTES.liquidationDateMissing(liquidationStatus));
    }
    return unliquidated('unliquidated-no-date', (projected) =>
      REASONS.unliquidated(asOf, liquidationStatus, projected),
    );
  }
  if (liquidationReading === 'unliquidated' && liquidationStatus) {
    flag('liquidation-status-conflict', NOTES.liquidationStatusConflict(liquidation, liquidationStatus));
    return unliquidated('unliquidated-status', (projected) =>
      REASONS.unliquidated(asOf, liquidationStatus, projected),
    );
  }
  if (liquidationReading === 'unknown' && liquidationStatus) {
    flag('liquidation-status-unknown', NOTES.liquidationStatusUnknown(liquidationStatus));
  }
  const day = daysBetween(liquidation, asOf);
  if (day < 0) {
    flag('liquidation-scheduled');
    return unliquidated('unliquidated-scheduled', () => REASONS.scheduled(asOf, liquidation));
  }
  if (day <= rules.capeWindowDays) {
    return result(
      'cape-window',
      'cape-window',
      REASONS.capeWindow(asOf, liquidation, day, rules.capeWindowDays, lastDays.cape),
    );
  }
  if (day <= rules.protestWindowDays) {
    return result(
      'protest-window',
      'protest-window',
      REASONS.protestWindow(asOf, liquidation, lastDays.cape, day, rules.protestWindowDays, lastDays.protest),
    );
  }
  return result('final', 'final', REASONS.final(asOf, liquidation, lastDays.protest));
}
