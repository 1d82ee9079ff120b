// The results table as the page receives it: columns of typed arrays and one string dictionary
// instead of one object per entry. 200k entries as objects take hundreds of milliseconds to
// deserialize on the main thread (the issue allows 50 ms); typed arrays copy as memory blocks.
// Per-entry detail (reason, notes, sources) is asked from the worker when a row is opened.
// The entry numbers travel as UTF-8 bytes, not one joined string: the page decodes only the rows in
// view, and bytes are transferred, while a 2 MB string (190k entry numbers) took ~10 ms of the
// page's main thread to deserialize, in the same task as the rest of the result.
import { type EntryList, scanEntries } from '../reports/entry-table';
import type { EntryStatus } from '../reports/model';
import { ENTRY_STATUSES } from '../reports/model';
import type { MonthlyRow } from '../reports/monthly';

/**
 * Distinct strings as one string plus offsets: 200k importer numbers as 200k strings take tens of
 * milliseconds to deserialize on the page; one string is a single copy.
 */
export type Dict = { text: string; offsets: Uint32Array<ArrayBuffer> };

export function dictAt(dict: Dict, at: number): string | null {
  if (at < 0 || at + 1 >= dict.offsets.length) return null;
  return dict.text.slice(dict.offsets[at], dict.offsets[at + 1]);
}

const STATUS_INDEX = Object.fromEntries(ENTRY_STATUSES.map((s, i) => [s, i])) as Record<EntryStatus, number>;

/** Dictionary-coded text columns: index into `dict`, -1 for null. */
export const TEXT_COLUMNS = [
  'importerNumber',
  'importerName',
  'port',
  'entryType',
  'entryDate',
  'liquidationDate',
  'capeLastDay',
  'protestLastDay',
] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

export type CompactTable = {
  count: number;
  /** Entry numbers as UTF-8, concatenated; entry i is bytes entryOffsets[i] to entryOffsets[i + 1]. */
  entryBytes: Uint8Array<ArrayBuffer>;
  entryOffsets: Uint32Array<ArrayBuffer>;
  dict: Dict;
  text: Record<TextColumn, Int32Array<ArrayBuffer>>;
  /** Index into ENTRY_STATUSES. */
  status: Uint8Array<ArrayBuffer>;
  valid: Uint8Array<ArrayBuffer>;
  ieepaDutyCents: Float64Array<ArrayBuffer>;
  otherDutyCents: Float64Array<ArrayBuffer>;
  lineCount: Uint32Array<ArrayBuffer>;
  flagCount: Uint16Array<ArrayBuffer>;
};

export type CompactMonthly = {
  count: number;
  dict: Dict;
  importerNumber: Int32Array<ArrayBuffer>;
  month: Int32Array<ArrayBuffer>;
  entries: Uint32Array<ArrayBuffer>;
  totalDutyCents: Float64Array<ArrayBuffer>;
  ieepaDutyCents: Float64Array<ArrayBuffer>;
  otherDutyCents: Float64Array<ArrayBuffer>;
};

/** One row of the table, decoded for display. */
export type TableRow = {
  index: number;
  entryNumber: string;
  entryNumberValid: boolean;
  status: EntryStatus;
  ieepaDutyCents: number;
  otherDutyCents: number;
  lineCount: number;
  flagCount: number;
} & Record<TextColumn, string | null>;

function dictionary() {
  const values: string[] = [];
  const index = new Map<string, number>();
  const code = (value: string | null): number => {
    if (value === null) return -1;
    let at = index.get(value);
    if (at === undefined) {
      at = values.length;
      values.push(value);
      index.set(value, at);
    }
    return at;
  };
  const build = (): Dict => {
    const offsets = new Uint32Array(values.length + 1);
    let end = 0;
    values.forEach((v, i) => {
      end += v.length;
      offsets[i + 1] = end;
    });
    return { text: values.join(''), offsets };
  };
  return { code, build };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Strings as UTF-8 bytes end to end, with the byte offset where each one ends. */
function utf8Column(
  n: number,
  at: (i: number) => string,
): { bytes: Uint8Array<ArrayBuffer>; offsets: Uint32Array<ArrayBuffer> } {
  const offsets = new Uint32Array(n + 1);
  let bytes = new Uint8Array(Math.max(64, n * 12));
  let end = 0;
  for (let i = 0; i < n; i++) {
    const value = at(i);
    // At most 3 bytes per UTF-16 code unit.
    if (end + value.length * 3 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, end + value.length * 3));
      grown.set(bytes.subarray(0, end));
      bytes = grown;
    }
    let ascii = true;
    for (let c = 0; c < value.length; c++) {
      const code = value.charCodeAt(c);
      if (code >= 0x80) {
        ascii = false;
        break;
      }
      bytes[end + c] = code;
    }
    end += ascii ? value.length : encoder.encodeInto(value, bytes.subarray(end)).written;
    offsets[i + 1] = end;
  }
  return { bytes: bytes.slice(0, end), offsets };
}

