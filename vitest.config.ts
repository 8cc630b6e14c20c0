import { defineConfig } from 'vitest/config';
import { lazyChunks } from './src/integrations/lazy-chunks.ts';
import { zodCompiled } from './src/integrations/zod-compiled.ts';

export default defineConfig({
  plugins: [lazyChunks(), zodCompiled()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
