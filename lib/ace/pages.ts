// The page registry: which ACE page is this? One row per page, tested with URLs and DOM that must
// and must not match (pages.test.ts). Real ACE markup and routes are not documented (DOMAIN.md §8),
// so apart from the two confirmed URLs every pattern here is a best guess: change the data, not the code.
//
// Detection order matters and is the array order: the login pages come first because on them the
// extension must do nothing but show the checklist.

export const PAGE_IDS = [
  'login',
  'importer-application',
  'ach-refund',
  'cape',
  'user-management',
  'reports',
  'portal-home',
  'unknown-ace',
] as const;
export type PageId = (typeof PAGE_IDS)[number];

/** A DOM signature is read through this small interface so detection stays pure and unit-testable. */
export type DomProbe = {
  /** Text of h1-h3, [role=heading], the document title and active tab labels, trimmed. */
  headings(): string[];
  has(selector: string): boolean;
};

export type PageDef = {
  id: PageId;
  title: string;
  hosts: readonly string[];
  /** Path (plus hash, for hash-routed SPAs) patterns; any match identifies the page. */
  paths?: readonly RegExp[];
  /** Headings that identify the page when the URL does not (SPA views, unknown routes). */
  headings?: readonly RegExp[];
  selectors?: readonly string[];
  /** Checklist only: no hints, no field checks, nothing read or touched. */
  checklistOnly?: boolean;
  /** Source of the pattern; [MEM] marks an unverified guess. */
  source: string;
};

const PORTAL = ['ace.cbp.gov', 'ace.cbp.dhs.gov'] as const;

export const PAGES: readonly PageDef[] = [
  {
    id: 'login',
    title: 'CBP sign-in',
    hosts: ['login.cbp.gov', 'ace.cbp.dhs.gov'],
    // login.cbp.gov is the sign-in host; on the legacy host only the login selection page counts.
    paths: [/^\/ace1\/AceUserLogin\//i, /.*/],
    source: '[CBP] CSMS #50861476; legacy LoginSelection.html',
    checklistOnly: true,
  },
  {
    id: 'importer-application',
    title: 'Importer ACE account application',
    hosts: ['ace-accounts.cbp.gov'],
    paths: [/^\/s\/importer-form\b/i],
    headings: [/ace portal account application/i],
    source: '[3P] CSMS #68228015 via legalclarity.org',
  },
  {
    id: 'ach-refund',
    title: 'ACH Refund Authorization',
    hosts: PORTAL,
    paths: [/ach[-_ ]?refund/i],
    headings: [/^ach refund authori[sz]ation/i],
    source: '[3P] ghy.com, buckland.com (tab label); route [MEM]',
  },
  {
    id: 'cape',
    title: 'CAPE declarations',
    hosts: PORTAL,
    paths: [/(^|[/#])cape\b/i],
    headings: [/\bcape\b/i, /^file uploads$/i, /^claim status$/i],
    source: '[3P] mycustomsinfo.com citing CBP QRG 5537-0426 (tab and subtabs); route [MEM]',
  },
  {
    id: 'user-management',
    title: 'User management',
    hosts: PORTAL,
    paths: [/user[-_ ]?(management|admin)|manage[-_ ]?users|\/tools\b/i],
    headings: [/^(user management|manage users|users)$/i, /^tools$/i],
    source: '[CBP] CSMS #68510928 (Tools tab, users); route [MEM]',
  },
  {
    id: 'reports',
    title: 'ACE Reports',
    hosts: PORTAL,
    paths: [/(^|[/#])reports?\b/i],
    headings: [/^(ace )?reports$/i, /^public folders$/i],
    source: '[3P] customsgenius.com (Reports link, Public Folders); host and route [MEM]',
  },
  {
    id: 'portal-home',
    title: 'ACE portal home',
    hosts: PORTAL,
    paths: [/^\/?(#\/?)?$/, /^\/(home|dashboard|index\.html)\b/i],
    headings: [/ace secure data portal/i],
    source: '[CBP] ACE Portal Modernization FAQs; landing paths [MEM]',
  },
] as const;

export type Location = { hostname: string; pathname: string; hash?: string };

function pathOf(loc: Location): string {
  const hash = loc.hash && loc.hash.length > 1 ? loc.hash : '';
  return `${loc.pathname}${hash}`;
}

function matchesUrl(page: PageDef, loc: Location): boolean {
  if (!page.hosts.includes(loc.hostname)) return false;
  if (page.id === 'login' && loc.hostname === 'ace.cbp.dhs.gov') {
    return /^\/ace1\/AceUserLogin\//i.test(loc.pathname);
  }
  return (page.paths ?? []).some((re) => re.test(pathOf(loc)) || re.test(loc.pathname));
}

function matchesDom(page: PageDef, probe: DomProbe, headings: string[]): boolean {
  if (page.headings?.some((re) => headings.some((h) => re.test(h)))) return true;
  return page.selectors?.some((s) => probe.has(s)) ?? false;
}

export function isAceHost(hostname: string): boolean {
  return PAGES.some((p) => p.hosts.includes(hostname));
}

/**
 * The page the URL alone identifies (login or a specific route, not the landing page), or null: then
 * the page's headings decide, and a view that renders new headings can change the page.
 */
export function pageByUrl(loc: Location): PageId | null {
  if (!isAceHost(loc.hostname)) return null;
  const login = PAGES[0] as PageDef;
  if (matchesUrl(login, loc)) return 'login';
  // A specific route wins over the generic landing page.
  for (const page of PAGES) {
    if (page.id === 'login' || page.id === 'portal-home') continue;
    if (matchesUrl(page, loc)) return page.id;
  }
  return null;
}

/**
 * Which page is this? URL first (most specific), then DOM headings for SPA views whose routes we do
 * not know, then portal-home, else unknown-ace. Returns null off the ACE hosts.
 */
export function detectPage(loc: Location, probe?: DomProbe): PageId | null {
  if (!isAceHost(loc.hostname)) return null;
  const byUrl = pageByUrl(loc);
  if (byUrl) return byUrl;
  // Read once: on a Lightning-built page it means walking its shadow roots.
  const headings = probe?.headings() ?? [];
  if (probe) {
    for (const page of PAGES) {
      if (page.id === 'login' || page.id === 'portal-home') continue;
      if (page.hosts.includes(loc.hostname) && matchesDom(page, probe, headings)) return page.id;
    }
  }
  const home = PAGES.find((p) => p.id === 'portal-home') as PageDef;
  if (matchesUrl(home, loc)) return 'portal-home';
  if (probe && home.hosts.includes(loc.hostname) && matchesDom(home, probe, headings)) return 'portal-home';
  return 'unknown-ace';
}

export function pageTitle(id: PageId): string {
  return PAGES.find((p) => p.id === id)?.title ?? 'ACE page';
}

export function isChecklistOnly(id: PageId): boolean {
  return id === 'unknown-ace' || (PAGES.find((p) => p.id === id)?.checklistOnly ?? false);
}
