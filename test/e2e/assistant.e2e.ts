// The ACE page assistant, in every browser: page detection on fixtures in several markup styles,
// the checklist, inline checks, the EIN check against the 5106, fill from draft, password fields.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lwcPageHtml } from '../fixtures/lwc/build';
import { browsersUnderTest, type Harness, launch } from './harness/browsers';

const hintState = (page: Page, kind: string) =>
  page.evaluate((k) => {
    const find = (root: Document | ShadowRoot): Element | null => {
      const direct = root.querySelector(`ace-assist-hint[data-kind="${k}"]`);
      if (direct) return direct;
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot && !el.tagName.startsWith('ACE-ASSIST-')) {
          const inner = find(el.shadowRoot);
          if (inner) return inner;
        }
      }
      return null;
    };
    const hint = find(document) as HTMLElement | null;
    return hint
      ? {
          state: hint.dataset.state,
          shown: hint.dataset.shown,
          text: hint.shadowRoot?.textContent?.trim() ?? '',
        }
      : null;
  }, kind);

/** The kinds of every hint on the page, open shadow roots included, sorted. */
const hintKinds = (page: Page) =>
  page.evaluate(() => {
    const kinds: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'ACE-ASSIST-HINT') kinds.push(el.getAttribute('data-kind') ?? '');
        else if (el.shadowRoot && !el.tagName.startsWith('ACE-ASSIST-')) walk(el.shadowRoot);
      }
    };
    walk(document);
    return kinds.sort();
  });

async function typeInto(page: Page, selector: string, text: string) {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}

/**
 * Puppeteer's own utility world (not in its typings, in both browsers): pages that patch DOM APIs
 * (LWC's synthetic shadow) do not reach it, as they do not reach the extension's isolated world.
 */
const utilityRealm = (page: Page) =>
  (page.mainFrame() as unknown as { isolatedRealm(): Pick<Page, 'evaluate'> }).isolatedRealm();

/** Blurs the focused element, down through shadow roots (blurring a host does not, in Firefox). */
async function blur(page: Page) {
  await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    (el as HTMLElement | null)?.blur();
  });
}

