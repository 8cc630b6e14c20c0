// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';
import cspFirst from './src/integrations/csp-first.ts';
import deployHeaders from './src/integrations/deploy-headers.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { glossaryLinks, readGlossaryTerms } from './src/integrations/glossary-links.ts';
import { chunks } from './src/integrations/vite/chunks.ts';
import { lazyChunks } from './src/integrations/vite/lazy-chunks.ts';

/** Deploy base path, e.g. BASE_PATH=/skills-matrix/ for a project page. */
const base = process.env.BASE_PATH ?? '/';
/** Public origin used for canonical URLs and the sitemap. */
const site = process.env.SITE_URL ?? 'https://healthcare-ai-skills-matrix.github.io';
/** Where the content lives; benchmarks point CONTENT_DIR at generated content. */
const contentDir = process.env.CONTENT_DIR ?? './content';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  outDir: process.env.OUT_DIR ?? './dist',
  // The offline page stands in for pages not kept on the device; it is no page to find. The service
  // worker comes last: it measures Pagefind's index and precaches the offline page as csp-first left it.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/offline/') }),
    cspFirst(),
    deployHeaders(),
    pagefind(),
    serviceWorker(),
  ],
  // No Shiki: its inline styles would need 'unsafe-inline' under the CSP, and the content has no code blocks worth colouring.
  markdown: {
    syntaxHighlight: false,
    // The first use of each glossary term in a skill's prose links to its definition.
    processor: satteri({ hastPlugins: [glossaryLinks({ terms: readGlossaryTerms(contentDir), base })] }),
  },
  vite: {
    plugins: [tailwindcss(), lazyChunks(), chunks()],
    // The search UI is imported on intent; Vite's preload helper would add about 1 KiB to every page for it.
    build: {
      modulePreload: false,
      rolldownOptions: {
        // Astro's MDX output starts with a "use astro:head-inject" directive, and Rolldown warns
        // once per MDX file that it may not be preserved (54 warnings per build, none actionable
        // here). Upstream: https://github.com/withastro/astro/issues/18087. Drop this filter when
        // that is fixed; every other warning still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  build: { inlineStylesheets: 'always' },
  security: {
    // Hashes for every script and style Astro emits; no 'unsafe-inline'. Search runs Pagefind's
    // WebAssembly, which needs 'wasm-unsafe-eval' (and nothing broader).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
