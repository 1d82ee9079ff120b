// The row scan of a big text file on a second thread (a Web Worker in the extension, a worker thread
// in Node): the thread finds the rows and cells (RowScanner, byte-rows.ts) while the caller's thread
// reads the file and turns rows into results (RowConsumer). On the 1M-line benchmark file the two
// halves cost about the same, so together they take about half the time (README, Performance).
//
//   caller thread                                   scan thread
//   ByteInput ─ pieces (transferred) ──────────────► serveRowScans: carry + pieces ─► RowScanner
//   RowConsumer ◄─ batches (bytes + offsets, transferred) ◄─┘
//        └─ consumed buffers go back with the next pieces, so memory is reused, not fresh
//
// Environment-free on purpose: the thread is reached through a ScanPort the host provides
// (entrypoints/analyzer/scan-worker.ts for browsers, node-scan-thread.ts for Node).
import { type RowBatch, type RowConsumer, RowScanner } from './byte-rows';
import { ReadError } from './types';

/** Messages to the scan thread. */
export type ScanRequest =
  | { type: 'start'; delim: number; maxRowBytes: number; firstRowNumber: number }
  | {
      type: 'bytes';
      /** The next bytes of the file, in order. */
      pieces: Uint8Array[];
      /** True when these are the last bytes: the last row needs no line end. */
      eof: boolean;
      /** Buffers of consumed batches, for reuse. */
      recycle: Recycled[];
    };

/** Buffers of a consumed batch, handed back. */
export type Recycled = { buf: ArrayBuffer; rowStart: ArrayBuffer; rowCell: ArrayBuffer; cells: ArrayBuffer };

/** Messages from the scan thread. */
export type ScanReply =
  | { type: 'ready' }
  | ({
      type: 'rows';
      /** The request's piece buffers, copied into the batch and handed back for reading into again. */
      spent: ArrayBuffer[];
    } & RowBatch);

/** The host's connection to one scan thread. */
export interface ScanPort {
  post(message: ScanRequest, transfer: ArrayBuffer[]): void;
  /** `onError`: the thread could not start or stopped (a message for the log, not for users). */
  listen(onMessage: (message: ScanReply) => void, onError: (message: string) => void): void;
  /** Ends the thread; safe to call more than once. */
  close(): void;
}

/** Starts a scan thread, or returns null when none can be had (the read then runs on one thread). */
export type ScanThreads = () => ScanPort | null;

const EMPTY = new Uint8Array(0);
/** Recycled buffers kept per kind: as many as can be in flight, a few spare. */
const POOL_MAX = 8;

/** A batch of no rows (the reply to bytes that only made the unfinished row longer). */
function noRows(firstRowNumber: number): RowBatch {
  // Separate arrays: the caller hands each buffer back in one transfer list, which allows no repeats.
  return {
    buf: new Uint8Array(0),
    rows: 0,
    firstRowNumber,
    rowStart: new Int32Array(0),
    rowCell: new Int32Array(0),
    cells: new Int32Array(0),
    error: null,
  };
}