describe.each(browsersUnderTest())('%s: ACE page assistant', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each([
    ['https://ace.cbp.gov/', 'portal-home'],
    ['https://ace.cbp.dhs.gov/', 'portal-home'],
    ['https://login.cbp.gov/', 'login'],
    ['https://ace.cbp.dhs.gov/ace1/AceUserLogin/LoginSelection.html', 'login'],
    ['https://ace-accounts.cbp.gov/s/importer-form', 'importer-application'],
    ['https://ace-accounts.cbp.gov/s/importer-form-lightning', 'importer-application'],
    ['https://ace.cbp.gov/ach-refund', 'ach-refund'],
    ['https://ace.cbp.gov/user-management', 'user-management'],
    ['https://ace.cbp.gov/cape', 'cape'],
    ['https://ace.cbp.gov/reports', 'reports'],
    ['https://ace.cbp.gov/some/unknown/page', 'unknown-ace'],
  ])('detects %s as %s', async (url, expected) => {
    const page = await h.openAcePage(url);
    await page.waitForSelector(`ace-assist-overlay[data-page-id="${expected}"]`, { timeout: 10_000 });
    await page.close();
  });

  // Every page with fields, in each markup style: plain labels, aria-labelledby, Lightning-like
  // shadow roots, an Angular-like SPA view, a legacy table. Each must be detected and get exactly
  // its hints.
  const PAGE_STYLES: [url: string, view: string | null, page: string, kinds: string[]][] = [
    [
      'https://ace-accounts.cbp.gov/s/importer-form/aria',
      null,
      'importer-application',
      ['ein', 'email', 'importerNumber', 'phone', 'streetLine', 'zip'],
    ],
    [
      'https://ace.cbp.gov/ach-refund',
      null,
      'ach-refund',
      ['bankAccountNumber', 'importerNumber', 'routingNumber'],
    ],
    [
      'https://ace.cbp.gov/ach-refund/lightning',
      null,
      'ach-refund',
      ['bankAccountNumber', 'importerNumber', 'routingNumber'],
    ],
    [
      'https://ace.cbp.gov/app',
      'ach',
      'ach-refund',
      ['bankAccountNumber', 'importerNumber', 'routingNumber'],
    ],
    ['https://ace.cbp.gov/cape', null, 'cape', ['entryNumber', 'filerCode']],
    ['https://ace.cbp.gov/cape/aria', null, 'cape', ['entryNumber', 'filerCode']],
    ['https://ace.cbp.gov/cape/lightning', null, 'cape', ['entryNumber', 'filerCode']],
    ['https://ace.cbp.gov/user-management', null, 'user-management', ['email', 'phone']],
    ['https://ace.cbp.gov/user-management/aria', null, 'user-management', ['email', 'phone']],
    ['https://ace.cbp.gov/user-management/lightning', null, 'user-management', ['email', 'phone']],
    ['https://ace.cbp.gov/reports', null, 'reports', ['portCode']],
    ['https://ace.cbp.gov/reports/aria', null, 'reports', ['importerNumber', 'portCode']],
    ['https://ace.cbp.gov/reports/lightning', null, 'reports', ['importerNumber', 'portCode']],
    ['https://ace.cbp.gov/app', 'reports', 'reports', ['portCode']],
    // Labelled only visually (table header cells, <dt>, a <span>), with ids that say nothing.
    [
      'https://ace.cbp.dhs.gov/reports/legacy',
      null,
      'reports',
      ['ein', 'email', 'email', 'entryNumber', 'filerCode', 'importerNumber', 'phone', 'phone', 'portCode'],
    ],
  ];
  it.each(PAGE_STYLES)('%s %s: detected as %s, hints for %j', async (url, view, pageId, kinds) => {
    const page = await h.openAcePage(url);
    if (view) {
      await page.waitForSelector('ace-assist-overlay', { timeout: 10_000 });
      await page.evaluate((v) => (window as unknown as { __go(v: string): void }).__go(v), view);
    }
    await page.waitForSelector(`ace-assist-overlay[data-page-id="${pageId}"]`, { timeout: 10_000 });
    await expect.poll(() => hintKinds(page), { timeout: 10_000 }).toEqual(kinds);
    await page.close();
  });

  it('tells a Lightning-like view on an unknown route by the heading in its shadow root, also after navigating', async () => {
    const page = await h.openAcePage('https://ace.cbp.gov/bank-info/lightning');
    await page.waitForSelector('ace-assist-overlay[data-page-id="ach-refund"]', { timeout: 10_000 });
    await expect
      .poll(() => hintKinds(page), { timeout: 10_000 })
      .toEqual(['bankAccountNumber', 'importerNumber', 'routingNumber']);
    await page.evaluate(() =>
      (window as unknown as { __navigate(p: string): void }).__navigate('/declarations/lightning'),
    );
    await page.waitForSelector('ace-assist-overlay[data-page-id="cape"]', { timeout: 10_000 });
    await expect.poll(() => hintKinds(page), { timeout: 10_000 }).toEqual(['entryNumber', 'filerCode']);
    await page.close();
  });

  it('labels only visually labelled fields by the right text, and leaves ambiguous ones alone', async () => {
    const page = await h.openAcePage('https://ace.cbp.dhs.gov/reports/legacy');
    const kinds = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('input[name^="j_id0:frm:"]')].map((el) => {
            const next = el.nextElementSibling;
            return [
              (el.getAttribute('name') ?? '').replace('j_id0:frm:', ''),
              next?.tagName === 'ACE-ASSIST-HINT' ? next.getAttribute('data-kind') : null,
            ];
          }),
        ),
      );
    await expect.poll(kinds, { timeout: 10_000 }).toEqual({
      j_id4: 'importerNumber',
      j_id6: 'filerCode',
      j_id8: 'portCode',
      j_id10: null,
      j_id12: null,
      r1c1: null,
      r1c2: 'ein',
      r1c3: 'phone',
      j_id14: 'entryNumber',
      j_id16: 'email',
      j_id18: null,
      j_id20: null,
      a1: null,
      a2: null,
      a3: null,
      a4: null,
      a5: null,
      a6: null,
      a7: null,
      g1: null,
      g2: null,
      g3: 'email',
      g4: 'phone',
    });
    await page.close();
  });

  it('tells the page by a view component the page defines after load, on an unknown route', async () => {
    const page = await h.openAcePage('https://ace.cbp.gov/workspace/late');
    await page.waitForSelector('ace-assist-overlay[data-page-id="unknown-ace"]', { timeout: 10_000 });
    await page.waitForSelector('ace-assist-overlay[data-page-id="ach-refund"]', { timeout: 10_000 });
    await expect.poll(() => hintKinds(page), { timeout: 10_000 }).toEqual(['routingNumber']);
    await page.close();
  });

  it('checks Lightning-like fields on a portal page as the user types', async () => {
    const page = await h.openAcePage('https://ace.cbp.gov/ach-refund/lightning');
    await expect.poll(() => hintKinds(page), { timeout: 10_000 }).toContain('routingNumber');
    const routing = await page.evaluateHandle(() => {
      const view = document.querySelector('c-app')?.shadowRoot?.querySelector('c-view')?.shadowRoot;
      return view
        ?.querySelector('lightning-input[label="Bank Routing Number"]')
        ?.shadowRoot?.querySelector('input') as HTMLInputElement;
    });
    const input = routing.asElement() as ElementHandle<Element>;
    await input.type('123456789');
    await blur(page);
    await expect.poll(() => hintState(page, 'routingNumber')).toMatchObject({ state: 'error' });
    await input.click({ count: 3 });
    await input.type('021000021');
    await expect.poll(() => hintState(page, 'routingNumber')).toMatchObject({ state: 'ok' });
    await page.close();
  });

  it('follows an SPA through its views without reloads and tears features down cleanly', async () => {
    const page = await h.openAcePage('https://ace.cbp.gov/app');
    await page.waitForSelector('ace-assist-overlay[data-page-id="portal-home"]', { timeout: 10_000 });
    await page.evaluate(() => (window as unknown as { __go(v: string): void }).__go('users'));
    await page.waitForSelector('ace-assist-overlay[data-page-id="user-management"]', { timeout: 10_000 });
    await page.waitForSelector('ace-assist-hint[data-kind="email"]', { timeout: 10_000 });
    await page.evaluate(() => (window as unknown as { __go(v: string): void }).__go('cape'));
    await page.waitForSelector('ace-assist-overlay[data-page-id="cape"]', { timeout: 10_000 });
    await page.waitForSelector('ace-assist-hint[data-kind="entryNumber"]', { timeout: 10_000 });
    expect(
      await page.$$eval('ace-assist-hint', (els) => els.map((e) => e.getAttribute('data-kind'))),
    ).toEqual(['entryNumber']);
    await typeInto(page, '#e1', 'ABC12345675');
    await blur(page);
    await expect.poll(() => hintState(page, 'entryNumber')).toMatchObject({ state: 'error' });
    expect((await hintState(page, 'entryNumber'))?.text).toContain('6');
    await page.close();
  });

  it('checks fields on blur, then live while the user fixes them; never blocks submit', async () => {
    const page = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form');
    await page.waitForSelector('ace-assist-hint[data-kind="ein"]', { timeout: 10_000 });
    await page.type('#ein', '07-1234567');
    // Not shown while typing the first time.
    expect(await hintState(page, 'ein')).toMatchObject({ shown: 'false' });
    await blur(page);
    await expect.poll(() => hintState(page, 'ein')).toMatchObject({ state: 'warning', shown: 'true' });
    expect((await hintState(page, 'ein'))?.text).toContain('07');

    await page.type('#zip', '1234');
    await blur(page);
    await expect.poll(() => hintState(page, 'zip')).toMatchObject({ state: 'error' });
    expect(await page.$eval('#zip', (el) => el.getAttribute('aria-invalid'))).toBe('true');
    expect(await page.$eval('#zip', (el) => el.getAttribute('aria-description'))).toBeTruthy();
    // Live while fixing: one more digit and it is ok, without another blur.
    await page.type('#zip', '5');
    await expect.poll(() => hintState(page, 'zip')).toMatchObject({ state: 'ok' });
    expect(await page.$eval('#zip', (el) => el.getAttribute('aria-invalid'))).toBeNull();

    await page.type('#irn', '12-345678900');
    await blur(page);
    await expect.poll(() => hintState(page, 'importerNumber')).toMatchObject({ state: 'ok' });

    await page.type('#email', 'not-an-email');
    await blur(page);
    await expect.poll(() => hintState(page, 'email')).toMatchObject({ state: 'error' });
    await page.click('#submit');
    await page.waitForSelector('#submitted:not([hidden])', { timeout: 5_000 });
    await page.close();
  });

  it('follows fields the page removes, puts back and moves, and restores hints it drops', async () => {
    const page = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form');
    await page.waitForSelector('#zip + ace-assist-hint[data-kind="zip"]', { timeout: 10_000 });
    const hintsAfter = (selector: string) =>
      page.$eval(selector, (el) => {
        let n = 0;
        for (let s = el.nextElementSibling; s?.tagName === 'ACE-ASSIST-HINT'; s = s.nextElementSibling) n++;
        return n;
      });

    // Removed (a view the page detaches), then put back: checked again, with one hint, not two.
    await page.evaluate(() => {
      const row = document.getElementById('zip')?.parentElement as HTMLElement;
      (window as unknown as { __row: HTMLElement }).__row = row;
      row.remove();
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    await page.evaluate(() => {
      document.getElementById('app')?.append((window as unknown as { __row: HTMLElement }).__row);
    });
    await expect.poll(() => hintsAfter('#zip')).toBe(1);
    await page.type('#zip', '1234');
    await blur(page);
    await expect.poll(() => hintState(page, 'zip')).toMatchObject({ state: 'error' });

    // Only the field goes (a framework swapping it for read-only text): its hint goes with it, and
    // when the field comes back it has one hint again, not two.
    await page.evaluate(() => {
      const phone = document.getElementById('phone') as HTMLElement;
      (window as unknown as { __phone: HTMLElement }).__phone = phone;
      phone.remove();
    });
    await expect.poll(() => page.$$eval('ace-assist-hint[data-kind="phone"]', (els) => els.length)).toBe(0);
    await page.evaluate(() => {
      document
        .querySelector('label[for="phone"]')
        ?.after((window as unknown as { __phone: HTMLElement }).__phone);
    });
    await expect.poll(() => hintsAfter('#phone')).toBe(1);
    expect(await page.$$eval('ace-assist-hint[data-kind="phone"]', (els) => els.length)).toBe(1);

    // The page drops our hint while re-rendering around the field: it comes back.
    await page.$eval('#ein + ace-assist-hint', (el) => el.remove());
    await expect.poll(() => hintsAfter('#ein')).toBe(1);

    // The page moves the field to another container without its hint: the hint follows it.
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'moved';
      box.append(document.getElementById('irn') as HTMLElement);
      document.getElementById('app')?.prepend(box);
    });
    await expect.poll(() => hintsAfter('#irn')).toBe(1);
    expect(await page.$$eval('ace-assist-hint[data-kind="importerNumber"]', (els) => els.length)).toBe(1);
    await page.close();

    // The same inside shadow roots: a Lightning component removed and put back.
    const lwc = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form-lightning');
    await expect.poll(() => hintState(lwc, 'email'), { timeout: 10_000 }).not.toBeNull();
    const emailHints = () =>
      lwc.evaluate(() => {
        const form = document.querySelector('c-importer-form')?.shadowRoot;
        const host = form?.querySelector('lightning-input[label="Business Email Address"]');
        return host?.shadowRoot?.querySelectorAll('ace-assist-hint[data-kind="email"]').length ?? -1;
      });
    await lwc.evaluate(() => {
      const form = document.querySelector('c-importer-form')?.shadowRoot;
      form?.querySelector('lightning-input[label="Business Email Address"]')?.remove();
    });
    await expect.poll(emailHints).toBe(-1);
    await lwc.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    await lwc.evaluate(() => {
      const form = document.querySelector('c-importer-form')?.shadowRoot;
      const el = document.createElement('lightning-input');
      el.setAttribute('label', 'Business Email Address');
      form?.append(el);
    });
    await expect.poll(emailHints).toBe(1);
    await lwc.close();
  });

  it('recognises fields in Lightning-like shadow roots and aria-labelledby markup', async () => {
    const page = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form-lightning');
    await expect.poll(() => hintState(page, 'importerNumber'), { timeout: 10_000 }).not.toBeNull();
    expect(await hintState(page, 'email')).not.toBeNull();
    await page.close();

    const ach = await h.openAcePage('https://ace.cbp.gov/ach-refund');
    await ach.waitForSelector('ace-assist-hint[data-kind="routingNumber"]', { timeout: 10_000 });
    await typeInto(ach, 'input[aria-labelledby="l-rt l-rt2"]', '123456789');
    await blur(ach);
    await expect.poll(() => hintState(ach, 'routingNumber')).toMatchObject({ state: 'error' });
    await typeInto(ach, 'input[aria-labelledby="l-rt l-rt2"]', '021000021');
    await expect.poll(() => hintState(ach, 'routingNumber')).toMatchObject({ state: 'ok' });
    expect(await hintState(ach, 'bankAccountNumber')).not.toBeNull();
    await ach.close();
  });

  // ace-accounts.cbp.gov is a Salesforce Experience site: Salesforce's own lightning-input component,
  // run by the real LWC engine (test/fixtures/lwc), in native shadow and in synthetic shadow (which
  // patches the page's DOM APIs, so the checks here run in an isolated world, as the extension does).
  it.each(['native', 'synthetic'] as const)(
    "checks the fields of Salesforce's lightning-input (LWC engine, %s shadow), aria-invalid included",
    async (shadow) => {
      const url = `https://ace-accounts.cbp.gov/s/importer-form-lwc-${shadow}`;
      const labels = [
        'Importer Record Number',
        'Employer Identification Number (EIN)',
        'ZIP Code',
        'Company Name',
      ];
      h.inlinePages.set(url, await lwcPageHtml({ shadow, fields: 4, labels, stream: false }));
      const page = await h.openAcePage(url);
      const realm = utilityRealm(page);
      /** Hint kinds, and the EIN field's hint state and aria-invalid, seen from the native DOM. */
      const look = () =>
        realm.evaluate(() => {
          const all: Element[] = [];
          const walk = (root: Document | ShadowRoot) => {
            for (const el of root.querySelectorAll('*')) {
              all.push(el);
              if (el.shadowRoot && el.localName !== 'ace-assist-hint') walk(el.shadowRoot);
            }
          };
          walk(document);
          const hints = all.filter((el) => el.localName === 'ace-assist-hint');
          const ein = all.find((el) => el.localName === 'input' && (el as HTMLInputElement).name === 'f1');
          const einHint = hints.find((el) => el.getAttribute('data-kind') === 'ein');
          return {
            kinds: hints.map((el) => el.getAttribute('data-kind')).sort(),
            state: einHint?.getAttribute('data-state'),
            invalid: ein?.getAttribute('aria-invalid') ?? null,
          };
        });
      await expect
        .poll(async () => (await look()).kinds, { timeout: 15_000 })
        .toEqual(['ein', 'importerNumber', 'zip']);
      const focusEin = () =>
        realm.evaluate(() => {
          const find = (root: Document | ShadowRoot): HTMLInputElement | null => {
            for (const el of root.querySelectorAll('*')) {
              if (el.localName === 'input' && (el as HTMLInputElement).name === 'f1')
                return el as HTMLInputElement;
              const inner = el.shadowRoot ? find(el.shadowRoot) : null;
              if (inner) return inner;
            }
            return null;
          };
          find(document)?.focus();
        });
      await focusEin();
      await page.keyboard.type('12-34');
      await blur(page);
      // The component re-renders its own aria-invalid="false" after the blur; the field still ends invalid.
      await expect.poll(look).toMatchObject({ state: 'error', invalid: 'true' });
      await focusEin();
      await page.keyboard.type('56789');
      await expect.poll(look).toMatchObject({ state: 'ok' });
      expect((await look()).invalid).not.toBe('true');
      await page.close();
    },
    90_000,
  );

  it('keeps one hint beside every field while LWC re-inserts its rows on each update', async () => {
    // The fixture's stream: a row of two lightning-inputs every 10 ms, 50 kept; LWC's keyed diff takes
    // most rows out and puts them back on each update (moved rows are not walked again).
    const url = 'https://ace-accounts.cbp.gov/s/importer-form-lwc-stream';
    h.inlinePages.set(url, await lwcPageHtml({ shadow: 'native', fields: 2, labels: ['Company Name'] }));
    const page = await h.openAcePage(url);
    await page.waitForFunction(
      () => (window as unknown as { __streamDone?: boolean }).__streamDone === true,
      {
        timeout: 30_000,
      },
    );
    const realm = utilityRealm(page);
    const count = () =>
      realm.evaluate(() => {
        let fields = 0;
        let beside = 0;
        let hints = 0;
        const walk = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName === 'ace-assist-hint') hints++;
            if (el.localName === 'input') {
              fields++;
              if (el.nextElementSibling?.localName === 'ace-assist-hint') beside++;
            }
            // Not into our own panel and hints.
            if (el.shadowRoot && !el.localName.startsWith('ace-assist-')) walk(el.shadowRoot);
          }
        };
        walk(document);
        return { fields, beside, hints };
      });
    // 50 rows of ZIP Code + Email, all hinted (the two Company Name fields get none).
    await expect.poll(count, { timeout: 10_000 }).toEqual({ fields: 102, beside: 100, hints: 100 });
    await page.close();
  }, 90_000);

  it('finds the fields of web components the page defines after load', async () => {
    const page = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form-lazy');
    await page.waitForSelector('ace-assist-overlay', { timeout: 10_000 });
    expect(await hintState(page, 'zip')).toBeNull();
    await page.waitForFunction(() => (window as unknown as { __defined?: boolean }).__defined, {
      timeout: 10_000,
    });
    await expect.poll(() => hintState(page, 'zip'), { timeout: 10_000 }).not.toBeNull();
    await expect.poll(() => hintState(page, 'email'), { timeout: 10_000 }).not.toBeNull();
    const einInput = await page.evaluateHandle(
      () =>
        document
          .querySelector('lazy-input[label^="Employer"]')
          ?.shadowRoot?.querySelector('input') as HTMLInputElement,
    );
    await einInput.asElement()?.type('12-345');
    await blur(page);
    await expect.poll(() => hintState(page, 'ein')).toMatchObject({ state: 'error' });
    await page.close();
  });

  it('still finds a late web component after the page churned undefined elements during the first scan', async () => {
    const page = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form-churn');
    await page.waitForFunction(() => (window as unknown as { __defined?: boolean }).__defined, {
      timeout: 15_000,
    });
    await expect.poll(() => hintState(page, 'zip'), { timeout: 10_000 }).not.toBeNull();
    await page.close();
  });

  it('checks a field inside a same-origin iframe', async () => {
    const page = await h.openAcePage('https://ace.cbp.gov/ach-refund/bank-details');
    const frame = await (await page.waitForSelector('iframe#frame'))?.contentFrame();
    await expect
      .poll(() => frame?.evaluate(() => !!document.querySelector('ace-assist-hint[data-kind="zip"]')), {
        timeout: 10_000,
      })
      .toBe(true);
    await page.close();
  });

  it('never reads, annotates or fills password fields, and leaves login pages alone', async () => {
    const form = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form');
    await form.waitForSelector('ace-assist-hint[data-kind="ein"]', { timeout: 10_000 });
    expect(await form.$eval('#pw', (el) => el.nextElementSibling?.tagName ?? null)).not.toBe(
      'ACE-ASSIST-HINT',
    );
    expect(
      await form.$eval('#pw', (el) => [el.getAttribute('aria-invalid'), el.getAttribute('aria-description')]),
    ).toEqual([null, null]);
    await form.close();

    const login = await h.openAcePage('https://login.cbp.gov/');
    await login.waitForSelector('ace-assist-overlay[data-page-id="login"]', { timeout: 10_000 });
    await login.type('#username', 'someone@example.com');
    await login.type('#password', 'secret');
    await blur(login);
    await new Promise((r) => setTimeout(r, 300));
    expect(await login.$$('ace-assist-hint')).toHaveLength(0);
    expect(await login.$eval('#password', (el) => el.attributes.length)).toBe(4);
    // Checklist only: no tabs for hints or tools.
    expect(await login.$$('ace-assist-overlay >>> [role="tab"]')).toHaveLength(0);
    await login.close();
  });

  it('keeps checklist state across reloads and offers steps the page proves', async () => {
    const page = await h.openAcePage('https://ace.cbp.gov/');
    const step = 'ace-assist-overlay >>> [data-step-id="ach-refund"]';
    await page.waitForSelector(`${step}[data-state="todo"]`, { timeout: 10_000 });
    await page.click(`${step} input[type="checkbox"]`);
    await page.waitForSelector(`${step}[data-state="done"]`);
    // The portal home proves the account exists: the panel offers to check it.
    await page.waitForSelector('ace-assist-overlay >>> [data-offer-step="create-portal-account"]');
    await page.click('ace-assist-overlay >>> [data-offer-step="create-portal-account"] button');
    await page.waitForSelector(
      'ace-assist-overlay >>> [data-step-id="create-portal-account"][data-state="done"]',
    );
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForSelector(`${step}[data-state="done"]`, { timeout: 10_000 });
    await page.waitForSelector(
      'ace-assist-overlay >>> [data-step-id="create-portal-account"][data-state="done"]',
    );
    await page.waitForSelector('ace-assist-overlay >>> [data-step-id="pull-reports"][data-state="todo"]');
    await page.close();
  });

  it('warns when an EIN differs from the stored 5106 EIN, naming the source', async () => {
    const page = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form');
    await page.waitForSelector('ace-assist-overlay >>> [data-tab="tools"]', { timeout: 10_000 });
    await page.click('ace-assist-overlay >>> [data-tab="tools"]');
    await page.type('ace-assist-overlay >>> [data-testid="reference-ein"]', '12-3456789');
    await page.click('ace-assist-overlay >>> form button[type="submit"]');
    await page.waitForSelector('ace-assist-overlay >>> [data-testid="tools-status"]');
    await expect
      .poll(() => page.$eval('ace-assist-overlay >>> [data-testid="tools-status"]', (el) => el.textContent))
      .toContain('Saved 12-3456789');
    await page.type('#ein', '98-7654321');
    await blur(page);
    await expect.poll(() => hintState(page, 'ein')).toMatchObject({ state: 'warning' });
    expect((await hintState(page, 'ein'))?.text).toContain('differs from 12-3456789');
    await typeInto(page, '#ein', '12-3456789');
    await expect.poll(() => hintState(page, 'ein')).toMatchObject({ state: 'ok' });
    await page.close();
  });

  it('the panel is keyboard reachable: arrow keys move between its tabs', async () => {
    const page = await h.openAcePage('https://ace.cbp.gov/cape');
    await page.waitForSelector('ace-assist-overlay >>> [data-tab="checklist"]', { timeout: 10_000 });
    await page.click('ace-assist-overlay >>> [data-tab="checklist"]');
    await page.waitForSelector('ace-assist-overlay >>> [data-tab="checklist"][aria-selected="true"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('ace-assist-overlay >>> [data-tab="hints"][aria-selected="true"]');
    await page.waitForSelector('ace-assist-overlay >>> [data-hint-id="cape-file-format"]');
    await page.keyboard.press('End');
    await page.waitForSelector('ace-assist-overlay >>> [data-tab="tools"][aria-selected="true"]');
    const focused = await page.evaluate(
      () =>
        document.querySelector('ace-assist-overlay')?.shadowRoot?.activeElement?.getAttribute('data-tab') ??
        null,
    );
    expect(focused).toBe('tools');
    await page.keyboard.press('Home');
    await page.waitForSelector('ace-assist-overlay >>> [data-tab="checklist"][aria-selected="true"]');
    await page.close();
  });

  it('never covers the focused field', async () => {
    const page = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form');
    await page.setViewport({ width: 900, height: 500 });
    await page.waitForSelector('ace-assist-overlay >>> [data-testid="ace-assist-panel"]', {
      timeout: 10_000,
    });
    // Put a field exactly where the panel sits (bottom right) and focus it.
    await page.evaluate(() => {
      const zip = document.getElementById('zip') as HTMLInputElement;
      Object.assign(zip.style, { position: 'fixed', right: '40px', bottom: '40px', width: '200px' });
    });
    await page.focus('#zip');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const panel = document
            .querySelector('ace-assist-overlay')
            ?.shadowRoot?.querySelector('[data-testid="ace-assist-panel"]');
          const a = panel?.getBoundingClientRect();
          const b = document.getElementById('zip')?.getBoundingClientRect();
          if (!a || !b) return 'missing';
          return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
            ? 'overlap'
            : 'clear';
        }),
      )
      .toBe('clear');
    await page.close();
  });

  it('no request left the browser except to fixture hosts', () => {
    expect(h.blockedRequests).toEqual([]);
    expect(h.leakedRequests()).toEqual([]);
  });
});
