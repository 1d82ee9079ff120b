// The seed's "ESM-003 Importer Summary by Month" is not an ACE report (DOMAIN.md §4.1): it is
// derived here from the analysed entries, by importer number and month of entry date.
import type { EntryList } from './entry-table';

export type MonthlyRow = {
  /** Importer number as in the report; null when no file gave one. */
  importerNumber: string | null;
  /** `YYYY-MM` of the entry date; null for entries without an entry date. */
  month: string | null;
  entries: number;
  /** IEEPA + all other duty. */
  totalDutyCents: number;
  ieepaDutyCents: number;
  otherDutyCents: number;
};

/** Sorted by importer number then month; rows without an importer or month come last. */
export function monthlyByImporter(entries: EntryList): MonthlyRow[] {
  const monthly = new MonthlyBuilder();
  for (const e of entries) {
    monthly.add(
      e.importerNumber,
      e.entryDate === null ? null : e.entryDate.slice(0, 7),
      e.ieepaDutyCents,
      e.otherDutyCents,
    );
  }
  return monthly.rows();
}

/** Accumulates the monthly view one entry at a time (the analyzer feeds it from its columns). */
export class MonthlyBuilder {
  // importer -> month -> row. Two Map look-ups per entry.
  private readonly byImporter = new Map<string | null, Map<string | null, MonthlyRow>>();

  add(importerNumber: string | null, month: string | null, ieepaDutyCents: number, otherDutyCents: number) {
    let months = this.byImporter.get(importerNumber);
    if (months === undefined) {
      months = new Map();
      this.byImporter.set(importerNumber, months);
    }
    let row = months.get(month);
    if (row === undefined) {
      row = { importerNumber, month, entries: 0, totalDutyCents: 0, ieepaDutyCents: 0, otherDutyCents: 0 };
      months.set(month, row);
    }
    row.entries++;
    row.ieepaDutyCents += ieepaDutyCents;
    row.otherDutyCents += otherDutyCents;
    row.totalDutyCents += ieepaDutyCents + otherDutyCents;
  }

  rows(): MonthlyRow[] {
    const byImporter = this.byImporter;
    const importers = [...byImporter.keys()].filter((k): k is string => k !== null).sort();
    if (byImporter.has(null)) importers.push(null as unknown as string);
    const out: MonthlyRow[] = [];
    for (const importer of importers) {
      const rows = [...(byImporter.get(importer)?.values() ?? [])];
      if (rows.length > 1) rows.sort((a, b) => compareNullLast(a.month, b.month));
      for (const r of rows) out.push(r);
    }
    return out;
  }
}

function compareNullLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
