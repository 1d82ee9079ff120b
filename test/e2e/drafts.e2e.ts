// Form 5106 drafts, one user story per test, in every browser: fill a draft in the popup; close the
// page mid-typing and find everything on reopening; export, import into a fresh profile, identical;
// lock, reload, unlock.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest, type Harness, launch } from './harness/browsers';

type Rt = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
const PASS = 'e2e passphrase 123';

async function openPopup(h: Harness): Promise<Page> {
  const page = await h.openExtensionPage('popup.html');
  await page.waitForSelector('[data-testid="bg-version"][data-state="ok"]', { timeout: 10_000 });
  return page;
}

async function fill(page: Page, selector: string, text: string) {
  await page.waitForSelector(selector, { timeout: 5_000 });
  await page.type(selector, text);
}

async function click(page: Page, selector: string) {
  await page.waitForSelector(selector, { timeout: 10_000 });
  await page.click(selector);
}

async function waitSaved(page: Page) {
  await page.waitForSelector('[data-testid="save-status"][data-state="saved"]', { timeout: 10_000 });
}

async function openMore(page: Page) {
  await page.waitForSelector('details.more > summary');
  await page.evaluate(() => {
    (document.querySelector('details.more') as HTMLDetailsElement).open = true;
  });
}

/** Clicks Export and returns the file's text (the download itself is suppressed). */
async function exportText(page: Page): Promise<string> {
  await openMore(page);
  await page.evaluate(() => {
    const w = window as unknown as { __exported?: Blob };
    const orig = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => {
      w.__exported = b as Blob;
      return orig(b);
    };
    HTMLAnchorElement.prototype.click = () => {};
  });
  await click(page, '[data-testid="export"]');
  return page.evaluate(() => (window as unknown as { __exported: Blob }).__exported.text());
}

