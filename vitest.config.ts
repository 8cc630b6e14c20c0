import { defineConfig } from 'vitest/config';
import { lazyChunks } from './src/integrations/vite/lazy-chunks.ts';

export default defineConfig({
  plugins: [lazyChunks()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests read every content file; on a busy 2-core machine that can take longer than 5 s.
    testTimeout: 30_000,
  },
});
