// Smoke tests of the foundation, run in every browser: the build loads, the content script injects
// only on CBP hosts, the popup renders, the background answers, and nothing leaves the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest, type Harness, launch, shadowText } from './harness/browsers';

type Rt = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

describe.each(browsersUnderTest())('%s: foundation smoke', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('injects the overlay on an ACE page, inside an open shadow root', async () => {
    const page = await h.openAcePage('https://ace.cbp.gov/');
    // The host appears first; React renders the panel into it a moment later.
    await page.waitForSelector('ace-assist-overlay >>> [data-testid="ace-assist-panel"]', {
      timeout: 10_000,
    });
    const inShadowOnly = await page.evaluate(() => {
      const host = document.querySelector('ace-assist-overlay');
      return (
        !!host?.shadowRoot?.querySelector('[data-testid="ace-assist-panel"]') &&
        !document.querySelector('[data-testid="ace-assist-panel"]')
      );
    });
    expect(inShadowOnly).toBe(true);
    expect(await shadowText(page, 'ace-assist-overlay >>> [data-testid="ace-assist-panel"] .brand')).toBe(
      'ACE Assist',
    );
    await page.close();
  });

  it('the content script gets an answer from the background', async () => {
    const page = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form');
    await page.waitForSelector('ace-assist-overlay >>> [data-testid="bg-status"][data-state="ok"]', {
      timeout: 10_000,
    });
    await page.close();
  });

  it('does not inject on a non-CBP page', async () => {
    const page = await h.openAcePage('https://example.com/');
    // Give a content script every chance to run before concluding it did not.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.$('ace-assist-overlay')).toBeNull();
    await page.close();
  });

  it('opens and renders the popup page, which reaches the background', async () => {
    const page = await h.openExtensionPage('popup.html');
    await page.waitForSelector('[data-testid="bg-version"][data-state="ok"]', { timeout: 10_000 });
    const text = await page.$eval('[data-testid="bg-version"]', (el) => el.textContent);
    expect(text).toMatch(/^Version \d+\.\d+\.\d+$/);
    await page.close();
  });

  it('the popup switches between its sections, and opens the one a link names', async () => {
    const page = await h.openExtensionPage('popup.html');
    await page.waitForSelector('[data-section-tab="drafts"][aria-current="page"]', { timeout: 10_000 });
    await page.click('[data-section-tab="check"]');
    await page.waitForSelector('[data-section-tab="check"][aria-current="page"]');
    await page.waitForFunction(() => /Question 1 of 7/.test(document.body.textContent ?? ''), {
      timeout: 10_000,
    });
    await page.click('[data-section-tab="entries"]');
    await page.waitForFunction(() => /entry number/i.test(document.body.textContent ?? ''), {
      timeout: 10_000,
    });
    await page.close();
    // Links into the popup (popup.html#check from the readiness plan) open the right section.
    const linked = await h.openExtensionPage('popup.html#check');
    await linked.waitForSelector('[data-section-tab="check"][aria-current="page"]', { timeout: 10_000 });
    await linked.close();
  });

  it('the background validates messages: unknown types get no answer, bad payloads an error', async () => {
    const page = await h.openExtensionPage('popup.html');
    const replies = await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Rt; chrome: Rt };
      const rt = (g.browser ?? g.chrome).runtime;
      const bad = await rt.sendMessage({ channel: 'ace-assist', type: 'ping', payload: { extra: 1 } });
      const good = await rt.sendMessage({ channel: 'ace-assist', type: 'ping', payload: {} });
      const unknown = await rt
        .sendMessage({ channel: 'ace-assist', type: 'no-such-type', payload: {} })
        .catch(() => 'rejected');
      return { bad, good, unknown: unknown ?? 'none' };
    });
    expect(replies.good).toMatchObject({ ok: true, result: { pong: true } });
    expect(replies.bad).toMatchObject({ ok: false });
    // No listener answers an unknown type: the sender sees no reply (or a rejected promise).
    expect(['none', 'rejected']).toContain(replies.unknown);
    await page.close();
  });

  it('no request left the browser except to fixture hosts', async () => {
    expect(h.blockedRequests).toEqual([]);
    expect(h.leakedRequests()).toEqual([]);
  });
});
