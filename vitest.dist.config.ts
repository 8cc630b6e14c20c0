import { defineConfig } from 'vitest/config';

/** Checks over the built site (dist/ and dist-sub/); run after `npm run build` and `npm run build:sub`. */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    // Several checks parse all 233 pages of both builds; on a busy 2-core machine that can take longer than 5 s.
    testTimeout: 30_000,
  },
});
