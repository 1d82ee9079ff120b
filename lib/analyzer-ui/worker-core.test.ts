import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_AS_OF } from '../reports/sample/index';
import { rowAt } from './compact';
import { DEFAULT_SORT, EMPTY_FILTER } from './query';
import { createWorkerCore } from './worker-core';
import { type WorkerResponse, workerResponseSchema } from './worker-protocol';

function harness() {
  const out: WorkerResponse[] = [];
  // Every reply must pass the page's own check.
  const core = createWorkerCore((m) => out.push(workerResponseSchema.parse(m)));
  const last = <T extends WorkerResponse['type']>(type: T) =>
    out.filter((m): m is Extract<WorkerResponse, { type: T }> => m.type === type).at(-1);
  return { core, out, last };
}

const analyzeSample = {
  type: 'analyze',
  runId: 1,
  files: [],
  sample: true,
  asOf: SAMPLE_AS_OF,
  mappings: {},
};
const fixture = (name: string) =>
  new File([readFileSync(new URL(`../../test/fixtures/reports/${name}`, import.meta.url))], name);

describe('analyzer worker core', () => {
  it('analyzes the sample and answers queries, details and exports', async () => {
    const { core, out, last } = harness();
    await core.handle(analyzeSample);
    expect(out.some((m) => m.type === 'progress' && m.rowsRead > 0)).toBe(true);
    const result = last('result');
    expect(result?.view.totals.entries).toBe(8);
    expect(result?.view.totals.ieepaDutyCents).toBe(2_076_106);
    expect(result?.view.timeline.capeTotal).toBeGreaterThan(0);
    const view = result?.view;
    if (!view) return;
    const statuses = Array.from({ length: view.table.count }, (_, i) => rowAt(view.table, i).status);
    expect(new Set(statuses).size).toBe(7);
    expect(view.notices.some((n) => n.text.includes('check digit'))).toBe(true);

    await core.handle({
      type: 'query',
      runId: 1,
      queryId: 7,
      filter: { ...EMPTY_FILTER, status: 'cape-window' },
      sort: DEFAULT_SORT,
    });
    const order = last('query');
    expect(order?.queryId).toBe(7);
    expect(Array.from(order?.order ?? []).map((i) => statuses[i])).toEqual(['cape-window', 'cape-window']);

    await core.handle({ type: 'detail', runId: 1, index: 0 });
    expect(last('detail')?.entry.statusReason.length).toBeGreaterThan(10);

    await core.handle({ type: 'export', runId: 1, kind: 'cape', filerCode: '' });
    const cape = last('export');
    expect(cape?.files.map((f) => f.name)).toEqual([`ace-assist-cape-${SAMPLE_AS_OF}.csv`]);
    const text = await cape?.files[0]?.blob.text();
    expect(text?.split('\r\n')[0]).toBe('Entry Number');
    expect(cape?.messages.join(' ')).toContain('check digit');

    await core.handle({ type: 'export', runId: 1, kind: 'cape', filerCode: 'XY' });
    expect(last('export')?.files).toEqual([]);
    expect(last('export')?.messages[0]).toContain('3 letters or digits');

    await core.handle({ type: 'export', runId: 1, kind: 'ics', filerCode: '' });
    expect(await last('export')?.files[0]?.blob.text()).toContain('BEGIN:VCALENDAR');

    await core.handle({
      type: 'export',
      runId: 1,
      kind: 'results',
      filerCode: '',
      view: { filter: { ...EMPTY_FILTER, status: 'final' }, sort: DEFAULT_SORT },
    });
    const csv = await last('export')?.files[0]?.blob.text();
    expect(csv?.trim().split('\r\n')).toHaveLength(2);
    expect(last('export')?.files[0]?.name).toBe(`ace-assist-results-${SAMPLE_AS_OF}-filtered.csv`);
  });

  it('keeps going past a garbage file and offers a preview for an unknown layout', async () => {
    const { core, last } = harness();
    const garbage = new File([new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 9, 8, 7])], 'garbage.csv');
    await core.handle({
      type: 'analyze',
      runId: 3,
      files: [garbage, fixture('unknown-layout.csv'), fixture('es003-banner-bom-crlf.csv')],
      sample: false,
      asOf: '2026-06-01',
      mappings: {},
    });
    const view = last('result')?.view;
    expect(view?.files.map((f) => f.error !== undefined)).toEqual([true, true, false]);
    expect(view?.notices.find((n) => n.file === 'unknown-layout.csv')?.mappable).toBe(true);
    expect(view?.notices.find((n) => n.file === 'garbage.csv')?.mappable).toBe(false);
    expect(view?.totals.entries).toBeGreaterThan(0);

    await core.handle({ type: 'preview', runId: 3, fileIndex: 1 });
    const preview = last('preview');
    expect(preview?.header).toEqual(['Entry #', 'Tariff', 'Duty Paid', 'Date of Entry']);
    expect(preview?.rows[0]).toEqual(['ABC12345676', '9903.01.25', '$10.00', '01/15/2025']);
  });

  it('reports progress over all files: bytes and rows as the engine read them', async () => {
    const { core, out, last } = harness();
    const files = [fixture('es003-banner-bom-crlf.csv'), fixture('es701-liquidations.csv')];
    const size = files.reduce((n, f) => n + f.size, 0);
    await core.handle({ type: 'analyze', runId: 4, files, sample: false, asOf: '2026-06-01', mappings: {} });
    const progress = out.filter((m) => m.type === 'progress');
    const final = progress.at(-1);
    const rows = (last('result')?.view.files ?? []).reduce((n, f) => n + f.rows, 0);
    expect(rows).toBeGreaterThan(0);
    expect(final?.rowsRead).toBe(rows);
    expect(final?.bytesRead).toBe(size);
    expect(final?.totalBytes).toBe(size);
    // Never backwards, whatever the file.
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]?.rowsRead).toBeGreaterThanOrEqual(progress[i - 1]?.rowsRead ?? 0);
      expect(progress[i]?.bytesRead).toBeGreaterThanOrEqual(progress[i - 1]?.bytesRead ?? 0);
    }
  });

  it('cancels a run, detects report types, and refuses malformed requests', async () => {
    const { core, out, last } = harness();
    const run = core.handle({ ...analyzeSample, runId: 5 });
    await core.handle({ type: 'cancel', runId: 5 });
    await run;
    expect(out.some((m) => m.type === 'cancelled' && m.runId === 5)).toBe(true);
    expect(out.some((m) => m.type === 'result')).toBe(false);

    await core.handle({
      type: 'detect',
      runId: 6,
      files: [fixture('es701-liquidations.csv'), fixture('not-a-report.csv')],
      mappings: {},
    });
    const detected = last('detected')?.files ?? [];
    expect(detected[0]).toMatchObject({ ok: true, report: 'es701' });
    expect(detected[1]?.ok).toBe(false);

    await core.handle({ type: 'analyze', runId: 'x' });
    expect(last('failed')?.message).toContain('Malformed request');
  });
});
