// The analyzer page's state: which files, which run, its progress and result. The worker lives as
// long as the component; unmounting (or closing the page) terminates it, which ends any work.
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Filter, Sort } from '@/lib/analyzer-ui/query';
import type { ExportKind, Progress, ResultView, WorkerResponse } from '@/lib/analyzer-ui/worker-protocol';
import { sendMessage } from '@/lib/messaging/client';
import type { ColumnMappings } from '@/lib/reports/columns';
import type { CalendarDate } from '@/lib/reports/model';
import { type AnalyzerWorker, createAnalyzerWorker, isExport } from './worker-client';

export type Inputs = { files: File[]; sample: boolean };

export type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; runId: number; progress: Progress | null }
  | { phase: 'done'; runId: number; view: ResultView }
  | { phase: 'cancelled'; runId: number }
  | { phase: 'failed'; runId: number; message: string };

export function useAnalyzer() {
  const workerRef = useRef<AnalyzerWorker | null>(null);
  const runIdRef = useRef(0);
  const [run, setRun] = useState<RunState>({ phase: 'idle' });

  const worker = useCallback((): AnalyzerWorker => {
    if (workerRef.current === null) workerRef.current = createAnalyzerWorker();
    return workerRef.current;
  }, []);

  useEffect(() => {
    const w = worker();
    const off = w.subscribe((m: WorkerResponse) => {
      // Replies of an older run (cancelled or replaced) are ignored; runId 0 = the worker died.
      if (m.runId !== runIdRef.current && m.runId !== 0) return;
      switch (m.type) {
        case 'progress':
          // Only a running run moves on; a progress that crossed a 'cancelled' on the way is dropped.
          setRun((r) => (r.phase === 'running' && r.runId === m.runId ? { ...r, progress: m } : r));
          break;
        case 'result':
          // A transition renders in interruptible slices: the big first render of a result (tables,
          // chart, filters) never holds the main thread for long.
          startTransition(() => setRun({ phase: 'done', runId: m.runId, view: m.view }));
          break;
        case 'cancelled':
          setRun({ phase: 'cancelled', runId: m.runId });
          break;
        case 'failed':
          setRun({ phase: 'failed', runId: m.runId, message: m.message });
          break;
        default:
          break;
      }
    });
    const end = () => {
      workerRef.current?.terminate();
      workerRef.current = null;
    };
    window.addEventListener('pagehide', end);
    return () => {
      off();
      window.removeEventListener('pagehide', end);
      end();
    };
  }, [worker]);

  const analyze = useCallback(
    (inputs: Inputs, asOf: CalendarDate, mappings: ColumnMappings) => {
      const runId = ++runIdRef.current;
      setRun({ phase: 'running', runId, progress: null });
      worker().send({ type: 'analyze', runId, files: inputs.files, sample: inputs.sample, asOf, mappings });
      return runId;
    },
    [worker],
  );

  const loadPortfolio = useCallback(
    (portfolioId: string, entryNumbers: string[], asOf: CalendarDate) => {
      const runId = ++runIdRef.current;
      setRun({ phase: 'running', runId, progress: null });
      worker().send({ type: 'load-portfolio', runId, portfolioId, entryNumbers, asOf });
      return runId;
    },
    [worker],
  );

  const cancel = useCallback(() => {
    worker().send({ type: 'cancel', runId: runIdRef.current });
  }, [worker]);

  const queryIdRef = useRef(0);
  const query = useCallback(
    async (filter: Filter, sort: Sort): Promise<Uint32Array | null> => {
      const runId = runIdRef.current;
      const queryId = ++queryIdRef.current;
      const reply = await worker().request(
        { type: 'query', runId, queryId, filter, sort },
        (m): m is Extract<WorkerResponse, { type: 'query' }> => m.type === 'query' && m.queryId === queryId,
      );
      // A newer query was sent meanwhile: its answer wins.
      return queryId === queryIdRef.current ? reply.order : null;
    },
    [worker],
  );

  const detail = useCallback(
    async (index: number) => {
      const runId = runIdRef.current;
      const reply = await worker().request(
        { type: 'detail', runId, index },
        (m): m is Extract<WorkerResponse, { type: 'detail' }> =>
          m.type === 'detail' && m.runId === runId && m.index === index,
      );
      return reply.entry;
    },
    [worker],
  );

  const exportFiles = useCallback(
    (kind: ExportKind, filerCode: string, view?: { filter: Filter; sort: Sort }) => {
      const runId = runIdRef.current;
      return worker().request({ type: 'export', runId, kind, filerCode, view }, isExport(runId, kind));
    },
    [worker],
  );

  const preview = useCallback(
    (fileIndex: number) => {
      const runId = runIdRef.current;
      return worker().request(
        { type: 'preview', runId, fileIndex },
        (m): m is Extract<WorkerResponse, { type: 'preview' }> =>
          m.type === 'preview' && m.runId === runId && m.fileIndex === fileIndex,
      );
    },
    [worker],
  );

  const detect = useCallback(
    async (files: File[], mappings: ColumnMappings) => {
      const runId = ++runIdRef.current;
      const reply = await worker().request(
        { type: 'detect', runId, files, mappings },
        (m): m is Extract<WorkerResponse, { type: 'detected' }> => m.type === 'detected' && m.runId === runId,
      );
      return reply.files;
    },
    [worker],
  );

  const savePortfolio = useCallback(
    async (target: { name: string } | { portfolioId: string }) => {
      const runId = runIdRef.current;
      const reply = await worker().request(
        { type: 'save-portfolio', runId, target },
        (m): m is Extract<WorkerResponse, { type: 'saved-portfolio' }> =>
          m.type === 'saved-portfolio' && m.runId === runId,
      );
      // The badge and reminders follow the new data right away, not at the next daily run.
      if (reply.ok) await sendMessage('reminders/recompute', {}).catch(() => undefined);
      return reply;
    },
    [worker],
  );

  return { run, analyze, loadPortfolio, cancel, query, detail, exportFiles, preview, detect, savePortfolio };
}
