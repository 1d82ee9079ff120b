// Deadline reminders in every browser (Chromium: service worker; Firefox: event page): the options
// persist across a reload; a portfolio saved through the message API from an extension page sets the
// toolbar badge to the entries whose last day is within 14 days; a newer import merges by entry
// number and says what changed; the badge off switch clears it. Dates are relative to today, as the
// extension computes them (same machine, same time zone).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../lib/deadlines/calendar-date';
import { browsersUnderTest, type Harness, launch } from './harness/browsers';

type Ext = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
  };
};
type Reply = { ok: true; result: Record<string, unknown> } | { ok: false; error: string };

/** An IEEPA entry (entered 2026-01-10) whose CAPE last day is `capeInDays` after today, or unliquidated. */
function entry(entryNumber: string, today: string, capeInDays: number | null) {
  return {
    entryNumber,
    entryDate: '2026-01-10',
    liquidationDate: capeInDays === null ? null : addDays(today, capeInDays - 80),
    entryType: '01',
    ieepaDutyCents: 125_000,
    lineCount: 2,
  };
}

async function send(page: Page, type: string, payload: unknown): Promise<Reply> {
  return page.evaluate(
    (t: string, p: unknown) => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      return (g.browser ?? g.chrome).runtime.sendMessage({ channel: 'ace-assist', type: t, payload: p });
    },
    type,
    payload,
  ) as Promise<Reply>;
}

