import { defineWebExtConfig } from 'wxt';

// `npm start` opens a browser with the extension loaded when there is a display.
// Set WXT_NO_BROWSER=1 on a headless machine: the build is still written to .output/*-dev.
export default defineWebExtConfig({
  disabled: process.env.WXT_NO_BROWSER === '1',
  chromiumArgs: ['--no-first-run', '--disable-background-networking'],
});
