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
  // Popup: drafts list and editor (a draft made through the UI), and the analyzer summary.
  const popup = await h.openExtensionPage('popup.html');
  await popup.setViewport({ width: 420, height: 640 });
  await popup.waitForSelector('[data-testid="new-draft"]');
  await popup.click('[data-testid="new-draft"]');
  await popup.waitForSelector('#f-meta-name');
  await popup.type('#f-meta-name', 'Acme Imports (client 12)');
  await popup.click('[data-section="section1"]');
  await popup.type('#f-section1-name', 'Acme Imports LLC');
  await popup.select('#f-section1-idType', 'ein');
  await popup.type('#f-section1-idNumber', '12-345678');
  await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await new Promise((r) => setTimeout(r, 600));
  await popup.screenshot({ path: 'docs/screenshots/popup-draft-editor.png' });
  await popup.type('#f-section1-idNumber', '9');
  await new Promise((r) => setTimeout(r, 600));
  await popup.click('[data-testid="back-to-list"]');
  await popup.waitForSelector('[data-testid="draft-item"]');
  await popup.click('[data-testid="activate-draft"]');
  await new Promise((r) => setTimeout(r, 400));
  await popup.screenshot({ path: 'docs/screenshots/popup-drafts.png' });
  await popup.click('[data-section-tab="analyze"]');
  await popup.waitForSelector('[data-testid="popup-sample"]');
  await popup.click('[data-testid="popup-sample"]');
  await popup.waitForSelector('[data-testid="popup-summary"]', { timeout: 30_000 });
  await popup.screenshot({ path: 'docs/screenshots/popup-analyzer.png' });
  console.log('screenshots written to docs/screenshots/');
} finally {
  await h.close();
}
