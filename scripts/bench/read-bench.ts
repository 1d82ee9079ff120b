// Times the readers on synthetic ES-003 files in /tmp, each run in its own child process so peak RSS
// is clean: `npx tsx scripts/bench/read-bench.ts [--runs 3] [--skip-1m]`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { bareUdsvParse, ourRead, sheetjsRead } from './baselines';
import { generateEs003Csv, generateEs003Xlsx } from './generate';

const FILES = {
  csv100k: '/tmp/ace-bench-es003-100k.csv',
  csv1m: '/tmp/ace-bench-es003-1m.csv',
  xlsx100k: '/tmp/ace-bench-es003-100k.xlsx',
} as const;

type Job = { fn: 'bare' | 'ours' | 'sheetjs'; file: string };

async function child(job: Job): Promise<void> {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t0 = performance.now();
  const rows =
    job.fn === 'bare'
      ? await bareUdsvParse(job.file)
      : job.fn === 'ours'
        ? await ourRead(job.file)
        : sheetjsRead(job.file);
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(JSON.stringify({ rows, ms, rss: peak }));
}

async function main(): Promise<void> {
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
  const skip1m = process.argv.includes('--skip-1m');
  if (!existsSync(FILES.csv100k)) generateEs003Csv(FILES.csv100k, 100_000);
  if (!skip1m && !existsSync(FILES.csv1m)) generateEs003Csv(FILES.csv1m, 1_000_000);
  if (!existsSync(FILES.xlsx100k)) await generateEs003Xlsx(FILES.xlsx100k, 100_000);
  const plan: [string, Job][] = [
    ['CSV 100k  bare uDSV', { fn: 'bare', file: FILES.csv100k }],
    ['CSV 100k  readTable', { fn: 'ours', file: FILES.csv100k }],
    ...(skip1m
      ? []
      : ([
          ['CSV 1M    bare uDSV', { fn: 'bare', file: FILES.csv1m }],
          ['CSV 1M    readTable', { fn: 'ours', file: FILES.csv1m }],
        ] as [string, Job][])),
    ['XLSX 100k SheetJS  ', { fn: 'sheetjs', file: FILES.xlsx100k }],
    ['XLSX 100k readTable', { fn: 'ours', file: FILES.xlsx100k }],
  ];
  for (const [label, job] of plan) {
    const results: { rows: number; ms: number; rss: number }[] = [];
    const n = job.fn === 'sheetjs' ? Math.min(runs, 3) : runs;
    for (let i = 0; i < n; i++) {
      const out = execFileSync(
        process.execPath,
        [...process.execArgv, process.argv[1] as string, '--child', JSON.stringify(job)],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        },
      );
      results.push(JSON.parse(out));
    }
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    const median = ms[Math.floor(ms.length / 2)] ?? 0;
    const rss = Math.max(...results.map((r) => r.rss));
    console.log(
      `${label}  rows ${results[0]?.rows}  median ${median.toFixed(0)} ms (min ${ms[0]?.toFixed(0)})  peak RSS ${(rss / 1048576).toFixed(0)} MB`,
    );
  }
}

const ci = process.argv.indexOf('--child');
if (ci >= 0) child(JSON.parse(process.argv[ci + 1] as string) as Job);
else main();
