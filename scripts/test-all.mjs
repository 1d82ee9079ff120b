#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure.
//   1 Biome lint + format   2 tsc   3 unit tests   4 production builds
//   5 build checks (manifests) + web-ext lint   6 E2E in Chromium and Firefox
// Ends with one line "N passed, N failed" counting every unit, build and E2E test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const started = Date.now();
const counts = { passed: 0, failed: 0 };
const resultsDir = '.test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

function run(label, cmd, args, opts = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  console.log(
    `=== ${label}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return r;
}

function addVitestCounts(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  counts.passed += report.numPassedTests ?? 0;
  // Pending/todo/skipped count as failures: nothing is skipped silently in this project.
  counts.failed += (report.numFailedTests ?? 0) + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return true;
}

function finish(ok, failedStep) {
  if (!ok && counts.failed === 0) counts.failed = 1; // a failing lint/type/build step counts as one failure
  console.log(
    `\nnpm test ${ok ? 'passed' : `FAILED at: ${failedStep}`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exit(ok ? 0 : 1);
}

function browserCheck() {
  const want = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',');
  const missing = [];
  if (want.includes('chromium') && !existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium'))
    missing.push('Chromium (apt-get install chromium, or set CHROME_PATH)');
  if (want.includes('firefox') && !existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'))
    missing.push('Firefox ESR (apt-get install firefox-esr, or set FIREFOX_PATH)');
  if (process.env.E2E_BROWSERS)
    console.log(`NOTE: E2E limited to ${process.env.E2E_BROWSERS} by E2E_BROWSERS.`);
  return missing;
}

const npx = 'npx';
if (run('lint', npx, ['biome', 'check', '.']).status !== 0)
  finish(false, 'Biome lint/format (run `npm run format`)');
if (run('types', npx, ['tsc', '--noEmit']).status !== 0) finish(false, 'tsc --noEmit');

const unit = run('unit', npx, ['vitest', 'run', '--config', 'vitest.config.ts']);
addVitestCounts(`${resultsDir}/unit.json`);
if (unit.status !== 0) finish(false, 'unit tests');

if (run('build', 'npm', ['run', 'build']).status !== 0) finish(false, 'production builds');

const build = run('build checks', npx, ['vitest', 'run', '--config', 'vitest.build.config.ts']);
addVitestCounts(`${resultsDir}/build.json`);
if (build.status !== 0) finish(false, 'build checks');

const lint = run(
  'web-ext lint',
  npx,
  ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted', '--output', 'json'],
  {
    capture: true,
  },
);
try {
  const report = JSON.parse(lint.stdout);
  const { errors, warnings } = report.summary;
  for (const e of report.errors) console.log(`  error ${e.code}: ${e.file ?? ''} ${e.message}`);
  console.log(`  web-ext lint: ${errors} errors, ${warnings} warnings`);
  if (errors > 0) {
    counts.failed += errors;
    finish(false, 'web-ext lint');
  }
  counts.passed += 1;
} catch {
  console.log(lint.stdout);
  finish(false, 'web-ext lint (no JSON output)');
}

const missing = browserCheck();
if (missing.length) {
  console.log(`\nE2E needs: ${missing.join('; ')}.`);
  finish(false, 'E2E: browser missing');
}
const e2e = run('e2e', npx, ['vitest', 'run', '--config', 'vitest.e2e.config.ts']);
addVitestCounts(`${resultsDir}/e2e.json`);
finish(e2e.status === 0, 'E2E tests');
