/** Pure helpers for the search UI; the DOM glue lives in src/scripts/search-*.ts. */

/** The result types people can filter by, as the index's `type` filter values. */
export const searchTypes = [
  { value: 'skill', label: 'Skills' },
  { value: 'month', label: 'Months' },
  { value: 'certification', label: 'Certifications' },
  { value: 'role', label: 'Roles' },
  { value: 'term', label: 'Terms' },
  { value: 'category', label: 'Categories' },
] as const;
export type SearchType = (typeof searchTypes)[number]['value'];

/**
 * Pagefind options shared by the UI and the search-quality tests. Ranking favours pages where the
 * term is dense (short glossary and title matches) over long pages that merely mention it.
 */
export const pagefindOptions = {
  excerptLength: 18,
  ranking: { termSimilarity: 1.2, pageLength: 0.5, termFrequency: 0.6 },
} as const;

/** Where Pagefind's bundle lives under a deploy base path. */
export function pagefindPath(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
}

/** Pagefind result data, the parts the UI uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface SearchHit {
  url: string;
  title: string;
  type: string;
  /** Excerpt HTML from Pagefind: escaped text with <mark> around matches. */
  excerpt: string;
  /** Matching sections of the page, best first. */
  sections: { title: string; url: string }[];
}

/** Shapes a Pagefind result for display; the page title is the first section and is not repeated. */
export function toHit(data: PagefindResultData): SearchHit {
  const pagePath = data.url.split('#')[0];
  const sections = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.url.split('#')[0] === pagePath)
    .slice(0, 2)
    .map((s) => ({ title: s.title, url: s.url }));
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    type: data.meta['type'] ?? 'Page',
    excerpt: sanitizeExcerpt(data.excerpt),
    sections,
  };
}

/** Keeps only <mark> tags from an excerpt; everything else is escaped text already. */
export function sanitizeExcerpt(html: string): string {
  return html.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

/** Adds the highlight parameter so the landing page can mark the searched words. */
export function withHighlight(url: string, query: string): string {
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(query.trim())}${hash ? `#${hash}` : ''}`;
}

/** The sentence a screen reader hears after a search. */
export function resultsAnnouncement(count: number, query: string, filterLabel?: string, total = count): string {
  const scope = filterLabel ? ` in ${filterLabel}` : '';
  if (!query.trim()) return '';
  if (count === 0) return `No results for “${query}”${scope}.`;
  if (total > count) return `The top ${count} of ${total} results for “${query}”${scope}.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${scope}.`;
}
