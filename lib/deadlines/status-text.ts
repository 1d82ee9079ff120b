// Everything the deadline engine says to a user, in one place. Plain English, dated, hedged:
// the engine reads ACE data and the published rules; it does not give legal advice.
import type { CalendarDate } from './calendar-date';

/** Shown once next to any list of statuses. */
export const STATUS_DISCLAIMER =
  'Dates are calendar days computed from your ACE data and the published CAPE and protest rules; ' +
  'check them in ACE before you rely on them. This is not legal advice.';

/** The decision-table rows of status.ts; `ruleId` is `<rule set id>:<row>`. */
export const DECISION_ROWS = [
  'no-ieepa',
  'cape-excluded',
  'protest-open',
  'unliquidated-no-date',
  'unliquidated-status',
  'unliquidated-scheduled',
  'cape-window',
  'protest-window',
  'final',
] as const;
export type DecisionRow = (typeof DECISION_ROWS)[number];

/** Entry types excluded from CAPE Phase 1 (DOMAIN §3.10), by name. */
export const ENTRY_TYPE_NAMES: Readonly<Record<string, string>> = {
  '08': 'USMCA duty deferral',
  '09': 'reconciliation summary',
  '47': 'drawback',
};

export type ExclusionCause =
  | { kind: 'entry-type'; entryType: string }
  | { kind: 'reconciliation' }
  | { kind: 'drawback' };

export function exclusionText(cause: ExclusionCause): string {
  switch (cause.kind) {
    case 'entry-type': {
      const name = ENTRY_TYPE_NAMES[cause.entryType];
      return `entry type ${cause.entryType}${name ? ` (${name})` : ''}`;
    }
    case 'reconciliation':
      return 'flagged for reconciliation';
    case 'drawback':
      return 'designated on a drawback claim';
  }
}

export const REASONS = {
  noIeepa: () =>
    'No IEEPA duty found on this entry (no 9903.01 or 9903.02 line with duty), so there is nothing to claim through CAPE.',
  capeExcluded: (causes: readonly ExclusionCause[]) =>
    `Excluded from CAPE Phase 1: ${causes.map(exclusionText).join('; ')}. ` +
    'Another route (such as a protest) may still apply; ask your broker or counsel.',
  protestOpen: (protestNumber: string | null, statusRaw: string | null) =>
    `Protest ${protestNumber ?? '(number not on file)'} appears to be open` +
    `${statusRaw ? ` (status "${statusRaw}")` : ''}. CAPE Phase 1 excludes entries with an open protest; ` +
    'the protest is the route to a refund.',
  unliquidated: (asOf: CalendarDate, statusRaw: string | null, projected: CalendarDate | null) =>
    `Not liquidated as of ${asOf}${statusRaw ? ` (status "${statusRaw}")` : ''}; CAPE Phase 1 accepts unliquidated entries.` +
    (projected
      ? ` Liquidation expected around ${projected} (estimate only: entry date + the usual schedule).`
      : ''),
  possiblyDeemed: (asOf: CalendarDate, statusRaw: string | null, deemedOn: CalendarDate) =>
    `Not liquidated as of ${asOf}${statusRaw ? ` (status "${statusRaw}")` : ''}, so it stays CAPE-eligible: ` +
    `CAPE Phase 1 accepts entries ACE shows unliquidated. But it may have been deemed liquidated on ${deemedOn}; ` +
    'see the note and check ACE.',
  scheduled: (asOf: CalendarDate, liquidation: CalendarDate) =>
    `Liquidation date ${liquidation} is after ${asOf}, so it looks scheduled but not yet posted; ` +
    'CAPE Phase 1 accepts the entry until it is liquidated, then for 80 days after.',
  capeWindow: (
    asOf: CalendarDate,
    liquidation: CalendarDate,
    day: number,
    windowDays: number,
    lastDay: CalendarDate,
  ) =>
    `Liquidated ${liquidation}; as of ${asOf} that is day ${day} of the ${windowDays}-day CAPE Phase 1 window, ` +
    `which ends ${lastDay}.`,
  protestWindow: (
    asOf: CalendarDate,
    liquidation: CalendarDate,
    capeLastDay: CalendarDate,
    day: number,
    protestWindowDays: number,
    protestLastDay: CalendarDate,
  ) =>
    `Liquidated ${liquidation}; the CAPE Phase 1 window ended ${capeLastDay}. As of ${asOf} (day ${day} of ` +
    `${protestWindowDays}) a protest can still be filed, last day ${protestLastDay}.`,
  final: (asOf: CalendarDate, liquidation: CalendarDate, protestLastDay: CalendarDate) =>
    `Liquidated ${liquidation}; the protest window ended ${protestLastDay}, so as of ${asOf} the liquidation ` +
    'looks final. Refunds for finally liquidated entries are not available in CAPE Phase 1 and were still ' +
    'disputed in court in June 2026.',
} as const;

