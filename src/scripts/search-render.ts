import { resultsAnnouncement, searchTypes, withHighlight, type SearchHit } from '../lib/search';
import { searchHits } from './search-engine';

/** Renders hits as a list of links; each shows its type, title, matching sections and excerpt. */
export function renderHits(list: HTMLElement, hits: SearchHit[], query: string): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const li = document.createElement('li');
      li.className = 'search-hit';
      const type = document.createElement('span');
      type.className = 'search-type';
      type.textContent = hit.type;
      const link = document.createElement('a');
      link.href = withHighlight(hit.url, query);
      link.className = 'search-title';
      link.append(type, document.createTextNode(hit.title));
      const excerpt = document.createElement('p');
      excerpt.className = 'search-excerpt';
      excerpt.innerHTML = hit.excerpt; // Pagefind escapes page text; only <mark> tags are kept.
      li.append(link, excerpt);
      if (hit.sections.length) {
        const sections = document.createElement('ul');
        sections.className = 'search-sections';
        for (const s of hit.sections) {
          const item = document.createElement('li');
          const a = document.createElement('a');
          a.href = withHighlight(s.url, query);
          a.textContent = s.title;
          item.append(a);
          sections.append(item);
        }
        li.append(sections);
      }
      return li;
    }),
  );
}

/** Moves focus between the search box and result links with the arrow keys. */
export function arrowNavigation(input: HTMLInputElement, list: HTMLElement): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    e.preventDefault();
    if (e.key === 'ArrowDown') (links[at + 1] ?? links[links.length - 1])!.focus();
    else if (at <= 0) input.focus();
    else links[at - 1]!.focus();
  };
}

/**
 * Shows the results of a query in a list and announces them in a status region. Returns the
 * function to call on each change; answers to earlier, slower queries are dropped.
 */
export function resultsView(
  base: string,
  list: HTMLElement,
  status: HTMLElement,
  opts: { limit: number; where: string; allResults?: boolean },
) {
  let run = 0;
  return async (query: string, type: string) => {
    const mine = ++run;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const { hits, total } = await searchHits(base, query, type || undefined, opts.limit);
      if (mine !== run) return;
      renderHits(list, hits, query);
      if (opts.allResults && total > hits.length) {
        // The rest are one step away on the search page, fetched only if asked for.
        const li = document.createElement('li');
        li.className = 'search-all';
        const a = document.createElement('a');
        a.href = `${base}search/?q=${encodeURIComponent(query)}`;
        a.textContent = `See all ${total} results`;
        li.append(a);
        list.append(li);
      }
      status.textContent = resultsAnnouncement(hits.length, query, searchTypes.find((t) => t.value === type)?.label, total);
      if (!hits.length) status.textContent += ` Try an acronym such as FHIR, a shorter word, or ${opts.where}.`;
    } catch {
      status.textContent = 'Search is available once the site is built (npm run build, then npm run preview).';
    }
  };
}
