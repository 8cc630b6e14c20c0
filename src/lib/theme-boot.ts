import { THEME_KEY } from './theme';

/**
 * Runs in <head> before first paint so the page never flashes the wrong theme: the remembered
 * choice, else the system setting. Kept as a string so the layout can inline it and register its
 * CSP hash.
 */
export const themeBootScript = `(function(){var t=null;try{t=localStorage.getItem(${JSON.stringify(THEME_KEY)})}catch(e){}if(t!=='dark'&&t!=='light')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.setAttribute('data-theme',t)})();`;
