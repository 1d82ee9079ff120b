// Entry of the Node scan thread (worker_threads): see scan-thread.ts. Node-only, like node-source.ts;
// bundled to plain JavaScript by scripts/scan-worker-file.ts (Node cannot start a .ts worker).
import { parentPort } from 'node:worker_threads';
import { type ScanRequest, serveRowScans } from './scan-thread';

const port = parentPort;
if (port) {
  const handle = serveRowScans((reply, transfer) => port.postMessage(reply, transfer));
  port.on('message', (request: ScanRequest) => handle(request));
  port.postMessage({ type: 'ready' });
}
