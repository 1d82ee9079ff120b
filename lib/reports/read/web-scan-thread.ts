// ScanThreads over Web Workers (the extension's analyzer worker starts its scan workers with it).
// The caller makes the Worker: Vite only bundles a `new Worker(new URL(...))` it can see literally.
import type { ScanPort, ScanReply, ScanThreads } from './scan-thread';

export function webScanThreads(start: () => Worker): ScanThreads {
  return () => {
    // Nested workers: every current browser has them, but a worker without them just reads on one thread.
    if (typeof Worker === 'undefined') return null;
    const worker = start();
    let closed = false;
    const port: ScanPort = {
      post: (message, transfer) => worker.postMessage(message, transfer),
      listen(onMessage, onError) {
        worker.addEventListener('message', (e: MessageEvent) => onMessage(e.data as ScanReply));
        worker.addEventListener('error', (e: ErrorEvent) => {
          e.preventDefault();
          onError(e.message || 'the scan worker failed to load');
        });
        worker.addEventListener('messageerror', () => onError('a message could not be read'));
      },
      close() {
        if (closed) return;
        closed = true;
        worker.terminate();
      },
    };
    return port;
  };
}
