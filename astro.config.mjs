// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';
import { glossaryLinks, readGlossaryTerms } from './src/integrations/glossary-links.ts';
import { lazyChunks } from './src/integrations/lazy-chunks.ts';
import { zodCompiled } from './src/integrations/zod-compiled.ts';

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
  integrations: [mdx(), sitemap(), pagefind()],
  // No Shiki: its inline styles would need 'unsafe-inline' under the CSP, and the content has no code blocks worth colouring.
  markdown: {
    syntaxHighlight: false,
    // The first use of each glossary term in a skill's prose links to its definition.
    processor: satteri({ hastPlugins: [glossaryLinks({ terms: readGlossaryTerms(contentDir), base })] }),
  },
  vite: {
    plugins: [tailwindcss(), lazyChunks(), zodCompiled()],
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
        output: {
          // Progress on the page, the store (with its compiled validator) and the roadmap data
          // reader travel in one file: every page that shows progress needs all of them, and one
          // file (site.ts loads it with `?run`, so no re-exporting entry file either) keeps those
          // pages within 4 KiB of JavaScript in a single script request.
          codeSplitting: {
            groups: [{ name: 'progress', test: /^[^\0]*src[\\/](scripts[\\/]progress-ui|lib[\\/](progress-store|roadmap-data))\.ts$|^\0zod-compiled:.*=progressDocSchema$/ }],
          },
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
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
