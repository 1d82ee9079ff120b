import { describe, expect, it } from 'vitest';
import { type DomProbe, detectPage, isChecklistOnly, PAGE_IDS, type PageId, pageByUrl } from './pages';

const noDom: DomProbe = { headings: () => [], has: () => false };
const withHeadings = (...h: string[]): DomProbe => ({ headings: () => h, has: () => false });

function loc(url: string) {
  const u = new URL(url);
  return { hostname: u.hostname, pathname: u.pathname, hash: u.hash };
}

describe('detectPage by URL', () => {
  it.each<[string, PageId | null]>([
    ['https://ace.cbp.gov/', 'portal-home'],
    ['https://ace.cbp.gov/#/', 'portal-home'],
    ['https://ace.cbp.gov/home', 'portal-home'],
    ['https://ace.cbp.dhs.gov/', 'portal-home'],
    ['https://login.cbp.gov/', 'login'],
    ['https://login.cbp.gov/oauth2/authorize?client=ace', 'login'],
    ['https://ace.cbp.dhs.gov/ace1/AceUserLogin/LoginSelection.html', 'login'],
    ['https://ace-accounts.cbp.gov/s/importer-form', 'importer-application'],
    ['https://ace-accounts.cbp.gov/s/importer-form?step=2', 'importer-application'],
    ['https://ace.cbp.gov/ach-refund', 'ach-refund'],
    ['https://ace.cbp.gov/#/account/ach-refund-authorization', 'ach-refund'],
    ['https://ace.cbp.gov/cape/file-uploads', 'cape'],
    ['https://ace.cbp.gov/#/cape', 'cape'],
    ['https://ace.cbp.gov/user-management', 'user-management'],
    ['https://ace.cbp.gov/tools/users', 'user-management'],
    ['https://ace.cbp.gov/reports', 'reports'],
    ['https://ace.cbp.gov/something-else', 'unknown-ace'],
    ['https://ace-accounts.cbp.gov/s/other-form', 'unknown-ace'],
    ['https://ace.cbp.dhs.gov/acexpub/acexpub_Apps/ExporterAccountApplication/expForm.php', 'unknown-ace'],
    ['https://example.com/', null],
    ['https://ace.cbp.gov.evil.example/', null],
    ['https://cbp.gov/', null],
  ])('%s -> %s', (url, expected) => {
    expect(detectPage(loc(url), noDom)).toBe(expected);
  });

  it('does not take "capes" or "escape" for CAPE', () => {
    expect(detectPage(loc('https://ace.cbp.gov/escape'), noDom)).toBe('unknown-ace');
    expect(detectPage(loc('https://ace.cbp.gov/landscapes'), noDom)).toBe('unknown-ace');
  });
});

describe('detectPage by DOM signature (SPA views on unknown routes)', () => {
  it.each<[string[], PageId]>([
    [['ACH Refund Authorization'], 'ach-refund'],
    [['CAPE', 'File Uploads'], 'cape'],
    [['Claim Status'], 'cape'],
    [['User Management'], 'user-management'],
    [['Public Folders'], 'reports'],
    [['ACE Secure Data Portal'], 'portal-home'],
    [['Something unrelated'], 'unknown-ace'],
    [['Refund history'], 'unknown-ace'],
  ])('headings %j -> %s', (headings, expected) => {
    expect(detectPage(loc('https://ace.cbp.gov/app/view'), withHeadings(...headings))).toBe(expected);
  });

  it('never reads the DOM to override the login page', () => {
    expect(detectPage(loc('https://login.cbp.gov/'), withHeadings('ACH Refund Authorization'))).toBe('login');
  });

  it('a known route beats a heading', () => {
    expect(detectPage(loc('https://ace.cbp.gov/reports'), withHeadings('CAPE'))).toBe('reports');
  });
});

describe('pageByUrl: when the URL alone decides (headings are not read)', () => {
  it.each<[string, PageId | null]>([
    ['https://login.cbp.gov/', 'login'],
    ['https://ace.cbp.gov/cape/file-uploads', 'cape'],
    ['https://ace-accounts.cbp.gov/s/importer-form', 'importer-application'],
    // The landing page and unknown routes: an SPA view's headings may still say which page it is.
    ['https://ace.cbp.gov/', null],
    ['https://ace.cbp.gov/app/view', null],
    ['https://example.com/cape', null],
  ])('%s -> %s', (url, expected) => {
    expect(pageByUrl(loc(url))).toBe(expected);
  });

  it('agrees with detectPage whenever it decides', () => {
    for (const url of ['https://ace.cbp.gov/reports', 'https://ace.cbp.dhs.gov/ace1/AceUserLogin/x']) {
      expect(detectPage(loc(url), withHeadings('CAPE'))).toBe(pageByUrl(loc(url)));
    }
  });
});

describe('checklist-only pages', () => {
  it.each(PAGE_IDS)('%s', (id) => {
    expect(isChecklistOnly(id)).toBe(id === 'login' || id === 'unknown-ace');
  });
});
