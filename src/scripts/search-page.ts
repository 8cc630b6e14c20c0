/**
 * `<search-page>`: live results on /search/?q=…. The query stays in the address (replaceState, so
 * the back button leaves the page rather than stepping through keystrokes) and can be shared.
 * Without JavaScript the form still submits and the A–Z index below lists every entry.
 */
import { arrowNavigation, resultsView } from './search-render';

const base = import.meta.env.BASE_URL;

class SearchPage extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const list = this.querySelector<HTMLUListElement>('.search-results');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const filters = this.querySelector<HTMLElement>('.search-filters');
    if (!form || !input || !list || !status || !filters) return;
    const params = new URLSearchParams(location.search);
    // A filter the page does not offer (an old or mistyped link) means no filter: "All" shows as pressed.
    const known = [...filters.querySelectorAll<HTMLElement>('button[data-type]')].map((b) => b.dataset['type']);
    let type = known.includes(params.get('type') ?? '') ? (params.get('type') ?? '') : '';
    filters.hidden = false;
    const sync = () => {
      for (const b of filters.querySelectorAll('button[data-type]'))
        b.setAttribute('aria-pressed', String((b as HTMLElement).dataset['type'] === type));
    };
    sync();
    const show = resultsView(base, list, status, { limit: 30, where: 'browse the A–Z index below' });
    const update = () => {
      const query = input.value.trim();
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      if (type) url.searchParams.set('type', type);
      else url.searchParams.delete('type');
      history.replaceState(null, '', url);
      return show(query, type);
    };
    input.value = params.get('q') ?? '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void update(), 60);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void update();
    });
    filters.addEventListener('click', (e) => {
      const b = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-type]');
      if (!b) return;
      type = b.dataset['type'] ?? '';
      sync();
      void update();
    });
    this.addEventListener('keydown', arrowNavigation(input, list));
    if (input.value) void update();
  }
}
customElements.define('search-page', SearchPage);
