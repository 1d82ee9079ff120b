// Which report is this? Decided from the header row alone, against the alias table in
// report-types.ts (every layout is scored, the best match wins), or from a user mapping remembered
// for this header's signature.
import {
  type ColumnIndexes,
  type ColumnMappings,
  headerIndex,
  headerSignature,
  normalizeHeaderName,
  resolveByAliases,
  resolveMapping,
} from './columns';
import {
  FIELD_LABELS,
  type FieldId,
  REPORT_TYPES,
  type ReportId,
  type ReportType,
  reportLabel,
  reportType,
} from './report-types';

export type LayoutNeed = {
  report: ReportId;
  label: string;
  /** Required columns this header lacks, each as "Label (Alias 1 / Alias 2)". */
  missing: string[];
};

export type Detection =
  | {
      ok: true;
      report: ReportId;
      indexes: ColumnIndexes;
      signature: string;
      viaMapping: boolean;
      /** Header names the user mapping named but the file does not have. */
      unknownHeaders: string[];
    }
  | {
      ok: false;
      signature: string;
      /** The header cells as found (non-empty). */
      found: string[];
      /** Per report layout, what is missing; closest layout first. */
      needed: LayoutNeed[];
      message: string;
    };

const ENTRY_ALIASES = new Set(
  REPORT_TYPES.flatMap((t) => (t.columns.entryNumber ?? []).map((a) => normalizeHeaderName(a))),
);

/**
 * Cheap check used while looking for the header row among banner rows: a row is a header when a
 * user mapping exists for it, or when it has an entry-number column and at least one other cell.
 */
export function looksLikeHeader(cells: readonly string[], mappings?: ColumnMappings): boolean {
  let filled = 0;
  let entry = false;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    filled++;
    if (!entry && ENTRY_ALIASES.has(normalizeHeaderName(cell))) entry = true;
  }
  if (filled < 2) return false;
  if (entry) return true;
  return mappings !== undefined && headerSignature(cells) in mappings;
}

export function describeField(report: ReportId, field: FieldId): string {
  const aliases = reportType(report).columns[field] ?? [];
  return `${FIELD_LABELS[field]} (${aliases.slice(0, 3).join(' / ') || 'no known header'})`;
}

export function detectReport(header: readonly string[], mappings?: ColumnMappings): Detection {
  const signature = headerSignature(header);
  const index = headerIndex(header);
  const mapping = mappings?.[signature];
  if (mapping) {
    const type = reportType(mapping.report);
    const r = resolveMapping(type, mapping, index);
    if (r.missing.length === 0) {
      return {
        ok: true,
        report: type.id,
        indexes: r.indexes,
        signature,
        viaMapping: true,
        unknownHeaders: r.unknownHeaders,
      };
    }
    return failure(header, signature, [
      {
        report: type.id,
        label: reportLabel(type.id),
        missing: r.missing.map((f) => describeField(type.id, f)),
      },
    ]);
  }

  // Every layout whose required columns are present is a candidate; the best match wins (most
  // columns recognised, then the most required ones, i.e. the most specific layout, then table
  // order). First-match-wins read `Entry Number, Liquidation Date, Status` as a CAPE status file.
  let best: { type: ReportType; indexes: ColumnIndexes; matched: number } | null = null;
  const attempts: (LayoutNeed & { order: number; found: number; matched: number })[] = [];
  for (const [order, type] of REPORT_TYPES.entries()) {
    const r = resolveByAliases(type, index);
    const matched =
      Object.values(r.indexes).filter((i) => i >= 0).length +
      (namedProtestStatus(type, r.indexes, header) ? 1 : 0);
    if (r.missing.length === 0) {
      if (bareStatusBesideLiquidation(type, r.indexes, header, index)) continue;
      if (
        best === null ||
        matched > best.matched ||
        (matched === best.matched && type.required.length > best.type.required.length)
      )
        best = { type, indexes: r.indexes, matched };
      continue;
    }
    attempts.push({
      report: type.id,
      label: reportLabel(type.id),
      missing: r.missing.map((f) => describeField(type.id, f)),
      order,
      found: type.required.length - r.missing.length,
      matched,
    });
  }
  if (best !== null) {
    return {
      ok: true,
      report: best.type.id,
      indexes: best.indexes,
      signature,
      viaMapping: false,
      unknownHeaders: [],
    };
  }
  // Closest first: the most required columns present, then the most columns recognised at all, then
  // table order (ES-003, the main report, first).
  attempts.sort((a, b) => b.found - a.found || b.matched - a.matched || a.order - b.order);
  return failure(
    header,
    signature,
    attempts.map(({ report, label, missing }) => ({ report, label, missing })),
  );
}

const LIQUIDATION_DATE_ALIASES = new Set(
  REPORT_TYPES.flatMap((t) => (t.columns.liquidationDate ?? []).map((a) => normalizeHeaderName(a))),
);

/**
 * A protest number with a column named for the protest's status ("Protest Status", "Protest
 * Decision") is a protest export, even when it also lists liquidation dates and entry details that
 * make the ES-701 layout match as many columns: one point more for it. (With a bare "Status" the
 * two tie, and table order makes it a protest export, keyed on its protest numbers; its liquidation
 * dates are read all the same.)
 */
function namedProtestStatus(type: ReportType, indexes: ColumnIndexes, header: readonly string[]): boolean {
  if (type.id !== 'protest') return false;
  const at = indexes.protestStatus;
  return at >= 0 && normalizeHeaderName(header[at] ?? '') !== 'status';
}

/**
 * A bare "Status" column is a CAPE claim status only in a file without a liquidation date: next to
 * one it is the liquidation status (an ES-701 layout), and reading it as a claim would drop the date.
 */
function bareStatusBesideLiquidation(
  type: ReportType,
  indexes: ColumnIndexes,
  header: readonly string[],
  index: Map<string, number>,
): boolean {
  if (type.id !== 'cape') return false;
  const at = indexes.claimStatus;
  if (at < 0 || normalizeHeaderName(header[at] ?? '') !== 'status') return false;
  for (const name of index.keys()) if (LIQUIDATION_DATE_ALIASES.has(name)) return true;
  return false;
}

function failure(header: readonly string[], signature: string, needed: LayoutNeed[]): Detection {
  const found = header.map((c) => c.trim()).filter((c) => c !== '');
  const closest = needed[0];
  const foundText = found.length > 0 ? found.map((c) => JSON.stringify(c)).join(', ') : '(none)';
  const message = closest
    ? `Not a recognised report layout. Columns found: ${foundText}. Closest match: ${closest.label}, which also needs ${closest.missing.join('; ')}. ${
        needed.length > 1
          ? `Other layouts need: ${needed
              .slice(1)
              .map((n) => `${n.label}: ${n.missing.join('; ')}`)
              .join(' | ')}. `
          : ''
      }Map the columns by hand if this is one of these reports with renamed columns.`
    : `Not a recognised report layout. Columns found: ${foundText}.`;
  return { ok: false, signature, found, needed, message };
}
