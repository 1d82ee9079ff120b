// What kind of file is this? Decided from its first bytes only.
import type { TextEncoding } from './delimited';
import { ReadError } from './types';

export type Sniffed =
  | { kind: 'zip' }
  | { kind: 'ole2' }
  | { kind: 'text'; encoding: TextEncoding | 'utf-8-check' };

/** How many bytes `sniff` wants to see. */
export const SNIFF_BYTES = 4096;

export function sniff(head: Uint8Array): Sniffed {
  if (head.length === 0)
    throw new ReadError('empty', 'The file is empty (0 bytes); download the report again.');
  const b = (i: number): number => head[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b) {
    if (b(2) === 0x03 && b(3) === 0x04) return { kind: 'zip' };
    throw new ReadError('xlsx-truncated', 'This zip/Excel file has no content; download or save it again.');
  }
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return { kind: 'ole2' };
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46)
    throw new ReadError('binary', 'This is a PDF; export the report from ACE as CSV or Excel instead.');
  if (b(0) === 0x1f && b(1) === 0x8b)
    throw new ReadError(
      'binary',
      'This file is gzip-compressed; extract it first and choose the CSV or .xlsx inside.',
    );
  if (
    (b(0) === 0xff && b(1) === 0xfe && b(2) === 0 && b(3) === 0) ||
    (b(0) === 0 && b(1) === 0 && b(2) === 0xfe)
  )
    throw new ReadError(
      'unsupported-encoding',
      'This file is UTF-32 text; save it as UTF-8 CSV and try again.',
    );
  if (b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf) return { kind: 'text', encoding: 'utf-8' };
  if (b(0) === 0xff && b(1) === 0xfe) return { kind: 'text', encoding: 'utf-16le' };
  if (b(0) === 0xfe && b(1) === 0xff) return { kind: 'text', encoding: 'utf-16be' };

  // UTF-16 without a BOM: ASCII text has a NUL in every other byte.
  const n = Math.min(head.length, SNIFF_BYTES) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i] as number;
    if (c === 0) {
      if (i & 1) oddNul++;
      else evenNul++;
    } else if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 26) || c === 127) control++;
  }
  if (n >= 4 && oddNul > n * 0.3 && evenNul < oddNul * 0.05) return { kind: 'text', encoding: 'utf-16le' };
  if (n >= 4 && evenNul > n * 0.3 && oddNul < evenNul * 0.05) return { kind: 'text', encoding: 'utf-16be' };
  const nul = evenNul + oddNul;
  if (nul > 0 && (nul >= n * 0.003 || nul >= 8)) throw binary();
  if (control > n * 0.05) throw binary();
  return { kind: 'text', encoding: 'utf-8-check' };
}

function binary(): ReadError {
  return new ReadError(
    'binary',
    'This file is not text, CSV or an Excel workbook (it looks like binary data); export the report from ACE as CSV or Excel.',
  );
}

const ENCRYPTION_MARKERS = ['EncryptionInfo', 'EncryptedPackage'].map(utf16le);

/** Scans an OLE2 compound file for the streams an encrypted OOXML package has. */
export class Ole2Scanner {
  found = false;
  private tail = new Uint8Array(0);

  push(chunk: Uint8Array): void {
    if (this.found) return;
    const buf = new Uint8Array(this.tail.length + chunk.length);
    buf.set(this.tail);
    buf.set(chunk, this.tail.length);
    for (const m of ENCRYPTION_MARKERS) {
      if (indexOfBytes(buf, m) >= 0) {
        this.found = true;
        return;
      }
    }
    this.tail = buf.slice(Math.max(0, buf.length - 40));
  }
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0] as number;
  const last = hay.length - needle.length;
  outer: for (let i = hay.indexOf(first); i >= 0 && i <= last; i = hay.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
