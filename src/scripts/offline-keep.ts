/**
 * Keeps the roadmap offline: fetches every file in the build's list (src/integrations/
 * service-worker.ts writes it) into the caches the service worker reads, showing progress. The
 * list itself is stored last, so a kept list means every file is kept. Also removes the kept copy
 * on request (after a yes), and never touches stored progress: that lives in localStorage.
 */
import { CACHE, cacheFor, formatBytes, keepFiles, type KeepList } from '../lib/offline';
import type { KeepState } from './offline-keep-boot';

type Show = (element: HTMLElement, state: KeepState, detail?: string) => void;
const base = import.meta.env.BASE_URL;

export async function keepRoadmap(element: HTMLElement, show: Show): Promise<void> {
  if (element.dataset['state'] === 'working') return;
  show(element, 'working');
  const bar = element.querySelector<HTMLProgressElement>('[data-keep-progress]')!;
  try {
    const listUrl = element.dataset['list']!;
    const listResponse = await fetch(listUrl, { cache: 'no-cache' });
    if (!listResponse.ok) throw new Error(`the list of files answered ${listResponse.status}`);
    const list = (await listResponse.clone().json()) as KeepList;
    if (list.version !== element.dataset['keepVersion']) {
      return show(element, 'failed', 'The site has been updated since this page was opened. Reload the page, then keep the roadmap again.');
    }
    bar.max = list.urls.length;
    await keepFiles(list.urls, base, (done) => {
      bar.value = done;
      show(element, 'working', `Keeping the roadmap: ${done} of ${list.urls.length} files…`);
    });
    await (await caches.open(cacheFor(''))).put(listUrl, listResponse);
    show(element, 'kept');
  } catch (e) {
    show(
      element,
      'failed',
      `The roadmap could not be kept (${e instanceof Error ? e.message : String(e)}). Try again when you are online; nothing you stored was changed.`,
    );
  }
}

/**
 * What removing the kept copy deletes: the roadmap's pages in the kept list and everything in the
 * search cache, with the bytes they take in this browser. The site's scripts stay: the worker keeps
 * them for every page visited (they make a kept page's controls work offline) and would fetch them
 * again at once.
 */
async function keptCopy(element: HTMLElement): Promise<{ pages: string[]; drop: () => Promise<void>; bytes: number }> {
  const listUrl = element.dataset['list']!;
  const list = (await (await caches.match(listUrl))?.json()) as KeepList | undefined;
  const [pageCache, searchCache] = await Promise.all([caches.open(CACHE.pages), caches.open(CACHE.search)]);
  const pages = (list?.urls ?? []).filter((url) => cacheFor(url.slice(base.length)) === CACHE.pages);
  const entries: [Cache, RequestInfo][] = [
    ...pages.map((url): [Cache, RequestInfo] => [pageCache, url]),
    ...(await searchCache.keys()).map((r): [Cache, RequestInfo] => [searchCache, r]),
  ];
  const sizes = await Promise.all(entries.map(async ([cache, key]) => (await (await cache.match(key))?.blob())?.size ?? 0));
  return {
    pages,
    bytes: sizes.reduce((a, b) => a + b, 0),
    // The list goes first, so a copy half removed never claims to be kept.
    drop: async () => {
      await pageCache.delete(listUrl);
      await Promise.all(pages.map((url) => pageCache.delete(url)));
      await caches.delete(CACHE.search);
    },
  };
}

const focus = (element: HTMLElement, action: string) => element.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)?.focus();

/** Says what removing the kept copy deletes and frees, and waits for a yes. */
export async function askRemoval(element: HTMLElement, show: Show): Promise<void> {
  const { pages, bytes } = await keptCopy(element);
  show(
    element,
    'confirm',
    `Remove the offline copy of the roadmap? This deletes its ${pages.filter((url) => url.endsWith('/')).length} pages and the search index from this browser, about ${formatBytes(bytes)}. Your progress is stored separately and is not touched; other pages you visited stay kept.`,
  );
  focus(element, 'removeCopy');
}

/** Removes the kept copy and says what it freed; the person can keep the roadmap again at once. */
export async function removeCopy(element: HTMLElement, show: Show): Promise<void> {
  try {
    const copy = await keptCopy(element);
    await copy.drop();
    show(
      element,
      'removed',
      `The offline copy is removed: about ${formatBytes(copy.bytes)} freed. Your progress is untouched. You can keep the roadmap offline again whenever you are online.`,
    );
  } catch {
    show(element, 'failed', 'The offline copy could not be removed. Reload the page and try again; your progress is untouched.');
  }
  focus(element, 'keepRoadmap');
}

/** Leaves the kept copy as it is. */
export async function cancelRemoval(element: HTMLElement, show: Show): Promise<void> {
  const kept = (await (await caches.match(element.dataset['list']!))?.json()) as KeepList | undefined;
  show(element, !kept ? 'idle' : kept.version === element.dataset['keepVersion'] ? 'kept' : 'stale');
  focus(element, kept ? 'askRemoval' : 'keepRoadmap');
}
