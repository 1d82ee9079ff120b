// A ByteSource over a file on disk, for scripts, benchmarks and tests (Node only: never import it from
// extension code, so the browser bundle stays free of node:fs).
import { Buffer } from 'node:buffer';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ByteSource } from './types';

// 256 KiB reads: Node's web-stream machinery costs per chunk (ByteInput cuts pieces of 64 KiB anyway).
const PIECE = 256 * 1024;

export function nodeFileSource(path: string): ByteSource {
  return {
    name: basename(path),
    size: statSync(path).size,
    stream(): ReadableStream<Uint8Array> {
      let fd: number | null = null;
      const close = (): void => {
        if (fd !== null) closeSync(fd);
        fd = null;
      };
      // A byte stream: readers that bring their own buffer (ByteInput) get the file read straight into
      // it, so buffers are reused instead of fresh memory per piece (~10x the cost of the read here).
      return new ReadableStream({
        type: 'bytes',
        start() {
          fd = openSync(path, 'r');
        },
        pull(controller: ReadableByteStreamController) {
          const request = controller.byobRequest;
          if (fd === null) {
            controller.close();
            request?.respond(0);
            return;
          }
          const view = request?.view;
          if (request && view) {
            const n = readSync(fd, view as Uint8Array, 0, view.byteLength, null);
            if (n === 0) {
              close();
              controller.close();
              request.respond(0);
            } else request.respond(n);
            return;
          }
          // Not zero-filled: readSync overwrites what is handed on (a file's worth of zeroing otherwise).
          const buf = Buffer.allocUnsafe(PIECE);
          const n = readSync(fd, buf, 0, PIECE, null);
          if (n === 0) {
            close();
            controller.close();
          } else {
            // A plain Uint8Array view, as browsers' File streams give: a Buffer (a subclass) would
            // make the row scanner's hot loop see two kinds of array and deoptimize.
            controller.enqueue(new Uint8Array(buf.buffer, buf.byteOffset, n));
          }
        },
        cancel: close,
      });
    },
  };
}
