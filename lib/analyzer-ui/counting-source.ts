// Wraps a ByteSource to count bytes and line breaks as the engine reads it, for the progress bar's
// "rows read". The engine reports bytes only; rows are what a user recognises from Excel. Line
// breaks inside quoted cells count too, so this is "about"; for XLSX (compressed) only bytes count.
import type { ByteSource } from '../reports/read/types';

export type ReadCounter = { bytes: number; lines: number; countsLines: boolean };

const LF = 0x0a;

export function countingSource(source: ByteSource, counter: ReadCounter, onChunk?: () => void): ByteSource {
  return {
    name: source.name,
    size: source.size,
    stream() {
      let first = true;
      return source.stream().pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            if (first) {
              first = false;
              // "PK": a zip (XLSX) counts no lines.
              counter.countsLines = !(chunk[0] === 0x50 && chunk[1] === 0x4b);
            }
            counter.bytes += chunk.length;
            if (counter.countsLines) {
              let at = chunk.indexOf(LF);
              while (at !== -1) {
                counter.lines++;
                at = chunk.indexOf(LF, at + 1);
              }
            }
            controller.enqueue(chunk);
            onChunk?.();
          },
        }),
      );
    },
  };
}
