// The permission allow-list. wxt.config.ts builds the manifest from this file, and
// test/build/manifest.test.ts fails when a built manifest asks for anything not listed here.
// Adding a permission means adding a row with the reason a reviewer (and a store) will read.

export type PolicyEntry = { readonly value: string; readonly reason: string };

/** Hosts where the content script runs. Only CBP hosts; DOMAIN.md section 1.1. */
export const HOST_ALLOW_LIST = [
  {
    value: 'https://ace.cbp.gov/*',
    reason: 'Modernized ACE Secure Data Portal: page detection, checklist, hints, inline validation.',
  },
  {
    value: 'https://ace.cbp.dhs.gov/*',
    reason: 'Legacy ACE portal host, still serving the login selection and some public applications.',
  },
  {
    value: 'https://ace-accounts.cbp.gov/*',
    reason:
      'Automated importer ACE Portal account application (/s/importer-form): hints and fill from draft.',
  },
  {
    value: 'https://login.cbp.gov/*',
    reason: 'CBP sign-in page: shows the registration checklist only; never reads or touches fields there.',
  },
] as const satisfies readonly PolicyEntry[];

/** API permissions requested at install. */
export const PERMISSION_ALLOW_LIST = [
  { value: 'storage', reason: 'Checklist state, settings and the active draft id in extension storage.' },
  {
    value: 'unlimitedStorage',
    reason: 'Form 5106 drafts and saved analyses in IndexedDB must never be evicted or hit a quota.',
  },
  { value: 'alarms', reason: 'Daily recomputation of deadlines for the badge and reminders.' },
] as const satisfies readonly PolicyEntry[];

/** API permissions the user may grant later from the options page. */
export const OPTIONAL_PERMISSION_ALLOW_LIST = [
  { value: 'notifications', reason: 'Deadline reminders, requested only when the user turns them on.' },
] as const satisfies readonly PolicyEntry[];

/** Permissions that must never appear, whatever a later change adds. */
export const FORBIDDEN_PERMISSIONS = [
  '<all_urls>',
  'tabs',
  'history',
  'cookies',
  'webRequest',
  'webRequestBlocking',
  'scripting',
  'debugger',
  'management',
  'nativeMessaging',
  'clipboardRead',
  '*://*/*',
  'http://*/*',
  'https://*/*',
] as const;

export const hostMatches = HOST_ALLOW_LIST.map((h) => h.value);
export const permissions = PERMISSION_ALLOW_LIST.map((p) => p.value);
export const optionalPermissions = OPTIONAL_PERMISSION_ALLOW_LIST.map((p) => p.value);
