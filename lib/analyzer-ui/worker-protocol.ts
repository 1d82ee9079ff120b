// Messages between the analyzer page and its worker, validated with zod on both sides (the worker
// checks requests, the page checks responses). Big data travels as typed arrays (compact.ts) and
// Blobs; everything else is small.
import { z } from 'zod';
import { columnMappingsSchema } from '../reports/columns';
import { ENTRY_STATUSES } from '../reports/model';
import { REPORT_IDS } from '../reports/report-types';
import { TEXT_COLUMNS } from './compact';
import { filterSchema, sortSchema } from './query';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const cents = z.number().int();
const count = z.number().int().nonnegative();
const fileSchema = z.custom<File>((v) => typeof File !== 'undefined' && v instanceof File, 'not a file');
const blobSchema = z.custom<Blob>((v) => typeof Blob !== 'undefined' && v instanceof Blob, 'not a blob');
const typed = <T>(ctor: abstract new (...args: never[]) => T) => z.instanceof(ctor as never) as z.ZodType<T>;

// --- page -> worker ----------------------------------------------------------------------------

export const analyzeRequest = z.object({
  type: z.literal('analyze'),
  runId: count,
  /** Files to read, or the bundled synthetic sample. */
  files: z.array(fileSchema),
  sample: z.boolean(),
  asOf: date,
  mappings: columnMappingsSchema,
});

export const exportKinds = ['cape', 'results', 'ics'] as const;
export type ExportKind = (typeof exportKinds)[number];

export const workerRequestSchema = z.discriminatedUnion('type', [
  analyzeRequest,
  z.object({ type: z.literal('cancel'), runId: count }),
  z.object({
    type: z.literal('query'),
    runId: count,
    queryId: count,
    filter: filterSchema,
    sort: sortSchema,
  }),
  z.object({ type: z.literal('detail'), runId: count, index: count }),
  z.object({
    type: z.literal('export'),
    runId: count,
    kind: z.enum(exportKinds),
    filerCode: z.string().max(10),
    /** Results CSV of the filtered rows in their shown order; absent = all entries. */
    view: z.object({ filter: filterSchema, sort: sortSchema }).optional(),
  }),
  z.object({ type: z.literal('preview'), runId: count, fileIndex: count }),
  /** Show a saved portfolio (opened from a reminder): its entries, or only the ones named. */
  z.object({
    type: z.literal('load-portfolio'),
    runId: count,
    portfolioId: z.string().min(1),
    entryNumbers: z.array(z.string()),
    asOf: date,
  }),
  /** Save this run's entries as a new portfolio, or merge them into one (lib/portfolios). */
  z.object({
    type: z.literal('save-portfolio'),
    runId: count,
    target: z.union([z.object({ name: z.string() }), z.object({ portfolioId: z.string().min(1) })]),
  }),
  z.object({
    type: z.literal('detect'),
    runId: count,
    files: z.array(fileSchema),
    mappings: columnMappingsSchema,
  }),
]);
export type WorkerRequest = z.infer<typeof workerRequestSchema>;

// --- worker -> page ----------------------------------------------------------------------------

export const fileReportSchema = z.object({
  name: z.string(),
  report: z.enum(REPORT_IDS).nullable(),
  reportLabel: z.string().nullable(),
  headersVerified: z.boolean().nullable(),
  viaMapping: z.boolean(),
  format: z.enum(['csv', 'tsv', 'semicolon', 'pipe', 'xlsx']).nullable(),
  sheetName: z.string().nullable(),
  headerRowNumber: z.number().int().nullable(),
  signature: z.string().nullable(),
  rows: count,
  used: count,
  skipped: count,
  skippedByReason: z.record(z.string(), count),
  entries: count,
  warnings: z.array(z.string()),
  error: z.string().optional(),
  layout: z
    .object({
      found: z.array(z.string()),
      needed: z.array(
        z.object({ report: z.enum(REPORT_IDS), label: z.string(), missing: z.array(z.string()) }),
      ),
    })
    .optional(),
});

const statusTotals = z.record(z.enum(ENTRY_STATUSES), z.object({ entries: count, ieepaDutyCents: cents }));

export const totalsSchema = z.object({
  files: count,
  filesFailed: count,
  entries: count,
  lines: count,
  rowsSkipped: count,
  ieepaDutyCents: cents,
  otherDutyCents: cents,
  section122DutyCents: cents,
  section301DutyCents: cents,
  section232DutyCents: cents,
  badCheckDigit: count,
  byStatus: statusTotals,
});

const dictSchema = z.object({ text: z.string(), offsets: typed(Uint32Array) });

const tableSchema = z.object({
  count,
  entryBytes: typed(Uint8Array),
  entryOffsets: typed(Uint32Array),
  dict: dictSchema,
  text: z.object(
    Object.fromEntries(TEXT_COLUMNS.map((c) => [c, typed(Int32Array)])) as Record<
      (typeof TEXT_COLUMNS)[number],
      z.ZodType<Int32Array<ArrayBuffer>>
    >,
  ),
  status: typed(Uint8Array),
  valid: typed(Uint8Array),
  ieepaDutyCents: typed(Float64Array),
  otherDutyCents: typed(Float64Array),
  lineCount: typed(Uint32Array),
  flagCount: typed(Uint16Array),
});

