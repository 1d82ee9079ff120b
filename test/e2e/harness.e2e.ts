// The no-network check must be able to fail: prove that a request the extension makes outside
// request interception reaches the recording proxy and is reported as a leak.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsersUnderTest, type Harness, launch } from './harness/browsers';

describe.each(browsersUnderTest())('%s: test harness', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(kind);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records a request that escapes interception as a leak', async () => {
    const page = await h.openExtensionPage('popup.html');
    await page.evaluate(() => fetch('https://leak-probe.invalid/phone-home').catch(() => undefined));
    await expect
      .poll(
        () =>
          h
            .leakedRequests()
            .map((r) => r.target)
            .join(' '),
        { timeout: 5_000 },
      )
      .toContain('leak-probe.invalid');
    await page.close();
  });

  it('answers ACE URLs from fixtures and blocks other hosts', async () => {
    const page = await h.openAcePage('https://ace.cbp.gov/');
    expect(await page.title()).toBe('ACE Portal');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://tracker.invalid/pixel.gif';
      document.body.append(img);
    });
    await expect.poll(() => h.blockedRequests.join(' '), { timeout: 5_000 }).toContain('tracker.invalid');
    await page.close();
  });
});
