// What the analyzer worker does, without the worker globals (so it is unit-tested in Node):
//
//   analyze ─► createAnalyzer ─► addFile per file (streamed, counted, abortable) ─► finish
//           ─► compact table + monthly + timeline + facets + notices ─► one 'result' message
//   query / detail / export / preview ─► answered from the kept AnalysisResult and sources
//
// Only one run at a time: a new 'analyze' aborts the previous one. Every request is checked with
// zod; a malformed one is dropped with a 'failed' reply, never thrown into the worker.

import { rulesFor } from '../deadlines/rules';
import { toAnalyzedEntry } from '../portfolios/entries';
import { createPortfolioRepo } from '../portfolios/repo';
import { type AnalysisResult, createAnalyzer, totalsOf } from '../reports/analyze';
import { headerSignature } from '../reports/columns';
import { scanEntries } from '../reports/entry-table';
import { ENTRY_STATUSES, type EntryStatus } from '../reports/model';
import { monthlyByImporter } from '../reports/monthly';
import { buildCapeDeclarations } from '../reports/outputs/cape-csv';
import { buildIcs } from '../reports/outputs/ics';
import { buildResultsCsv } from '../reports/outputs/results-csv';
import { readTable } from '../reports/read/index';
import type { ScanThreads } from '../reports/read/scan-thread';
import type { ByteSource } from '../reports/read/types';
import { sampleSources } from '../reports/sample/index';
import { validateFilerCode } from '../validation/codes';
import { compactEntries, compactMonthly, transferablesOf } from './compact';
import { detectFile } from './detect-file';
import { CALENDAR_NAME, capeBaseName, icsFileName, resultsFileName } from './file-names';
import { plural } from './format';
import { analysisNotices } from './notices';
import { facetsOf, queryEntries } from './query';
import { buildTimeline } from './timeline';
import {
  type ExportFile,
  type ResultView,
  type WorkerRequest,
  type WorkerResponse,
  workerRequestSchema,
} from './worker-protocol';

export type Post = (message: WorkerResponse, transfer?: Transferable[]) => void;

const PROGRESS_EVERY_MS = 100;

type Run = {
  runId: number;
  sources: ByteSource[];
  controller: AbortController;
  result: AnalysisResult | null;
};

