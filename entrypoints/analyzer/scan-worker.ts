// The analyzer worker's helper thread: finds rows and cells of big text files while the analyzer
// worker reads the file and adds up the rows (lib/reports/read/scan-thread.ts). Bundled by Vite as
// a file of its own, like worker.ts.
import { type ScanRequest, serveRowScans } from '@/lib/reports/read/scan-thread';

const handle = serveRowScans((reply, transfer) => self.postMessage(reply, { transfer }));
self.addEventListener('message', (event: MessageEvent) => handle(event.data as ScanRequest));
self.postMessage({ type: 'ready' });
