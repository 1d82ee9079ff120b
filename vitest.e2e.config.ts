import './test/node-compat.ts';
import { defineConfig } from 'vitest/config';

// Real-browser tests: puppeteer-core drives Debian's Chromium and Firefox ESR with the production
// builds loaded. One file at a time: each launches browsers, and this machine has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One retry: Firefox's WebDriver BiDi now and then fails a poll with an internal protocol error
    // ("right-hand side of 'in' should be an object") on a loaded machine. A real failure fails twice;
    // the JSON report keeps the retry count so flakiness stays visible.
    retry: 1,
    reporters: ['default', ['json', { outputFile: '.test-results/e2e.json' }]],
  },
});
