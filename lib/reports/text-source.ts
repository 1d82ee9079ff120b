// A ByteSource over text held in memory (the bundled sample, tests). DOM- and Node-free: only the
// web-standard TextEncoder and ReadableStream, which both browsers and Node 18+ have.
import type { ByteSource } from './read/types';

const CHUNK = 64 * 1024;

export function textSource(name: string, text: string): ByteSource {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    size: bytes.length,
    stream() {
      let at = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (at >= bytes.length) {
            controller.close();
            return;
          }
          controller.enqueue(bytes.slice(at, at + CHUNK));
          at += CHUNK;
        },
      });
    },
  };
}
