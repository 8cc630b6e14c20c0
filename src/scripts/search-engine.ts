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
    await pf.options(pagefindOptions);
    await pf.init();
    return pf;
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

/** The top hits for a query, optionally limited to one type. */
export async function searchHits(base: string, query: string, type?: string, limit = 12): Promise<SearchHit[]> {
  const pf = await loadEngine(base);
  const found = await pf.search(query, type ? { filters: { type } } : {});
  if (!found) return [];
  const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
  return data.map(toHit);
}
