export const SITE_NAME = 'Healthcare AI Skills Matrix';

/**
 * The document title: "<page> · <site>", dropping the site name when that would exceed `max`
 * characters (search engines cut long titles), and shortening the page part at a word boundary
 * as a last resort.
 */
export function pageTitle(page: string, max = 70): string {
  const full = `${page} · ${SITE_NAME}`;
  if (full.length <= max) return full;
  if (page.length <= max) return page;
  const cut = page.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:–-]+$/, '')}…`;
}
