// Launches a real browser with the production build of ACE Assist loaded.
//
//   Chromium (CDP)                          Firefox ESR (WebDriver BiDi)
//   enableExtensions + installExtension     installExtension (temporary add-on)
//   id read from the service-worker target  moz-extension UUID pinned by pref
//   page.goto works for extension pages     goto never resolves: fire and poll
//
// Both sit behind the recording proxy (proxy.ts) and answer ACE URLs from fixtures.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { DEFAULT_ROUTES, FIXTURE_HOSTS, readFixture, routeFor } from './fixtures';
import { foreignRequests, type ProxyLog, startRecordingProxy } from './proxy';

export type BrowserKind = 'chromium' | 'firefox';

/** Must equal GECKO_ID in wxt.config.ts. */
export const GECKO_ID = 'ace-assist@ace-assist.dev';
/** Any UUID; pinned for the test profile so moz-extension:// URLs are known up front. */
const FIREFOX_EXT_UUID = '5f0c3a52-8f0e-4a43-9b7e-2f2a6c1d9e01';

export const ALL_BROWSERS: BrowserKind[] = ['chromium', 'firefox'];

/** E2E_BROWSERS=chromium limits a local run; CI runs both, and the choice is printed. */
export function browsersUnderTest(): BrowserKind[] {
  const wanted = process.env.E2E_BROWSERS?.split(',').map((s) => s.trim()) ?? ALL_BROWSERS;
  return ALL_BROWSERS.filter((b) => wanted.includes(b));
}

export function executableFor(kind: BrowserKind): string {
  const exe =
    kind === 'chromium'
      ? (process.env.CHROME_PATH ?? '/usr/bin/chromium')
      : (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
  if (!existsSync(exe)) {
    const pkg = kind === 'chromium' ? 'chromium' : 'firefox-esr';
    const env = kind === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH';
    throw new Error(
      `${kind} not found at ${exe}. Install it (Debian: apt-get install ${pkg}) or set ${env} to its executable.`,
    );
  }
  return exe;
}

export function buildDirFor(kind: BrowserKind): string {
  const out = process.env.ACE_OUT_DIR ?? '.output';
  const dir = path.resolve(out, kind === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No production build in ${dir}. Run \`npm run build\` first.`);
  }
  return dir;
}

export type Harness = {
  kind: BrowserKind;
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid>, no trailing slash. */
  extensionOrigin: string;
  /** Requests that were neither fixture hosts nor extension resources (blocked and recorded). */
  blockedRequests: string[];
  proxyLog: ProxyLog;
  /** Extra fixture routes: full URL (no query) -> file in test/fixtures/pages, or inline HTML. */
  routes: Record<string, string>;
  inlinePages: Map<string, string>;
  /** A new tab with fixture serving on; navigates to url and waits for DOMContentLoaded. */
  openAcePage(url: string): Promise<Page>;
  /** Opens an extension page (e.g. 'popup.html') in a tab, in both browsers. */
  openExtensionPage(pagePath: string): Promise<Page>;
  reloadExtensionPage(page: Page): Promise<void>;
  /**
   * A tab the extension opened (tabs.create) whose URL contains `fragment`. Firefox's BiDi never
   * reports the navigation to moz-extension:// pages, so ask each page where it really is.
   */
  waitForExtensionTab(fragment: string, timeoutMs?: number): Promise<Page>;
  /** Proxy requests that are not the browser's own chatter. */
  leakedRequests(): ProxyLog;
  close(): Promise<void>;
};

