/**
 * The one script every page loads (inline). It defines `<theme-toggle>`, `<site-search>` and `<site-menu>`, and loads
 * larger parts only where the page needs them (progress) or when the person asks (search).
 */
import dialogUrl from 'lazy-chunk:./search-dialog.ts';
import progressUrl from 'lazy-chunk:./progress-ui.ts?run';
import filtersUrl from 'lazy-chunk:./filters.ts';
import planUrl from 'lazy-chunk:./plan-app.ts';
import { defineElement } from './element';
import './theme-toggle';

type Dialog = typeof import('./search-dialog');
const base = import.meta.env.BASE_URL;
const load = <T>(url: string) => import(/* @vite-ignore */ url) as Promise<T>;
let ui: Promise<Dialog> | undefined;
// A failed load is forgotten, so the next try (say, back online) loads it again.
const loadUi = () =>
  (ui ??= load<Dialog>(dialogUrl).catch((e: unknown) => {
    ui = undefined;
    throw e;
  }));
const warm = () =>
  void loadUi()
    .then((m) => m.warm(base))
    .catch(() => undefined);
const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

// `<site-search>`: with JavaScript the header shows a button that opens the dialog instead of the
// plain search form (CSS swaps them, keyed on the `data-js` mark the head script sets).
defineElement('site-search', (element, signal) => {
  const button = element.querySelector('[data-open-search]');
  if (!button) return;
  const open = () => void loadUi().then((m) => m.openSearch(base));
  button.addEventListener('click', open, { signal });
  button.addEventListener('pointerenter', warm, { once: true, signal });
  button.addEventListener('focus', warm, { once: true, signal });
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.altKey || !((e.key === '/' && !isTyping(e.target)) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey)))) return;
      e.preventDefault();
      open();
    },
    { signal },
  );
});

// `<site-menu>`: on a phone, the menu button shows and hides the navigation and the theme switch.
defineElement('site-menu', (element, signal) => {
  const button = element.querySelector<HTMLButtonElement>('[data-menu-button]');
  if (!button) return;
  const set = (open: boolean) => {
    element.toggleAttribute('data-open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => set(!element.hasAttribute('data-open')), { signal });
  element.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !element.hasAttribute('data-open')) return;
      set(false);
      button.focus();
    },
    { signal },
  );
});

// Everything below waits until the page's largest text is on screen (as the browser reports it), so
// the page shows without waiting for code; where that is not reported (Safari, a tab opened in the
// background), half a second.
// Once every piece of code it started has loaded or failed, it marks the page
// `data-page-code="settled"`, so tests measure a page whose code is done (not a guess at idle).
const pageCode = () => {
  const has = (s: string) => document.querySelector(s);
  return Promise.allSettled([
    location.search.includes('highlight=') && loadUi().then((m) => m.highlightFromUrl()),
    has('search-page') && loadUi(),
    has('cert-table,resource-filter') && load(filtersUrl),
    // The planner counts once it is usable: its stored data read and the plan drawn.
    has('plan-app') && load(planUrl).then(() => document.querySelector<HTMLElement & { ready?: Promise<void> }>('plan-app')?.ready),
    // Every page with progress has one of these: progress controls (month pages, skill pages, the
    // roadmap), summaries, the home page's "continue" link, the printable roadmap's track.
    has('progress-controls,[data-progress-tasks],[data-progress-months],[data-continue-slot],[data-track-print]') && load(progressUrl),
  ]);
};
// Whichever comes first starts it; a promise settles once, so it starts once.
void new Promise((start) => {
  new PerformanceObserver(() => setTimeout(start)).observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(start, 500);
})
  .then(pageCode)
  .then(() => (document.documentElement.dataset['pageCode'] = 'settled'));
