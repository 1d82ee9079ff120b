// Fixture pages served at real ACE URLs by request interception. The table maps a URL (without
// query or hash) to a file in test/fixtures/pages; tests can add their own routes.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.resolve('test/fixtures/pages');

/** Hosts whose requests are answered from fixtures. Every other http(s) request is blocked and recorded. */
export const FIXTURE_HOSTS = [
  'ace.cbp.gov',
  'ace.cbp.dhs.gov',
  'ace-accounts.cbp.gov',
  'login.cbp.gov',
  'example.com',
];

export const DEFAULT_ROUTES: Record<string, string> = {
  'https://ace.cbp.gov/': 'portal-home.html',
  'https://ace.cbp.dhs.gov/': 'portal-home.html',
  'https://ace-accounts.cbp.gov/s/importer-form': 'importer-form.html',
  'https://login.cbp.gov/': 'login.html',
  'https://example.com/': 'example.html',
  'https://ace.cbp.dhs.gov/ace1/AceUserLogin/LoginSelection.html': 'login.html',
  'https://ace-accounts.cbp.gov/s/importer-form-lightning': 'importer-form-lightning.html',
  'https://ace-accounts.cbp.gov/s/importer-form-lazy': 'importer-form-lazy.html',
  'https://ace-accounts.cbp.gov/s/importer-form-churn': 'importer-form-churn.html',
  'https://ace.cbp.gov/ach-refund': 'ach-refund.html',
  'https://ace.cbp.gov/user-management': 'user-management.html',
  'https://ace.cbp.gov/cape': 'cape.html',
  'https://ace.cbp.gov/reports': 'reports.html',
  'https://ace.cbp.gov/app': 'spa.html',
  'https://ace.cbp.gov/ach-refund/bank-details': 'iframe-host.html',
  // The same pages in other markup styles.
  'https://ace.cbp.gov/ach-refund/lightning': 'lightning-app.html',
  'https://ace.cbp.gov/cape/lightning': 'lightning-app.html',
  'https://ace.cbp.gov/user-management/lightning': 'lightning-app.html',
  'https://ace.cbp.gov/reports/lightning': 'lightning-app.html',
  'https://ace.cbp.gov/bank-info/lightning': 'lightning-app.html',
  'https://ace.cbp.dhs.gov/reports/legacy': 'legacy-table.html',
  'https://ace.cbp.gov/workspace/late': 'late-view.html',
  'https://ace-accounts.cbp.gov/s/importer-form/aria': 'aria-app.html',
  'https://ace.cbp.gov/cape/aria': 'aria-app.html',
  'https://ace.cbp.gov/user-management/aria': 'aria-app.html',
  'https://ace.cbp.gov/reports/aria': 'aria-app.html',
};

export function readFixture(file: string): string {
  return readFileSync(path.join(FIXTURE_DIR, file), 'utf8');
}

export function routeFor(url: string, routes: Record<string, string>): string | null {
  const u = new URL(url);
  const key = `${u.origin}${u.pathname}`;
  if (key in routes) return routes[key] ?? null;
  // Unknown paths on ACE hosts get a generic ACE page, so "unknown-ace" can be tested anywhere.
  if (u.hostname.endsWith('cbp.gov') || u.hostname.endsWith('cbp.dhs.gov')) return 'generic-ace.html';
  return null;
}
