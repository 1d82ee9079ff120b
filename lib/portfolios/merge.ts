// Merging a newer analysis into a portfolio, by entry number, and saying what changed.
//
// Newer data wins field by field, except where the newer file simply did not carry a field: a blank
// (null) in the newer row keeps the stored value, because ACE downloads differ in their columns (an
// ES-003 without the liquidation columns must not erase a date an ES-701 gave earlier). Duty is taken
// from the newer row only when it had tariff lines (or was typed from a 7501).
import type { CalendarDate } from '../deadlines/calendar-date';
import { type RuleSet, rulesFor } from '../deadlines/rules';
import type { EntryStatus } from '../reports/model';
import { statusOf } from './entries';
import type { ChangeSummary, PortfolioEntry, StatusTransition } from './schema';

export type { ChangeSummary, StatusTransition };

const STATUS_WORDS: Readonly<Record<EntryStatus, string>> = {
  'no-ieepa': 'no IEEPA duty',
  'cape-excluded': 'excluded from CAPE',
  protested: 'protested',
  unliquidated: 'unliquidated',
  'cape-window': 'CAPE window',
  'protest-window': 'protest window',
  final: 'windows closed',
};

const LIQUIDATED: readonly EntryStatus[] = ['cape-window', 'protest-window', 'final'];

const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** Fields compared to decide whether an entry was updated (statusAtImport is derived, not data). */
const DATA_FIELDS = [
  'entryNumberValid',
  'importerNumber',
  'importerName',
  'filerCode',
  'port',
  'entryType',
  'entryDate',
  'liquidationDate',
  'liquidationStatusRaw',
  'protestNumber',
  'protestStatusRaw',
  'ieepaDutyCents',
  'otherDutyCents',
  'reconciliationFlagged',
  'drawbackFlagged',
  'lineCount',
  'manual',
] as const satisfies readonly (keyof PortfolioEntry)[];

function sameData(a: PortfolioEntry, b: PortfolioEntry): boolean {
  return (
    DATA_FIELDS.every((f) => a[f] === b[f]) &&
    a.sources.length === b.sources.length &&
    a.sources.every((s, i) => s === b.sources[i])
  );
}

export function mergeEntry(older: PortfolioEntry, newer: PortfolioEntry): PortfolioEntry {
  const dutyFromNewer = newer.lineCount > 0 || newer.manual;
  return {
    entryNumber: older.entryNumber,
    entryNumberValid: newer.entryNumberValid,
    importerNumber: newer.importerNumber ?? older.importerNumber,
    importerName: newer.importerName ?? older.importerName,
    filerCode: newer.filerCode ?? older.filerCode,
    port: newer.port ?? older.port,
    entryType: newer.entryType ?? older.entryType,
    entryDate: newer.entryDate ?? older.entryDate,
    liquidationDate: newer.liquidationDate ?? older.liquidationDate,
    liquidationStatusRaw: newer.liquidationStatusRaw ?? older.liquidationStatusRaw,
    protestNumber: newer.protestNumber ?? older.protestNumber,
    protestStatusRaw: newer.protestStatusRaw ?? older.protestStatusRaw,
    ieepaDutyCents: dutyFromNewer ? newer.ieepaDutyCents : older.ieepaDutyCents,
    otherDutyCents: dutyFromNewer ? newer.otherDutyCents : older.otherDutyCents,
    // A flag column missing from the newer file reads as "not flagged": once seen, a flag stays.
    reconciliationFlagged: newer.reconciliationFlagged || older.reconciliationFlagged,
    drawbackFlagged: newer.drawbackFlagged || older.drawbackFlagged,
    lineCount: dutyFromNewer ? newer.lineCount : older.lineCount,
    manual: newer.manual,
    sources: [...new Set([...older.sources, ...newer.sources])].slice(0, 50),
    statusAtImport: newer.statusAtImport,
  };
}

export function describeChanges(summary: Omit<ChangeSummary, 'messages'>, firstImport: boolean): string[] {
  if (firstImport) return [`${entries(summary.added)} saved.`];
  const messages: string[] = [];
  if (summary.liquidated > 0)
    messages.push(`${entries(summary.liquidated)} liquidated since the last import.`);
  for (const t of summary.transitions) {
    messages.push(`${entries(t.count)} moved from ${STATUS_WORDS[t.from]} to ${STATUS_WORDS[t.to]}.`);
  }
  if (summary.added > 0) messages.push(`${entries(summary.added)} new in this import.`);
  if (summary.updated > 0) messages.push(`${entries(summary.updated)} updated with newer data.`);
  if (messages.length === 0) messages.push('No changes since the last import.');
  return messages;
}

/**
 * Merges `incoming` (converted as of `asOf`) into `existing` (statuses as of the last import). Every
 * entry's statusAtImport becomes its status as of `asOf`, so the next merge compares against today.
 */
export function mergeEntries(
  existing: readonly PortfolioEntry[],
  incoming: readonly PortfolioEntry[],
  asOf: CalendarDate,
  options: { firstImport?: boolean; rules?: RuleSet } = {},
): { entries: PortfolioEntry[]; changes: ChangeSummary } {
  const rules = options.rules ?? rulesFor(asOf);
  const byNumber = new Map(existing.map((e) => [e.entryNumber, e]));
  const seen = new Map<string, number>();
  const merged: PortfolioEntry[] = [];
  const counts = { added: 0, updated: 0, unchanged: 0, kept: 0, liquidated: 0 };
  const moves = new Map<string, StatusTransition>();

  const track = (before: PortfolioEntry, after: PortfolioEntry) => {
    const from = before.statusAtImport;
    const to = after.statusAtImport;
    if (from === to) return;
    if (from === 'unliquidated' && LIQUIDATED.includes(to)) {
      counts.liquidated++;
      return;
    }
    const key = `${from}>${to}`;
    const move = moves.get(key) ?? { from, to, count: 0 };
    move.count++;
    moves.set(key, move);
  };

  for (const raw of incoming) {
    // The same entry twice in one import: the later row wins, as a later file would.
    const at = seen.get(raw.entryNumber);
    const prior = at === undefined ? undefined : merged[at];
    if (at !== undefined && prior) {
      const again = mergeEntry(prior, raw);
      again.statusAtImport = statusOf(again, asOf, rules).status;
      merged[at] = again;
      continue;
    }
    seen.set(raw.entryNumber, merged.length);
    const before = byNumber.get(raw.entryNumber);
    if (!before) {
      counts.added++;
      merged.push(raw);
      continue;
    }
    const combined = mergeEntry(before, raw);
    combined.statusAtImport = statusOf(combined, asOf, rules).status;
    if (sameData(before, combined)) counts.unchanged++;
    else counts.updated++;
    track(before, combined);
    merged.push(combined);
  }
  for (const before of existing) {
    if (seen.has(before.entryNumber)) continue;
    counts.kept++;
    const after = { ...before, statusAtImport: statusOf(before, asOf, rules).status };
    track(before, after);
    merged.push(after);
  }
  merged.sort((a, b) => a.entryNumber.localeCompare(b.entryNumber));
  const transitions = [...moves.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from));
  const base = { ...counts, transitions };
  return {
    entries: merged,
    changes: { ...base, messages: describeChanges(base, options.firstImport ?? false) },
  };
}
