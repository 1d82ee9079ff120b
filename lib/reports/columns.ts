// Header names -> column indexes, resolved once per file (never per row), and the header signature
// the UI uses to remember a user's column mapping for a layout it has seen before.
import { z } from 'zod';
import { FIELD_IDS, type FieldId, REPORT_IDS, type ReportType } from './report-types';

/**
 * Case-, spacing- and punctuation-insensitive form of a header cell: lower case, letters and
 * digits only, `#` read as "number" (so "Entry #" matches "Entry Number").
 */
export function normalizeHeaderName(name: string): string {
  let out = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += lower[i];
    else if (c === 35) out += 'number';
  }
  return out;
}

/** The header without trailing empty cells (spreadsheets pad rows to the used range). */
function trimHeader(header: readonly string[]): readonly string[] {
  let end = header.length;
  while (end > 0 && (header[end - 1] ?? '').trim() === '') end--;
  return end === header.length ? header : header.slice(0, end);
}

/**
 * A short stable id of a header layout: the same columns in the same order give the same
 * signature whatever their case or spacing. The UI keys remembered column mappings by it.
 */
export function headerSignature(header: readonly string[]): string {
  const cells = trimHeader(header);
  // FNV-1a 32-bit over the normalized names joined by '|'.
  let hash = 0x811c9dc5;
  for (let c = 0; c < cells.length; c++) {
    const name = (c > 0 ? '|' : '') + normalizeHeaderName(cells[c] ?? '');
    for (let i = 0; i < name.length; i++) {
      hash ^= name.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return `h${cells.length}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** A user-supplied layout: which report it is and which header holds each logical column. */
export const columnMappingSchema = z.object({
  report: z.enum(REPORT_IDS),
  columns: z.partialRecord(z.enum(FIELD_IDS), z.string().min(1)),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;
/** Mappings keyed by `headerSignature(header)`. */
export const columnMappingsSchema = z.record(z.string(), columnMappingSchema);
export type ColumnMappings = z.infer<typeof columnMappingsSchema>;

/** Column index per logical field; -1 when the file does not have it. */
export type ColumnIndexes = Record<FieldId, number>;

export function emptyIndexes(): ColumnIndexes {
  return Object.fromEntries(FIELD_IDS.map((f) => [f, -1])) as ColumnIndexes;
}

/** Index of each normalized header name (first occurrence wins). */
export function headerIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = normalizeHeaderName(cell);
    if (key !== '' && !index.has(key)) index.set(key, i);
  });
  return index;
}

/** Resolves a report type's columns by alias; each header column is used for one field at most. */
export function resolveByAliases(
  type: ReportType,
  index: Map<string, number>,
): { indexes: ColumnIndexes; missing: FieldId[] } {
  const indexes = emptyIndexes();
  const used = new Set<number>();
  for (const field of FIELD_IDS) {
    const aliases = type.columns[field];
    if (!aliases) continue;
    for (const alias of aliases) {
      const at = index.get(normalizeHeaderName(alias));
      if (at !== undefined && !used.has(at)) {
        indexes[field] = at;
        used.add(at);
        break;
      }
    }
  }
  const missing = type.required.filter((f) => indexes[f] < 0);
  return { indexes, missing };
}

/** Resolves a user mapping against the header; names that are not in the header are reported. */
export function resolveMapping(
  type: ReportType,
  mapping: ColumnMapping,
  index: Map<string, number>,
): { indexes: ColumnIndexes; missing: FieldId[]; unknownHeaders: string[] } {
  const indexes = emptyIndexes();
  const unknownHeaders: string[] = [];
  for (const field of FIELD_IDS) {
    const name = mapping.columns[field];
    if (name === undefined) continue;
    const at = index.get(normalizeHeaderName(name));
    if (at === undefined) unknownHeaders.push(name);
    else indexes[field] = at;
  }
  const missing = type.required.filter((f) => indexes[f] < 0);
  return { indexes, missing, unknownHeaders };
}
