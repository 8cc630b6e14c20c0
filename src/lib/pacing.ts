/**
 * Pacing: projected calendar dates for the roadmap months at a chosen number of study hours per
 * week, and a replan from today that keeps finished months where they were.
 *
 * Dates are calendar days written as 'YYYY-MM-DD', computed as day numbers (see dates.ts).
 *
 * Each scheduled month spans whole calendar weeks (7-day blocks from its start, whatever weekday
 * that is), so a month of 45 hours at 10 hours a week takes 5 weeks, not 4.5.
 */
import { dayNumber, isoOfDayNumber } from './dates';
import { HOURS_PER_WEEK, isHoursPerWeek } from './rules';

/** A roadmap month as pacing needs it (a projection of a `months` entry). */
export interface PacingMonth {
  id: string;
  /** Position in the roadmap; months are scheduled in this order. */
  month: number;
  /** Total task hours of the month. */
  hours: number;
}

/** One of the four roadmap weeks of a month, as a span of calendar days. */
export interface StudyWeek {
  index: 1 | 2 | 3 | 4;
  start: string;
  /** Inclusive last day. */
  end: string;
}

/** A month placed on the calendar. */
export interface ScheduledMonth {
  id: string;
  month: number;
  start: string;
  /** Inclusive last day: `start + weeks * 7 - 1`. */
  end: string;
  /** Calendar weeks the month takes: `ceil(hours / hoursPerWeek)`, at least 1. */
  weeks: number;
  /** The month's four roadmap weeks; see {@link scheduleMonths} for how they are laid out. */
  studyWeeks: StudyWeek[];
}

/** A month of a replanned schedule. */
export interface ReplannedMonth extends ScheduledMonth {
  /** Complete: its dates are the original plan's, kept as a record of when it was planned. */
  done: boolean;
}

/** The result of {@link replanFromToday}. */
export interface Replan {
  months: ReplannedMonth[];
  /** True when some month the original plan expected finished before today is not complete. */
  behind: boolean;
  /** Days from the planned end of the earliest such month to today; 0 when not behind. */
  daysBehind: number;
}

/** Which months are complete: their ids, or a test over the months as given. */
export type Completion<M extends PacingMonth = PacingMonth> = ReadonlySet<string> | readonly string[] | ((month: M) => boolean);

/** Roadmap weeks per month, as the content is written. */
const STUDY_WEEKS = [1, 2, 3, 4] as const;

function checkHoursPerWeek(hoursPerWeek: number): void {
  if (!isHoursPerWeek(hoursPerWeek)) {
    throw new RangeError(
      `hoursPerWeek must be a whole number from ${HOURS_PER_WEEK.min} to ${HOURS_PER_WEEK.max}, got ${String(hoursPerWeek)}.`,
    );
  }
}

/** The months in roadmap order, after checking each can be scheduled. */
function checkedInOrder<M extends PacingMonth>(months: readonly M[]): M[] {
  const seen = new Set<string>();
  for (const m of months) {
    if (seen.has(m.id)) throw new RangeError(`Month id ${JSON.stringify(m.id)} appears more than once.`);
    seen.add(m.id);
    if (!Number.isFinite(m.month)) throw new RangeError(`Month ${JSON.stringify(m.id)} has no usable month number (${m.month}).`);
    if (!Number.isFinite(m.hours) || m.hours < 0) {
      throw new RangeError(`Month ${JSON.stringify(m.id)} has invalid hours ${m.hours}: expected a finite number of hours, 0 or more.`);
    }
  }
  // Array sort is stable, so equal month numbers keep the order they were given in.
  return [...months].sort((a, b) => a.month - b.month);
}

/** Calendar weeks a month takes; a month with (almost) no hours still gets its own week. */
function weeksFor(hours: number, hoursPerWeek: number): number {
  return Math.max(1, Math.ceil(hours / hoursPerWeek));
}

/** The four roadmap weeks of a month starting on day `start` and lasting `weeks` calendar weeks. */
function studyWeeksOf(start: number, weeks: number): StudyWeek[] {
  return STUDY_WEEKS.map((index) => {
    const first = Math.floor(((index - 1) * weeks) / 4);
    // An empty range means this roadmap week shares the calendar week it starts in.
    const last = Math.max(first, Math.floor((index * weeks) / 4) - 1);
    return { index, start: isoOfDayNumber(start + first * 7), end: isoOfDayNumber(start + last * 7 + 6) };
  });
}

