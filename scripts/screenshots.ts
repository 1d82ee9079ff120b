// Regenerates the README screenshots from the production build and the E2E fixtures:
//   npm run build && npx tsx scripts/screenshots.ts
import { launch } from '../test/e2e/harness/browsers';

const h = await launch('chromium');
try {
  const page = await h.openAcePage('https://ace-accounts.cbp.gov/s/importer-form');
  await page.setViewport({ width: 1100, height: 720 });
  await page.waitForSelector('ace-assist-overlay >>> [data-testid="ace-assist-panel"]');
  await page.type('#irn', '12-3456789');
  await page.type('#ein', '07-1234567');
  await page.type('#zip', '1234');
  await page.type('#email', 'ops@acme.example');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.click('#irn');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.click('#ein');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.click('#zip');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.click('ace-assist-overlay >>> [data-tab="hints"]');
  await new Promise((r) => setTimeout(r, 400));
  await page.screenshot({ path: 'docs/screenshots/assistant-importer-form.png' });

  const home = await h.openAcePage('https://ace.cbp.gov/');
  await home.setViewport({ width: 1100, height: 720 });
  await home.waitForSelector('ace-assist-overlay >>> [data-tab="checklist"]');
  await home.click('ace-assist-overlay >>> [data-tab="checklist"]');
  await home.waitForSelector('ace-assist-overlay >>> [data-step-id]');
  await new Promise((r) => setTimeout(r, 400));
  await home.screenshot({ path: 'docs/screenshots/assistant-checklist.png' });
  console.log('screenshots written to docs/screenshots/');
} finally {
  await h.close();
}
