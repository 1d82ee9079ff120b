// CLI over the same analysis code the extension runs:
//
//   npm run analyze -- [--as-of YYYY-MM-DD] [--json] [--cape-out DIR] [--filer-code XXX] FILE...
//
// With no FILE it analyses the bundled synthetic sample (lib/reports/sample). Exit status: 0 when at
// least one file was read, 1 when none could be, 2 on a usage error.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isCalendarDate } from '../lib/deadlines/calendar-date';
import { type AnalyzeOptions, analyzeFiles, type FileProgress } from '../lib/reports/analyze';
import { formatSummary, toCliJson } from '../lib/reports/cli-format';
import { buildCapeDeclarations } from '../lib/reports/outputs/cape-csv';
import { nodeScanThreads } from '../lib/reports/read/node-scan-thread';
import { nodeFileSource } from '../lib/reports/read/node-source';
import type { ByteSource } from '../lib/reports/read/types';
import { sampleSources } from '../lib/reports/sample/index';
import { scanWorkerFile } from './scan-worker-file';

const USAGE = `Usage: npm run analyze -- [--as-of YYYY-MM-DD] [--json] [--cape-out DIR] [--filer-code XXX] FILE...

Analyses ACE report exports (ES-003, ES-701, protest, CAPE status, ES-022 / REV-615; CSV, TXT or XLSX)
and prints IEEPA duty and CAPE / protest deadlines per entry. Without FILE, analyses a synthetic sample.

  --as-of DATE      compute statuses as of this day (default: today)
  --json            print the result as JSON on stdout
  --cape-out DIR    write CAPE declaration CSV files (eligible entries) into DIR
  --filer-code XXX  with --cape-out: only entries filed under this filer code
  -h, --help        this text
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** The second thread for big text files; without esbuild (dev dependency) everything runs on one. */
function scanThreads() {
  try {
    return nodeScanThreads(scanWorkerFile());
  } catch {
    return undefined;
  }
}

/** A source that fails with a clear message when the path cannot be read as a file. */
function pathSource(path: string): ByteSource {
  let problem: string | null = null;
  try {
    const st = statSync(path);
    if (st.isDirectory()) problem = `${path} is a folder, not a file.`;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problem =
      code === 'ENOENT' ? `File not found: ${path}` : `Cannot read ${path}: ${(err as Error).message}`;
  }
  if (problem === null) return nodeFileSource(path);
  const message = problem;
  return {
    name: basename(path),
    stream() {
      throw new Error(message);
    },
  };
}

function progressPrinter(): { onProgress: AnalyzeOptions['onProgress']; done(): void } {
  if (!process.stderr.isTTY) return { onProgress: undefined, done() {} };
  let shown = false;
  let last = 0;
  return {
    onProgress(p: FileProgress) {
      const now = Date.now();
      // Only long files (4 MB and up) get a progress line, redrawn at most 5 times a second.
      if (p.totalBytes === undefined || p.totalBytes < 4 * 1024 * 1024 || now - last < 200) return;
      last = now;
      const pct = Math.min(100, Math.floor((p.bytesRead / p.totalBytes) * 100));
      process.stderr.write(`\r${p.fileName}: ${pct}% of ${(p.totalBytes / 1e6).toFixed(1)} MB   `);
      shown = true;
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

async function main() {
  let args: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      allowPositionals: true,
      options: {
        'as-of': { type: 'string' },
        json: { type: 'boolean', default: false },
        'cape-out': { type: 'string' },
        'filer-code': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  }
  try {
    args = parse();
  } catch (err) {
    fail(`${(err as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !isCalendarDate(asOf))
    fail(`--as-of must be a date as YYYY-MM-DD, not "${asOf}".`);
  const filerCode = values['filer-code'];
  if (filerCode !== undefined && !/^[0-9A-Za-z]{3}$/.test(filerCode)) {
    fail(`--filer-code must be 3 letters or digits, not "${filerCode}".`);
  }

  const sources = positionals.length > 0 ? positionals.map(pathSource) : sampleSources(asOf);
  if (positionals.length === 0 && !values.json) {
    process.stderr.write('No files given: analysing the bundled synthetic sample.\n');
  }
  const progress = progressPrinter();
  const result = await analyzeFiles(sources, {
    asOf,
    onProgress: progress.onProgress,
    // Big text files are scanned on a second thread, as in the extension.
    scanThreads: scanThreads(),
  });
  progress.done();

  if (values.json) process.stdout.write(`${JSON.stringify(toCliJson(result), null, 2)}\n`);
  else process.stdout.write(formatSummary(result));

  const capeOut = values['cape-out'];
  if (capeOut !== undefined) {
    const cape = buildCapeDeclarations(result.entries, { filerCode });
    mkdirSync(capeOut, { recursive: true });
    for (const file of cape.files) writeFileSync(join(capeOut, file.name), file.content);
    process.stderr.write(
      `CAPE: wrote ${cape.files.length} declaration file(s) with ${cape.included} entries to ${capeOut}; ` +
        `${cape.excluded.length} entries left out (not eligible or not yours).\n`,
    );
  }

  const readable = result.files.some((f) => f.error === undefined || f.used > 0);
  if (!readable) {
    const reasons = result.files.map((f) => `  ${f.name}: ${f.error ?? 'no usable rows'}`).join('\n');
    fail(`No file could be read:\n${reasons}`, 1);
  }
}

main().catch((err: unknown) => {
  fail(`analyze failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`, 1);
});
