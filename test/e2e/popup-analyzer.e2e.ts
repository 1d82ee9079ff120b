// Report analysis from the popup, in every browser: drop ACE downloads, see the detected report type
// and a summary; hand the files to the full analyzer page; try the bundled sample.
import path from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest, type Harness, launch } from './harness/browsers';

const FIXTURES = path.resolve('test/fixtures/reports/ui');
const ES003 = path.join(FIXTURES, 'sample-ES-003-entry-summary-line-tariff-details.csv');
const ES701 = path.join(FIXTURES, 'sample-ES-701-courtesy-notice-of-liquidation.csv');

describe.each(browsersUnderTest())('%s: analyzer in the popup', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('analyzes dropped downloads in the popup and shows the report types and a summary', async () => {
    const page = await h.openExtensionPage('popup.html#analyze');
    await page.waitForSelector('[data-testid="popup-analyzer"] [data-testid="file-input"]', {
      timeout: 15_000,
    });
    const input = (await page.$(
      '[data-testid="popup-analyzer"] [data-testid="file-input"]',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(ES003, ES701);
    await page.waitForSelector('[data-testid="popup-summary"]', { timeout: 30_000 });
    const files = await page.$eval('[data-testid="popup-files"]', (el) => el.textContent ?? '');
    expect(files).toMatch(/ES-003/);
    expect(files).toMatch(/ES-701/);
    const summary = await page.$eval('[data-testid="popup-summary"]', (el) => el.textContent ?? '');
    expect(summary).toMatch(/\$[\d,]+\.\d\d IEEPA duty on \d+ entries/);
    expect(summary).toMatch(/CAPE/);
    await page.close();
  });

  it('"Try with sample data" gives a summary without any file', async () => {
    const page = await h.openExtensionPage('popup.html#analyze');
    await page.waitForSelector('[data-testid="popup-sample"]', { timeout: 15_000 });
    await page.click('[data-testid="popup-sample"]');
    await page.waitForSelector('[data-testid="popup-summary"]', { timeout: 30_000 });
    const summary = await page.$eval('[data-testid="popup-summary"]', (el) => el.textContent ?? '');
    expect(summary).toMatch(/IEEPA duty on \d+ entries/);
    await page.close();
  });

  it('"Open full analysis" hands the files to the analyzer page', async () => {
    const page = await h.openExtensionPage('popup.html#analyze');
    await page.waitForSelector('[data-testid="popup-analyzer"] [data-testid="file-input"]', {
      timeout: 15_000,
    });
    const input = (await page.$(
      '[data-testid="popup-analyzer"] [data-testid="file-input"]',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(ES003);
    await page.waitForSelector('[data-testid="popup-open-full"]', { timeout: 15_000 });
    await page.click('[data-testid="popup-open-full"]');
    // The analyzer page deletes the handed-over files once it has read them: proof it opened them.
    const handoffCount = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const req = indexedDB.open('ace-assist-handoff');
            req.onsuccess = () => {
              const db = req.result;
              const names = [...db.objectStoreNames];
              if (!names.length) return resolve(0);
              const count = db
                .transaction(names[0] as string)
                .objectStore(names[0] as string)
                .count();
              count.onsuccess = () => resolve(count.result);
              count.onerror = () => resolve(-1);
            };
            req.onerror = () => resolve(-1);
          }),
      );
    await expect.poll(handoffCount, { timeout: 30_000 }).toBe(0);
    if (kind === 'chromium') {
      // Firefox's BiDi does not expose tabs an extension opens on moz-extension:// URLs.
      const analyzer = await h.waitForExtensionTab('/analyzer.html');
      await analyzer.waitForFunction(
        () =>
          /IEEPA/.test(document.body.textContent ?? '') &&
          !!document.querySelector('[data-testid="results"]'),
        { timeout: 30_000 },
      );
      await analyzer.close();
    }
    await page.close();
  });

  it('no request left the browser', () => {
    expect(h.blockedRequests).toEqual([]);
    expect(h.leakedRequests()).toEqual([]);
  });
});
