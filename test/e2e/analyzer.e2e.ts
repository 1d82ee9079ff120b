// The analyzer page (analyzer.html) in both browsers: upload CSV and XLSX reports through the file
// input, see totals, statuses, chart and table, open an entry, download CAPE and .ics files (read
// back through their blob: links), survive a garbage file, map an unknown layout, analyse a 150 MB
// file to the end and cancel another run of it, and pass axe-core with no serious or critical issue.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEs003Xlsx } from '../../scripts/bench/generate';
import { browsersUnderTest, type Harness, launch } from './harness/browsers';

const UI = path.resolve('test/fixtures/reports/ui');
const ES003 = path.join(UI, 'sample-ES-003-entry-summary-line-tariff-details.csv');
const ES701 = path.join(UI, 'sample-ES-701-courtesy-notice-of-liquidation.csv');
const BROKER = path.join(UI, 'broker-layout.csv');
const AS_OF = '2026-06-01';

let work: string;
let xlsx: string;
let garbage: string;
let big: string;
/** How many times the big file repeats the sample's ES-003 rows. */
let bigCopies = 0;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'ace-analyzer-e2e-'));
  xlsx = path.join(work, 'es003-small.xlsx');
  await generateEs003Xlsx(xlsx, 60, { seed: 7 });
  garbage = path.join(work, 'garbage.csv');
  writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  big = path.join(work, 'es003-big.csv');
  bigCopies = writeBigCsv(big, 150 * 1024 * 1024);
});

/**
 * A file big enough to cancel part way: the sample's ES-003 rows over and over (the generator in
 * scripts/bench is too slow for a test on a busy 2-core machine).
 */
function writeBigCsv(file: string, bytes: number): number {
  const [banner1, banner2, header, ...rows] = readFileSync(ES003, 'utf8').trimEnd().split('\r\n');
  const block = `${rows.join('\r\n')}\r\n`.repeat(2000);
  const fd = openSync(file, 'w');
  writeSync(fd, `${banner1}\r\n${banner2}\r\n${header}\r\n`);
  let copies = 0;
  for (let written = 0; written < bytes; written += block.length) {
    writeSync(fd, block);
    copies += 2000;
  }
  closeSync(fd);
  return copies;
}

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Firefox's BiDi sometimes fails the harness's load poll with "Waiting failed" caused by a protocol
 * error while the document is replaced; the harness retries only when the outer message says
 * "Protocol error". Open again in that case (reported to the lead).
 */
async function openPage(h: Harness): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await h.openExtensionPage('analyzer.html');
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

async function openAnalyzer(h: Harness): Promise<Page> {
  const page = await openPage(h);
  await page.waitForSelector('[data-testid="file-input"]', { timeout: 15_000 });
  // React reads the input's value through its own setter hook: set it the way a user's typing would.
  await page.$eval(
    '[data-testid="as-of"]',
    (el, value) => {
      const input = el as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    AS_OF,
  );
  return page;
}

async function upload(page: Page, ...files: string[]): Promise<void> {
  // The run id grows with each analysis: wait for a new result, not the previous one.
  const before = await page.evaluate(() => document.querySelector('[data-testid="analysis"]') !== null);
  const input = (await page.$('[data-testid="file-input"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...files);
  if (before) {
    await page
      .waitForFunction(() => document.querySelector('[data-testid="analysis"]') === null, {
        timeout: 10_000,
      })
      .catch(() => {});
  }
}

async function waitForAnalysis(page: Page): Promise<void> {
  // The result's sections mount over a few frames; aria-busy is false once all are there.
  await page.waitForSelector('[data-testid="analysis"][aria-busy="false"]', { timeout: 30_000 });
}

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Contents of the generated download links, read back through their blob: URLs. */
async function downloads(page: Page, kind: string): Promise<{ name: string; text: string }[]> {
  await page.waitForSelector(`[data-export-kind="${kind}"]`, { timeout: 10_000 });
  return page.evaluate(async (k) => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>(`[data-export-kind="${k}"]`)];
    return Promise.all(
      links.map(async (a) => ({ name: a.download, text: await (await fetch(a.href)).text() })),
    );
  }, kind);
}

/** README screenshots (SCREENSHOTS=1, Chromium): the results with the chart, and an entry's detail. */
async function screenshots(page: Page): Promise<void> {
  const dir = path.resolve('docs/screenshots');
  await page.setViewport({ width: 1200, height: 900 });
  await page.$eval('[data-testid="totals"]', (el) => el.scrollIntoView());
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: path.join(dir, 'analyzer-results.png') });
  await page.$eval('[data-testid="timeline"]', (el) => el.scrollIntoView());
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: path.join(dir, 'analyzer-chart-table.png') });
}

