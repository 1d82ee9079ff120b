// From analysis to reminders, in every browser: save the analyzed sample as a portfolio, see the
// change summary, merge the same data again, and find the portfolio in portfolios/list.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest, type Harness, launch } from './harness/browsers';

type Rt = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

async function statusText(page: Page): Promise<{ state: string | null; text: string }> {
  return page.$eval('[data-testid="save-portfolio-status"]', (el) => ({
    state: el.getAttribute('data-state'),
    text: el.textContent ?? '',
  }));
}

describe.each(browsersUnderTest())('%s: save an analysis as a portfolio', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  // Unique per attempt: a retried test must not trip over the portfolio its first attempt saved.
  const name = `Sample importer ${Date.now()}`;

  it('saves the analyzed sample, then merges it again with no changes', async () => {
    const page = await h.openExtensionPage('analyzer.html#sample');
    await page.waitForSelector('[data-testid="portfolio-name"]', { timeout: 30_000 });
    await page.type('[data-testid="portfolio-name"]', name);
    await page.click('[data-testid="save-portfolio-button"]');
    await page.waitForSelector('[data-testid="save-portfolio-status"][data-state="ok"]', { timeout: 20_000 });
    const first = await statusText(page);
    expect(first.text).toContain(`Saved to “${name}”`);
    expect(first.text).toMatch(/\d+ entr(y|ies) saved/);

    const listed = await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Rt; chrome: Rt };
      return (g.browser ?? g.chrome).runtime.sendMessage({
        channel: 'ace-assist',
        type: 'portfolios/list',
        payload: {},
      });
    });
    expect(JSON.stringify(listed)).toContain(name);

    // Merge the same analysis into it: nothing changed.
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="portfolio-target"]') as HTMLSelectElement).options.length > 1,
      { timeout: 10_000 },
    );
    const id = await page.$eval(
      '[data-testid="portfolio-target"]',
      (el, n) => [...(el as HTMLSelectElement).options].find((o) => o.textContent === n)?.value ?? '',
      name,
    );
    await page.select('[data-testid="portfolio-target"]', id);
    await page.click('[data-testid="save-portfolio-button"]');
    await page.waitForFunction(
      () =>
        /No changes since the last import/.test(
          document.querySelector('[data-testid="save-portfolio-status"]')?.textContent ?? '',
        ),
      { timeout: 20_000 },
    );
    await page.close();
  });

  it('a reminder link opens the portfolio narrowed to the entries it named', async () => {
    const page = await h.openExtensionPage('options.html');
    const listed = (await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Rt; chrome: Rt };
      return (g.browser ?? g.chrome).runtime.sendMessage({
        channel: 'ace-assist',
        type: 'portfolios/list',
        payload: {},
      });
    })) as { result: { portfolios: { id: string; name: string; entryCount: number }[] } };
    const saved = listed.result.portfolios.find((p) => p.name === name);
    if (!saved) throw new Error('the saved portfolio is not listed');
    await page.close();

    // Any one entry number of the portfolio: read it from the analysis of the same sample.
    const sample = await h.openExtensionPage('analyzer.html#sample');
    await sample.waitForSelector('[data-testid="results"] [data-entry]', { timeout: 30_000 });
    const one = await sample.$eval('[data-testid="results"] [data-entry]', (el) =>
      el.getAttribute('data-entry'),
    );
    await sample.close();

    const view = await h.openExtensionPage(`analyzer.html#portfolio=${saved.id}&entries=${one}`);
    await view.waitForSelector('[data-testid="portfolio-banner"]', { timeout: 30_000 });
    await view.waitForFunction(
      (n) => (document.querySelector('[data-testid="portfolio-banner"]')?.textContent ?? '').includes(n),
      { timeout: 10_000 },
      name,
    );
    await view.waitForFunction(
      () =>
        /Showing 1 of 1 entries/.test(
          document.querySelector('[data-testid="results-count"]')?.textContent ?? '',
        ),
      { timeout: 20_000 },
    );
    await view.click('[data-testid="portfolio-banner"] button');
    await view.waitForFunction(
      (n) =>
        (document.querySelector('[data-testid="results-count"]')?.textContent ?? '').includes(
          `Showing ${n} of ${n} entries`,
        ),
      { timeout: 20_000 },
      saved.entryCount,
    );
    await view.close();
  });

  it('refuses a second portfolio with the same name, with a message', async () => {
    const page = await h.openExtensionPage('analyzer.html#sample');
    await page.waitForSelector('[data-testid="portfolio-name"]', { timeout: 30_000 });
    await page.type('[data-testid="portfolio-name"]', name);
    await page.click('[data-testid="save-portfolio-button"]');
    await page.waitForSelector('[data-testid="save-portfolio-status"][data-state="error"]', {
      timeout: 20_000,
    });
    expect((await statusText(page)).text.length).toBeGreaterThan(10);
    await page.close();
  });

  it('no request left the browser', () => {
    expect(h.blockedRequests).toEqual([]);
    expect(h.leakedRequests()).toEqual([]);
  });
});