export async function launch(kind: BrowserKind): Promise<Harness> {
  const executablePath = executableFor(kind);
  const extDir = buildDirFor(kind);
  const proxy = await startRecordingProxy();
  let browser: Browser;
  let extensionOrigin: string;
  let profileDir: string | null = null;

  if (kind === 'chromium') {
    profileDir = mkdtempSync(path.join(tmpdir(), 'ace-assist-chromium-'));
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir: profileDir,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--enable-unsafe-extension-debugging',
        `--proxy-server=http://127.0.0.1:${proxy.port}`,
        '--proxy-bypass-list=<-loopback>',
      ],
    });
    await browser.installExtension(extDir);
    const sw = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 15_000 },
    );
    // URL#origin is "null" for non-special schemes in Node, so build it from the host.
    extensionOrigin = `chrome-extension://${new URL(sw.url()).host}`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXT_UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        // Quiet the browser's own background traffic so the proxy log stays readable.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'extensions.update.enabled': false,
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
      },
    });
    const id = await browser.installExtension(extDir);
    if (id !== GECKO_ID) throw new Error(`Firefox installed the add-on as ${id}, expected ${GECKO_ID}`);
    extensionOrigin = `moz-extension://${FIREFOX_EXT_UUID}`;
  }

  const blockedRequests: string[] = [];
  const routes: Record<string, string> = { ...DEFAULT_ROUTES };
  const inlinePages = new Map<string, string>();

  const answer = (req: HTTPRequest) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = req.url();
    if (!/^https?:/.test(url)) {
      // chrome-extension://, moz-extension://, data:, blob: stay inside the browser.
      void req.continue();
      return;
    }
    const u = new URL(url);
    const key = `${u.origin}${u.pathname}`;
    if (FIXTURE_HOSTS.includes(u.hostname)) {
      const inline = inlinePages.get(key);
      const file = inline === undefined ? routeFor(url, routes) : null;
      // resourceType() is not implemented over BiDi; isNavigationRequest() works in both.
      if (req.isNavigationRequest() && (inline !== undefined || file)) {
        void req.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: inline ?? readFixture(file as string),
        });
        return;
      }
      void req.respond({ status: 404, contentType: 'text/plain', body: 'not a fixture' });
      return;
    }
    blockedRequests.push(url);
    void req.abort('blockedbyclient');
  };

  const openAcePage = async (url: string) => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', answer);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  };

  const openExtensionPage = async (pagePath: string) => {
    const page = await browser.newPage();
    const url = `${extensionOrigin}/${pagePath}`;
    if (kind === 'chromium') {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    } else {
      // Firefox BiDi sends no load events for moz-extension documents: fire, then poll.
      page.goto(url, { timeout: 0 }).catch(() => {});
      await pollThroughNavigation(() =>
        page.waitForFunction(
          // Without the hash: pages may consume it (history.replaceState) as soon as they load.
          (u: string) =>
            location.href.split('#')[0] === u.split('#')[0] && document.readyState === 'complete',
          { timeout: 15_000 },
          url,
        ),
      );
    }
    return page;
  };

  const reloadExtensionPage = async (page: Page) => {
    if (kind === 'chromium') {
      await page.reload({ waitUntil: 'domcontentloaded' });
      return;
    }
    await page.evaluate(() => {
      (window as unknown as { __aceStale: boolean }).__aceStale = true;
      location.reload();
    });
    await pollThroughNavigation(() =>
      page.waitForFunction(
        () =>
          !(window as unknown as { __aceStale?: boolean }).__aceStale && document.readyState === 'complete',
        { timeout: 15_000 },
      ),
    );
  };

  return {
    kind,
    browser,
    extensionOrigin,
    blockedRequests,
    proxyLog: proxy.log,
    routes,
    inlinePages,
    openAcePage,
    openExtensionPage,
    reloadExtensionPage,
    // Chromium preconnects to a page's host before interception answers it; those CONNECTs to
    // fixture hosts carry no request and are refused by the proxy, so they are not leaks.
    async waitForExtensionTab(fragment, timeoutMs = 20_000) {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        for (const p of await browser.pages()) {
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href.includes(fragment)) return p;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`No extension tab with ${fragment} opened within ${timeoutMs} ms`);
    },
    leakedRequests: () =>
      foreignRequests(proxy.log).filter((r) => !FIXTURE_HOSTS.includes(r.target.replace(/:\d+$/, ''))),
    async close() {
      await browser.close().catch(() => {});
      await proxy.close();
      if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox's BiDi sometimes fails a poll with a protocol error while the document is being replaced
 * ("right-hand side of 'in' should be an object"), instead of the navigation error puppeteer
 * retries on. Poll again until the deadline: the page is loading, not broken.
 */
export async function pollThroughNavigation(
  wait: () => Promise<unknown>,
  deadlineMs = 15_000,
): Promise<void> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    try {
      await wait();
      return;
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
      const msg = `${error instanceof Error ? error.message : String(error)} ${cause}`;
      if (Date.now() > end || !/Protocol error|context|Target closed|detached/i.test(msg)) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Text of an element inside open shadow roots, via puppeteer's >>> pierce combinator. */
export async function shadowText(page: Page, selector: string): Promise<string> {
  const handle = await page.waitForSelector(selector, { timeout: 10_000 });
  if (!handle) throw new Error(`No element for ${selector}`);
  return (await handle.evaluate((el) => el.textContent ?? '')).trim();
}
