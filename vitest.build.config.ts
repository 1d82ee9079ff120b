import './test/node-compat.ts';
import { defineConfig } from 'vitest/config';

// Checks on the production builds in .output/ (run after `npm run build`).
export default defineConfig({
  test: {
    include: ['test/build/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: '.test-results/build.json' }]],
  },
});