/** `carry` then `pieces`, into `out` (at least as long as all of them). */
function joinInto(out: Uint8Array, carry: Uint8Array, pieces: Uint8Array[]): Uint8Array {
  out.set(carry);
  let at = carry.length;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The scan thread's side: call the returned function with each request; replies go to `post`. */
export function serveRowScans(
  post: (reply: ScanReply, transfer: ArrayBuffer[]) => void,
): (request: ScanRequest) => void {
  let scanner: RowScanner | null = null;
  let carry: Uint8Array = EMPTY;
  let waiting = 0;
  let failed = false;
  const pools = {
    buf: [] as ArrayBuffer[],
    rowStart: [] as ArrayBuffer[],
    rowCell: [] as ArrayBuffer[],
    cells: [] as ArrayBuffer[],
  };
  const take = (pool: ArrayBuffer[], bytes: number): ArrayBuffer => {
    for (let i = 0; i < pool.length; i++) {
      const b = pool[i] as ArrayBuffer;
      if (b.byteLength >= bytes) {
        pool.splice(i, 1);
        return b;
      }
    }
    return new ArrayBuffer(bytes);
  };
  const keep = (pool: ArrayBuffer[], b: ArrayBuffer) => {
    if (b.byteLength > 0 && pool.length < POOL_MAX) pool.push(b);
  };

  return (request) => {
    if (request.type === 'start') {
      scanner = new RowScanner(request.delim, request.maxRowBytes, request.firstRowNumber);
      carry = EMPTY;
      waiting = 0;
      failed = false;
      return;
    }
    for (const r of request.recycle) {
      keep(pools.buf, r.buf);
      keep(pools.rowStart, r.rowStart);
      keep(pools.rowCell, r.rowCell);
      keep(pools.cells, r.cells);
    }
    if (scanner === null || failed) return;
    let total = carry.length;
    for (const p of request.pieces) total += p.length;
    const spent: ArrayBuffer[] = [];
    for (const p of request.pieces) spent.push(p.buffer as ArrayBuffer);
    // A long unfinished row (a quoted cell running on) is scanned again only once it has grown by as
    // much as it had: linear time however small the pieces (ByteRowParser does the same).
    waiting -= total - carry.length;
    if (!request.eof && carry.length > 0 && waiting > 0) {
      carry = joinInto(new Uint8Array(total), carry, request.pieces);
      // Nothing to transfer but the spent pieces: the empty arrays are cloned (and never pooled).
      post({ type: 'rows', ...noRows(scanner.rowNumber + 1), spent }, spent);
      return;
    }
    // The unfinished row of the last batch, then the new bytes: one buffer the batch owns.
    const buf = joinInto(new Uint8Array(take(pools.buf, total), 0, total), carry, request.pieces);
    // First guesses at the batch's sizes (the scanner grows them): ~1 cell per 4 bytes, ~1 row per 64.
    const rowCap = (total >> 6) + 1025;
    const cellCap = (total >> 2) + 1024;
    const batch: RowBatch = {
      buf,
      rows: 0,
      firstRowNumber: 0,
      // Views of exactly rowCap: the scanner wants both row arrays of one length (see emptyBatch).
      rowStart: new Int32Array(take(pools.rowStart, rowCap * 4), 0, rowCap),
      rowCell: new Int32Array(take(pools.rowCell, rowCap * 4), 0, rowCap),
      cells: new Int32Array(take(pools.cells, cellCap * 4), 0, cellCap),
      error: null,
    };
    const rest = scanner.scan(buf, request.eof, batch);
    carry = rest < total ? buf.slice(rest) : EMPTY;
    waiting = carry.length;
    if (batch.error) failed = true;
    post({ type: 'rows', ...batch, spent }, [
      ...spent,
      batch.buf.buffer as ArrayBuffer,
      batch.rowStart.buffer as ArrayBuffer,
      batch.rowCell.buffer as ArrayBuffer,
      batch.cells.buffer as ArrayBuffer,
    ]);
  };
}

/** Bytes gathered per message to the scan thread (fewer, bigger messages; batches of ~8k rows). */
const POST_BYTES = 1 << 20;
const POST_PIECES = 64;
/** Messages the scan thread may be behind by: enough to keep both threads busy, memory bounded. */
const IN_FLIGHT = 3;
/** A thread that has not said it is ready by then is given up on; the read runs on one thread. */
const READY_TIMEOUT_MS = 10_000;
/** A batch takes milliseconds; a thread silent this long is stuck, and the file fails clearly. */
const BATCH_TIMEOUT_MS = 60_000;

/** The caller's side of one scan thread: started early (while the header is looked for), used once. */
export class ScanThread {
  private readonly replies: ScanReply[] = [];
  private wake: (() => void) | null = null;
  private failure: string | null = null;
  private isReady = false;
  private closed = false;

  private constructor(private readonly port: ScanPort) {
    port.listen(
      (message) => {
        if (message.type === 'ready') this.isReady = true;
        else this.replies.push(message);
        this.wake?.();
      },
      (message) => {
        this.failure = message;
        this.wake?.();
      },
    );
  }

  /** A started thread, or null when the host has none. */
  static start(threads: ScanThreads | undefined): ScanThread | null {
    if (!threads) return null;
    try {
      const port = threads();
      return port ? new ScanThread(port) : null;
    } catch {
      return null;
    }
  }

  /** Waits for a message, a failure, the timeout or the read's cancellation, whichever comes first. */
  private async event(timeoutMs: number, signal: AbortSignal | undefined): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    await new Promise<void>((resolve) => {
      this.wake = resolve;
      timer = setTimeout(resolve, timeoutMs);
      if (signal) {
        onAbort = resolve;
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
    this.wake = null;
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    if (signal?.aborted) throw new ReadError('aborted', 'Reading the file was cancelled.');
  }

  /** True once the thread runs; false if it failed to start (nothing was handed to it yet). */
  async ready(signal?: AbortSignal): Promise<boolean> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (!this.isReady && this.failure === null && Date.now() < deadline)
      await this.event(deadline - Date.now(), signal);
    return this.isReady && this.failure === null;
  }

  post(message: ScanRequest, transfer: ArrayBuffer[]): void {
    this.port.post(message, transfer);
  }

  /** The next batch. */
  async next(signal?: AbortSignal): Promise<Extract<ScanReply, { type: 'rows' }>> {
    const deadline = Date.now() + BATCH_TIMEOUT_MS;
    for (;;) {
      const reply = this.replies.shift();
      if (reply !== undefined && reply.type === 'rows') return reply;
      if (this.failure !== null) throw new Error(`The row scanner thread stopped: ${this.failure}`);
      if (Date.now() >= deadline)
        throw new Error(`The row scanner thread did not answer for ${BATCH_TIMEOUT_MS / 1000} s.`);
      await this.event(deadline - Date.now(), signal);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.port.close();
  }
}

/** The caller's half of a piped read: what it needs of the input, and where rows go. */
export type PipeInput = {
  /** The next piece as read, whole (its buffer may be transferred), or null at the end. */
  readChunk(): Promise<Uint8Array | null>;
  /** Takes back a buffer readChunk gave out, to read into again. */
  recycle(buffer: ArrayBuffer): void;
  /** True when readChunk's pieces are views at the start of buffers the input made for them. */
  readonly ownsBuffers: boolean;
};

/**
 * Reads the rest of the file through the scan thread: `first` (the bytes after the header) and then
 * every piece of `input`, IN_FLIGHT messages ahead of the consumer. Resolves when the rows are all
 * consumed or the consumer stopped; rejects with the scan's ReadError or a thread failure.
 */
export async function pipeRows(
  thread: ScanThread,
  input: PipeInput,
  first: Uint8Array,
  eof: boolean,
  consumer: RowConsumer,
  start: { delim: number; maxRowBytes: number; firstRowNumber: number },
  signal?: AbortSignal,
): Promise<void> {
  thread.post({ type: 'start', ...start }, []);
  let recycle: Recycled[] = [];
  let inFlight = 0;
  let ended = eof;
  const send = (pieces: Uint8Array[], last: boolean) => {
    const transfer: ArrayBuffer[] = [];
    for (const r of recycle) transfer.push(r.buf, r.rowStart, r.rowCell, r.cells);
    for (const p of pieces) transfer.push(p.buffer as ArrayBuffer);
    thread.post({ type: 'bytes', pieces, eof: last, recycle }, transfer);
    recycle = [];
    inFlight++;
  };
  send([owned(first, false)], ended);
  for (;;) {
    while (!ended && inFlight < IN_FLIGHT) {
      const pieces: Uint8Array[] = [];
      let bytes = 0;
      // At most POST_PIECES pieces too: a source of tiny chunks must not make one giant message.
      while (bytes < POST_BYTES && pieces.length < POST_PIECES) {
        const c = await input.readChunk();
        if (c === null) {
          ended = true;
          break;
        }
        if (c.length === 0) continue;
        pieces.push(owned(c, input.ownsBuffers));
        bytes += c.length;
      }
      send(pieces, ended);
    }
    if (inFlight === 0) return;
    const batch = await thread.next(signal);
    inFlight--;
    for (const b of batch.spent) input.recycle(b);
    if (!consumer.consume(batch)) return;
    recycle.push({
      buf: batch.buf.buffer as ArrayBuffer,
      rowStart: batch.rowStart.buffer as ArrayBuffer,
      rowCell: batch.rowCell.buffer as ArrayBuffer,
      cells: batch.cells.buffer as ArrayBuffer,
    });
  }
}

/**
 * `bytes` as a Uint8Array whose buffer can be transferred. A piece from the input's own buffers
 * (BYOB: it may fill only the start of one) or one that spans its whole buffer is its buffer's only
 * user; anything else may share it (the rest of a piece split by read(), a pooled Node Buffer) and
 * is copied.
 */
function owned(bytes: Uint8Array, inputOwnsBuffers: boolean): Uint8Array {
  const alone = bytes.byteOffset === 0 && (inputOwnsBuffers || bytes.byteLength === bytes.buffer.byteLength);
  return alone && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
}