describe.each(browsersUnderTest())('%s: analyzer page', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('analyses CSV uploads: totals, statuses, chart, table, detail', async () => {
    const page = await openAnalyzer(h);
    await upload(page, ES003, ES701);
    await waitForAnalysis(page);
    expect(await page.$eval('[data-testid="analysis"]', (el) => el.getAttribute('data-as-of'))).toBe(AS_OF);
    expect(await text(page, '[data-testid="total-ieepa"]')).toBe('$20,761.06');
    expect(await text(page, '[data-testid="total-entries"]')).toBe('8');
    expect(await text(page, '[data-testid="status-count-cape-window"]')).toBe('2');
    for (const s of ['unliquidated', 'protest-window', 'protested', 'cape-excluded', 'final', 'no-ieepa']) {
      expect(await text(page, `[data-testid="status-count-${s}"]`)).toBe('1');
    }
    // Warnings are on the page, not behind a click.
    expect(await text(page, '[data-testid="notices"]')).toContain('wrong check digit');

    const chart = await page.$eval('[data-testid="timeline-chart"]', (el) => ({
      role: el.getAttribute('role'),
      label: el.getAttribute('aria-label') ?? '',
      bars: el.querySelectorAll('rect').length,
    }));
    expect(chart.role).toBe('img');
    expect(chart.label).toMatch(/CAPE last day/);
    expect(chart.bars).toBeGreaterThan(0);
    expect(await page.$$eval('[data-testid="timeline-data"] tbody tr', (rows) => rows.length)).toBe(26);

    const rows = await page.$$eval('[data-testid="results-table"] [data-entry]', (els) =>
      els.map((e) => e.getAttribute('data-entry')),
    );
    expect(rows).toHaveLength(8);

    // Filter by status, then search by entry number.
    await page.select('[data-testid="filter-status"]', 'cape-window');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="results-count"]')?.textContent?.includes('Showing 2 of 8'),
      { timeout: 10_000 },
    );
    await page.select('[data-testid="filter-status"]', '');
    await page.type('[data-testid="filter-search"]', 'SMP-4100005');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="results-count"]')?.textContent?.includes('Showing 1 of 8'),
      { timeout: 10_000 },
    );
    await page.click('[data-testid="results-table"] [data-entry]');
    await page.waitForSelector('[data-testid="entry-detail"]', { timeout: 10_000 });
    expect(await text(page, '[data-testid="detail-reason"]')).toContain('Protest');
    expect(await text(page, '[data-testid="detail-rule"]')).toMatch(/:protest-open$/);
    expect(await text(page, '[data-testid="detail-sources"]')).toContain('sample-ES-003');

    // Monthly view (importer summary by month) is there.
    expect(await page.$$eval('[data-testid="monthly-table"] tbody tr', (r) => r.length)).toBeGreaterThan(0);
    await page.close();
  });

  it('works from the keyboard: sort, open an entry, close it', async () => {
    const page = await openAnalyzer(h);
    await upload(page, ES003, ES701);
    await waitForAnalysis(page);
    await page.focus('[data-sort-key="ieepaDutyCents"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('th[aria-sort] [data-sort-key="ieepaDutyCents"]') !== null,
      { timeout: 10_000 },
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-sort-key="ieepaDutyCents"]')
          ?.closest('th')
          ?.getAttribute('aria-sort') === 'descending',
      { timeout: 10_000 },
    );
    // Largest IEEPA duty first: sample entry 1 ($4,825.00 + $9,650.00). The new order comes from the
    // worker a moment after the header changes.
    const first = 'SMP41000012';
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="results-table"] [data-entry]')?.getAttribute('data-entry') ===
        n,
      { timeout: 10_000 },
      first,
    );
    await page.focus(`[data-entry="${first}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="entry-detail"]', { timeout: 10_000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-h');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('[data-testid="entry-detail"]') === null, {
      timeout: 10_000,
    });
    await page.waitForFunction(
      (n) => document.activeElement?.getAttribute('data-entry') === n,
      { timeout: 10_000 },
      first,
    );
    if (process.env.SCREENSHOTS === '1' && kind === 'chromium') await screenshots(page);
    await page.close();
  });

  it('exports CAPE declaration and .ics files with the right content and names', async () => {
    const page = await openAnalyzer(h);
    await upload(page, ES003, ES701);
    await waitForAnalysis(page);
    await page.click('[data-testid="export-cape"]');
    const cape = await downloads(page, 'cape');
    expect(cape.map((f) => f.name)).toEqual([`ace-assist-cape-${AS_OF}.csv`]);
    expect(cape[0]?.text).toBe('Entry Number\r\nSMP41000012\r\nSMP41000046\r\n');
    expect(await text(page, '[data-testid="export-result"]')).toContain('check digit');

    await page.click('[data-testid="export-ics"]');
    const ics = await downloads(page, 'ics');
    expect(ics.map((f) => f.name)).toEqual([`ace-assist-deadlines-${AS_OF}.ics`]);
    expect(ics[0]?.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics[0]?.text).toContain('SUMMARY:Last day: CAPE declaration');

    await page.click('[data-testid="export-results"]');
    const results = await downloads(page, 'results');
    expect(results[0]?.name).toBe(`ace-assist-results-${AS_OF}.csv`);
    expect(results[0]?.text.trim().split('\r\n')).toHaveLength(9);

    // A broker's filer code that files none of these entries leaves the CAPE file empty, and says why.
    await page.type('[data-testid="filer-code"]', 'ZZ9');
    await page.click('[data-testid="export-cape"]');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="export-result"]')?.textContent?.includes('another filer code'),
      { timeout: 10_000 },
    );
    await page.close();
  });

  it('reads an XLSX, reports a garbage file and keeps working', async () => {
    const page = await openAnalyzer(h);
    await upload(page, garbage, xlsx);
    await waitForAnalysis(page);
    const notices = await page.$$eval('[data-testid="notices"] li', (els) =>
      els.map((e) => ({
        file: e.getAttribute('data-file'),
        level: e.getAttribute('data-level'),
        text: e.textContent,
      })),
    );
    const bad = notices.find((n) => n.file === 'garbage.csv');
    expect(bad?.level).toBe('error');
    expect(bad?.text?.length).toBeGreaterThan(20);
    expect(Number((await text(page, '[data-testid="total-entries"]')).replace(/,/g, ''))).toBeGreaterThan(5);
    // Still usable: the sample loads on top.
    await page.click('[data-testid="try-sample"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="inputs"]')?.textContent?.includes('Synthetic sample'),
      { timeout: 10_000 },
    );
    await waitForAnalysis(page);
    expect(await text(page, '[data-testid="total-entries"]')).toBe('8');
    await page.close();
  });

  it('maps an unknown layout and remembers the mapping for that layout', async () => {
    const page = await openAnalyzer(h);
    await upload(page, BROKER);
    await page.waitForSelector('[data-testid="mapping-screen"]', { timeout: 20_000 });
    await page.waitForSelector('[data-testid="mapping-preview"]', { timeout: 10_000 });
    expect(await page.$$eval('[data-testid="mapping-preview"] tbody tr', (r) => r.length)).toBe(4);
    // Saving with fields missing explains what is missing.
    await page.click('[data-testid="mapping-save"]');
    expect(await text(page, '[data-testid="mapping-errors"]')).toContain('entry number');
    await page.select('[data-field="entryNumber"]', 'Entry Ref');
    await page.select('[data-field="hts"]', 'Tariff Code');
    await page.select('[data-field="duty"]', 'Duty USD');
    await page.select('[data-field="entryDate"]', 'Entered On');
    await page.click('[data-testid="mapping-save"]');
    await waitForAnalysis(page);
    expect(await text(page, '[data-testid="total-entries"]')).toBe('3');
    expect(await text(page, '[data-testid="total-ieepa"]')).toBe('$1,560.55');
    await page.close();

    // A new page, the same layout: analysed straight away with the remembered mapping.
    const again = await openAnalyzer(h);
    await upload(again, BROKER);
    await waitForAnalysis(again);
    expect(await again.$('[data-testid="mapping-screen"]')).toBeNull();
    expect(await text(again, '[data-testid="total-entries"]')).toBe('3');
    await again.close();
  });

  it('shows progress with rows read and cancels a big run', async () => {
    const page = await openAnalyzer(h);
    await upload(page, big);
    await page.waitForSelector('[data-testid="cancel"]', { timeout: 10_000 });
    await page.waitForFunction(
      () => /rows read/.test(document.querySelector('[data-testid="progress-text"]')?.textContent ?? ''),
      { timeout: 20_000 },
    );
    await page.click('[data-testid="cancel"]');
    await page.waitForSelector('[data-testid="cancelled"]', { timeout: 10_000 });
    expect(await page.$('[data-testid="analysis"]')).toBeNull();
    await page.close();
  });

  it('analyses a 150 MB CSV to the end (the big-file path: a scan worker, reused read buffers) with the right totals', async () => {
    const page = await openAnalyzer(h);
    await upload(page, big);
    await page.waitForSelector('[data-testid="analysis"][aria-busy="false"]', { timeout: 90_000 });
    // The sample's rows over and over: the same 8 entries, the sample's IEEPA duty times the copies.
    const cents = 2_076_106 * bigCopies;
    const dollars = `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    expect(await text(page, '[data-testid="total-entries"]')).toBe('8');
    expect(await text(page, '[data-testid="total-ieepa"]')).toBe(dollars);
    await page.close();
  }, 120_000);

  it('axe-core finds no serious or critical issue on the analysed page', async () => {
    const page = await openAnalyzer(h);
    await upload(page, ES003, ES701);
    await waitForAnalysis(page);
    await page.click('[data-testid="results-table"] [data-entry]');
    await page.waitForSelector('[data-testid="entry-detail"]', { timeout: 10_000 });
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // The extension CSP blocks inline <script>; an evaluation from the automation protocol is not
    // page script and is allowed in both browsers.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: Document,
              o: object,
            ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
    await page.close();
  });

  it('no request left the browser', () => {
    expect(h.blockedRequests).toEqual([]);
    expect(h.leakedRequests()).toEqual([]);
  });
});
