// The page side of the analyzer worker: starts it, checks every reply with zod, and matches replies
// to requests. One client per page; terminate() ends any work (page closed or unmounted).
import {
  type ExportKind,
  type WorkerRequest,
  type WorkerResponse,
  workerResponseSchema,
} from '@/lib/analyzer-ui/worker-protocol';

type Listener = (message: WorkerResponse) => void;

export type AnalyzerWorker = {
  send(request: WorkerRequest): void;
  /** Resolves with the first reply `match` accepts (query, detail, export, preview, detected). */
  request<T extends WorkerResponse>(request: WorkerRequest, match: (m: WorkerResponse) => m is T): Promise<T>;
  subscribe(listener: Listener): () => void;
  terminate(): void;
};

export function createAnalyzerWorker(): AnalyzerWorker {
  // The literal `new Worker(new URL(...), { type: 'module' })` is what Vite recognises and bundles.
  const worker = new Worker(new URL('../../entrypoints/analyzer/worker.ts', import.meta.url), {
    type: 'module',
    name: 'ace-assist-analyzer',
  });
  const listeners = new Set<Listener>();
  worker.addEventListener('message', (event: MessageEvent) => {
    const parsed = workerResponseSchema.safeParse(event.data);
    if (!parsed.success) {
      console.error('ACE Assist: unexpected message from the analyzer worker', parsed.error.message);
      return;
    }
    for (const l of [...listeners]) l(parsed.data);
  });
  worker.addEventListener('error', (event) => {
    const message = `The analyzer stopped unexpectedly: ${event.message || 'worker error'}`;
    for (const l of [...listeners]) l({ type: 'failed', runId: 0, message });
  });
  const subscribe = (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    send: (request) => worker.postMessage(request),
    request(request, match) {
      return new Promise((resolve) => {
        const off = subscribe((m) => {
          if (match(m)) {
            off();
            resolve(m);
          }
        });
        worker.postMessage(request);
      });
    },
    subscribe,
    terminate() {
      listeners.clear();
      worker.terminate();
    },
  };
}

export const isExport =
  (runId: number, kind: ExportKind) =>
  (m: WorkerResponse): m is Extract<WorkerResponse, { type: 'export' }> =>
    m.type === 'export' && m.runId === runId && m.kind === kind;
