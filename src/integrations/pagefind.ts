import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API inside `astro build`, so `astro build` alone
 * yields a searchable dist/ (a separate postbuild step can leave a stale index). Only elements
 * marked `data-pagefind-body` are indexed.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'healthcare-ai/pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['[data-pagefind-ignore]'] });
        if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Indexed ${added.page_count} pages for search`);
      },
    },
  };
}
