// Entry point of the streaming table readers: sniff the first bytes, then read the rows of a CSV-like
// text file or an XLSX workbook through the caller's handlers, never holding the whole file.
//
//   ByteSource.stream() ─► ByteInput (64 KiB pieces, abort, progress)
//        │ first 4 KiB ─► sniff: zip │ OLE2 │ text (BOM / UTF-16 / binary check)
//        ├─ text ─► TextDecoder ─► delimiter + header detection ─► DelimitedParser ─► onRow
//        └─ zip  ─► fflate Unzip ─► Inflate ─► XML scanners (workbook, rels, styles, shared strings,
//                                                sheet rows) ─► header detection ─► onRow
import { ByteInput } from './byte-input';
import { looksLikeUtf8, readDelimited } from './delimited';
import { Ole2Scanner, SNIFF_BYTES, sniff } from './sniff';
import {
  ArrayRowView,
  type ByteSource,
  DEFAULT_LIMITS,
  ReadError,
  type ReadHandlers,
  type ReadLimits,
  type ReadSummary,
} from './types';
import { readXlsx } from './xlsx';

/** Reads a report export row by row. Throws ReadError (with a message for the user) when it cannot. */
export async function readTable(
  src: ByteSource,
  h: ReadHandlers,
  limits?: Partial<ReadLimits>,
): Promise<ReadSummary> {
  const lim: ReadLimits = { ...DEFAULT_LIMITS, ...limits };
  const onRowView = h.onRowView;
  if (onRowView) {
    // Readers that split rows into arrays (XLSX, decoded text) hand them over through one reused view.
    const view = new ArrayRowView();
    h = {
      ...h,
      onRow(cells, rowNumber) {
        view.cellsOf = cells;
        onRowView(view, rowNumber);
      },
    };
  }
  const input = new ByteInput(src.stream(), src.size, h.onProgress, h.signal);
  const warnings: string[] = [];
  try {
    const head = await input.peek(SNIFF_BYTES);
    const kind = sniff(head);
    let summary: ReadSummary;
    if (kind.kind === 'zip') summary = await readXlsx(input, h, lim, warnings);
    else if (kind.kind === 'ole2') throw await ole2Error(input);
    else {
      let encoding = kind.encoding;
      if (encoding === 'utf-8-check')
        encoding = looksLikeUtf8(await input.peek(64 * 1024)) ? 'utf-8' : 'windows-1252';
      summary = await readDelimited(input, encoding, h, lim, warnings);
    }
    summary.bytes = input.bytesRead;
    input.finishProgress();
    return summary;
  } finally {
    await input.close();
  }
}

async function ole2Error(input: ByteInput): Promise<ReadError> {
  const scan = new Ole2Scanner();
  for (let c = await input.read(); c !== null && !scan.found; c = await input.read()) scan.push(c);
  if (scan.found)
    return new ReadError(
      'xlsx-encrypted',
      'This workbook is password-protected; remove the password in Excel (File › Info › Protect Workbook) and save it again.',
    );
  return new ReadError(
    'legacy-xls',
    'This is an old-style Excel 97-2003 (.xls) workbook; open it in Excel and save as .xlsx or CSV.',
  );
}

export type {
  ByteSource,
  HeaderInfo,
  ReadErrorCode,
  ReadHandlers,
  ReadLimits,
  ReadSummary,
  RowView,
  TableFormat,
} from './types';
export { ArrayRowView, ReadError } from './types';
