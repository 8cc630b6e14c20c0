import { highlightTerms } from '../lib/highlight';

/** Marks the searched words in the page's main content after arriving from a search result. */
export function highlightFromUrl(): void {
  const query = new URLSearchParams(location.search).get('highlight');
  const main = document.querySelector('main');
  if (!query || !main) return;
  const terms = highlightTerms(query);
  if (!terms.length) return;
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script, style, mark, .sr-only') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const parts = node.data.split(pattern);
    if (parts.length < 2) continue;
    const frag = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        const mark = document.createElement('mark');
        mark.textContent = part;
        first ??= mark;
        frag.append(mark);
      } else if (part) frag.append(part);
    });
    node.replaceWith(frag);
  }
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
