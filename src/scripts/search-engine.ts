/**
 * Loads Pagefind on demand and turns its results into display hits. Imported dynamically, only
 * once a person shows intent to search, so no page pays for it on load.
 */
import { pagefindOptions, pagefindPath, toHit, type PagefindResultData, type SearchHit } from '../lib/search';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, o?: Record<string, unknown>): Promise<void>;
  search(term: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let engine: Promise<Pagefind> | undefined;

/** Pagefind, loaded and initialised once. Rejects in `astro dev`, where no index exists. */
export function loadEngine(base: string): Promise<Pagefind> {
  engine ??= (async () => {
    const pf = (await import(/* @vite-ignore */ pagefindPath(base))) as Pagefind;
    // On the main thread: the index is small, and a worker would cost one more script (12 KiB) and
    // its start-up before the first result.
    await pf.options({ ...pagefindOptions, noWorker: true });
    await pf.init();
    return pf;
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/**
 * The top hits for a query, optionally limited to one type, and how many pages match in all.
 * Only the hits shown are fetched (one small file each), so a short list is a light query.
 */
export async function searchHits(
  base: string,
  query: string,
  type: string | undefined,
  limit: number,
): Promise<{ hits: SearchHit[]; total: number }> {
  const pf = await loadEngine(base);
  const found = await pf.search(query, type ? { filters: { type } } : {});
  if (!found) return { hits: [], total: 0 };
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return { hits: data.map(toHit), total: found.results.length };
}
