/** localStorage key of the remembered theme. */
export const THEME_KEY = 'hasm-theme';
export type Theme = 'light' | 'dark';

/** A stored or attribute value as a theme; anything else counts as light. */
export function readTheme(value: string | null | undefined): Theme {
  return value === 'dark' ? 'dark' : 'light';
}

/** The theme a toggle switches to. */
export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}

/**
 * Runs in <head> before first paint so the page never flashes the wrong theme: the remembered
 * choice, else the system setting. Kept as a string so the layout can inline it and register its
 * CSP hash.
 */
export const themeBootScript = `(function(){var t=null;try{t=localStorage.getItem(${JSON.stringify(THEME_KEY)})}catch(e){}if(t!=='dark'&&t!=='light')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.setAttribute('data-theme',t)})();`;
