import { THEME_KEY } from './theme';

/**
 * Runs in <head> before first paint so the page never flashes the wrong theme: the remembered
 * choice, else the system setting. It also marks the page `data-js`, so CSS shows the controls
 * that need JavaScript and hides the notes for people without it, with no shift after paint.
 * Kept as a string so the layout can inline it and register its CSP hash.
 */
export const themeBootScript = `(function(){var t=null;try{t=localStorage.getItem(${JSON.stringify(THEME_KEY)})}catch(e){}if(t!=='dark'&&t!=='light')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';var d=document.documentElement;d.setAttribute('data-theme',t);d.setAttribute('data-js','')})();`;
