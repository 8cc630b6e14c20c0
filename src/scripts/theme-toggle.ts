import { THEME_KEY, nextTheme } from '../lib/theme';

/** `<theme-toggle>`: its dark theme button, pressed or not, remembered in localStorage. */
customElements.define(
  'theme-toggle',
  class extends HTMLElement {
    #off?: AbortController;

    connectedCallback() {
      const button = this.querySelector('button');
      if (!button) return;
      this.#off = new AbortController();
      const root = document.documentElement;
      const sync = () => button.setAttribute('aria-pressed', String(root.dataset['theme'] === 'dark'));
      sync();
      button.addEventListener(
        'click',
        () => {
          const theme = nextTheme(root.dataset['theme']);
          root.dataset['theme'] = theme;
          try {
            localStorage.setItem(THEME_KEY, theme);
          } catch {
            // Storage unavailable: the theme still applies for this page view.
          }
          sync();
        },
        { signal: this.#off.signal },
      );
    }

    disconnectedCallback() {
      this.#off?.abort();
    }
  },
);