describe.each(browsersUnderTest())('%s: Form 5106 drafts', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('creates and fills a draft through the popup UI', async () => {
    const page = await openPopup(h);
    await click(page, '[data-testid="new-draft"]');
    await fill(page, '#f-meta-name', 'Acme test');
    await click(page, '[data-path="typeOfAction.actions"] input[data-value="notification"]');
    await click(page, '[data-section="section1"]');
    await fill(page, '#f-section1-name', 'Acme Imports LLC');
    await page.select('#f-section1-idType', 'ein');
    await fill(page, '#f-section1-idNumber', '12-3456');
    // An invalid value is announced on the field while typing.
    await page.waitForSelector('#f-section1-idNumber[aria-invalid="true"]');
    await page.type('#f-section1-idNumber', '789');
    await page.waitForSelector('#f-section1-idNumber:not([aria-invalid])');
    await click(page, '[data-section="section2"]');
    await fill(page, '#f-section2-mailing-street1', '100 Market St');
    await fill(page, '#f-section2-mailing-city', 'Wilmington');
    await fill(page, '#f-section2-mailing-state', 'DE');
    await fill(page, '#f-section2-mailing-zip', '19801');
    await page.select('#f-section2-mailing-type', 'corporateOffice');
    await fill(page, '#f-section2-phone', '302-555-0100');
    await fill(page, '#f-section2-email', 'ops@acme.example');
    await waitSaved(page);
    const status = await page.$eval('[data-testid="completeness"]', (el) => el.textContent);
    expect(status).toMatch(/4 missing/); // only the certification block is left
    await click(page, '[data-testid="back-to-list"]');
    await page.waitForSelector('[data-testid="draft-item"]');
    expect(await page.$eval('[data-testid="draft-identity"]', (el) => el.textContent)).toBe('EIN ••-•••6789');

    // Make it the active draft: the background answers drafts/getActive with its identity.
    await click(page, '[data-testid="activate-draft"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="app-notice"]')?.textContent?.includes('Active'),
    );
    const reply = await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Rt; chrome: Rt };
      return (g.browser ?? g.chrome).runtime.sendMessage({
        channel: 'ace-assist',
        type: 'drafts/getActive',
        payload: {},
      });
    });
    expect(reply).toMatchObject({
      ok: true,
      result: { locked: false, draft: { ein: '12-3456789', importerName: 'Acme Imports LLC' } },
    });
    await page.close();
  });

  it('the active draft drives the page assistant: EIN check names the draft, fill from draft fills the page', async () => {
    const page = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form');
    await page.waitForSelector('ace-assist-hint[data-kind="ein"]', { timeout: 10_000 });
    await page.type('#ein', '98-7654321');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.waitForSelector('ace-assist-hint[data-kind="ein"][data-state="warning"]', { timeout: 10_000 });
    const text = await page.$eval(
      'ace-assist-hint[data-kind="ein"]',
      (el) => el.shadowRoot?.textContent ?? '',
    );
    expect(text).toContain('Form 5106 draft “Acme test”');
    expect(text).toContain('12-3456789');

    await page.click('ace-assist-overlay >>> [data-tab="tools"]');
    await page.waitForSelector('ace-assist-overlay >>> [data-testid="fill-from-draft"]:not([disabled])', {
      timeout: 10_000,
    });
    await page.click('ace-assist-overlay >>> [data-testid="fill-from-draft"]');
    const values = await page.evaluate(() =>
      Object.fromEntries(
        ['company', 'irn', 'ein', 'email', 'phone', 'street1', 'city', 'state', 'zip', 'pw'].map((id) => [
          id,
          (document.getElementById(id) as HTMLInputElement).value,
        ]),
      ),
    );
    expect(values).toMatchObject({
      company: 'Acme Imports LLC',
      // 1B is an EIN: the importer number is that EIN with the suffix CBP assigns when none is given.
      irn: '12-345678900',
      ein: '12-3456789',
      email: 'ops@acme.example',
      street1: '100 Market St',
      city: 'Wilmington',
      state: 'DE',
      zip: '19801',
      pw: '',
    });
    expect(values.phone).toContain('302');
    // The page's own listeners saw the input and change events for what was filled.
    const events = await page.evaluate(() => (window as unknown as { __events: string[][] }).__events);
    expect(events).toContainEqual(['input', 'companyName', 'Acme Imports LLC']);
    expect(events).toContainEqual(['change', 'email', 'ops@acme.example']);
    expect(events.some(([, name]) => name === 'password')).toBe(false);
    // The filled EIN matches the draft now.
    await page.waitForSelector('ace-assist-hint[data-kind="ein"][data-state="ok"]');
    await page.close();
  });

  it('fill from draft reaches fields inside Lightning-like shadow roots, and the components hear it', async () => {
    const page = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form-lightning');
    await page.click('ace-assist-overlay >>> [data-tab="tools"]');
    await page.waitForSelector('ace-assist-overlay >>> [data-testid="fill-from-draft"]:not([disabled])', {
      timeout: 10_000,
    });
    await page.click('ace-assist-overlay >>> [data-testid="fill-from-draft"]');
    const values = () =>
      page.evaluate(() => {
        const form = document.querySelector('c-importer-form')?.shadowRoot;
        return Object.fromEntries(
          [...(form?.querySelectorAll('lightning-input') ?? [])].map((el) => [
            el.getAttribute('label'),
            el.shadowRoot?.querySelector('input')?.value,
          ]),
        );
      });
    await expect.poll(values).toMatchObject({
      'Company Name': 'Acme Imports LLC',
      'Business Email Address': 'ops@acme.example',
      Password: '',
    });
    const events = await page.evaluate(() => (window as unknown as { __events: string[][] }).__events);
    expect(events).toContainEqual(['input', 'Company Name', 'Acme Imports LLC']);
    expect(events).toContainEqual(['change', 'Business Email Address', 'ops@acme.example']);
    expect(events.some(([, label]) => label === 'Password')).toBe(false);
    await page.close();
  });

  it('closing the page while typing loses nothing', async () => {
    const page = await openPopup(h);
    await click(page, '[data-testid="open-draft"]');
    await click(page, '[data-section="section2"]');
    await fill(page, '#f-section2-website', 'www.acme.example');
    await click(page, '[data-section="certification"]');
    // No wait for the autosave: close right after the last keystroke.
    await page.type('#f-certification-title', 'Chief Financial Officer');
    await page.close();

    const again = await openPopup(h);
    await click(again, '[data-testid="open-draft"]');
    await click(again, '[data-section="certification"]');
    await again.waitForSelector('#f-certification-title');
    expect(await again.$eval('#f-certification-title', (el) => (el as HTMLInputElement).value)).toBe(
      'Chief Financial Officer',
    );
    await click(again, '[data-section="section2"]');
    expect(await again.$eval('#f-section2-website', (el) => (el as HTMLInputElement).value)).toBe(
      'www.acme.example',
    );
    await again.close();
  });

  it('exports, imports into a fresh profile, and the drafts are identical', async () => {
    const page = await openPopup(h);
    await page.waitForSelector('[data-testid="draft-item"]');
    const file = await exportText(page);
    const exported = JSON.parse(file);
    expect(exported).toMatchObject({ format: 'ace-assist/form5106-drafts', schemaVersion: 2 });
    expect(exported.drafts[0].form.certification.title).toBe('Chief Financial Officer');
    await page.close();

    const fresh = await launch(kind);
    try {
      const other = await openPopup(fresh);
      await openMore(other);
      await other.waitForSelector('[data-testid="import-file"]');
      await other.evaluate((text: string) => {
        const input = document.querySelector('[data-testid="import-file"]') as HTMLInputElement;
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'drafts.json', { type: 'application/json' }));
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, file);
      await other.waitForSelector('[data-testid="transfer-info"]');
      await other.waitForSelector('[data-testid="draft-item"]');
      const reExported = JSON.parse(await exportText(other));
      expect(reExported.drafts).toEqual(exported.drafts);
      expect(fresh.leakedRequests()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('locks, stays locked across a reload, refuses a wrong passphrase, unlocks', async () => {
    const page = await openPopup(h);
    await openMore(page);
    await fill(page, '#lock-pass', PASS);
    await fill(page, '#lock-confirm', PASS);
    await click(page, '[data-testid="enable-lock"]');
    await page.waitForSelector('[data-testid="lock-now"]', { timeout: 20_000 });
    // At rest, no field value is readable in the raw records.
    const raw = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const req = indexedDB.open('ace-assist-drafts');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const all = req.result.transaction('drafts').objectStore('drafts').getAll();
            all.onsuccess = () => resolve(JSON.stringify(all.result));
          };
        }),
    );
    expect(raw).toContain('sealed');
    for (const v of ['Acme', '12-3456789', 'Market St', 'ops@acme.example']) expect(raw).not.toContain(v);

    await click(page, '[data-testid="lock-now"]');
    await h.reloadExtensionPage(page);
    await page.waitForSelector('[data-testid="unlock-form"]', { timeout: 10_000 });
    await fill(page, '#unlock-pass', 'wrong passphrase');
    await click(page, '[data-testid="unlock"]');
    await page.waitForSelector('[data-testid="unlock-error"]', { timeout: 20_000 });
    expect(await page.$eval('[data-testid="unlock-error"]', (el) => el.textContent)).toMatch(
      /Wrong passphrase/,
    );
    await page.$eval('#unlock-pass', (el) => {
      (el as HTMLInputElement).select();
    });
    await page.type('#unlock-pass', PASS);
    await click(page, '[data-testid="unlock"]');
    await page.waitForSelector('[data-testid="draft-item"]', { timeout: 20_000 });
    expect(await page.$eval('[data-testid="open-draft"]', (el) => el.textContent)).toBe('Acme test');
    await page.close();
  });

  it('no request left the browser', async () => {
    expect(h.blockedRequests).toEqual([]);
    expect(h.leakedRequests()).toEqual([]);
  });
});
