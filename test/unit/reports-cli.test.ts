import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cliJsonSchema } from '@/lib/reports/cli-format';
import { ENTRY_STATUSES } from '@/lib/reports/model';

const run = promisify(execFile);
const ROOT = join(__dirname, '../..');
const fx = (name: string) => join('test/fixtures/reports', name);

async function analyze(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.concurrent('scripts/analyze.ts', { timeout: 60_000 }, () => {
  it('--json prints the documented shape, entries sorted, a per-file error for bad files', async () => {
    const out = await analyze([
      '--json',
      '--as-of',
      '2026-06-01',
      fx('es003-banner-bom-crlf.csv'),
      fx('es701-liquidations.csv'),
      fx('protest-history.txt'),
      fx('not-a-report.csv'),
      'no/such/file.csv',
    ]);
    expect(out.code).toBe(0);
    const json = cliJsonSchema.parse(JSON.parse(out.stdout));
    expect(json.asOf).toBe('2026-06-01');
    const numbers = json.entries.map((e) => e.entryNumber);
    expect(numbers).toEqual([...numbers].sort());
    expect(json.files.map((f) => f.report)).toEqual(['es003', 'es701', 'protest', null, null]);
    expect(json.files[3]?.error).toMatch(/Columns found/);
    expect(json.files[4]).toMatchObject({ name: 'file.csv', error: 'File not found: no/such/file.csv' });
    expect(json.entries.find((e) => e.entryNumber === 'ABC12345676')).toMatchObject({
      status: 'cape-window',
      liquidationDate: '2026-03-20',
      capeLastDay: '2026-06-08',
      ieepaDutyCents: 100000,
    });
  });

  it('analyses the bundled sample when no file is given', async () => {
    const out = await analyze(['--json', '--as-of', '2026-06-01']);
    const json = cliJsonSchema.parse(JSON.parse(out.stdout));
    expect(new Set(json.entries.map((e) => e.status)).size).toBe(ENTRY_STATUSES.length);
  });

  it('exits non-zero with a clear message when no file can be read', async () => {
    const out = await analyze([fx('empty.csv'), fx('not-a-report.csv')]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/No file could be read:\n.*empty\.csv: The file is empty/);
    const usage = await analyze(['--as-of', '06/01/2026']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--as-of must be a date as YYYY-MM-DD/);
  });

  it('--cape-out writes CAPE declaration CSVs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cape-'));
    try {
      const out = await analyze(['--as-of', '2026-06-01', '--cape-out', dir, '--filer-code', 'SMP']);
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(/IEEPA duty: \$20,761\.06/);
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      const rows = readFileSync(join(dir, files[0] ?? ''), 'utf8')
        .split('\r\n')
        .filter(Boolean);
      expect(rows[0]).toBe('Entry Number');
      expect(rows.length).toBe(3); // two eligible sample entries with a good check digit
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
