/**
 * The one home of the rule for a day a person enters, imports or shares: schemas, share links,
 * imports, the stored document and the date inputs' `min`/`max` all use it. Small and separate from
 * the date arithmetic in dates.ts, so the progress code every page loads carries only this.
 */

/** 'YYYY-MM-DD', capturing year, month and day. */
export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * The years a day that a person enters, imports or shares may fall in. The end leaves room for the
 * slowest schedule (the whole roadmap at one hour a week is decades, not millennia), so no date
 * computed from a valid start can run past year 9999.
 */
export const CALENDAR_YEARS = { min: 1970, max: 2999 } as const;

/**
 * The rule for a day a person enters, imports or shares: a real calendar day written as
 * 'YYYY-MM-DD' in a year from {@link CALENDAR_YEARS}. '2026-02-30' and '9999-06-01' are not.
 */
export function isCalendarDay(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_DAY.exec(value) : null;
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return y >= CALENDAR_YEARS.min && y <= CALENDAR_YEARS.max && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The `min` and `max` attributes of a date input that follows {@link isCalendarDay}. */
export const calendarDayInputRange = { min: `${CALENDAR_YEARS.min}-01-01`, max: `${CALENDAR_YEARS.max}-12-31` } as const;
