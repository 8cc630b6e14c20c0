const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as people read it: "28 November 2026" (UTC, so builds agree everywhere). */
export function formatDate(d: Date): string {
  return dateFormat.format(d);
}

/** A date as the `datetime` attribute wants it: `2026-11-28`. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Hours as a short phrase: "1 hour", "12 hours", "1.5 hours". */
export function formatHours(h: number): string {
  const n = Math.round(h * 10) / 10;
  return `${n} ${n === 1 ? 'hour' : 'hours'}`;
}
