/**
 * What the service worker (src/sw/sw.ts), its build step (src/integrations/service-worker.ts) and
 * the page code (src/scripts/offline-*.ts) agree on: cache names, file names, message types, and
 * which built files make up the roadmap kept offline, and how they are kept (the page keeps them on
 * request, the worker keeps them current after a deploy). No DOM: the pure parts are unit-tested in
 * tests/unit/offline.test.ts.
 */

/**
 * The caches the worker fills as pages are visited, and the page fills when the person keeps the
 * roadmap offline. Workbox uses a strategy's `cacheName` exactly as given, so the page and the
 * worker can share them. Progress is never in a cache: it lives in localStorage, which a worker
 * cannot reach.
 */
export const CACHE = {
  /** Pages (HTML), kept on each visit (network first) and by "Keep the roadmap offline". */
  pages: 'hasm-pages',
  /** Built scripts under `_astro/`; their names carry a content hash, so a cached copy never goes stale. */
  assets: 'hasm-assets',
  /** Pagefind's bundle and index. */
  search: 'hasm-search',
} as const;
export type CacheName = (typeof CACHE)[keyof typeof CACHE];

/** The worker's file, at the root of the deploy base so its scope is the whole site. */
export const SW_FILE = 'sw.js';
/** The page the worker shows for a page that was never kept, in site paths. */
export const OFFLINE_PATH = '/offline/';
/** The list of files "Keep the roadmap offline" fetches, written at build time next to the site. */
export const KEEP_LIST_FILE = 'offline-roadmap.json';
/** The message a page sends a waiting worker to take over (the person chose to reload). */
export const SKIP_WAITING = 'SKIP_WAITING';
/**
 * The message a page under the worker's control sends once it has settled: the worker then keeps
 * every built script it lacks, so the controls of any kept page (ticking a task loads its code on
 * intent) work offline too. Never sent on the very first page, which the worker does not control.
 */
export const KEEP_SCRIPTS = 'KEEP_SCRIPTS';

/** The files "Keep the roadmap offline" fetches, as written to `KEEP_LIST_FILE`. */
export interface KeepList {
  /** Changes whenever any listed file changes, so a copy kept from an older build can be told apart. */
  version: string;
  /** What the files take to download (gzip where a host compresses them), in bytes. */
  bytes: number;
  /** Absolute paths, base path included. */
  urls: string[];
}

/** `url` without its #fragment: a share link's plan travels there and must never be stored. */
export function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

/** The cache a same-site path belongs in, given as a path relative to the base ("roadmap/", "_astro/x.js"). */
export function cacheFor(rel: string): CacheName {
  if (rel.startsWith('_astro/')) return CACHE.assets;
  if (rel.startsWith('pagefind/')) return CACHE.search;
  return CACHE.pages;
}

/**
 * Pagefind files that search needs offline: its bundle, the English WebAssembly, metadata, and the
 * index, filter and fragment files. Its ready-made UIs, highlighter and worker are not used here
 * (search-engine.ts runs Pagefind on the main thread with its own UI).
 */
const SEARCH_FILE =
  /^pagefind\/(pagefind\.js|pagefind-entry\.json|pagefind\.en_[^/]+\.pf_meta|wasm\.en\.pagefind|(index|filter|fragment)\/en_[^/]+)$/;
const ROADMAP_PAGE = /^roadmap\/((month-\d+|print)\/)?index\.html$/;
/** A month's task list as data (the home page's "next task" reads it). */
export const MONTH_TASKS_FILE = /\/roadmap\/month-\d+\/tasks\.json$/;

/**
 * The site paths (relative to the base) that make up the roadmap kept offline, from the list of
 * built files (relative to dist/, forward slashes): the roadmap, every month page and its task list,
 * the print view, all built scripts (progress, search and the roadmap tools load on demand, so each may be needed)
 * and the search index. Pages are given as their directory URL, as links name them.
 */
export function keepPaths(files: readonly string[]): string[] {
  const pages = files.filter((f) => ROADMAP_PAGE.test(f)).map((f) => f.slice(0, -'index.html'.length));
  const tasks = files.filter((f) => MONTH_TASKS_FILE.test(`/${f}`));
  const scripts = files.filter((f) => /^_astro\/[^/]+\.js$/.test(f));
  const search = files.filter((f) => SEARCH_FILE.test(f));
  const month = (p: string) => Number(/month-(\d+)/.exec(p)?.[1] ?? 0);
  pages.sort((a, b) => month(a) - month(b) || a.localeCompare(b));
  tasks.sort((a, b) => month(a) - month(b));
  return [...pages, ...tasks, ...scripts.sort(), ...search.sort()];
}

/**
 * Fetches each of `urls` (absolute paths under `base`) and stores it in its cache, `parallel` at a
 * time, calling `done` with the count after each. Rejects on the first file that fails; the files
 * kept so far stay, and the caller stores the list only after this settles, so a kept list always
 * means every file is there. Runs in a page and in the worker alike.
 */
export async function keepFiles(urls: readonly string[], base: string, done?: (count: number) => void, parallel = 4): Promise<void> {
  const queue = [...urls];
  let count = 0;
  const next = async (): Promise<void> => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      await (await caches.open(cacheFor(url.slice(base.length)))).put(url, response);
      done?.(++count);
    }
  };
  await Promise.all(Array.from({ length: parallel }, next));
}

/** A byte count as people read it: "840 KB", "2.3 MB" (decimal units, as download sizes are given). */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
