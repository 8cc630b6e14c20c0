/**
 * The search dialog: a native modal <dialog> (focus moves in, Escape closes, focus returns to the
 * opener), type filters, results announced through a status region, arrow keys between results.
 * Loaded on intent by search-trigger.ts.
 */
import { searchTypes } from '../lib/search';
import { loadEngine } from './search-engine';
import { arrowNavigation, resultsView } from './search-render';

let dialog: HTMLDialogElement | undefined;

function build(base: string): HTMLDialogElement {
  const d = document.createElement('dialog');
  d.className = 'search-dialog';
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  d.innerHTML = `
    <div class="search-head">
      <h2 id="search-dialog-title">Search</h2>
      <button type="button" class="btn" data-close>Close <span class="sr-only">search</span></button>
    </div>
    <label for="search-dialog-input" class="sr-only">Search skills, months, certifications, roles and terms</label>
    <input id="search-dialog-input" type="search" autocomplete="off" spellcheck="false"
      placeholder="Try FHIR, PHI, 510(k) or month 7" />
    <div role="group" aria-label="Filter by type" class="search-filters">
      <button type="button" aria-pressed="true" data-type="">All</button>
      ${searchTypes.map((t) => `<button type="button" aria-pressed="false" data-type="${t.value}">${t.label}</button>`).join('')}
    </div>
    <p role="status" class="search-status"></p>
    <ul class="search-results" aria-label="Search results"></ul>
    <p class="search-foot">Arrow keys move through results, Enter opens one, Escape closes. <a href="${base}search/">Full search page and A–Z index</a></p>`;
  const input = d.querySelector('input')!;
  const list = d.querySelector<HTMLUListElement>('.search-results')!;
  const status = d.querySelector<HTMLElement>('.search-status')!;
  let type = '';
  const show = resultsView(base, list, status, { limit: 6, where: 'the A–Z index', allResults: true });
  const update = () => show(input.value.trim(), type);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 60);
  });
  d.querySelector('.search-filters')!.addEventListener('click', (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-type]');
    if (!b) return;
    type = b.dataset['type'] ?? '';
    for (const other of d.querySelectorAll('button[data-type]')) other.setAttribute('aria-pressed', String(other === b));
    void update();
  });
  d.addEventListener('keydown', arrowNavigation(input, list));
  d.querySelector('[data-close]')!.addEventListener('click', () => d.close());
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  document.body.append(d);
  return d;
}

/** Starts loading the search index before the dialog is opened (on hover or focus). */
export function warm(base: string): void {
  void loadEngine(base).catch(() => undefined);
}

/** Opens the dialog, creating it the first time. */
export function openSearch(base: string, initial = ''): void {
  dialog ??= build(base);
  const input = dialog.querySelector('input')!;
  if (initial) input.value = initial;
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  void loadEngine(base).catch(() => undefined);
}

// The search page's live results and the landing-page highlighter ship in this same chunk, so
// the site script needs one address for everything search-related.
import './search-page';
export { highlightFromUrl } from './search-highlight';
