import { defineConfig } from 'vitest/config';

/** Checks over the built site (dist/ and dist-sub/); run after `npm run build` and `npm run build:sub`. */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
  },
});
