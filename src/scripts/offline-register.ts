/**
 * `<offline-support>` (OfflineSupport.astro, on every page) registers the service worker
 * (src/sw/sw.ts) once the page's own code has settled (site.ts marks `data-page-code="settled"`),
 * so the worker never competes with the page for the network; a page the worker controls then asks
 * it to keep the site's scripts (KEEP_SCRIPTS in src/lib/offline.ts). It marks the page
 * `data-offline="ready"` when a worker is active. When a new build's worker is waiting, and on the
 * first saved progress, it loads offline-notices.ts, which talks to the person.
 */
import noticesUrl from 'lazy-chunk:./offline-notices.ts';

type Notices = typeof import('./offline-notices');
const notices = () => import(/* @vite-ignore */ noticesUrl) as Promise<Notices>;
const html = document.documentElement;

function register(sw: ServiceWorkerContainer, file: string, scope: string, keepScripts: string) {
  // A page the worker already controls is not a first visit: let it keep the site's scripts.
  if (!(navigator as { connection?: { saveData?: boolean } }).connection?.saveData) sw.controller?.postMessage({ type: keepScripts });
  sw.register(file, { scope })
    .then((reg) => {
      // A worker waiting while an older one controls this page is a new build: offer the reload.
      const offer = () => reg.waiting && sw.controller && void notices().then((m) => m.offerUpdate(reg));
      offer();
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => next.state === 'installed' && offer());
      });
      // An open page looks for a new build whenever the person comes back to it.
      document.addEventListener(
        'visibilitychange',
        () => document.visibilityState === 'visible' && void reg.update().catch(() => undefined),
      );
      return sw.ready;
    })
    .then(
      () => (html.dataset['offline'] = 'ready'),
      () => (html.dataset['offline'] = 'unavailable'),
    );
}

customElements.define(
  'offline-support',
  class extends HTMLElement {
    connectedCallback() {
      const { sw: file, scope, firstSave, keepScripts = '' } = this.dataset;
      if (firstSave) addEventListener(firstSave, () => void notices().then((m) => m.askPersistence()), { once: true });
      const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
      if (!sw || !file || !scope || import.meta.env.DEV) return;
      const settled = () => html.dataset['pageCode'] === 'settled';
      if (settled()) return register(sw, file, scope, keepScripts);
      const watch = new MutationObserver(() => settled() && (watch.disconnect(), register(sw, file, scope, keepScripts)));
      watch.observe(html, { attributes: true, attributeFilter: ['data-page-code'] });
    }
  },
);
