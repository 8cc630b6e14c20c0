/**
 * `<offline-list>` on the offline page: lists the pages kept on this device (with their titles) and
 * says whether the whole roadmap is kept, read from the caches the service worker shares
 * (src/lib/offline.ts), whose names offline.astro passes in data attributes so this inline script
 * imports nothing. Marks itself `data-state="ready"` when done.
 */

const titleOf = (html: string) =>
  (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
    .replace(/ · Healthcare AI Skills Matrix$/, '')
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"');

customElements.define(
  'offline-list',
  class extends HTMLElement {
    connectedCallback() {
      void this.#fill().finally(() => (this.dataset['state'] = 'ready'));
    }

    async #fill() {
      if (!('caches' in globalThis)) return;
      const { kept: keptList = '', cache: name = '' } = this.dataset;
      const kept = await caches.match(keptList);
      this.querySelector<HTMLElement>('[data-kept-roadmap]')!.hidden = !kept;
      const cache = await caches.open(name);
      const pages = (await cache.keys()).map((r) => new URL(r.url)).filter((u) => u.pathname.endsWith('/') && u.origin === location.origin);
      const items = await Promise.all(
        pages.map(async (u) => ({ path: u.pathname, title: titleOf((await (await cache.match(u.href))?.text()) ?? '') || u.pathname })),
      );
      const list = this.querySelector('[data-kept-pages]')!;
      for (const { path, title } of items.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }))) {
        const a = document.createElement('a');
        a.href = path;
        a.textContent = title;
        const li = document.createElement('li');
        li.append(a);
        list.append(li);
      }
      this.querySelector<HTMLElement>('[data-kept-heading]')!.hidden = items.length === 0;
    }
  },
);
