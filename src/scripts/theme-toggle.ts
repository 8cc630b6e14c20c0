import { THEME_KEY, nextTheme } from '../lib/theme';

/** The dark theme button in `<theme-toggle>`: pressed or not, remembered in localStorage. */
const button = document.querySelector('theme-toggle button');
if (button) {
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
