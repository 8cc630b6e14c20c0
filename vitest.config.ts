import { defineConfig } from 'vitest/config';
import { lazyChunks } from './src/integrations/vite/lazy-chunks.ts';

export default defineConfig({
  plugins: [lazyChunks()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
