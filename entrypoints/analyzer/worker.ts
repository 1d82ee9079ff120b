// The analyzer's Web Worker: bundled by Vite as a file of its own (never a blob: URL, which
// Firefox's extension CSP blocks). All logic is in lib/analyzer-ui/worker-core.ts.
import { createWorkerCore } from '@/lib/analyzer-ui/worker-core';

const core = createWorkerCore((message, transfer) => self.postMessage(message, { transfer: transfer ?? [] }));

self.addEventListener('message', (event: MessageEvent) => {
  void core.handle(event.data);
});
