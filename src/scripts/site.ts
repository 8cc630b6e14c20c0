/**
 * The one script every page loads (inline). It wires the theme toggle and the search button, and loads
 * larger parts only where the page needs them (progress) or when the person asks (search).
 */
import dialogUrl from 'lazy-chunk:./search-dialog.ts';
import progressUrl from 'lazy-chunk:./progress-ui.ts?run';
import filtersUrl from 'lazy-chunk:./filters.ts';
import planUrl from 'lazy-chunk:./plan-app.ts';
import './theme-toggle';

type Dialog = typeof import('./search-dialog');
const base = import.meta.env.BASE_URL;
const load = <T>(url: string) => import(/* @vite-ignore */ url) as Promise<T>;
let ui: Promise<Dialog> | undefined;
const loadUi = () => (ui ??= load<Dialog>(dialogUrl));
const warm = () => void loadUi().then((m) => m.warm(base)).catch(() => undefined);
const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

// With JavaScript the header shows a button that opens the dialog instead of the plain search form
// (CSS swaps them, keyed on the `data-js` mark the head script sets).
const button = document.querySelector<HTMLButtonElement>('site-search [data-open-search]');
if (button) {
  const open = () => void loadUi().then((m) => m.openSearch(base));
  button.addEventListener('click', open);
  button.addEventListener('pointerenter', warm, { once: true });
  button.addEventListener('focus', warm, { once: true });
  document.addEventListener('keydown', (e) => {
    if (e.altKey || !((e.key === '/' && !isTyping(e.target)) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey)))) return;
    e.preventDefault();
    open();
  });
}

// Everything below waits until the page's largest text is on screen (as the browser reports it), so
// the page shows without waiting for code; where that is not reported (Safari, a tab opened in the
// background), half a second.
let started = false;
function loadPageCode() {
  if (started) return;
  started = true;
  if (new URLSearchParams(location.search).has('highlight')) void loadUi().then((m) => m.highlightFromUrl());
  if (document.querySelector('search-page')) void loadUi();
  if (document.querySelector('cert-table, resource-filter')) void load(filtersUrl);
  if (document.querySelector('plan-app')) void load(planUrl);
  // Every page with progress has one of these: month pages and skill pages their summaries or
  // rating, the roadmap its month cards, the home page its "continue" link.
  if (document.querySelector('[data-progress-tasks],[data-progress-months],[data-continue-slot],[data-skill-rating]')) void load(progressUrl);
}
new PerformanceObserver(() => setTimeout(loadPageCode)).observe({ type: 'largest-contentful-paint', buffered: true });
setTimeout(loadPageCode, 500);
