import { statSync } from 'node:fs';

/**
 * Pages built from one template, by path. A page that matches none is a type of its own, so a new
 * kind of page is checked in full until it gets a pattern here.
 */
export const collections: [string, RegExp][] = [
  ['skill category', /^skills\/[^/]+\/$/],
  ['skill', /^skills\/[^/]+\/[^/]+\/$/],
  ['month', /^roadmap\/month-\d+\/$/],
  ['certification', /^certifications\/(?!guide\/)[^/]+\/$/],
  ['glossary term', /^glossary\/[^/]+\/$/],
  ['resource kind', /^resources\/[^/]+\/$/],
  ['role', /^roles\/[^/]+\/$/],
];

/** The type of a page: its collection's name, or the path itself for a one-off page. */
export const pageType = (path: string) => collections.find(([, re]) => re.test(path))?.[0] ?? `/${path}`;

/** The first page of each type, in sitemap order. */
export function firstOfType(paths: readonly string[]): Set<string> {
  return new Set(new Map(paths.map((p): [string, string] => [pageType(p), p]).reverse()).values());
}

/**
 * A sample that stands for every page: each one-off page, and of each collection its first page
 * and its largest built page (the one most likely to cross a budget or hold unusual content).
 * Pages of a collection share their template, scripts and styles; what differs is content, which
 * the static checks (tests/dist: budgets and html-validate) read on every page.
 */
export function representativePages(paths: readonly string[], dist = process.env['E2E_DIST'] ?? 'dist'): string[] {
  const size = (p: string) => statSync(`${dist}/${p}index.html`).size;
  const picked = new Set(firstOfType(paths));
  const largest = new Map<string, string>();
  for (const p of paths) {
    const type = pageType(p);
    const best = largest.get(type);
    if (best === undefined || size(p) > size(best)) largest.set(type, p);
  }
  for (const p of largest.values()) picked.add(p);
  return paths.filter((p) => picked.has(p));
}
