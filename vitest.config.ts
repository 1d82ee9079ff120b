import './test/node-compat.ts';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: DOM-free logic in lib/ (colocated *.test.ts) and test/unit.
// WxtVitest gives the @/ alias and `browser` = WXT's fakeBrowser; fake-indexeddb provides indexedDB.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: '.test-results/unit.json' }]],
  },
});
