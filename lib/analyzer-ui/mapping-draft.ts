// The mapping screen's logic: which fields a report needs, a first guess from the header aliases,
// and turning the user's picks into a ColumnMapping the engine accepts (or messages saying why not).
import { type ColumnMapping, columnMappingSchema, headerIndex, resolveByAliases } from '../reports/columns';
import { FIELD_LABELS, type FieldId, type ReportId, reportType } from '../reports/report-types';

export type MappingField = { field: FieldId; label: string; required: boolean };

/** Required fields first, then the optional ones the report can use, in the alias table's order. */
export function mappingFields(report: ReportId): MappingField[] {
  const type = reportType(report);
  const optional = (Object.keys(type.columns) as FieldId[]).filter((f) => !type.required.includes(f));
  return [
    ...type.required.map((field) => ({ field, label: FIELD_LABELS[field], required: true })),
    ...optional.map((field) => ({ field, label: FIELD_LABELS[field], required: false })),
  ];
}

/** Picks: field -> header cell text ('' = not in this file). */
export type Picks = Partial<Record<FieldId, string>>;

/** Pre-fills the columns the alias table recognises, so the user only picks the renamed ones. */
export function suggestPicks(report: ReportId, header: readonly string[]): Picks {
  const { indexes } = resolveByAliases(reportType(report), headerIndex(header));
  const picks: Picks = {};
  for (const { field } of mappingFields(report)) {
    const at = indexes[field];
    if (at >= 0) picks[field] = header[at] ?? '';
  }
  return picks;
}

export type MappingCheck = { ok: true; mapping: ColumnMapping } | { ok: false; messages: string[] };

export function buildMapping(report: ReportId, picks: Picks, header: readonly string[]): MappingCheck {
  const messages: string[] = [];
  const columns: Partial<Record<FieldId, string>> = {};
  const usedBy = new Map<string, FieldId>();
  const names = new Set(header.map((h) => h.trim()));
  for (const { field, label, required } of mappingFields(report)) {
    const pick = picks[field]?.trim() ?? '';
    if (pick === '') {
      if (required) messages.push(`Pick the column that holds the ${label.toLowerCase()}.`);
      continue;
    }
    if (!names.has(pick)) {
      messages.push(`"${pick}" is not a column of this file; pick another for the ${label.toLowerCase()}.`);
      continue;
    }
    const other = usedBy.get(pick);
    if (other !== undefined) {
      messages.push(
        `"${pick}" is picked for both the ${FIELD_LABELS[other].toLowerCase()} and the ${label.toLowerCase()}; a column can hold one field.`,
      );
      continue;
    }
    usedBy.set(pick, field);
    columns[field] = pick;
  }
  if (messages.length > 0) return { ok: false, messages };
  return { ok: true, mapping: columnMappingSchema.parse({ report, columns }) };
}
