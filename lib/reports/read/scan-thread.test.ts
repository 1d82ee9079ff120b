import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { scanWorkerFile } from '../../../scripts/scan-worker-file';
import { RowScanner } from './byte-rows';
import { nodeScanThreads } from './node-scan-thread';
import { nodeFileSource } from './node-source';
import {
  type ScanPort,
  type ScanReply,
  type ScanRequest,
  type ScanThreads,
  serveRowScans,
} from './scan-thread';
import { chunkedSource, collect } from './test-support';
import type { ByteSource } from './types';

type Fake = { threads: ScanThreads; started: number; closed: number; posted: number };

/**
 * A scan "thread" in this process with a real thread's semantics: messages are delivered later
 * (a macrotask) as structured clones, transferred buffers are detached on the sender's side.
 */
function inProcess(opts: { fail?: 'start' | 'after-first' | 'silent' | 'never-ready' } = {}): Fake {
  const fake: Fake = { threads: () => null, started: 0, closed: 0, posted: 0 };
  fake.threads = () => {
    fake.started++;
    let onMessage: (m: ScanReply) => void = () => {};
    let onError: (m: string) => void = () => {};
    let replies = 0;
    const serve = serveRowScans((reply, transfer) => {
      const copy = structuredClone(reply, { transfer });
      replies++;
      if (opts.fail === 'silent') return;
      if (opts.fail === 'after-first' && replies > 1) setTimeout(() => onError('crashed'));
      else setTimeout(() => onMessage(copy));
    });
    const port: ScanPort = {
      post(message: ScanRequest, transfer) {
        fake.posted++;
        const copy = structuredClone(message, { transfer });
        setTimeout(() => serve(copy));
      },
      listen(m, e) {
        onMessage = m;
        onError = e;
        if (opts.fail === 'never-ready') return;
        setTimeout(() => (opts.fail === 'start' ? onError('no workers here') : onMessage({ type: 'ready' })));
      },
      close() {
        fake.closed++;
      },
    };
    return port;
  };
  return fake;
}

const isHeader = (cells: string[]) => cells[0] === 'Entry Summary Number';
/** Rows enough that the sample (64 KiB, 120 lines) ends long before the file does. */
function regularRows(n: number, from = 0): string {
  let out = '';
  for (let i = from; i < from + n; i++)
    out += `ABC${String(10000000 + i)},"Importer ${i % 97}, Inc.",9903.01.${i % 50},$${i}.${i % 100},01/${(i % 28) + 1}/2026\r\n`;
  return out;
}
const HEAD = 'Report: Entry Summary Line Tariff Details\n\nEntry Summary Number,Importer,HTS,Duty,Date\n';

async function both(src: () => ByteSource, threads: ScanThreads) {
  const run = async (t?: ScanThreads) => {
    try {
      const c = await collect(src(), { isHeader, scanThreads: t, limits: { scanThreadMinBytes: 0 } });
      return {
        rows: c.rows,
        rowNumbers: c.rowNumbers,
        blank: c.summary.blankRows,
        n: c.summary.rows,
        error: null,
      };
    } catch (e) {
      return { rows: null, rowNumbers: null, blank: null, n: null, error: (e as Error).message };
    }
  };
  return { single: await run(), piped: await run(threads) };
}