export function compactEntries(entries: EntryList): CompactTable {
  const n = entries.length;
  const { code, build } = dictionary();
  const text = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, new Int32Array(n)])) as Record<
    TextColumn,
    Int32Array<ArrayBuffer>
  >;
  const table: CompactTable = {
    count: n,
    entryBytes: new Uint8Array(0),
    entryOffsets: new Uint32Array(n + 1),
    dict: { text: '', offsets: new Uint32Array(1) },
    text,
    status: new Uint8Array(n),
    valid: new Uint8Array(n),
    ieepaDutyCents: new Float64Array(n),
    otherDutyCents: new Float64Array(n),
    lineCount: new Uint32Array(n),
    flagCount: new Uint16Array(n),
  };
  // One pass over the entries (an EntryTable refills one object per entry). Consecutive entries
  // often repeat a value (same importer, port, date): the column's last value skips the look-up.
  const entryNumbers: string[] = new Array(n);
  const columns = TEXT_COLUMNS.map((c) => ({
    name: c,
    codes: text[c],
    last: null as string | null,
    code: -1,
  }));
  scanEntries(entries, (e, i) => {
    if (i >= n) return;
    entryNumbers[i] = e.entryNumber;
    for (const col of columns) {
      const value = e[col.name];
      if (value !== col.last) {
        col.last = value;
        col.code = code(value);
      }
      col.codes[i] = col.code;
    }
    table.status[i] = STATUS_INDEX[e.status];
    table.valid[i] = e.entryNumberValid ? 1 : 0;
    table.ieepaDutyCents[i] = e.ieepaDutyCents;
    table.otherDutyCents[i] = e.otherDutyCents;
    table.lineCount[i] = e.lineCount;
    table.flagCount[i] = Math.min(e.flags.length, 65_535);
  });
  const numbers = utf8Column(n, (k) => entryNumbers[k] ?? '');
  table.entryBytes = numbers.bytes;
  table.entryOffsets = numbers.offsets;
  table.dict = build();
  return table;
}

export function rowAt(table: CompactTable, index: number): TableRow {
  const value = (c: TextColumn): string | null => {
    return dictAt(table.dict, table.text[c][index] ?? -1);
  };
  return {
    index,
    entryNumber: decoder.decode(
      table.entryBytes.subarray(table.entryOffsets[index] ?? 0, table.entryOffsets[index + 1] ?? 0),
    ),
    entryNumberValid: table.valid[index] === 1,
    status: ENTRY_STATUSES[table.status[index] ?? 0] ?? 'no-ieepa',
    ieepaDutyCents: table.ieepaDutyCents[index] ?? 0,
    otherDutyCents: table.otherDutyCents[index] ?? 0,
    lineCount: table.lineCount[index] ?? 0,
    flagCount: table.flagCount[index] ?? 0,
    importerNumber: value('importerNumber'),
    importerName: value('importerName'),
    port: value('port'),
    entryType: value('entryType'),
    entryDate: value('entryDate'),
    liquidationDate: value('liquidationDate'),
    capeLastDay: value('capeLastDay'),
    protestLastDay: value('protestLastDay'),
  };
}

export function compactMonthly(rows: readonly MonthlyRow[]): CompactMonthly {
  const n = rows.length;
  const { code, build } = dictionary();
  const out: CompactMonthly = {
    count: n,
    dict: { text: '', offsets: new Uint32Array(1) },
    importerNumber: new Int32Array(n),
    month: new Int32Array(n),
    entries: new Uint32Array(n),
    totalDutyCents: new Float64Array(n),
    ieepaDutyCents: new Float64Array(n),
    otherDutyCents: new Float64Array(n),
  };
  rows.forEach((r, i) => {
    out.importerNumber[i] = code(r.importerNumber);
    out.month[i] = code(r.month);
    out.entries[i] = r.entries;
    out.totalDutyCents[i] = r.totalDutyCents;
    out.ieepaDutyCents[i] = r.ieepaDutyCents;
    out.otherDutyCents[i] = r.otherDutyCents;
  });
  out.dict = build();
  return out;
}

export function monthlyAt(m: CompactMonthly, index: number): MonthlyRow {
  const value = (at: number | undefined) => dictAt(m.dict, at ?? -1);
  return {
    importerNumber: value(m.importerNumber[index]),
    month: value(m.month[index]),
    entries: m.entries[index] ?? 0,
    totalDutyCents: m.totalDutyCents[index] ?? 0,
    ieepaDutyCents: m.ieepaDutyCents[index] ?? 0,
    otherDutyCents: m.otherDutyCents[index] ?? 0,
  };
}

/** The typed arrays of a table, for postMessage's transfer list (the worker keeps no copy). */
export function transferablesOf(table: CompactTable, monthly: CompactMonthly): ArrayBuffer[] {
  const arrays = [
    table.entryBytes,
    table.entryOffsets,
    table.dict.offsets,
    monthly.dict.offsets,
    ...Object.values(table.text),
    table.status,
    table.valid,
    table.ieepaDutyCents,
    table.otherDutyCents,
    table.lineCount,
    table.flagCount,
    monthly.importerNumber,
    monthly.month,
    monthly.entries,
    monthly.totalDutyCents,
    monthly.ieepaDutyCents,
    monthly.otherDutyCents,
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
