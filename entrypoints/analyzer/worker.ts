// The analyzer's Web Worker: bundled by Vite as a file of its own (never a blob: URL, which
// Firefox's extension CSP blocks). All logic is in lib/analyzer-ui/worker-core.ts.
import { createWorkerCore } from '@/lib/analyzer-ui/worker-core';
import { webScanThreads } from '@/lib/reports/read/web-scan-thread';

// Big text files are scanned for rows on a second worker while this one reads and adds them up.
// The literal `new Worker(new URL(...), { type: 'module' })` is what Vite recognises and bundles.
const scanThreads = webScanThreads(
  () => new Worker(new URL('./scan-worker.ts', import.meta.url), { type: 'module', name: 'ace-assist-scan' }),
);

const core = createWorkerCore(
  (message, transfer) => self.postMessage(message, { transfer: transfer ?? [] }),
  undefined,
  scanThreads,
);

self.addEventListener('message', (event: MessageEvent) => {
  void core.handle(event.data);
});
