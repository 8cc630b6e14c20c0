import { readFileSync } from 'node:fs';

/** Paths of every page in the built sitemap, relative to the site root ("" for home). */
export function sitemapPaths(dist = process.env['E2E_DIST'] ?? 'dist'): string[] {
  const xml = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
  const base = process.env['BASE_PATH'] ?? '/';
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(base.length));
}
