// Pulls a ByteSource's stream in pieces of at most 64 KiB, with abort checks between pieces,
// throttled progress and a push-back for the sniffed prefix. Small pieces keep each decoded string
// short-lived (young-generation GC), which is most of what makes streaming fast (recipes/parsing.md).
import { ReadError } from './types';

const PIECE = 64 * 1024;
const PROGRESS_EVERY = 1024 * 1024;

export class ByteInput {
  bytesRead = 0;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private pending: Uint8Array | null = null;
  private done = false;
  private lastProgress = 0;

  constructor(
    stream: ReadableStream<Uint8Array>,
    private readonly size: number | undefined,
    private readonly onProgress?: (bytesRead: number, totalBytes: number | undefined) => void,
    private readonly signal?: AbortSignal,
  ) {
    this.reader = stream.getReader();
  }

  /** Next piece (<= 64 KiB), or null at the end. */
  async read(): Promise<Uint8Array | null> {
    this.checkAbort();
    let chunk = this.pending;
    this.pending = null;
    while (chunk === null || chunk.length === 0) {
      if (this.done) return null;
      const r = await this.reader.read();
      this.checkAbort();
      if (r.done) {
        this.done = true;
        return null;
      }
      chunk = r.value;
    }
    if (chunk.length > PIECE) {
      this.pending = chunk.subarray(PIECE);
      chunk = chunk.subarray(0, PIECE);
    }
    this.bytesRead += chunk.length;
    if (this.onProgress && this.bytesRead - this.lastProgress >= PROGRESS_EVERY) {
      this.lastProgress = this.bytesRead;
      this.onProgress(this.bytesRead, this.size);
    }
    return chunk;
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
      await this.reader.cancel();
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
