/**
 * A returning visitor's progress at a glance: the first open task of a month, and where their pace
 * (start date and hours per week) puts them today. Pure functions over the roadmap months on the
 * person's track; src/scripts/glance.ts shows them on the home page and the roadmap timeline.
 *
 * "Ahead" and "behind" are counted the way the roadmap's pacing tool counts "behind"
 * (replanFromToday in pacing.ts), so the two never disagree: the month to continue with is the
 * first one that is not complete; a person is behind when its planned end is before today, ahead
 * when its planned start is after today, and on pace otherwise.
 */
import { dayNumber } from './dates';
import type { ProgressDoc } from './progress/doc';
import type { ScheduledMonth } from './pacing';
import type { RoadmapMonth } from './roadmap-data';

/** The first task of `month` still to do (not started or in progress), in roadmap order. */
export function firstOpenTask(doc: Pick<ProgressDoc, 'tasks'>, month: Pick<RoadmapMonth, 'tasks'>): string | undefined {
  return month.tasks.find((t) => doc.tasks[t] !== 'done' && doc.tasks[t] !== 'skipped');
}

/** Where a person's pace puts them today. Dates are calendar days, 'YYYY-MM-DD'. */
export type PacePosition =
  /** The plan has not begun: its first month starts on `start`. */
  | { kind: 'not-begun'; start: string }
  /** The month to continue with (`month`) is planned to start `days` days from today, on `start`. */
  | { kind: 'ahead'; days: number; month: number; start: string }
  /** Today falls within the planned span of the month to continue with, which ends on `end`. */
  | { kind: 'on-pace'; month: number; end: string }
  /** The month to continue with was planned to end `days` days before today, on `end`. */
  | { kind: 'behind'; days: number; month: number; end: string }
  /** Every month is complete. */
  | { kind: 'finished' };

/**
 * Where the pace puts a person today: `schedule` is the track's months on the calendar
 * (scheduleMonths), `continueWith` the id of the first month that is not complete (undefined when
 * every month is), `today` a calendar day.
 * @throws RangeError when `today` or a scheduled date is not a calendar day.
 */
export function pacePosition(schedule: readonly ScheduledMonth[], continueWith: string | undefined, today: string): PacePosition {
  const now = dayNumber(today, 'today');
  const at = schedule.findIndex((m) => m.id === continueWith);
  const m = schedule[at];
  if (!m) return { kind: 'finished' };
  const start = dayNumber(m.start);
  const end = dayNumber(m.end);
  if (now > end) return { kind: 'behind', days: now - end, month: m.month, end: m.end };
  if (now >= start) return { kind: 'on-pace', month: m.month, end: m.end };
  return at === 0 ? { kind: 'not-begun', start: m.start } : { kind: 'ahead', days: start - now, month: m.month, start: m.start };
}

/** The month the calendar says a person should be in today; undefined before the plan begins and after it ends. */
export function monthDueToday(schedule: readonly ScheduledMonth[], today: string): ScheduledMonth | undefined {
  const now = dayNumber(today, 'today');
  return schedule.find((m) => dayNumber(m.start) <= now && now <= dayNumber(m.end));
}
