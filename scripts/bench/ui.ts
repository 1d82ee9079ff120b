// Benchmark of the analyzer page (tell the lead: `"bench:ui": "tsx scripts/bench/ui.ts"`):
//
//   ACE_OUT_DIR=.output npx tsx scripts/bench/ui.ts [--lines 1000000] [--file PATH] [--keep]
//
// Loads the production build in headless Chromium, opens analyzer.html, uploads a synthetic ES-003
// CSV (scripts/bench/generate.ts; 1M lines by default, generated once into a temp dir) through the
// file input, then sorts, filters and scrolls the results table. Prints:
//   - wall time from upload to results on screen, and the worker's own analysis time
//   - the longest main-thread task during all of it (PerformanceObserver 'longtask'; target <= 50 ms
//     beyond the browser's own file-input handling)
//   - peak JS heap of the page and of the worker (CDP Runtime.getHeapUsage), and peak RSS of the
//     browser's process tree (/proc), sampled every 100 ms
//   - per phase (analysis, results on screen, sort, filter, unfilter, scroll), the longest task's
//     wall and CPU time, so a long task can be traced to what the page was doing. With
//     BENCH_UI_DEBUG=1, also every task of 30 ms wall / 20 ms CPU or more with the biggest events in it
//     (BENCH_UI_DEBUG=<ms> for another CPU threshold).
// Needs a build first (`npm run build`, or ACE_OUT_DIR=... for another output folder).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, ElementHandle, Page } from 'puppeteer-core';
import { launch } from '../../test/e2e/harness/browsers';
import { generateEs003Csv } from './generate';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000000' },
    file: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const lines = Number(values.lines);
const cacheDir = path.join(tmpdir(), 'ace-assist-bench-ui');
let file = values.file;
if (!file) {
  mkdirSync(cacheDir, { recursive: true });
  file = path.join(cacheDir, `es003-${lines}.csv`);
  if (!existsSync(file)) {
    process.stdout.write(`generating ${lines.toLocaleString('en-US')} lines into ${file} ... `);
    const t = Date.now();
    generateEs003Csv(file, lines, { seed: 1 });
    console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
}
const sizeMb = statSync(file).size / 1024 / 1024;

/** RSS of a process and all its descendants, in MB (Linux /proc). */
function treeRssMb(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, (Number(fields[21]) * 4096) / 1024 / 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function heapMb(session: CDPSession | null): Promise<number> {
  if (session === null) return 0;
  try {
    const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024 / 1024;
  } catch {
    return 0;
  }
}

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    data?: { message?: string; type?: string; functionName?: string; url?: string; lineNumber?: number };
  };
};

/**
 * Marks the start of a phase in the trace (a TimeStamp event on the page's main thread); the tasks
 * after it, up to the next mark, belong to that phase.
 */
async function mark(page: Page, phase: string) {
  await page.evaluate((p) => console.timeStamp(`bench:${p}`), phase);
}

/** Top-level tasks (RunTask) of the page's renderer main thread: the thread that ran our FunctionCalls. */
function rendererMainTasks(events: TraceEvent[]): TraceEvent[] {
  const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = threads.find((t) =>
    events.some((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'FunctionCall'),
  );
  if (!main) return [];
  return events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask',
  );
}

async function until(page: Page, predicate: string, timeout = 600_000) {
  await page.waitForFunction(predicate, { timeout, polling: 50 });
}

