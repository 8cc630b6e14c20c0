import { THEME_KEY, nextTheme } from '../lib/theme';

/** `<theme-toggle>`: a pressed/unpressed button for dark mode, remembered in localStorage. */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const sync = () => button.setAttribute('aria-pressed', String(root.dataset['theme'] === 'dark'));
    sync();
    button.addEventListener('click', () => {
      const theme = nextTheme(root.dataset['theme']);
      root.dataset['theme'] = theme;
      try {
        localStorage.setItem(THEME_KEY, theme);
      } catch {
        // Storage unavailable: the theme still applies for this page view.
      }
      sync();
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