const monthlySchema = z.object({
  count,
  dict: dictSchema,
  importerNumber: typed(Int32Array),
  month: typed(Int32Array),
  entries: typed(Uint32Array),
  totalDutyCents: typed(Float64Array),
  ieepaDutyCents: typed(Float64Array),
  otherDutyCents: typed(Float64Array),
});

const nearest = z.object({ date, entries: count }).nullable();
export const timelineSchema = z.object({
  asOf: date,
  horizon: date,
  weeks: z.array(
    z.object({
      start: date,
      end: date,
      cape: count,
      protest: count,
      capeDutyCents: cents,
      protestDutyCents: cents,
    }),
  ),
  capeTotal: count,
  protestTotal: count,
  nearestCape: nearest,
  nearestProtest: nearest,
});

const facetValues = z.array(z.object({ value: z.string(), label: z.string(), count }));

export const noticeSchema = z.object({
  level: z.enum(['error', 'warning', 'info']),
  file: z.string().nullable(),
  text: z.string(),
  mappable: z.boolean().optional(),
});

export const resultViewSchema = z.object({
  asOf: date,
  rulesId: z.string(),
  sample: z.boolean(),
  files: z.array(fileReportSchema),
  totals: totalsSchema,
  table: tableSchema,
  monthly: monthlySchema,
  timeline: timelineSchema,
  facets: z.object({
    importers: facetValues,
    ports: facetValues,
    months: facetValues,
    truncated: z.boolean(),
  }),
  notices: z.array(noticeSchema),
  /** Earliest CAPE / protest last day still ahead, per status, for "what to do next". */
  nearestByStatus: z.record(z.enum(ENTRY_STATUSES), date.nullable()),
  elapsedMs: z.number().nonnegative(),
});
export type ResultView = z.infer<typeof resultViewSchema>;

export const entrySchema = z.object({
  entryNumber: z.string(),
  entryNumberValid: z.boolean(),
  importerNumber: z.string().nullable(),
  importerName: z.string().nullable(),
  filerCode: z.string().nullable(),
  port: z.string().nullable(),
  entryType: z.string().nullable(),
  entryDate: date.nullable(),
  liquidationDate: date.nullable(),
  liquidationStatusRaw: z.string().nullable(),
  protestNumber: z.string().nullable(),
  protestStatusRaw: z.string().nullable(),
  status: z.enum(ENTRY_STATUSES),
  statusReason: z.string(),
  ruleId: z.string(),
  ieepaDutyCents: cents,
  otherDutyCents: cents,
  section122DutyCents: cents,
  section301DutyCents: cents,
  section232DutyCents: cents,
  lineCount: count,
  capeLastDay: date.nullable(),
  protestLastDay: date.nullable(),
  projectedLiquidation: date.nullable(),
  flags: z.array(z.string()),
  notes: z.array(z.string()),
  sources: z.array(z.string()),
});

export const exportFileSchema = z.object({ name: z.string(), blob: blobSchema, count, label: z.string() });
export type ExportFile = z.infer<typeof exportFileSchema>;

export const detectedSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    name: z.string(),
    report: z.string(),
    label: z.string(),
    signature: z.string(),
  }),
  z.object({ ok: z.literal(false), name: z.string(), message: z.string(), signature: z.string().nullable() }),
]);

export const progressSchema = z.object({
  type: z.literal('progress'),
  runId: count,
  fileIndex: count,
  fileCount: count,
  fileName: z.string(),
  bytesRead: count,
  /** All files' bytes; 0 when unknown (the sample). */
  totalBytes: count,
  /** Data rows read so far, all files (as of the engine's last progress report: about the rows). */
  rowsRead: count,
});
export type Progress = z.infer<typeof progressSchema>;

export const workerResponseSchema = z.discriminatedUnion('type', [
  progressSchema,
  z.object({ type: z.literal('result'), runId: count, view: resultViewSchema }),
  z.object({ type: z.literal('cancelled'), runId: count }),
  z.object({ type: z.literal('failed'), runId: count, message: z.string() }),
  z.object({ type: z.literal('query'), runId: count, queryId: count, order: typed(Uint32Array) }),
  z.object({ type: z.literal('detail'), runId: count, index: count, entry: entrySchema }),
  z.object({
    type: z.literal('export'),
    runId: count,
    kind: z.enum(exportKinds),
    files: z.array(exportFileSchema),
    /** What the user should know about the export (entries left out and why). */
    messages: z.array(z.string()),
  }),
  z.object({
    type: z.literal('preview'),
    runId: count,
    fileIndex: count,
    header: z.array(z.string()),
    rows: z.array(z.array(z.string())),
    message: z.string().nullable(),
  }),
  z.object({ type: z.literal('detected'), runId: count, files: z.array(detectedSchema) }),
  z.object({
    type: z.literal('saved-portfolio'),
    runId: count,
    ok: z.boolean(),
    portfolioId: z.string().nullable(),
    portfolioName: z.string().nullable(),
    /** The change summary ("3 entries moved from CAPE window to protest window."), or the error. */
    messages: z.array(z.string()),
  }),
]);
export type WorkerResponse = z.infer<typeof workerResponseSchema>;
