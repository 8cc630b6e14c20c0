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

