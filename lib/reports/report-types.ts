// Data table: the report layouts the analyzer recognises and the header aliases of each logical
// column. A new alias or a renamed ACE column is a one-line change here, reviewed like code.
//
// Matching is case-, spacing- and punctuation-insensitive (see `normalizeHeaderName` in
// columns.ts): "Entry Summary Number", "ENTRY_SUMMARY_NUMBER" and "entry summary number " match.
//
// `headersVerified: false` marks layouts whose header strings come from nobody's real export: they
// are plausible guesses (DOMAIN.md §4.1 / §6.3). Users with a different layout map columns by hand
// (`mappings` in analyze.ts); tell us the real headers and fix them here.

export const FIELD_IDS = [
  'entryNumber',
  'lineNumber',
  'ordinal',
  'hts',
  'duty',
  'value',
  'entryDate',
  'summaryDate',
  'liquidationDate',
  'liquidationStatus',
  'importerNumber',
  'importerName',
  'filerCode',
  'port',
  'entryType',
  'reconciliation',
  'drawback',
  'protestNumber',
  'protestStatus',
  'claimStatus',
  'declarationId',
  'refundNumber',
  'refundAmount',
  'interestAmount',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** People-facing name of each logical column (used in "needed columns" messages and the mapping UI). */
export const FIELD_LABELS: Record<FieldId, string> = {
  entryNumber: 'Entry number',
  lineNumber: 'Entry summary line number',
  ordinal: 'Tariff ordinal number',
  hts: 'HTS number',
  duty: 'Line duty amount',
  value: 'Line goods value',
  entryDate: 'Entry date',
  summaryDate: 'Entry summary date',
  liquidationDate: 'Liquidation date',
  liquidationStatus: 'Liquidation status',
  importerNumber: 'Importer number',
  importerName: 'Importer name',
  filerCode: 'Filer code',
  port: 'Port of entry',
  entryType: 'Entry type',
  reconciliation: 'Reconciliation indicator',
  drawback: 'Drawback indicator',
  protestNumber: 'Protest number',
  protestStatus: 'Protest status',
  claimStatus: 'CAPE claim / validation status',
  declarationId: 'CAPE declaration number',
  refundNumber: 'Refund number',
  refundAmount: 'Refund amount',
  interestAmount: 'Interest amount',
};

export const REPORT_IDS = ['es003', 'es022', 'rev615', 'cape', 'protest', 'es701'] as const;
export type ReportId = (typeof REPORT_IDS)[number];

export type ReportType = {
  id: ReportId;
  /** ACE report code, or a short description where ACE has none. */
  code: string;
  name: string;
  /** True when the header strings come from real exports (third-party parsers of real files). */
  headersVerified: boolean;
  /** Columns without which the file cannot be used. */
  required: readonly FieldId[];
  /** Header aliases per logical column, first = the canonical ACE header. */
  columns: Partial<Record<FieldId, readonly string[]>>;
};

const ENTRY_NUMBER = [
  'Entry Summary Number',
  'Entry Number',
  'Entry No',
  'Entry Summary No',
  'Entry',
] as const;
const IMPORTER_NUMBER = ['Importer Number', 'Importer of Record Number', 'IOR Number', 'Importer'] as const;
const IMPORTER_NAME = ['Importer Name', 'Importer of Record Name', 'IOR Name'] as const;
const ENTRY_DATE = ['Entry Date'] as const;
const ENTRY_TYPE = ['Entry Type Code', 'Entry Type'] as const;
const PORT = ['Port of Entry Code', 'Port Code', 'Port of Entry', 'Entry Port Code'] as const;
const FILER = ['Filer Code', 'Entry Filer Code'] as const;
const DECLARATION = [
  'CAPE Declaration Number',
  'Declaration ID',
  'Declaration Number',
  'CAPE Declaration ID',
  'Claim Number',
  'Claim ID',
] as const;

/**
 * Of the layouts whose required columns are all present, the one that recognises the most columns
 * wins (detect.ts); on a tie the one with more required columns, then the first in this order.
 */
export const REPORT_TYPES: readonly ReportType[] = [
  {
    id: 'es003',
    code: 'ES-003',
    name: 'Entry Summary Line Tariff Details',
    headersVerified: true, // DOMAIN.md §4.3, from parsers of real exports
    required: ['entryNumber', 'hts', 'duty'],
    columns: {
      entryNumber: ENTRY_NUMBER,
      lineNumber: ['Entry Summary Line Number', 'Line Number'],
      ordinal: ['Tariff Ordinal Number'],
      hts: ['HTS Number - Full', 'HTS Number', 'HTSUS Number', 'Tariff Number'],
      duty: ['Line Tariff Duty Amount', 'Line Tariff Amount', 'Line Duty Amount'],
      value: ['Line Tariff Goods Value Amount', 'Line Goods Value Amount'],
      entryDate: ENTRY_DATE,
      summaryDate: ['Entry Summary Date'],
      liquidationDate: ['Liquidation Date'],
      liquidationStatus: ['Liquidation Status'],
      importerNumber: IMPORTER_NUMBER,
      importerName: IMPORTER_NAME,
      filerCode: FILER,
      port: PORT,
      entryType: ENTRY_TYPE,
      reconciliation: ['Reconciliation Indicator', 'Reconciliation Flag'],
      drawback: ['Drawback Indicator', 'Drawback Flag'],
      protestNumber: ['Protest Number'],
      protestStatus: ['Protest Status'],
    },
  },
  {
    id: 'es022',
    code: 'ES-022',
    name: 'CAPE Entry Summary Report',
    headersVerified: false,
    required: ['entryNumber', 'declarationId', 'refundAmount'],
    columns: {
      entryNumber: ENTRY_NUMBER,
      declarationId: DECLARATION,
      refundNumber: ['Refund Number', 'Refund ID'],
      refundAmount: [
        'Refund Principal Amount',
        'Principal Amount',
        'Refund Amount',
        'Principal Refund Amount',
      ],
      interestAmount: ['Refund Interest Amount', 'Interest Amount'],
      importerNumber: IMPORTER_NUMBER,
      liquidationDate: ['Liquidation Date', 'Reliquidation Date'],
    },
  },
  {
    id: 'rev615',
    code: 'REV-615',
    name: 'CAPE Details Refunds Report',
    headersVerified: false,
    required: ['entryNumber', 'refundAmount'],
    columns: {
      entryNumber: ENTRY_NUMBER,
      declarationId: DECLARATION,
      refundNumber: ['Refund Number', 'Refund ID'],
      refundAmount: ['Refund Amount', 'Refund Principal Amount', 'Principal Amount', 'Total Refund Amount'],
      interestAmount: ['Interest Amount', 'Refund Interest Amount'],
      importerNumber: IMPORTER_NUMBER,
    },
  },
  {
    id: 'cape',
    code: 'CAPE',
    name: 'CAPE claim status / validation result',
    headersVerified: false,
    required: ['entryNumber', 'claimStatus'],
    columns: {
      entryNumber: ENTRY_NUMBER,
      claimStatus: [
        'Validation Status',
        'Claim Status',
        'Entry Status',
        'Validation Result',
        'Entry Validation Status',
        'Status',
      ],
      declarationId: DECLARATION,
      importerNumber: IMPORTER_NUMBER,
      filerCode: FILER,
    },
  },
  {
    id: 'protest',
    code: 'Protest',
    name: 'Protest history export',
    headersVerified: false,
    required: ['entryNumber', 'protestNumber'],
    columns: {
      entryNumber: ENTRY_NUMBER,
      protestNumber: ['Protest Number', 'Protest No', 'Protest ID'],
      protestStatus: ['Protest Status', 'Status', 'Protest Decision', 'Decision Status'],
      importerNumber: IMPORTER_NUMBER,
      port: PORT,
      liquidationDate: ['Liquidation Date'],
    },
  },
  {
    id: 'es701',
    code: 'ES-701',
    name: 'Courtesy Notice of Liquidation',
    headersVerified: false,
    required: ['entryNumber', 'liquidationDate'],
    columns: {
      entryNumber: ENTRY_NUMBER,
      liquidationDate: ['Liquidation Date', 'Liquidation Posted Date', 'Bulletin Date', 'Reliquidation Date'],
      liquidationStatus: [
        'Liquidation Status',
        'Liquidation Type',
        'Liquidation Type Code',
        'Liquidation Code',
        // A bare "Status" next to a liquidation date is the liquidation's (detect.ts).
        'Status',
      ],
      entryDate: ENTRY_DATE,
      entryType: ENTRY_TYPE,
      importerNumber: IMPORTER_NUMBER,
      importerName: IMPORTER_NAME,
      port: PORT,
      filerCode: FILER,
      // Optional, as in ES-003: read so that a layout with them never loses an open protest.
      protestNumber: ['Protest Number'],
      protestStatus: ['Protest Status'],
    },
  },
];

export function reportType(id: ReportId): ReportType {
  const found = REPORT_TYPES.find((t) => t.id === id);
  if (!found) throw new RangeError(`Unknown report type: ${id}`);
  return found;
}

/** "ES-003 Entry Summary Line Tariff Details" */
export function reportLabel(id: ReportId): string {
  const t = reportType(id);
  return `${t.code} ${t.name}`;
}
