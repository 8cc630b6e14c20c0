// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

/** Deploy base path, e.g. BASE_PATH=/skills-matrix/ for a project page. */
const base = process.env.BASE_PATH ?? '/';
/** Public origin used for canonical URLs and the sitemap. */
const site = process.env.SITE_URL ?? 'https://healthcare-ai-skills-matrix.github.io';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), sitemap()],
  vite: { plugins: [tailwindcss()] },
  build: { inlineStylesheets: 'never' },
});
