/**
 * The service worker. src/integrations/service-worker.ts bundles it with Workbox at build time
 * and writes dist/sw.js with the precache list (only the offline page) in place of
 * `self.__WB_MANIFEST`. What it does:
 * - Pages: network first, so an online visit always gets the current build; each page fetched is
 *   kept (without its #fragment: a share link's plan is never stored). Offline, a kept page is
 *   served from the cache, and a page never kept gets the offline page.
 * - Built scripts (`_astro/`, content-hashed names): cache first; an old page keeps finding its own
 *   old scripts, so old and new files never mix. From the second page on (a page it controls asks,
 *   KEEP_SCRIPTS), it keeps all of them, so controls that load code on intent work offline; and a
 *   roadmap kept from an older build is kept again from this one.
 * - Pagefind (`pagefind/`): network first; kept when fetched, and all of it when the person keeps
 *   the roadmap offline.
 * - Updates wait until the person chooses to reload (the page sends SKIP_WAITING), so a page never
 *   runs half on the old build and half on the new one. The first install takes control at once:
 *   there is no older worker to mix with.
 * It never reads or writes stored progress: that lives in localStorage, which workers cannot reach.
 */
import type { PrecacheEntry } from 'workbox-precaching/_types';
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { CACHE, KEEP_LIST_FILE, KEEP_SCRIPTS, OFFLINE_PATH, SKIP_WAITING, keepFiles, withoutHash, type KeepList } from '../lib/offline';

// The parts of ServiceWorkerGlobalScope used here, declared locally: the "webworker" type library
// cannot share a program with the DOM one the rest of src/ is checked with.
declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  /** Every built script (`_astro/*.js`), filled in at build time like the precache list. */
  __HASM_SCRIPTS: string[];
  /** The version of this build's `offline-roadmap.json`, filled in at build time. */
  __HASM_KEEP_VERSION: string;
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data: unknown; waitUntil(p: Promise<unknown>): void }) => void): void;
};

const scope = new URL(self.registration.scope);
const under = (url: URL, dir: string) => url.origin === scope.origin && url.pathname.startsWith(`${scope.pathname}${dir}`);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
clientsClaim();

const pages = new NetworkFirst({
  cacheName: CACHE.pages,
  plugins: [{ cacheKeyWillBeUsed: ({ request }) => Promise.resolve(withoutHash(request.url)) }],
});
const offlinePage = new URL(`${OFFLINE_PATH.slice(1)}index.html`, scope).href;
registerRoute(
  new NavigationRoute(async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      return (await matchPrecache(offlinePage)) ?? Response.error();
    }
  }),
);
registerRoute(({ url }) => under(url, '_astro/'), new CacheFirst({ cacheName: CACHE.assets }));
// Pagefind asks for its entry file with a changing `?ts=` to dodge the HTTP cache; the kept copy is
// stored and found without the query, or an offline search would never find it.
const withoutQuery = (url: string) => `${withoutHash(url).split('?')[0]}`;
registerRoute(
  ({ url }) => under(url, 'pagefind/'),
  new NetworkFirst({
    cacheName: CACHE.search,
    plugins: [{ cacheKeyWillBeUsed: ({ request }) => Promise.resolve(withoutQuery(request.url)) }],
  }),
);

/** Keeps each built script not kept yet; one that fails is simply tried again next time. */
async function keepScripts(): Promise<void> {
  const cache = await caches.open(CACHE.assets);
  await Promise.all(self.__HASM_SCRIPTS.map(async (url) => (await cache.match(url)) ?? cache.add(url).catch(() => undefined)));
}

/**
 * A roadmap kept from an older build is kept again from this one, search index included (the old
 * index files are dropped first: their names change with every build). So a kept copy never mixes
 * pages or index files of two builds for long, and never grows with each deploy. Costs nothing
 * when the kept copy is current, or when nothing is kept.
 */
const keepVersion = self.__HASM_KEEP_VERSION;
async function refreshKept(): Promise<void> {
  const listUrl = new URL(KEEP_LIST_FILE, scope).href;
  const kept = (await (await caches.match(listUrl))?.json()) as KeepList | undefined;
  if (!kept || kept.version === keepVersion) return;
  const response = await fetch(listUrl, { cache: 'no-cache' });
  const list = (await response.clone().json()) as KeepList;
  if (list.version !== keepVersion) return; // a build newer than this worker: its own worker will do it
  await caches.delete(CACHE.search);
  await keepFiles(list.urls, scope.pathname);
  await (await caches.open(CACHE.pages)).put(listUrl, response);
}

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === SKIP_WAITING) void self.skipWaiting();
  if (type === KEEP_SCRIPTS) event.waitUntil(Promise.all([keepScripts(), refreshKept().catch(() => undefined)]));
});
