/**
 * Keeps the roadmap offline: fetches every file in the build's list (src/integrations/
 * service-worker.ts writes it) into the caches the service worker reads, showing progress. The
 * list itself is stored last, so a kept list means every file is kept.
 */
import { cacheFor, keepFiles, type KeepList } from '../lib/offline';
import type { KeepState } from './offline-keep-boot';

type Show = (element: HTMLElement, state: KeepState, detail?: string) => void;

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
    await keepFiles(list.urls, import.meta.env.BASE_URL, (done) => {
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
