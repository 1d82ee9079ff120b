// CAPE declaration upload files (DOMAIN §6.3): the "CAPE Upload Template" shape, one column with
// header `Entry Number` in A1 and one 11-character entry number per row, at most 9,999 per file.
//
// Lines end in CRLF, as Excel writes "CSV (comma delimited)" files, which is what CBP's template
// round-trip produces; UTF-8 without a BOM (the content is ASCII anyway, and a BOM would end up in A1).
import { RULE_SETS } from '../../deadlines/rules';
import type { EntryList } from '../entry-table';
import type { AnalyzedEntry, EntryStatus } from '../model';

export const CAPE_HEADER = 'Entry Number';
const CRLF = '\r\n';
const ENTRY_NUMBER = /^[A-Z0-9]{3}\d{8}$/;
const CAPE_STATUSES: readonly EntryStatus[] = ['unliquidated', 'cape-window'];
/** Flag of an entry whose liquidation date cell is not a date (analyze.ts, deadlines/status.ts). */
const INVALID_LIQUIDATION_DATE = 'invalid-liquidation-date';

export type CapeOptions = {
  /** The submitting broker's filer code: entries it did not file are left out (CAPE rejects them). */
  filerCode?: string;
  /** Rows per file; capped at CAPE's limit. */
  maxRows?: number;
  /** File name stem; `cape-declaration` by default. */
  baseName?: string;
};

export type CapeFile = { name: string; content: string; count: number };
export type CapeExclusion = { entryNumber: string; reason: string };
export type CapeDeclarations = { files: CapeFile[]; included: number; excluded: CapeExclusion[] };

// CAPE's own limit, from the newest rule set (file contents do not depend on the analysis date).
const CAPE_MAX_ROWS = RULE_SETS[RULE_SETS.length - 1]?.capeMaxEntriesPerFile ?? 9999;

function exclusionReason(entry: AnalyzedEntry, filerCode: string | null): string | null {
  if (!CAPE_STATUSES.includes(entry.status)) return `Not eligible for CAPE Phase 1 (status ${entry.status}).`;
  if (!(entry.ieepaDutyCents > 0)) return 'No IEEPA duty on this entry.';
  // An unreadable liquidation date reads as "no date", i.e. unliquidated; the entry may be liquidated
  // long ago, and a declaration is no place to find out.
  if (entry.flags.includes(INVALID_LIQUIDATION_DATE)) {
    return 'The liquidation date in the report could not be read, so the CAPE window is unknown; check the date in ACE.';
  }
  if (!entry.entryNumberValid || !ENTRY_NUMBER.test(entry.entryNumber)) {
    return 'Entry number is not a valid 11-character entry number (format or check digit); CAPE would reject it.';
  }
  if (filerCode !== null && entry.entryNumber.slice(0, 3) !== filerCode) {
    return `Filed under filer code ${entry.entryNumber.slice(0, 3)}, not ${filerCode}; only the filer or the importer can declare it.`;
  }
  return null;
}

/** Splits eligible entries into CAPE upload files, sorted by entry number, without duplicates. */
export function buildCapeDeclarations(entries: EntryList, options: CapeOptions = {}): CapeDeclarations {
  const filerCode = options.filerCode?.trim().toUpperCase() || null;
  const requested = options.maxRows ?? CAPE_MAX_ROWS;
  const maxRows =
    Number.isInteger(requested) && requested >= 1 ? Math.min(requested, CAPE_MAX_ROWS) : CAPE_MAX_ROWS;
  const baseName = options.baseName?.trim() || 'cape-declaration';

  const numbers = new Set<string>();
  const excluded: CapeExclusion[] = [];
  for (const entry of entries) {
    const reason = exclusionReason(entry, filerCode);
    if (reason !== null) excluded.push({ entryNumber: entry.entryNumber, reason });
    else if (numbers.has(entry.entryNumber)) {
      excluded.push({
        entryNumber: entry.entryNumber,
        reason: 'Duplicate: already in the declaration once.',
      });
    } else numbers.add(entry.entryNumber);
  }

  const sorted = [...numbers].sort();
  const fileCount = Math.ceil(sorted.length / maxRows);
  const width = Math.max(2, String(fileCount).length);
  const files: CapeFile[] = [];
  for (let index = 0; index < fileCount; index++) {
    const rows = sorted.slice(index * maxRows, (index + 1) * maxRows);
    const part = `${String(index + 1).padStart(width, '0')}-of-${String(fileCount).padStart(width, '0')}`;
    files.push({
      name: fileCount === 1 ? `${baseName}.csv` : `${baseName}-${part}.csv`,
      content: [CAPE_HEADER, ...rows].join(CRLF) + CRLF,
      count: rows.length,
    });
  }
  return { files, included: sorted.length, excluded };
}
