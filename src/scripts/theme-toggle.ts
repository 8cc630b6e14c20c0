import { THEME_KEY, nextTheme } from '../lib/theme';
import { defineElement } from './element';

/** `<theme-toggle>`: its dark theme button, pressed or not, remembered in localStorage. */
defineElement('theme-toggle', (element, signal) => {
  const button = element.querySelector('button');
  if (!button) return;
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
    { signal },
  );
});