export function createWorkerCore(
  post: Post,
  now: () => number = () => performance.now(),
  /** A second thread for scanning big text files (lib/reports/read/scan-thread.ts). */
  scanThreads?: ScanThreads,
) {
  let run: Run | null = null;

  async function analyze(req: Extract<WorkerRequest, { type: 'analyze' }>) {
    run?.controller.abort();
    const controller = new AbortController();
    const sources: ByteSource[] = req.sample ? sampleSources(req.asOf) : req.files;
    const current: Run = { runId: req.runId, sources, controller, result: null };
    run = current;
    const started = now();
    const totalBytes = sources.reduce((n, s) => n + (s.size ?? 0), 0);
    // Bytes and rows as the engine reports them (about once per MiB read, and at each file's end);
    // files already done count whole.
    let doneBytes = 0;
    let doneRows = 0;
    let bytesRead = 0;
    let rowsRead = 0;
    let fileIndex = 0;
    let lastPost = 0;
    const progress = (force: boolean) => {
      // The stream may hand over one more chunk after an abort; a late progress would undo 'cancelled'.
      if (controller.signal.aborted) return;
      const t = now();
      if (!force && t - lastPost < PROGRESS_EVERY_MS) return;
      lastPost = t;
      post({
        type: 'progress',
        runId: req.runId,
        fileIndex,
        fileCount: sources.length,
        fileName: sources[fileIndex]?.name ?? '',
        bytesRead: doneBytes + bytesRead,
        totalBytes,
        rowsRead: doneRows + rowsRead,
      });
    };
    try {
      const analyzer = createAnalyzer({
        asOf: req.asOf,
        mappings: req.mappings,
        signal: controller.signal,
        scanThreads,
        onProgress(p) {
          bytesRead = p.bytesRead;
          rowsRead = p.rowsRead;
          progress(false);
        },
      });
      for (; fileIndex < sources.length; fileIndex++) {
        progress(true);
        // The File itself, not a wrapping stream: the engine reads a byte stream into its own
        // reused buffers (a TransformStream in between would rule that out; in Chromium the
        // difference is ~0.55 s vs ~0.19 s for 128 MB).
        const source = sources[fileIndex] as ByteSource;
        const report = await analyzer.addFile(source);
        doneBytes += source.size ?? bytesRead;
        doneRows += report.rows;
        bytesRead = 0;
        rowsRead = 0;
      }
      progress(true);
      const result = analyzer.finish();
      if (controller.signal.aborted) throw new Error('aborted');
      current.result = result;
      const view = resultView(result, req.sample, now() - started);
      post({ type: 'result', runId: req.runId, view }, transferablesOf(view.table, view.monthly));
    } catch (err) {
      if (controller.signal.aborted) post({ type: 'cancelled', runId: req.runId });
      else
        post({ type: 'failed', runId: req.runId, message: err instanceof Error ? err.message : String(err) });
    }
  }

  /** A saved portfolio as a result, statuses recomputed as of the chosen day (reminder clicks). */
  async function loadPortfolio(req: Extract<WorkerRequest, { type: 'load-portfolio' }>) {
    run?.controller.abort();
    const current: Run = { runId: req.runId, sources: [], controller: new AbortController(), result: null };
    run = current;
    const started = now();
    const got = await createPortfolioRepo().get(req.portfolioId);
    if (!got.ok) {
      post({ type: 'failed', runId: req.runId, message: got.error });
      return;
    }
    const wanted = new Set(req.entryNumbers);
    const rules = rulesFor(req.asOf);
    const entries = got.value.entries
      .filter((e) => wanted.size === 0 || wanted.has(e.entryNumber))
      .map((e) => toAnalyzedEntry(e, req.asOf, rules))
      .sort((a, b) => (a.entryNumber < b.entryNumber ? -1 : a.entryNumber > b.entryNumber ? 1 : 0));
    const result: AnalysisResult = {
      asOf: req.asOf,
      rulesId: rules.id,
      files: [],
      entries,
      totals: totalsOf([], entries),
      monthly: monthlyByImporter(entries),
    };
    if (run !== current) return;
    current.result = result;
    const view = resultView(result, false, now() - started);
    post({ type: 'result', runId: req.runId, view }, transferablesOf(view.table, view.monthly));
  }

  function resultView(result: AnalysisResult, sample: boolean, elapsedMs: number): ResultView {
    let liquidationKnown = 0;
    const nearestByStatus = Object.fromEntries(ENTRY_STATUSES.map((s) => [s, null])) as Record<
      EntryStatus,
      string | null
    >;
    scanEntries(result.entries, (e) => {
      if (e.liquidationDate !== null || e.liquidationStatusRaw !== null) liquidationKnown++;
      const day =
        e.status === 'cape-window' ? e.capeLastDay : e.status === 'protest-window' ? e.protestLastDay : null;
      if (day !== null && day >= result.asOf) {
        const n = nearestByStatus[e.status];
        if (n === null || day < n) nearestByStatus[e.status] = day;
      }
    });
    return {
      asOf: result.asOf,
      rulesId: result.rulesId,
      sample,
      files: result.files,
      totals: result.totals,
      table: compactEntries(result.entries),
      monthly: compactMonthly(result.monthly),
      timeline: buildTimeline(result.entries, result.asOf),
      facets: facetsOf(result.entries),
      notices: analysisNotices({ files: result.files, totals: result.totals, liquidationKnown }),
      nearestByStatus,
      elapsedMs: Math.max(0, elapsedMs),
    };
  }

  function exportFiles(req: Extract<WorkerRequest, { type: 'export' }>, result: AnalysisResult) {
    const messages: string[] = [];
    const files: ExportFile[] = [];
    const csv = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
    if (req.kind === 'cape') {
      let filerCode: string | undefined;
      if (req.filerCode.trim() !== '') {
        const check = validateFilerCode(req.filerCode);
        if (check.level === 'error') {
          return { files, messages: [check.message ?? 'Not a filer code.'] };
        }
        filerCode = check.normalized ?? req.filerCode.trim().toUpperCase();
      }
      const decl = buildCapeDeclarations(result.entries, { filerCode, baseName: capeBaseName(result.asOf) });
      for (const [i, f] of decl.files.entries()) {
        files.push({
          name: f.name,
          blob: csv(f.content),
          count: f.count,
          label: `CAPE declaration ${i + 1} of ${decl.files.length} (${plural(f.count, 'entry', 'entries')})`,
        });
      }
      if (decl.files.length === 0)
        messages.push('No entry is eligible for a CAPE declaration in this analysis.');
      // Group the exclusions by reason, leaving out the usual "not eligible" ones, which the
      // status column already explains; filer-code and check-digit exclusions are the surprising ones.
      const byReason = new Map<string, number>();
      for (const x of decl.excluded) {
        if (x.reason.startsWith('Not eligible') || x.reason.startsWith('No IEEPA')) continue;
        const reason = x.reason.startsWith('Filed under filer code')
          ? `Filed under another filer code than ${filerCode}; only the filer or the importer can declare them.`
          : x.reason;
        byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
      }
      for (const [reason, n] of byReason)
        messages.push(`${plural(n, 'entry', 'entries')} left out: ${reason}`);
    } else if (req.kind === 'results') {
      const list = req.view
        ? Array.from(queryEntries(result.entries, req.view.filter, req.view.sort), (i) =>
            result.entries.at(i),
          ).filter((e) => e !== undefined)
        : result.entries;
      files.push({
        name: resultsFileName(result.asOf, req.view ? 'filtered' : 'all'),
        blob: csv(buildResultsCsv(list)),
        count: list.length,
        label: `Results (${plural(list.length, 'entry', 'entries')})`,
      });
    } else {
      const text = buildIcs(result.entries, { calendarName: CALENDAR_NAME, alarmDaysBefore: 7 });
      const events = text.split('BEGIN:VEVENT').length - 1;
      files.push({
        name: icsFileName(result.asOf),
        blob: new Blob([text], { type: 'text/calendar;charset=utf-8' }),
        count: events,
        label: `Deadline calendar (${plural(events, 'last day', 'last days')})`,
      });
      if (events === 0) messages.push('No CAPE or protest last day is still ahead: the calendar is empty.');
    }
    return { files, messages };
  }

  async function preview(req: Extract<WorkerRequest, { type: 'preview' }>, current: Run) {
    const source = current.sources[req.fileIndex];
    const signature = current.result?.files[req.fileIndex]?.signature ?? null;
    const reply = (header: string[], rows: string[][], message: string | null) =>
      post({ type: 'preview', runId: req.runId, fileIndex: req.fileIndex, header, rows, message });
    if (source === undefined || signature === null) {
      reply([], [], 'This file has no header row to map.');
      return;
    }
    let header: string[] = [];
    const rows: string[][] = [];
    const stop = new AbortController();
    try {
      await readTable(source, {
        isHeader: (cells) => headerSignature(cells) === signature,
        onHeader(cells) {
          header = cells.map((c) => c.trim());
          while (header.length > 0 && header[header.length - 1] === '') header.pop();
        },
        onRow(cells) {
          rows.push(cells.slice(0, header.length).map((c) => c.trim()));
          if (rows.length >= 5) stop.abort();
        },
        signal: stop.signal,
      });
    } catch (err) {
      if (!stop.signal.aborted) {
        reply(header, rows, err instanceof Error ? err.message : String(err));
        return;
      }
    }
    reply(header, rows, header.length === 0 ? 'The header row was not found again in this file.' : null);
  }

  async function handle(raw: unknown): Promise<void> {
    const parsed = workerRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const runId =
        typeof (raw as { runId?: unknown })?.runId === 'number' ? (raw as { runId: number }).runId : 0;
      post({
        type: 'failed',
        runId,
        message: `Malformed request to the analyzer worker: ${parsed.error.message}`,
      });
      return;
    }
    const req = parsed.data;
    switch (req.type) {
      case 'analyze':
        await analyze(req);
        return;
      case 'load-portfolio':
        await loadPortfolio(req);
        return;
      case 'detect': {
        const files = [];
        for (const f of req.files) files.push(await detectFile(f, req.mappings));
        post({ type: 'detected', runId: req.runId, files });
        return;
      }
      case 'cancel':
        if (run?.runId === req.runId) run.controller.abort();
        return;
      default:
        break;
    }
    const current = run;
    if (current === null || current.runId !== req.runId || current.result === null) return;
    const result = current.result;
    switch (req.type) {
      case 'query': {
        const order = queryEntries(result.entries, req.filter, req.sort);
        post({ type: 'query', runId: req.runId, queryId: req.queryId, order }, [order.buffer as ArrayBuffer]);
        return;
      }
      case 'detail': {
        const entry = result.entries.at(req.index);
        if (entry) post({ type: 'detail', runId: req.runId, index: req.index, entry: { ...entry } });
        return;
      }
      case 'export': {
        const { files, messages } = exportFiles(req, result);
        post({ type: 'export', runId: req.runId, kind: req.kind, files, messages });
        return;
      }
      case 'preview':
        await preview(req, current);
        return;
      case 'save-portfolio': {
        // The worker holds the full entries, so it writes them to IndexedDB itself (same origin as the
        // page): hundreds of thousands of entries never cross a message channel.
        const saved = await createPortfolioRepo().save({
          target: req.target,
          asOf: result.asOf,
          entries: Array.from(result.entries),
        });
        post(
          saved.ok
            ? {
                type: 'saved-portfolio',
                runId: req.runId,
                ok: true,
                portfolioId: saved.value.portfolio.id,
                portfolioName: saved.value.portfolio.name,
                messages: saved.value.changes.messages,
              }
            : {
                type: 'saved-portfolio',
                runId: req.runId,
                ok: false,
                portfolioId: null,
                portfolioName: null,
                messages: [saved.error],
              },
        );
        return;
      }
    }
  }

  return { handle };
}
