// The "start without downloads" page (readiness.html), in every browser: the readiness check walked
// by keyboard alone along two paths (CAPE-ready, and not yet registered), answers kept across a
// reload; then two manual entries whose statuses come from the deadline engine. Dates are computed
// relative to today, as the extension computes them (same machine, same time zone).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../lib/deadlines/calendar-date';
import { browsersUnderTest, type Harness, launch } from './harness/browsers';

type Storage = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      testid: el?.dataset.testid ?? null,
      tag: el?.tagName ?? null,
      text: el?.textContent?.trim() ?? '',
    };
  });

const progress = (page: Page) =>
  page.$eval('[data-testid="readiness-progress"]', (el) => el.textContent?.trim() ?? '');

/** Expects question `n` shown with its heading focused, then answers it by keyboard and goes on. */
async function answer(page: Page, n: number, arrowDowns: number) {
  await page.waitForFunction(
    (want: string) =>
      document.querySelector('[data-testid="readiness-progress"]')?.textContent?.trim() === want,
    { timeout: 10_000 },
    `Question ${n} of 7`,
  );
  if (n > 1) expect((await focused(page)).testid).toBe('readiness-question-heading');
  await page.keyboard.press('Tab'); // into the radio group: its first option (none checked yet); ' ' is Space (BiDi knows no "Space")
  if (arrowDowns === 0) await page.keyboard.press(' ');
  for (let i = 0; i < arrowDowns; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

async function typeInto(page: Page, selector: string, text: string) {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}

describe.each(browsersUnderTest())('%s: readiness check and manual entries', (kind) => {
  let h: Harness;
  let page: Page;
  const today = todayIn();

  beforeAll(async () => {
    h = await launch(kind);
    page = await h.openExtensionPage('readiness.html');
    await page.waitForSelector('[data-testid="readiness-question"]', { timeout: 15_000 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('CAPE-ready: seven questions by keyboard, a dated and hedged CAPE plan', async () => {
    // Nothing focused yet: the first Tab lands on the first option of question 1.
    for (let n = 1; n <= 7; n++) await answer(page, n, 0);
    await page.waitForSelector('[data-testid="readiness-plan"]', { timeout: 10_000 });
    expect(await focused(page)).toMatchObject({ tag: 'H3', text: 'Your plan' });
    const plan = await page.$eval('[data-testid="readiness-plan"]', (el) => ({
      path: el.getAttribute('data-path'),
      ready: el.getAttribute('data-ready'),
      title: el.querySelector('[data-testid="readiness-path-title"]')?.textContent,
      dated: el.querySelector('[data-testid="readiness-dated"]')?.textContent,
      text: el.textContent ?? '',
      steps: [...el.querySelectorAll('[data-step-id]')].map((s) => s.getAttribute('data-step-id')),
      asks: [...el.querySelectorAll('[data-testid="readiness-asks"] li')].map((li) => li.textContent ?? ''),
    }));
    expect(plan).toMatchObject({ path: 'cape', ready: 'true', title: 'CAPE declaration' });
    expect(plan.dated).toContain(`As of ${today}`);
    expect(plan.text).toMatch(/Estimate only, not legal advice/);
    expect(plan.steps).toEqual(['status-per-entry', 'file-cape']);
    expect(plan.asks[0]).toMatch(/ES-003 .*Liquidation Date and Liquidation Status/);
    expect(plan.asks[1]).toMatch(/ES-701/);
    expect(await page.$eval('[data-testid="readiness-step-link"]', (a) => a.getAttribute('href'))).toBe(
      'analyzer.html',
    );
  });

  it('keeps the answers and the plan across a reload', async () => {
    await h.reloadExtensionPage(page);
    await page.waitForSelector('[data-testid="readiness-plan"][data-path="cape"]', { timeout: 10_000 });
    const stored = await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Storage; chrome: Storage };
      return (await (g.browser ?? g.chrome).storage.local.get('readiness.state'))['readiness.state'];
    });
    expect(stored).toMatchObject({
      schemaVersion: 1,
      completedOn: today,
      answers: { imported: 'yes', importerOfRecord: 'self', liquidation: 'cape-range', brokerAccess: 'yes' },
    });
  });

  it('not yet registered: arrow keys, Back, an error without an answer, then a plan of first steps', async () => {
    await page.click('[data-testid="readiness-start-over"]');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'readiness-question-heading',
      { timeout: 10_000 },
    );
    expect(await progress(page)).toBe('Question 1 of 7');

    // Enter on an unanswered question: an alert, and no move.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="readiness-error"]', { timeout: 5_000 });
    expect(await page.$eval('[data-testid="readiness-error"]', (el) => el.textContent)).toBe(
      'Choose an answer to continue.',
    );
    expect(
      await page.$eval('[data-testid="readiness-question"] fieldset', (f) => f.getAttribute('aria-invalid')),
    ).toBe('true');
    await page.keyboard.press(' ');
    await page.keyboard.press('Enter'); // imported: yes
    await answer(page, 2, 0); // importer of record: self

    // Back from question 3 (button), and forward again with the kept answer.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="readiness-progress"]')?.textContent?.trim() ===
        'Question 3 of 7',
    );
    await page.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Back')?.focus(),
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="readiness-progress"]')?.textContent?.trim() ===
        'Question 2 of 7',
    );
    expect(await page.$eval('input[type="radio"]:checked', (el) => (el as HTMLInputElement).value)).toBe(
      'self',
    );
    await page.keyboard.press('Tab'); // to the checked option
    await page.keyboard.press('Enter');

    await answer(page, 3, 2); // ACE account: no
    await answer(page, 4, 1); // ACH: payment only
    await answer(page, 5, 3); // 5106: not sure
    await answer(page, 6, 4); // liquidation dates: unknown
    await answer(page, 7, 2); // broker: no

    await page.waitForSelector('[data-testid="readiness-plan"]', { timeout: 10_000 });
    const plan = await page.$eval('[data-testid="readiness-plan"]', (el) => ({
      path: el.getAttribute('data-path'),
      ready: el.getAttribute('data-ready'),
      text: el.textContent ?? '',
      steps: [...el.querySelectorAll('[data-step-id]')].map((s) => [
        s.getAttribute('data-step-id'),
        s.getAttribute('data-blocking'),
      ]),
      links: [...el.querySelectorAll('[data-testid="readiness-step-link"]')].map((a) =>
        a.getAttribute('href'),
      ),
    }));
    expect(plan).toMatchObject({ path: 'undetermined', ready: 'false' });
    expect(plan.steps).toEqual([
      ['update-5106', 'true'],
      ['create-ace-account', 'true'],
      ['enrol-ach-refund', 'true'],
      ['broker-access', 'false'],
      ['get-liquidation-dates', 'true'],
      ['status-per-entry', 'false'],
    ]);
    expect(plan.links).toEqual(['popup.html#drafts', 'analyzer.html']);
    expect(plan.text).toContain('Open any ACE page to see the checklist.');
    expect(plan.text).toMatch(/A power of attorney/);
  });

  it('manual entries: the check digit error names the digit; unliquidated and protest-window statuses', async () => {
    const number = 'input[data-field="entryNumber"]';
    await typeInto(page, number, 'ABC-1234567-5');
    await typeInto(page, 'input[data-field="entryDate"]', '2026-02-10');
    await typeInto(page, 'input[data-field="ieepaDuty"]', '$1,234.56');
    await page.click('[data-testid="manual-save"]');
    await page.waitForSelector('[data-testid="manual-error-entryNumber"]', { timeout: 10_000 });
    expect(await page.$eval('[data-testid="manual-error-entryNumber"]', (el) => el.textContent)).toMatch(
      /check digit should be 6, not 5/,
    );
    expect(await page.$eval(number, (el) => el.getAttribute('aria-invalid'))).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('entryNumber');

    await typeInto(page, number, 'ABC-1234567-6');
    await page.click('[data-testid="manual-save"]');
    await page.waitForSelector('[data-testid="manual-entry"][data-entry-number="ABC12345676"]', {
      timeout: 10_000,
    });
    expect(await page.$eval('[data-testid="manual-announce"]', (el) => el.textContent)).toBe(
      'Entry ABC-1234567-6 added: Unliquidated (CAPE).',
    );

    // Liquidated 100 days before today: CAPE (80 days) is over, the protest (180 days) is open.
    const liquidation = addDays(today, -100);
    await typeInto(page, number, 'SP7-0000001-4');
    await typeInto(page, 'input[data-field="entryDate"]', addDays(liquidation, -314));
    await page.click('input[data-field="liquidated"][value="yes"]');
    await page.waitForSelector('input[data-field="liquidationDate"]', { timeout: 5_000 });
    await typeInto(page, 'input[data-field="liquidationDate"]', liquidation);
    await typeInto(page, 'input[data-field="ieepaDuty"]', '250.07');
    await page.click('[data-testid="manual-save"]');
    await page.waitForSelector('[data-testid="manual-entry"][data-entry-number="SP700000014"]', {
      timeout: 10_000,
    });

    const cards = await page.$$eval('[data-testid="manual-entry"]', (els) =>
      els.map((el) => ({
        number: el.getAttribute('data-entry-number'),
        status: el.getAttribute('data-status'),
        cape: el.querySelector('[data-testid="manual-cape-last-day"]')?.textContent ?? null,
        protest: el.querySelector('[data-testid="manual-protest-last-day"]')?.textContent ?? null,
        text: el.textContent ?? '',
      })),
    );
    const byNumber = Object.fromEntries(cards.map((c) => [c.number, c]));
    expect(byNumber.ABC12345676).toMatchObject({ status: 'unliquidated', cape: null, protest: null });
    expect(byNumber.ABC12345676?.text).toContain('$1234.56');
    expect(byNumber.SP700000014).toMatchObject({
      status: 'protest-window',
      cape: addDays(liquidation, 80),
      protest: addDays(liquidation, 180),
    });
    expect(byNumber.SP700000014?.text).toContain('$250.07');
    expect(await page.$eval('[data-testid="manual-export-cape"]', (b) => b.textContent)).toBe(
      'Download CAPE file (1 eligible)',
    );

    // Kept in IndexedDB across a reload.
    await h.reloadExtensionPage(page);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="manual-entry"]').length === 2, {
      timeout: 10_000,
    });
  });

  it('manual entries: edit one (now liquidated 10 days ago -> CAPE window), delete the other', async () => {
    await page.click(
      '[data-testid="manual-entry"][data-entry-number="ABC12345676"] button[aria-label^="Edit"]',
    );
    await page.waitForFunction(
      () =>
        (document.querySelector('input[data-field="entryNumber"]') as HTMLInputElement | null)?.value ===
        'ABC12345676',
      { timeout: 5_000 },
    );
    await page.click('input[data-field="liquidated"][value="yes"]');
    await page.waitForSelector('input[data-field="liquidationDate"]', { timeout: 5_000 });
    await typeInto(page, 'input[data-field="liquidationDate"]', addDays(today, -10));
    await page.click('[data-testid="manual-save"]');
    await page.waitForSelector(
      '[data-testid="manual-entry"][data-entry-number="ABC12345676"][data-status="cape-window"]',
      {
        timeout: 10_000,
      },
    );
    expect(await page.$eval('[data-testid="manual-announce"]', (el) => el.textContent)).toBe(
      'Entry ABC-1234567-6 saved: CAPE window open.',
    );

    await page.click(
      '[data-testid="manual-entry"][data-entry-number="SP700000014"] button[aria-label^="Delete"]',
    );
    const confirm = await page.waitForSelector('::-p-xpath(//button[normalize-space()="Yes, delete"])', {
      timeout: 5_000,
    });
    await confirm?.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="manual-entry"]').length === 1, {
      timeout: 10_000,
    });
    expect(await page.$eval('[data-testid="manual-announce"]', (el) => el.textContent)).toBe(
      'Entry SP7-0000001-4 deleted.',
    );
  });

  it('manual entries join a portfolio like analyzed ones', async () => {
    const name = `Paper 7501s ${Date.now()}`;
    await page.waitForSelector('[data-testid="save-portfolio"] [data-testid="portfolio-name"]', {
      timeout: 10_000,
    });
    await page.type('[data-testid="save-portfolio"] [data-testid="portfolio-name"]', name);
    await page.click('[data-testid="save-portfolio"] [data-testid="save-portfolio-button"]');
    await page.waitForSelector('[data-testid="save-portfolio-status"][data-state="ok"]', { timeout: 15_000 });
    const text = await page.$eval('[data-testid="save-portfolio-status"]', (el) => el.textContent ?? '');
    expect(text).toContain(`Saved to “${name}”`);
    expect(text).toMatch(/1 entry saved/);
  });

  it('no request left the browser', async () => {
    expect(h.blockedRequests).toEqual([]);
    expect(h.leakedRequests()).toEqual([]);
  });
});
