// The three contenders of scripts/bench/read-bench.ts, each reading one file and counting rows.
import { createReadStream, readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { inferSchema, initParser } from 'udsv';
import { readTable } from '../../lib/reports/read/index';
import { nodeFileSource } from '../../lib/reports/read/node-source';

/** The recipe's streaming uDSV parse: 64 KiB chunks, header line found first, CRLF hold-back. */
export async function bareUdsvParse(path: string): Promise<number> {
  const stream = createReadStream(path, { highWaterMark: 64 * 1024, encoding: 'utf8' });
  let parser: ReturnType<typeof initParser> | null = null;
  let head = '';
  let held = '';
  let rows = 0;
  const onRow = (): void => {
    rows++;
  };
  for await (const piece of stream as AsyncIterable<string>) {
    let s = held + piece;
    held = '';
    if (s.endsWith('\r')) {
      held = '\r';
      s = s.slice(0, -1);
    }
    if (parser === null) {
      head += s;
      const at = head.indexOf('Entry Summary Number');
      if (at < 0) continue;
      const body = head.slice(at);
      parser = initParser(inferSchema(body));
      parser.chunk<string[]>(body, parser.stringArrs, onRow);
      continue;
    }
    parser.chunk<string[]>(s, parser.stringArrs, onRow);
  }
  if (parser !== null) {
    if (held) parser.chunk<string[]>(held, parser.stringArrs, onRow);
    parser.end();
  }
  return rows;
}

/** SheetJS full read (what the extension must not do), all rows materialized as arrays. */
export function sheetjsRead(path: string): number {
  const wb = XLSX.read(readFileSync(path), { dense: false });
  const name = wb.SheetNames.find((n) => /report/i.test(n)) ?? wb.SheetNames[0] ?? '';
  const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[name] as XLSX.WorkSheet, {
    header: 1,
    raw: false,
  });
  return rows.length;
}

/** Our reader with a no-op onRow. */
export async function ourRead(path: string): Promise<number> {
  let rows = 0;
  await readTable(nodeFileSource(path), {
    isHeader: (cells) => cells.some((c) => c.trim() === 'Entry Summary Number'),
    onHeader: () => {},
    onRow: () => {
      rows++;
    },
  });
  return rows;
}
