// The Node scan thread's script (lib/reports/read/scan-worker.node.ts) as one JavaScript file: Node
// cannot start a worker from TypeScript, and tsx does not reach into worker threads. Built with
// esbuild into node_modules/.cache, named by content hash (written once, atomically), so concurrent
// runs and edits never see a stale or half-written file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function scanWorkerFile(): string {
  const out = buildSync({
    entryPoints: [join(ROOT, 'lib', 'reports', 'read', 'scan-worker.node.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const code = out.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no scan worker');
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const dir = join(ROOT, 'node_modules', '.cache', 'ace-assist');
  const file = join(dir, `scan-worker-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  }
  return file;
}