/** Months (already in order) back to back from day `start`. */
function placeFrom(months: readonly PacingMonth[], start: number, hoursPerWeek: number): ScheduledMonth[] {
  let next = start;
  return months.map((m) => {
    const weeks = weeksFor(m.hours, hoursPerWeek);
    const from = next;
    next += weeks * 7;
    return {
      id: m.id,
      month: m.month,
      start: isoOfDayNumber(from),
      end: isoOfDayNumber(next - 1),
      weeks,
      studyWeeks: studyWeeksOf(from, weeks),
    };
  });
}

/**
 * The roadmap months on the calendar, in month order and back to back from `startDate`.
 *
 * A month takes `ceil(hours / hoursPerWeek)` calendar weeks (at least 1) and ends on
 * `start + weeks * 7 - 1`. Its four roadmap weeks divide that span in whole calendar weeks:
 * roadmap week i covers calendar weeks ⌊(i−1)·w/4⌋ to ⌊i·w/4⌋−1 (counted from 0), so with w ≥ 4
 * every roadmap week gets ⌊w/4⌋ or ⌈w/4⌉ calendar weeks, the longer ones spread out (w = 6 gives
 * 1, 2, 1, 2). With w < 4 that range is empty for some roadmap weeks, which then share the
 * calendar week ⌊(i−1)·w/4⌋ with their neighbour: w = 1 puts all four in the one week, w = 2 puts
 * weeks 1–2 in the first and 3–4 in the second, w = 3 puts 1–2, then 3, then 4.
 * @throws RangeError for an invalid `startDate`, `hoursPerWeek` outside 1–40 or not whole,
 *   negative or non-finite hours, or duplicate month ids.
 */
export function scheduleMonths(months: readonly PacingMonth[], startDate: string, hoursPerWeek: number): ScheduledMonth[] {
  const start = dayNumber(startDate, 'start date');
  checkHoursPerWeek(hoursPerWeek);
  return placeFrom(checkedInOrder(months), start, hoursPerWeek);
}

/**
 * The schedule redrawn from today: complete months keep their dates from the original plan (the one
 * {@link scheduleMonths} gives for `startDate` at this `hoursPerWeek`), and the months still open are
 * placed back to back, in month order, from `today` — or from `startDate` when that is later, so a
 * plan that has not begun keeps its chosen start.
 *
 * Behind, by this definition: the original plan expects every month whose planned `end` is before
 * `today` to be complete. `behind` is true when one of those is not, and `daysBehind` counts the days
 * from the planned end of the earliest such month to today (1 on the day after it was due). A month
 * due today is not late yet. Finishing months early or out of order never makes anyone behind.
 * @throws RangeError on the same inputs as {@link scheduleMonths}, or an invalid `today`.
 */
export function replanFromToday<M extends PacingMonth>(
  months: readonly M[],
  done: Completion<M>,
  today: string,
  hoursPerWeek: number,
  startDate: string,
): Replan {
  const todayDay = dayNumber(today, 'today');
  const original = scheduleMonths(months, startDate, hoursPerWeek);
  const ordered = checkedInOrder(months);
  let isDone: (month: M) => boolean;
  if (typeof done === 'function') isDone = done;
  else {
    const ids = new Set(done);
    isDone = (m) => ids.has(m.id);
  }

  const doneIds = new Set(ordered.filter(isDone).map((m) => m.id));
  const open = ordered.filter((m) => !doneIds.has(m.id));
  const replanned = new Map(placeFrom(open, Math.max(todayDay, dayNumber(startDate)), hoursPerWeek).map((s) => [s.id, s]));

  let daysBehind = 0;
  const result = original.map((planned): ReplannedMonth => {
    if (doneIds.has(planned.id)) return { ...planned, done: true };
    // The original plan is in month order and back to back, so the first overdue month is the earliest.
    if (daysBehind === 0 && dayNumber(planned.end) < todayDay) daysBehind = todayDay - dayNumber(planned.end);
    const moved = replanned.get(planned.id);
    return { ...(moved ?? planned), done: false };
  });
  return { months: result, behind: daysBehind > 0, daysBehind };
}
