/**
 * `<site-search>`: turns the header's plain search form into a button that opens the search
 * dialog. Nothing search-related is fetched until the person shows intent: hovering or focusing
 * the button, pressing "/" or Ctrl/Cmd+K, or opening the dialog.
 */
const base = import.meta.env.BASE_URL;
let ui: Promise<typeof import('./search-dialog')> | undefined;
const loadUi = () => (ui ??= import('./search-dialog'));
const warm = () => void loadUi().then((m) => m.warm(base)).catch(() => undefined);

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

class SiteSearch extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const button = this.querySelector<HTMLButtonElement>('button[data-open-search]');
    if (!form || !button) return;
    form.hidden = true;
    button.hidden = false;
    const open = () => void loadUi().then((m) => m.openSearch(base));
    button.addEventListener('click', open);
    button.addEventListener('pointerenter', warm, { once: true });
    button.addEventListener('focus', warm, { once: true });
    document.addEventListener('keydown', (e) => {
      const shortcut = (e.key === '/' && !isTyping(e.target)) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey));
      if (!shortcut || e.altKey) return;
      e.preventDefault();
      open();
    });
  }
}
customElements.define('site-search', SiteSearch);

if (new URLSearchParams(location.search).has('highlight')) void import('./search-highlight').then((m) => m.highlightFromUrl());
