/**
 * Calendar days written as 'YYYY-MM-DD', handled as day numbers (days since 1970-01-01 in the
 * proleptic Gregorian calendar). No `Date` object ever holds a day here: a local `Date` shifts by an
 * hour across DST changes and by a day across time zones, and `Date.UTC` maps years 0–99 to
 * 1900–1999. Day numbers make every schedule exact in every time zone.
 *
 * The rule for a day a person enters or stores lives in calendar-day.ts.
 */
import { ISO_DAY, daysInMonth } from './calendar-day';

// Four-digit years only, so every result of date arithmetic can be written back as YYYY-MM-DD.
const MIN_YEAR = 0;
const MAX_YEAR = 9999;

// Day number ↔ civil date after Howard Hinnant's days_from_civil / civil_from_days: exact integer
// arithmetic in 400-year eras, valid for any proleptic Gregorian date.
function dayNumberOfCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilOfDayNumber(n: number): { y: number; m: number; d: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const MIN_DAY = dayNumberOfCivil(MIN_YEAR, 1, 1);
const MAX_DAY = dayNumberOfCivil(MAX_YEAR, 12, 31);

/** The day number of a 'YYYY-MM-DD' string; throws a RangeError naming the bad input. */
export function dayNumber(iso: string, what = 'date'): number {
  const match = ISO_DAY.exec(iso);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  if (!match || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`Invalid ${what} ${JSON.stringify(iso)}: expected a calendar day written as YYYY-MM-DD.`);
  }
  return dayNumberOfCivil(y, m, d);
}

/** The 'YYYY-MM-DD' string of a day number (days since 1970-01-01). */
export function isoOfDayNumber(n: number): string {
  if (n < MIN_DAY || n > MAX_DAY) {
    throw new RangeError(`Date out of range: only years ${MIN_YEAR} to ${MAX_YEAR} can be written as YYYY-MM-DD.`);
  }
  const { y, m, d } = civilOfDayNumber(n);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True when `iso` is a real calendar day written as 'YYYY-MM-DD' (so '2027-02-29' is not), in any year 0000–9999. */
export function isIsoDay(iso: string): boolean {
  try {
    dayNumber(iso);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar day `n` days after `iso` (before it when `n` is negative).
 * @throws RangeError when `iso` is not a calendar day, `n` is not a whole number, or the result
 *   falls outside years 0000–9999.
 */
export function addDays(iso: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addDays needs a whole number of days, got ${n}.`);
  return isoOfDayNumber(dayNumber(iso) + n);
}

/**
 * Days from `a` to `b`: positive when `b` is later, so `addDays(a, daysBetween(a, b)) === b`.
 * @throws RangeError when either is not a calendar day.
 */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * The calendar day `now` falls on, as 'YYYY-MM-DD'.
 *
 * Without `timeZone` this is the day on the runtime's own clock (the browser's zone), because
 * "today" for a learner is the date on their wall calendar, not in Greenwich: at 18:00 on 1 March
 * in California it is already 2 March in UTC. Pass an IANA zone (e.g. 'UTC') to pin it.
 * @throws RangeError for an invalid `Date` or an unknown time zone.
 */
export function todayIso(now: Date, timeZone?: string): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayIso needs a valid Date.');
  if (timeZone === undefined) {
    return isoOfDayNumber(dayNumberOfCivil(now.getFullYear(), now.getMonth() + 1, now.getDate()));
  }
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return isoOfDayNumber(dayNumberOfCivil(part('year'), part('month'), part('day')));
}
