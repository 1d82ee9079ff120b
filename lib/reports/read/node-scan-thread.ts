// ScanThreads for Node (scripts, benchmark, tests): a worker_threads Worker running the bundled
// scan-worker.node.ts. Node-only: never import it from extension code.
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ScanThreads } from './scan-thread';

/** `workerFile`: the bundled scan-worker.node.ts (scripts/scan-worker-file.ts makes it). */
export function nodeScanThreads(workerFile: string): ScanThreads {
  return () => {
    const worker = new Worker(resolve(workerFile));
    let closed = false;
    return {
      post: (message, transfer) => worker.postMessage(message, transfer),
      listen(onMessage, onError) {
        worker.on('message', onMessage);
        worker.on('error', (err: Error) => onError(err.message));
        worker.on('exit', (code) => {
          if (!closed) onError(`exited with code ${code}`);
        });
      },
      close() {
        if (closed) return;
        closed = true;
        void worker.terminate();
      },
    };
  };
}
