/**
 * The service worker. src/integrations/service-worker.ts bundles it with Workbox at build time
 * and writes dist/sw.js with the precache list (only the offline page) in place of
 * `self.__WB_MANIFEST`. What it does:
 * - Pages: network first, so an online visit always gets the current build; each page fetched is
 *   kept (without its #fragment: a share link's plan is never stored). Offline, a kept page is
 *   served from the cache, and a page never kept gets the offline page. The page open when the
 *   worker first takes control (which it did not fetch) is kept on activation, from the HTTP cache,
 *   with the scripts that page loaded: so the first page of a first visit opens offline too, and
 *   the first visit downloads nothing more for it.
 * - Built scripts (`_astro/`, content-hashed names): cache first; an old page keeps finding its own
 *   old scripts, so old and new files never mix. From the second page on (a page it controls asks,
 *   KEEP_SCRIPTS), it keeps all of them, so controls that load code on intent work offline; and a
 *   roadmap kept from an older build is kept again from this one. Scripts of older builds are
 *   dropped once no page that was open before this worker took over is left (see purgeOldScripts).
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
import { unneededScripts } from './upkeep';
import {
  CACHE,
  KEEP_LIST_FILE,
  KEEP_SCRIPTS,
  MONTH_TASKS_FILE,
  OFFLINE_PATH,
  SKIP_WAITING,
  keepFiles,
  withoutHash,
  type KeepList,
} from '../lib/offline';

// The parts of ServiceWorkerGlobalScope used here, declared locally: the "webworker" type library
// cannot share a program with the DOM one the rest of src/ is checked with.
declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  /** Every built script (`_astro/*.js`), filled in at build time like the precache list. */
  __HASM_SCRIPTS: string[];
  /** The version of this build's `offline-roadmap.json`, filled in at build time. */
  __HASM_KEEP_VERSION: string;
  registration: { scope: string };
  clients: { matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ id: string; url: string }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(
    type: 'message',
    listener: (event: { data: unknown; ports: readonly MessagePort[]; waitUntil(p: Promise<unknown>): void }) => void,
  ): void;
  addEventListener(type: 'activate', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void;
};

const scope = new URL(self.registration.scope);
const builtScripts = self.__HASM_SCRIPTS;
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
// A month's task list (the home page's "next task" reads it) is kept with the pages, fresh when online.
registerRoute(({ url }) => under(url, 'roadmap/') && MONTH_TASKS_FILE.test(url.pathname), pages);
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
  await Promise.all(builtScripts.map(async (url) => (await cache.match(url)) ?? cache.add(url).catch(() => undefined)));
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

const windows = () => self.clients.matchAll({ type: 'window', includeUncontrolled: true });
/** Where the worker notes which pages were open when it took over (not a page: offline-list skips it). */
const openBefore = new URL('sw-open-before-update', scope).href;
/** Where the worker notes the build whose search files its search cache holds (not a page either). */
const searchBuild = new URL('sw-search-build', scope).href;

/**
 * On taking over: notes the pages open now (they may run an older build), and keeps each open page
 * not kept yet. That is the first page of a first visit, whose request came before the worker
 * existed: it and the scripts it loaded are taken from the HTTP cache (`force-cache`,
 * `only-if-cached`), so keeping them downloads nothing more. A page the HTTP cache lacks is fetched.
 */
async function activated(): Promise<void> {
  const open = await windows();
  const pages = await caches.open(CACHE.pages);
  await pages.put(openBefore, new Response(JSON.stringify(open.map((c) => c.id))));
  const assets = await caches.open(CACHE.assets);
  await Promise.allSettled([
    ...open.map(async ({ url }) => {
      const page = withoutHash(url);
      if (!under(new URL(page), '') || (await pages.match(page))) return;
      const response = await fetch(page, { cache: 'force-cache' });
      if (response.ok && !response.redirected) await pages.put(page, response);
    }),
    ...builtScripts.map(async (url) => {
      const response = await fetch(url, { cache: 'only-if-cached', mode: 'same-origin' });
      if (response.ok) await assets.put(url, response);
    }),
  ]);
  // With no page open (the last old tab closed before this worker took over), nothing old can run.
  await purgeOldScripts();
}

/**
 * Drops cached scripts (and search files) this build no longer has, so the cache does not grow with
 * every deploy.
 * Not while a page that was open before this worker took over is still open: such a page may run
 * the older build and load one of its scripts at any moment (on intent), and the server may no
 * longer have it. A reload through the update notice replaces that page, so the purge runs when the
 * reloaded page (or any later one) has settled. Scripts a kept page still needs stay too, so a page
 * kept from an older build keeps working offline until it is visited again.
 */
async function purgeOldScripts(): Promise<void> {
  const pages = await caches.open(CACHE.pages);
  const before = ((await (await pages.match(openBefore))?.json()) ?? []) as string[];
  const open = new Set((await windows()).map((c) => c.id));
  if (before.some((id) => open.has(id))) return;
  // Search files kept as searches fetched them (the roadmap never kept) are named per build too, so
  // once per build the older ones go; a kept roadmap's search files are replaced by refreshKept.
  if ((await (await pages.match(searchBuild))?.text()) !== keepVersion) {
    if (!(await pages.match(new URL(KEEP_LIST_FILE, scope).href))) await caches.delete(CACHE.search);
    await pages.put(searchBuild, new Response(keepVersion));
  }
  const assets = await caches.open(CACHE.assets);
  const current = new Set(builtScripts.map((url) => new URL(url, scope).href));
  const old = (await assets.keys()).map((r) => r.url).filter((url) => !current.has(url));
  if (!old.length) return;
  const texts = await Promise.all((await pages.keys()).map(async (r) => (await (await pages.match(r))?.text()) ?? ''));
  const unneeded = await unneededScripts(old, texts, async (url) => (await (await assets.match(url))?.text()) ?? '');
  await Promise.all(unneeded.map((url) => assets.delete(url)));
}

self.addEventListener('activate', (event) => event.waitUntil(activated()));
self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === SKIP_WAITING) void self.skipWaiting();
  // A reply port, if given, hears when the upkeep is done (the browser tests wait for it).
  if (type === KEEP_SCRIPTS)
    event.waitUntil(
      Promise.all([keepScripts(), refreshKept().catch(() => undefined)])
        .then(purgeOldScripts)
        .catch(() => undefined)
        .then(() => event.ports[0]?.postMessage('done')),
    );
});
