// Are two sources the same bytes? For "the same file loaded twice": the analyzer compares a new file
// with an earlier one only when their sizes are equal, so a normal run never reads a file twice.
// Exact (byte by byte), not a hash or a sample: two exports of one query a week apart often have the
// same size and differ only in a few dates deep in the file.
import type { ByteSource } from './types';

/** Byte-for-byte equality of two sources of the same known size; false as soon as they differ. */
export async function sameBytes(a: ByteSource, b: ByteSource, signal?: AbortSignal): Promise<boolean> {
  if (a.size === undefined || a.size !== b.size) return false;
  const ra = a.stream().getReader();
  const rb = b.stream().getReader();
  let ca: Uint8Array = new Uint8Array(0);
  let cb: Uint8Array = new Uint8Array(0);
  let ia = 0;
  let ib = 0;
  let doneA = false;
  let doneB = false;
  try {
    for (;;) {
      signal?.throwIfAborted();
      if (ia === ca.length && !doneA) {
        const r = await ra.read();
        if (r.done) doneA = true;
        else {
          ca = r.value;
          ia = 0;
        }
        continue;
      }
      if (ib === cb.length && !doneB) {
        const r = await rb.read();
        if (r.done) doneB = true;
        else {
          cb = r.value;
          ib = 0;
        }
        continue;
      }
      const leftA = ca.length - ia;
      const leftB = cb.length - ib;
      if (leftA === 0 || leftB === 0) return leftA === 0 && leftB === 0 && doneA && doneB;
      const n = Math.min(leftA, leftB);
      for (let k = 0; k < n; k++) if (ca[ia + k] !== cb[ib + k]) return false;
      ia += n;
      ib += n;
    }
  } finally {
    await Promise.all([ra.cancel().catch(() => {}), rb.cancel().catch(() => {})]);
  }
}