export type DeadlineKind = 'cape' | 'protest';

const DEADLINE_LABEL: Record<DeadlineKind, string> = { cape: 'CAPE last day', protest: 'Protest last day' };

export const NOTES = {
  lastDayClosed: (
    kind: DeadlineKind,
    lastDay: CalendarDate,
    closedBecause: string,
    nextBusinessDay: CalendarDate,
  ) =>
    `${DEADLINE_LABEL[kind]} ${lastDay} falls on ${closedBecause}. The calendar day is the deadline: no rule ` +
    `moves it to the next business day (${nextBusinessDay}), so file earlier.`,
  liquidationNotFriday: (liquidation: CalendarDate, weekday: string) =>
    `Liquidation date ${liquidation} is a ${weekday}, not the usual Friday; this can be a deemed liquidation. ` +
    'Check the date in ACE.',
  liquidationBeforeEntry: (liquidation: CalendarDate, entry: CalendarDate) =>
    `Liquidation date ${liquidation} is before the entry date ${entry}; one of the dates is probably wrong.`,
  liquidationDateMissing: (statusRaw: string) =>
    `The status says "${statusRaw}" but no liquidation date was found; treated as not liquidated. ` +
    'Add the Liquidation Date column to the report.',
  liquidationStatusConflict: (liquidation: CalendarDate, statusRaw: string) =>
    `A liquidation date ${liquidation} is on file but the status says "${statusRaw}"; treated as not liquidated. ` +
    'The CAPE and protest last days shown assume the date posts as is.',
  liquidationStatusUnknown: (statusRaw: string) =>
    `Liquidation status "${statusRaw}" was not recognized; the liquidation date decided the status.`,
  protestStatusUnknown: (protestNumber: string, statusRaw: string | null) =>
    `Protest ${protestNumber} has ${statusRaw ? `status "${statusRaw}", which was not recognized` : 'no status'}; ` +
    'treated as open. Check the protest in ACE.',
  protestWithoutNumber: (statusRaw: string) =>
    `Protest status "${statusRaw}" with no protest number; treated as an open protest.`,
  protestDecided: (protestNumber: string | null, statusRaw: string) =>
    `${protestNumber ? `Protest ${protestNumber}` : 'A protest'} was decided ("${statusRaw}"); ` +
    'the status follows the liquidation dates.',
  projectedEstimate: () =>
    'The projected liquidation date is an estimate from the usual schedule, not a CBP date; ' +
    'liquidation can be extended or suspended.',
  projectedPassed: (projected: CalendarDate) =>
    `The estimated liquidation date ${projected} has passed without a liquidation on file; ` +
    'the liquidation may have been extended or suspended, or the report may be out of date.',
  possiblyDeemed: (
    deemedOn: CalendarDate,
    cap: { years: number; extended: boolean },
    cape: { lastDay: CalendarDate; closed: string | null },
    protest: { lastDay: CalendarDate; closed: string | null },
  ) =>
    `No liquidation date within ${cap.years} ${cap.years === 1 ? 'year' : 'years'} of entry` +
    (cap.extended ? ', the most extensions allow, and no suspension' : ' and no extension or suspension') +
    ' on file' +
    `: the entry may have been deemed liquidated on ${deemedOn} (a deemed liquidation is dated the day ` +
    `the period expired, even when CBP posts it later). That would have put its CAPE last day on ` +
    `${cape.lastDay}${cape.closed ? ` (${cape.closed})` : ''} and its protest last day on ${protest.lastDay}` +
    `${protest.closed ? ` (${protest.closed})` : ''}. Check the liquidation status and any extension or ` +
    'suspension notice in ACE; a missed protest deadline cannot be recovered.',
  entryDateMissing: () => 'No entry date was found, so no liquidation date can be projected.',
  entryDateOutsideWindow: (entry: CalendarDate, from: CalendarDate, to: CalendarDate) =>
    `Entry date ${entry} is outside the IEEPA period ${from} to ${to}; check the IEEPA duty lines.`,
  invalidDate: (field: string, raw: string) => `The ${field} "${raw}" is not a valid date and was ignored.`,
} as const;
