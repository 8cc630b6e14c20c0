/**
 * `<offline-keep>` (KeepOffline.astro): says whether the roadmap is kept (one cache lookup), and
 * loads the code that keeps or removes it (offline-keep.ts) only when the person asks. State is in
 * `data-state`: unsupported, idle, stale (kept from an older build), working, kept, failed,
 * confirm (asked to remove the kept copy, waiting for a yes) or removed.
 */
import keepUrl from 'lazy-chunk:./offline-keep.ts';

type Keep = typeof import('./offline-keep');
export type KeepState = 'unsupported' | 'idle' | 'stale' | 'working' | 'kept' | 'failed' | 'confirm' | 'removed';

const texts: Partial<Record<KeepState, string>> = {
  unsupported: 'This browser cannot keep pages offline.',
  stale: 'A copy from an older version of the site is kept. Keep the roadmap again to update it.',
  working: 'Keeping the roadmap…',
  kept: 'The roadmap is kept in this browser: every month, the print view and search work offline.',
  failed: 'The roadmap could not be kept. Try again when you are online.',
};

/**
 * Shows `state` on `element`, with `detail` in place of the usual text. A question (confirm) is
 * asked above its answers, and describes the yes; everything else is said in the status below.
 */
export function show(element: HTMLElement, state: KeepState, detail?: string): void {
  element.dataset['state'] = state;
  const asking = state === 'confirm';
  const question = element.querySelector<HTMLElement>('[data-keep-question]')!;
  question.hidden = !asking;
  question.textContent = asking ? (detail ?? '') : '';
  element.querySelector('[data-keep-status]')!.textContent = asking ? '' : (detail ?? texts[state] ?? '');
  const button = (action: string) => element.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  const keep = button('keepRoadmap');
  const kept = state === 'kept' || state === 'stale';
  keep.disabled = state === 'unsupported' || state === 'working';
  keep.hidden = state === 'confirm';
  keep.textContent = kept ? 'Keep the roadmap offline again' : 'Keep the roadmap offline';
  button('askRemoval').hidden = !kept;
  button('removeCopy').hidden = button('cancelRemoval').hidden = state !== 'confirm';
  element.querySelector<HTMLProgressElement>('[data-keep-progress]')!.hidden = state !== 'working';
}

customElements.define(
  'offline-keep',
  class extends HTMLElement {
    #off?: AbortController;

    connectedCallback() {
      if (!('caches' in globalThis) || !('serviceWorker' in navigator)) return show(this, 'unsupported');
      const signal = (this.#off = new AbortController()).signal;
      const load = () => import(/* @vite-ignore */ keepUrl) as Promise<Keep>;
      this.querySelector('[data-action="keepRoadmap"]')!.addEventListener('pointerenter', () => void load().catch(() => undefined), {
        once: true,
        signal,
      });
      // Each button names the function of offline-keep.ts it runs.
      this.addEventListener(
        'click',
        (e) => {
          const action = (e.target as Element).closest('[data-action]')?.getAttribute('data-action') as keyof Keep | null;
          if (action)
            void load().then(
              (m) => m[action](this, show),
              () => show(this, 'failed'),
            );
        },
        { signal },
      );
      void caches
        .match(this.dataset['list']!)
        .then((r) => r?.json() as Promise<{ version?: string } | undefined>)
        .then(
          (kept) => this.dataset['state'] ?? show(this, !kept ? 'idle' : kept.version === this.dataset['keepVersion'] ? 'kept' : 'stale'),
          () => show(this, 'idle'),
        );
    }

    disconnectedCallback() {
      this.#off?.abort();
    }
  },
);
