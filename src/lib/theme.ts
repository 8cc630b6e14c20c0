/** localStorage key of the remembered theme. */
export const THEME_KEY = 'hasm-theme';
export type Theme = 'light' | 'dark';

/** The theme a toggle switches to, from the current attribute value; anything but dark counts as light. */
export function nextTheme(current: string | null | undefined): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
