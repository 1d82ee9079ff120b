// Pulls a ByteSource's stream in pieces of at most 64 KiB, with abort checks between pieces,
// throttled progress and a push-back for the sniffed prefix. Small pieces keep each decoded string
// short-lived (young-generation GC), which is most of what makes streaming fast (recipes/parsing.md).
import { ReadError } from './types';

const PIECE = 64 * 1024;
const PROGRESS_EVERY = 1024 * 1024;

/**
 * Size of the buffers a BYOB-capable stream reads into. Reused buffers matter: on the machines
 * measured, first-touching fresh memory cost ~2 ms per MB, about ten times the read itself.
 */
const BYOB_CHUNK = 256 * 1024;
/** Spare buffers kept for reuse. */
const SPARE_MAX = 16;
/**
 * Largest piece readChunk hands out: the row scanner addresses a buffer with 30-bit offsets, and a
 * source may deliver one huge chunk (a whole file in memory, say).
 */
const CHUNK_MAX = 64 * 1024 * 1024;

export class ByteInput {
  bytesRead = 0;
  /** A byte stream (Node's file source) is read into our own, reused buffers; others as they come. */
  private readonly byob: ReadableStreamBYOBReader | null = null;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  private readonly spare: ArrayBuffer[] = [];
  /** The buffer of the last readReusing() piece, reused by the next call. */
  private lent: ArrayBuffer | null = null;
  private pending: Uint8Array | null = null;
  private done = false;
  private lastProgress = 0;

  constructor(
    stream: ReadableStream<Uint8Array>,
    private readonly size: number | undefined,
    private readonly onProgress?: (bytesRead: number, totalBytes: number | undefined) => void,
    private readonly signal?: AbortSignal,
  ) {
    try {
      this.byob = stream.getReader({ mode: 'byob' });
    } catch {
      // Not a byte stream (a browser File's stream may not be, a TransformStream's never is).
      this.reader = stream.getReader();
    }
  }

  /** The stream's next chunk, or null at its end. */
  private async pull(): Promise<Uint8Array | null> {
    if (this.done) return null;
    let r: ReadableStreamReadResult<Uint8Array>;
    if (this.byob) {
      const buf = this.spare.pop() ?? new ArrayBuffer(BYOB_CHUNK);
      r = await this.byob.read(new Uint8Array(buf));
      if (r.done && r.value) this.recycle(r.value.buffer as ArrayBuffer);
    } else r = await (this.reader as ReadableStreamDefaultReader<Uint8Array>).read();
    this.checkAbort();
    if (r.done) {
      this.done = true;
      return null;
    }
    return r.value;
  }

  /**
   * The rest of a split piece, else the stream's next non-empty chunk, cut to `max` bytes (the rest
   * waits for the next call); null at the end.
   */
  private async next(max: number): Promise<Uint8Array | null> {
    this.checkAbort();
    let chunk = this.pending;
    this.pending = null;
    while (chunk === null || chunk.length === 0) {
      chunk = await this.pull();
      if (chunk === null) return null;
    }
    if (chunk.length > max) {
      this.pending = chunk.subarray(max);
      chunk = chunk.subarray(0, max);
    }
    this.counted(chunk.length);
    return chunk;
  }

  /** Next piece (<= 64 KiB), or null at the end. The caller may keep it. */
  read(): Promise<Uint8Array | null> {
    return this.next(PIECE);
  }

  /**
   * The next piece as the stream gave it (not cut to 64 KiB; huge chunks are cut to CHUNK_MAX), or
   * null at the end: for handing whole buffers to another thread (scan-thread.ts), which may give
   * them back through recycle().
   */
  readChunk(): Promise<Uint8Array | null> {
    return this.next(CHUNK_MAX);
  }

  /**
   * Like readChunk, but the piece's buffer is read into again by the next call: the caller must be
   * done with the piece by then (the single-thread row parser copies what it keeps).
   */
  async readReusing(): Promise<Uint8Array | null> {
    if (this.lent !== null) this.recycle(this.lent);
    this.lent = null;
    const chunk = await this.readChunk();
    if (
      chunk !== null &&
      this.byob !== null &&
      chunk.byteOffset === 0 &&
      chunk.buffer.byteLength === BYOB_CHUNK
    )
      this.lent = chunk.buffer as ArrayBuffer;
    return chunk;
  }

  /** True when pieces are read into buffers of our own (a byte stream): see readChunk. */
  get ownsBuffers(): boolean {
    return this.byob !== null;
  }

  /** A buffer this input gave out (readChunk) and nobody uses any more. */
  recycle(buffer: ArrayBuffer): void {
    if (this.byob !== null && buffer.byteLength === BYOB_CHUNK && this.spare.length < SPARE_MAX)
      this.spare.push(buffer);
  }

  private counted(n: number): void {
    this.bytesRead += n;
    if (this.onProgress && this.bytesRead - this.lastProgress >= PROGRESS_EVERY) {
      this.lastProgress = this.bytesRead;
      this.onProgress(this.bytesRead, this.size);
    }
  }

  /** Bytes not read yet, when the size is known. */
  remaining(): number | undefined {
    return this.size === undefined ? undefined : this.size - this.bytesRead;
  }

  /** Reads until at least `n` bytes are gathered or the stream ends; the bytes are pushed back. */
  async peek(n: number): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let total = 0;
    while (total < n) {
      const c = await this.read();
      if (c === null) break;
      parts.push(c);
      total += c.length;
    }
    const out = concat(parts, total);
    this.bytesRead -= total;
    this.pending = this.pending ? concat([out, this.pending], out.length + this.pending.length) : out;
    return out;
  }

  finishProgress(): void {
    this.onProgress?.(this.bytesRead, this.size);
  }

  checkAbort(): void {
    if (this.signal?.aborted) throw new ReadError('aborted', 'Reading the file was cancelled.');
  }

  /** Releases the source; safe to call more than once. */
  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    try {
      await (this.byob ?? this.reader)?.cancel();
    } catch {
      // The stream may already be errored; nothing left to release.
    }
  }
}

export function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