describe.each(browsersUnderTest())('%s: deadline reminders', (kind) => {
  let h: Harness;
  let page: Page;
  const today = todayIn();

  /** Chromium: in the service worker (chrome.action); Firefox: from an extension page (browser.action). */
  async function badge(): Promise<{ text: string; color: number[] }> {
    if (kind === 'chromium') {
      const target = await h.browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(h.extensionOrigin),
        { timeout: 10_000 },
      );
      const worker = await target.worker();
      if (!worker) throw new Error('No service worker');
      return worker.evaluate(async () => {
        const a = (globalThis as unknown as { chrome: Ext }).chrome.action;
        return { text: await a.getBadgeText({}), color: await a.getBadgeBackgroundColor({}) };
      });
    }
    return page.evaluate(async () => {
      const a = (globalThis as unknown as { browser: Ext }).browser.action;
      return { text: await a.getBadgeText({}), color: await a.getBadgeBackgroundColor({}) };
    });
  }

  async function badgeBecomes(text: string): Promise<{ text: string; color: number[] }> {
    const end = Date.now() + 10_000;
    for (;;) {
      const b = await badge();
      if (b.text === text || Date.now() > end) return b;
      await new Promise((r) => setTimeout(r, 150));
    }
  }

  const leadTimes = () =>
    page.$$eval('[data-testid="lead-times"] li[data-lead]', (els) =>
      els.map((el) => Number(el.getAttribute('data-lead'))),
    );

  async function optionsReady() {
    await page.waitForSelector('[data-testid="options-page"][data-ready="true"]', { timeout: 15_000 });
  }

  beforeAll(async () => {
    h = await launch(kind);
    page = await h.openExtensionPage('options.html');
    await optionsReady();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the options page shows the defaults, and changes persist across a reload', async () => {
    expect(await leadTimes()).toEqual([30, 14, 7, 1]);
    expect(await page.$eval('[data-testid="badge-enabled"]', (el) => (el as HTMLInputElement).checked)).toBe(
      true,
    );
    expect(
      await page.$eval('[data-testid="notifications-enabled"]', (el) => (el as HTMLInputElement).checked),
    ).toBe(false);

    await page.click('[data-testid="remove-lead-30"]');
    await page.waitForFunction(() => !document.querySelector('[data-testid="remove-lead-30"]'), {
      timeout: 5000,
    });
    await page.type('[data-testid="lead-time-input"]', '21');
    await page.click('[data-testid="add-lead-time"]');
    await page.waitForSelector('[data-testid="remove-lead-21"]', { timeout: 5000 });
    await page.click('[data-testid="asof-fixed"]');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="asof-fixed"]') as HTMLInputElement | null)?.checked === true,
      { timeout: 5000 },
    );

    await h.reloadExtensionPage(page);
    await optionsReady();
    expect(await leadTimes()).toEqual([21, 14, 7, 1]);
    expect(await page.$eval('[data-testid="asof-fixed"]', (el) => (el as HTMLInputElement).checked)).toBe(
      true,
    );
    const stored = await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Ext; chrome: Ext };
      return (await (g.browser ?? g.chrome).storage.local.get('settings')).settings;
    });
    expect(stored).toMatchObject({ leadTimes: [21, 14, 7, 1], badgeEnabled: true, asOf: { mode: 'fixed' } });

    // Back to the defaults for the next tests.
    await page.click('[data-testid="reset-lead-times"]');
    await page.waitForSelector('[data-testid="remove-lead-30"]', { timeout: 5000 });
    await page.click('[data-testid="asof-today"]');
  });

  let portfolioId = '';

  it('saving a portfolio through the message API sets the badge to the entries due within 14 days', async () => {
    expect((await badge()).text).toBe('');
    const reply = await send(page, 'portfolios/save', {
      target: { name: 'Acme Imports' },
      entries: [
        entry('E2E00000001', today, 2),
        entry('E2E00000002', today, 9),
        entry('E2E00000003', today, 13),
        entry('E2E00000004', today, 30),
        entry('E2E00000005', today, null),
      ],
    });
    expect(reply).toMatchObject({
      ok: true,
      result: {
        portfolio: { name: 'Acme Imports', entryCount: 5, lastImportAsOf: today },
        changes: { added: 5 },
      },
    });
    if (reply.ok) portfolioId = (reply.result.portfolio as { id: string }).id;
    const b = await badgeBecomes('3');
    expect(b.text).toBe('3');
    // Nearest last day in 2 days: the "critical" colour #B3261E.
    expect(b.color.slice(0, 3)).toEqual([0xb3, 0x26, 0x1e]);
  });

  it('a newer import merges by entry number and lists what changed', async () => {
    const reply = await send(page, 'portfolios/save', {
      target: { portfolioId },
      entries: [entry('E2E00000005', today, 5), entry('E2E00000006', today, 60)],
    });
    expect(reply).toMatchObject({
      ok: true,
      result: {
        portfolio: { id: portfolioId, entryCount: 6 },
        changes: {
          added: 1,
          updated: 1,
          kept: 4,
          liquidated: 1,
          messages: [
            '1 entry liquidated since the last import.',
            '1 entry new in this import.',
            '1 entry updated with newer data.',
          ],
        },
      },
    });
    expect((await badgeBecomes('4')).text).toBe('4');
    const listed = await send(page, 'portfolios/list', {});
    expect(listed).toMatchObject({ ok: true, result: { portfolios: [{ id: portfolioId, entryCount: 6 }] } });
    const duplicate = await send(page, 'portfolios/save', {
      target: { name: 'acme imports' },
      entries: [entry('X', today, 3)],
    });
    expect(duplicate).toMatchObject({
      ok: false,
      error: expect.stringMatching(/already exists: choose it to merge/),
    });
  });

  it('the options page lists the portfolio, and the badge off switch clears the badge', async () => {
    await h.reloadExtensionPage(page);
    await optionsReady();
    await page.waitForSelector(`[data-testid="portfolio"][data-portfolio-id="${portfolioId}"]`, {
      timeout: 10_000,
    });
    expect(await page.$eval('[data-testid="portfolio"] .name', (el) => el.textContent)).toBe('Acme Imports');

    await page.click('[data-testid="badge-enabled"]');
    expect((await badgeBecomes('')).text).toBe('');
    await page.click('[data-testid="badge-enabled"]');
    expect((await badgeBecomes('4')).text).toBe('4');
  });

  it('delete all data asks first, then empties the portfolios and clears the badge', async () => {
    await page.click('[data-testid="delete-all"]');
    await page.waitForSelector('[data-testid="delete-all-confirm"]', { timeout: 5000 });
    await page.click('[data-testid="delete-all-yes"]');
    await page.waitForSelector('[data-testid="no-portfolios"]', { timeout: 10_000 });
    expect(await page.$eval('[data-testid="data-status"]', (el) => el.textContent)).toContain('deleted');
    expect((await badgeBecomes('')).text).toBe('');
    expect(await send(page, 'portfolios/list', {})).toEqual({ ok: true, result: { portfolios: [] } });
  });

  it('no request left the browser', () => {
    expect(h.blockedRequests).toEqual([]);
    expect(h.leakedRequests()).toEqual([]);
  });
});
