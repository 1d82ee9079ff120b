import { defineConfig } from 'wxt';
import { hostMatches, optionalPermissions, permissions } from './lib/permissions/manifest-policy';

/** Fixed add-on id: stable for users' data across updates, and lets E2E pin the moz-extension UUID. */
export const GECKO_ID = 'ace-assist@ace-assist.dev';

export default defineConfig({
  // ACE_OUT_DIR lets parallel work build and E2E-test without sharing .output/.
  outDir: process.env.ACE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Firefox gets MV3 as well (README explains why): one manifest shape, one permission model.
  manifestVersion: 3,
  hooks: {
    // The content script runs on every ACE page view: there React is served by Preact's compat
    // layer (same components, about a sixth of the size to parse and compile; README Performance).
    // Extension pages keep React 19.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = [
        // No webextension-polyfill here: compiling it was 7 of the content script's 17 ms of start-up
        // on every ACE page view (bench:page), and what the content script uses (runtime.sendMessage,
        // storage) returns promises natively in Chrome MV3 and Firefox. WXT's own `browser` is
        // `globalThis.browser` where it exists, else `chrome`. First, so it wins over the module's alias.
        { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' },
        ...(Array.isArray(config.resolve.alias) ? config.resolve.alias : []),
        ...Object.entries(Array.isArray(config.resolve.alias) ? {} : (config.resolve.alias ?? {})).map(
          ([find, replacement]) => ({ find, replacement: replacement as string }),
        ),
        { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
        { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
        { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
        { find: /^react-dom$/, replacement: 'preact/compat' },
        { find: /^react$/, replacement: 'preact/compat' },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'ACE Assist',
    description:
      'Helps U.S. importers and brokers in the ACE portal: checklist, field checks, Form 5106 drafts, IEEPA refund deadlines. No data leaves your machine.',
    permissions,
    optional_permissions: optionalPermissions,
    host_permissions: hostMatches,
    action: { default_title: 'ACE Assist' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 is the first ESR that understands data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Not built for Android; data_collection_permissions needs 142 there.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