describe('rows scanned on a second thread', () => {
  it('gives the same rows, row numbers, blank rows and errors as one thread, however the file is cut', async () => {
    // Odd text (quotes, line breaks of every kind, blank rows, an unclosed quote) placed among
    // thousands of regular rows, so it lands anywhere relative to the pieces and messages.
    const odd = fc.string({
      unit: fc.constantFrom('a', '1', ',', '"', '"', '\r', '\n', ' ', 'é', '😀'),
      maxLength: 60,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(odd, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1500, max: 9000 }),
        // Piece sizes from a few bytes (a row cut anywhere) to several messages' worth.
        fc.array(fc.integer({ min: 7, max: 300_000 }), { minLength: 1, maxLength: 4 }),
        async (oddBits, rows, sizes) => {
          let body = HEAD;
          const step = Math.floor(rows / oddBits.length);
          oddBits.forEach((bit, k) => {
            body += regularRows(step, k * step);
            body += `${bit}\n`;
          });
          const fake = inProcess();
          const { single, piped } = await both(() => chunkedSource(body, sizes), fake.threads);
          expect(piped).toEqual(single);
          expect(fake.started).toBe(1);
          expect(fake.posted).toBeGreaterThan(2);
          expect(fake.closed).toBe(1);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('reports an unclosed quote and an overlong row with the same message', async () => {
    const unclosed = `${HEAD}${regularRows(4000)}"never closed,1\nabc,2\n`;
    const fake = inProcess();
    const a = await both(() => chunkedSource(unclosed, [70_000]), fake.threads);
    expect(a.piped.error).toMatch(/Row 4004 opens a quoted cell/);
    expect(a.piped).toEqual(a.single);

    const long = `${HEAD}${regularRows(3000)}${'x'.repeat(300_000)}\n`;
    const b = await (async () => {
      const run = async (t?: ScanThreads) =>
        collect(chunkedSource(long, [50_000]), {
          isHeader,
          scanThreads: t,
          limits: { scanThreadMinBytes: 0, maxRowChars: 200_000 },
        }).catch((e: Error) => e.message);
      return { single: await run(), piped: await run(inProcess().threads) };
    })();
    expect(b.piped).toMatch(/Row 3004 is longer than 195 KB/);
    expect(b.piped).toEqual(b.single);
  });

  it('runs on one thread when the thread cannot start, and nothing is lost', async () => {
    const body = `${HEAD}${regularRows(5000)}`;
    const fake = inProcess({ fail: 'start' });
    const { single, piped } = await both(() => chunkedSource(body, [65_536]), fake.threads);
    expect(piped).toEqual(single);
    expect(single.n).toBe(5000);
    expect(fake.closed).toBe(1);
    // Only the start message could have been sent, and it was not: nothing was handed over.
    expect(fake.posted).toBe(0);
  });

  it('fails the file with a clear error when the thread stops half way', async () => {
    const body = `${HEAD}${regularRows(20_000)}`;
    const fake = inProcess({ fail: 'after-first' });
    const { piped } = await both(() => chunkedSource(body, [65_536]), fake.threads);
    expect(piped.error).toMatch(/row scanner thread stopped: crashed/);
    expect(fake.closed).toBe(1);
  });

  it('stops and closes the thread when the read is cancelled', async () => {
    const body = `${HEAD}${regularRows(20_000)}`;
    const fake = inProcess();
    const ctl = new AbortController();
    let seen = 0;
    const read = collect(chunkedSource(body, [65_536]), {
      isHeader,
      scanThreads: fake.threads,
      limits: { scanThreadMinBytes: 0 },
      signal: ctl.signal,
      onProgress: () => {
        if (++seen === 1) ctl.abort();
      },
    });
    await expect(read).rejects.toThrow(/cancelled/);
    expect(fake.closed).toBe(1);
  });

  it('a thread that hangs (never ready, or silent after) does not hang a cancelled read', async () => {
    for (const fail of ['silent', 'never-ready'] as const) {
      const fake = inProcess({ fail });
      const ctl = new AbortController();
      const started = Date.now();
      setTimeout(() => ctl.abort(), 300);
      const read = collect(chunkedSource(`${HEAD}${regularRows(20_000)}`, [65_536]), {
        isHeader,
        scanThreads: fake.threads,
        limits: { scanThreadMinBytes: 0 },
        signal: ctl.signal,
      });
      await expect(read).rejects.toThrow(/cancelled/);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(fake.closed).toBe(1);
    }
  });

  it('scans a long row that arrives in small pieces in linear time on the scan thread too', async () => {
    const body = `${HEAD}${regularRows(2000)}1,"${'x\n'.repeat(100_000)}",3,4,5\n${regularRows(2000, 2000)}`;
    // Bytes scanned, counted at the call (the scan thread hands the buffer on right after).
    let scanned = 0;
    const original = RowScanner.prototype.scan;
    const scan = vi.spyOn(RowScanner.prototype, 'scan').mockImplementation(function (
      this: RowScanner,
      b,
      eof,
      batch,
    ) {
      scanned += b.length;
      return original.call(this, b, eof, batch);
    });
    try {
      const fake = inProcess();
      const c = await collect(chunkedSource(body, [50]), {
        isHeader,
        scanThreads: fake.threads,
        limits: { scanThreadMinBytes: 0 },
      });
      expect(c.rows).toHaveLength(4001);
      expect(fake.started).toBe(1);
      expect(scanned).toBeLessThan(4 * body.length);
    } finally {
      scan.mockRestore();
    }
  });

  it('is not used for small files', async () => {
    const fake = inProcess();
    const c = await collect(chunkedSource(`${HEAD}${regularRows(3000)}`), {
      isHeader,
      scanThreads: fake.threads,
    });
    expect(c.rows).toHaveLength(3000);
    expect(fake.started).toBe(0);
  });
});

describe('Node scan thread (worker_threads) and the file source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ace-scan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file on disk the same with and without the worker thread', async () => {
    const path = join(dir, 'es003.csv');
    const text = `\uFEFF${HEAD}${regularRows(30_000)}"quoted ""x"" cell",,\r\n\r\n${regularRows(3, 30_000)}`;
    writeFileSync(path, text);
    const threads = nodeScanThreads(scanWorkerFile());
    const { single, piped } = await both(() => nodeFileSource(path), threads);
    expect(piped).toEqual(single);
    expect(single.n).toBe(30_004);
    expect(single.blank).toBe(1);
    // The file source is a byte stream read into reused buffers: the rows must still be the file's.
    const inMemory = await collect(chunkedSource(text, [65_536]), { isHeader });
    expect(single.rows).toEqual(inMemory.rows);
    expect(single.rowNumbers).toEqual(inMemory.rowNumbers);
  }, 60_000);
});
