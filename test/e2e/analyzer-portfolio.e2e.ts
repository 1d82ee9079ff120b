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