const h = await launch('chromium');
try {
  const page = await h.openExtensionPage('analyzer.html');
  await page.setViewport({ width: 1280, height: 900 });
  await page.waitForSelector('[data-testid="file-input"]');
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __longAt: number[] };
    w.__longTasks = [];
    w.__longAt = [];
    // Not buffered: the page's own start-up (bundle parse, first render) is not what is measured.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longTasks.push(e.duration);
        w.__longAt.push(e.startTime);
      }
    }).observe({ type: 'longtask' });
  });
  const pageSession = await page.createCDPSession();
  // A trace of the renderer's main thread as well: its tasks carry CPU time (tdur) beside wall time,
  // which tells a slow task from a task that waited for a core on a busy machine.
  const traceEvents: TraceEvent[] = [];
  pageSession.on('Tracing.dataCollected', (e) => traceEvents.push(...(e as { value: TraceEvent[] }).value));
  const traceDone = new Promise((r) => pageSession.once('Tracing.tracingComplete', r));
  await pageSession.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  const browserPid = h.browser.process()?.pid ?? 0;
  const peak = { page: 0, worker: 0, rss: 0 };
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const worker = page.workers()[0];
      const [p, w] = await Promise.all([heapMb(pageSession), heapMb(worker ? worker.client : null)]);
      peak.page = Math.max(peak.page, p);
      peak.worker = Math.max(peak.worker, w);
      if (browserPid) peak.rss = Math.max(peak.rss, treeRssMb(browserPid));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  const input = (await page.$('[data-testid="file-input"]')) as ElementHandle<HTMLInputElement>;
  await mark(page, 'analysis');
  const started = performance.now();
  await input.uploadFile(file);
  await until(page, `document.querySelector('[data-testid="analysis"]') !== null`);
  await until(page, `document.querySelectorAll('[data-testid="results-table"] [data-entry]').length > 0`);
  const wallMs = performance.now() - started;
  // The page keeps working after the first rows show (the rest of the result renders); this phase
  // covers that until the sort click.
  await mark(page, 'results');
  const longDuringAnalysis = await page.evaluate(() => [
    ...(window as unknown as { __longTasks: number[] }).__longTasks,
  ]);

  // Interaction: sort by IEEPA duty (worker query), filter by status, then scroll the table.
  const tInteract = performance.now();
  await mark(page, 'sort');
  await page.click('[data-sort-key="ieepaDutyCents"]');
  await new Promise((r) => setTimeout(r, 300));
  await mark(page, 'filter');
  await page.select('[data-testid="filter-status"]', 'final');
  await until(
    page,
    `/Showing [\\d,]+ of/.test(document.querySelector('[data-testid="results-count"]')?.textContent ?? '')`,
  );
  await mark(page, 'unfilter');
  await page.select('[data-testid="filter-status"]', '');
  await new Promise((r) => setTimeout(r, 300));
  await mark(page, 'scroll');
  await page.evaluate(async () => {
    // Wheel-like scrolling (120 px a frame), then jumps to the middle and the end (scrollbar drags).
    // No named helpers in here: tsx would wrap them in a __name() the page does not have.
    const box = document.querySelector('[data-testid="results-table-scroll"]') as HTMLElement;
    for (let i = 0; i < 60; i++) {
      box.scrollTop += 120;
      await new Promise((r) => requestAnimationFrame(r));
    }
    box.scrollTop = box.scrollHeight / 2;
    await new Promise((r) => requestAnimationFrame(r));
    box.scrollTop = box.scrollHeight;
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
  });
  const interactMs = performance.now() - tInteract;
  sampling = false;
  await sampler;
  await pageSession.send('Tracing.end');
  await traceDone;
  const mainTasks = rendererMainTasks(traceEvents);
  const longestWall = mainTasks.reduce((m, t) => Math.max(m, t.dur ?? 0), 0) / 1000;
  const longestCpu = mainTasks.reduce((m, t) => Math.max(m, t.tdur ?? 0), 0) / 1000;
  // Tasks of the bench itself: puppeteer's polling (waitForFunction, script `pptr:...`, a few
  // microseconds of JS each), and tasks with no traced event in them at all, which are CDP requests
  // such as the heap sampling above (Runtime.getHeapUsage arrives as a DevTools session message;
  // the page's own work always shows an event: a script, an event dispatch, a frame, a GC). On a busy
  // machine one of them can be descheduled long enough to be the longest task. Reported beside the
  // page's own work; the figures above include them.
  const harnessTasks = new Set<TraceEvent>();
  {
    const main = mainTasks[0];
    const inner = traceEvents
      .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name !== 'RunTask')
      .sort((a, b) => a.ts - b.ts);
    let from = 0;
    for (const t of [...mainTasks].sort((a, b) => a.ts - b.ts)) {
      while (from < inner.length && (inner[from] as TraceEvent).ts < t.ts) from++;
      let page = false;
      for (let i = from; i < inner.length && (inner[i] as TraceEvent).ts <= t.ts + (t.dur ?? 0); i++) {
        const e = inner[i] as TraceEvent;
        const polling = e.name === 'FunctionCall' && e.args?.data?.url?.startsWith('pptr:');
        // Anything else (the page's scripts, events, layout, even a GC) counts as the page's work.
        if (!polling && e.name !== 'TimerFire') page = true;
      }
      if (!page) harnessTasks.add(t);
    }
  }
  const pageTasks = mainTasks.filter((t) => !harnessTasks.has(t));
  const pageWall = pageTasks.reduce((m, t) => Math.max(m, t.dur ?? 0), 0) / 1000;
  const pageCpu = pageTasks.reduce((m, t) => Math.max(m, t.tdur ?? 0), 0) / 1000;
  const harnessWall = [...harnessTasks].reduce((m, t) => Math.max(m, t.dur ?? 0), 0) / 1000;
  const marks = traceEvents
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith('bench:'))
    .map((e) => ({ phase: (e.args?.data?.message ?? '').slice('bench:'.length), ts: e.ts }))
    .sort((a, b) => a.ts - b.ts);
  const phaseOf = (t: TraceEvent) => marks.filter((m) => m.ts <= t.ts).at(-1)?.phase ?? 'before';
  const t0 = marks[0]?.ts ?? 0;
  const phases = marks.map(({ phase }) => {
    const tasks = mainTasks.filter((t) => phaseOf(t) === phase);
    const wall = tasks.reduce((m, t) => Math.max(m, t.dur ?? 0), 0) / 1000;
    const cpu = tasks.reduce((m, t) => Math.max(m, t.tdur ?? 0), 0) / 1000;
    const over = tasks.filter((t) => (t.dur ?? 0) >= 50_000).length;
    return `${phase} ${wall.toFixed(0)}/${cpu.toFixed(0)}${over > 0 ? ` (${over} >= 50)` : ''}`;
  });

  const longAll = await page.evaluate(() => [
    ...(window as unknown as { __longTasks: number[] }).__longTasks,
  ]);
  const summary = await page.evaluate(() => ({
    entries: document.querySelector('[data-testid="total-entries"]')?.textContent ?? '',
    ieepa: document.querySelector('[data-testid="total-ieepa"]')?.textContent ?? '',
    analysed: /analysed in ([\d,]+) ms/.exec(
      document.querySelector('[data-testid="totals"]')?.textContent ?? '',
    )?.[1],
    domRows: document.querySelectorAll('[data-testid="results-table"] tbody tr').length,
  }));
  if (process.env.BENCH_UI_DEBUG) {
    // BENCH_UI_DEBUG=<ms>: list tasks from that much CPU time on (default 20).
    const debugCpuMs = Number(process.env.BENCH_UI_DEBUG) > 1 ? Number(process.env.BENCH_UI_DEBUG) : 20;
    const main = traceEvents.filter((e) => e.ph === 'X' && e.name !== 'RunTask');
    const worst = mainTasks
      .filter((e) => (e.dur ?? 0) >= 30_000 || (e.tdur ?? 0) >= debugCpuMs * 1000)
      .sort((a, b) => a.ts - b.ts);
    const label = (e: TraceEvent) => {
      const d = e.args?.data;
      // Event type, or the function (with its script: the page's own or puppeteer's polling).
      const script = d?.url ? `@${d.url.split('/').pop()?.slice(0, 40)}:${d.lineNumber ?? ''}` : '';
      const what = d?.type ?? (d?.functionName || script ? `${d?.functionName ?? ''}${script}` : '');
      return what ? `${e.name}(${what})` : e.name;
    };
    for (const t of worst) {
      const inside = main
        .filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + (t.dur ?? 0))
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
        .slice(0, 8)
        .map((e) => `${label(e)}=${((e.dur ?? 0) / 1000).toFixed(1)}/${((e.tdur ?? 0) / 1000).toFixed(1)}`);
      console.log(
        `task at +${((t.ts - t0) / 1000).toFixed(0)} ms [${phaseOf(t)}] ${((t.dur ?? 0) / 1000).toFixed(0)} ms wall, ${((t.tdur ?? 0) / 1000).toFixed(0)} ms cpu: ${inside.join(', ')}`,
      );
    }
    console.log(
      await page.evaluate(() => {
        const w = window as unknown as { __longTasks: number[]; __longAt: number[] };
        return w.__longTasks.map((d, i) => `${Math.round(w.__longAt[i] ?? 0)}:${Math.round(d)}`).join(' ');
      }),
    );
  }
  const max = (xs: number[]) => (xs.length === 0 ? 0 : Math.max(...xs));
  console.log(
    `\nanalyzer page, headless Chromium, ${file} (${sizeMb.toFixed(0)} MB, ${lines.toLocaleString('en-US')} lines)`,
  );
  console.log(
    `  result: ${summary.entries} entries, ${summary.ieepa} IEEPA duty; ${summary.domRows} table rows in the DOM`,
  );
  console.log(
    `  wall time upload -> results shown   ${(wallMs / 1000).toFixed(2)} s (worker analysis ${summary.analysed} ms)`,
  );
  console.log(
    `  longest main-thread task (observer) ${max(longDuringAnalysis).toFixed(0)} ms during analysis, ${max(longAll).toFixed(0)} ms overall (${longAll.length} tasks >= 50 ms; sort + filter + scroll took ${(interactMs / 1000).toFixed(1)} s)`,
  );
  console.log(
    `  longest main-thread task (trace)    ${longestWall.toFixed(0)} ms wall, longest CPU time of a task ${longestCpu.toFixed(0)} ms (load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  console.log(
    `  the page's own work (trace)         longest task ${pageWall.toFixed(0)} ms wall, ${pageCpu.toFixed(0)} ms CPU (leaving out ${harnessTasks.size} tasks with no page event: the bench's polling, CDP requests; longest ${harnessWall.toFixed(0)} ms wall)`,
  );
  console.log(`  longest task per phase, wall/CPU ms  ${phases.join(', ')}`);
  console.log(
    `  peak memory                         page JS heap ${peak.page.toFixed(0)} MB, worker JS heap ${peak.worker.toFixed(0)} MB, browser process tree RSS ${peak.rss.toFixed(0)} MB`,
  );
} finally {
  await h.close();
  if (!values.keep && !values.file && existsSync(cacheDir)) {
    // The 1M-line file is ~195 MB: removed unless --keep (regenerating it takes minutes).
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
