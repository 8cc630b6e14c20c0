/**
 * The weekly schedule of a plan: the plan's remaining roadmap tasks (src/lib/plan/work.ts) laid
 * out week by week from a start date, at the person's hours per week. Tasks keep roadmap order,
 * which is prerequisite order and already mixes technical, domain and soft-skill work; a task
 * longer than what is left of a week continues into the next. Soft skills and continuous learning
 * take a bounded share of any week: when a week already holds its share of them, such a task
 * waits for the next week while the next technical or domain task goes ahead, so no hour is lost
 * and the total stays the plan's remaining hours.
 *
 * Dates are calendar days handled as day numbers (dates.ts), never `Date` objects in local time,
 * so a plan reads the same in every time zone.
 */
import { dayNumber, isoOfDayNumber } from '../dates';
import type { CategoryId } from '../rules';

/** The schedule never runs past two years: beyond that a plan is a wish, and the UI says so. */
export const MAX_WEEKS = 104;

/** The categories whose tasks take a bounded share of a week. */
export const BOUNDED_CATEGORIES: readonly CategoryId[] = ['soft-skills', 'continuous-learning'];

/** The largest share of a week's hours that soft-skill and continuous-learning tasks take. */
export const BOUNDED_SHARE = 0.4;

/** At most this many weeks in a row go to one skill alone; the next week mixes in another task. */
export const MAX_RUN = 3;

// Calendar days are shared with the roadmap's pacing (UTC day numbers, no Date objects).
export const parseDay = (iso: string) => dayNumber(iso, 'start date');

/** First and last day of week `n` (1-based) of a plan starting on `startDay`. */
export function weekDates(startDay: number, n: number): { start: string; end: string } {
  const first = startDay + 7 * (n - 1);
  return { start: isoOfDayNumber(first), end: isoOfDayNumber(first + 6) };
}

// Hours are counted in half-hour units internally, so splitting a task across weeks is exact
// integer arithmetic and every figure shown is a multiple of 0.5.
const UNITS_PER_HOUR = 2;
const toUnits = (hours: number): number => Math.max(0, Math.ceil(hours * UNITS_PER_HOUR - 1e-9));
const toHours = (units: number): number => units / UNITS_PER_HOUR;

/** A task as the schedule needs it. */
export interface ScheduleTask {
  id: string;
  text: string;
  hours: number;
  /** The roadmap month the task belongs to. */
  month: number;
  skill?: string | undefined;
  category?: string | undefined;
}

/** One task's share of a week. */
export interface PlanItem {
  taskId: string;
  text: string;
  month: number;
  skill?: string | undefined;
  /** Hours of this task in this week, a multiple of 0.5. */
  hours: number;
  /** The task started in an earlier week. */
  continued: boolean;
  /** The task goes on in a later week. */
  continues: boolean;
}

export interface PlanWeek {
  /** 1-based week number. */
  week: number;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (start + 6), YYYY-MM-DD. */
  end: string;
  items: PlanItem[];
  /** Hours planned this week, at most `hoursPerWeek`. */
  hours: number;
}

export interface PlanSchedule {
  /** The planned weeks, at most {@link MAX_WEEKS}. */
  weeks: PlanWeek[];
  /** Hours the whole plan needs, including any beyond the cap: the sum of its tasks' hours. */
  totalHours: number;
  /** Weeks the whole plan needs at this pace, including any beyond the cap. */
  totalWeeks: number;
  /** True when the plan needs more than {@link MAX_WEEKS} weeks and `weeks` stops there. */
  truncated: boolean;
  /** The first day of week 1, YYYY-MM-DD, kept so goals can be dated even for an empty plan. */
  startDate: string;
  /** Task id → the week its last hours fall in (for every task, including those past the cap). */
  finishWeek: Map<string, number>;
}

export interface ScheduleOptions {
  /** First day of week 1, YYYY-MM-DD (a UTC calendar day). */
  startDate: string;
  /** Study hours per week; at least 0.5, used in half-hour steps (rounded down). */
  hoursPerWeek: number;
}

/** Whether a task's work counts toward the bounded share of a week. */
export function isBounded(task: Pick<ScheduleTask, 'category'>): boolean {
  return task.category !== undefined && (BOUNDED_CATEGORIES as readonly string[]).includes(task.category);
}

/**
 * The week-by-week plan: `tasks` (in roadmap order) poured into weeks of `hoursPerWeek` hours. A
 * task continues where the previous one stopped, so a task can span weeks and a week can hold
 * several tasks. Soft-skill and continuous-learning tasks ({@link isBounded}) fill at most
 * {@link BOUNDED_SHARE} of a week (at least half an hour); past that they wait and the next other
 * task goes first, in order. After {@link MAX_RUN} weeks in a row given to one skill alone, that
 * skill takes at most half of the next week and the next task of another skill fills the rest.
 * Each rule gives way only when no other task is left. Every hour
 * of every task is scheduled, so `totalHours` is the sum of the tasks' hours (rounded up to 0.5
 * each). Weeks are consecutive 7-day UTC spans from `startDate`; the listed weeks stop at
 * {@link MAX_WEEKS} with `truncated: true`. Throws RangeError for an invalid start date or fewer
 * than 0.5 hours a week.
 */
export function weeklySchedule(tasks: readonly ScheduleTask[], options: ScheduleOptions): PlanSchedule {
  const startDay = parseDay(options.startDate);
  const capacity = Number.isFinite(options.hoursPerWeek) ? Math.floor(options.hoursPerWeek * UNITS_PER_HOUR) : 0;
  if (capacity < 1) throw new RangeError(`hoursPerWeek must be at least 0.5, got ${options.hoursPerWeek}`);
  const boundedCap = Math.max(1, Math.floor(capacity * BOUNDED_SHARE));

  const pending = tasks.map((t) => ({ task: t, left: toUnits(t.hours), started: false, bounded: isBounded(t) }));
  const totalUnits = pending.reduce((sum, p) => sum + p.left, 0);
  const weeks: PlanWeek[] = [];
  const finishWeek = new Map<string, number>();
  // The skill of each week that held one skill only, to see a run building up.
  const soleSkill: (string | undefined)[] = [];
  let remaining = totalUnits;
  let first = 0; // every task before this index is finished
  let n = 0;
  while (remaining > 0) {
    n++;
    const week: PlanWeek = { week: n, ...weekDates(startDay, n), items: [], hours: 0 };
    let free = capacity;
    let boundedFree = boundedCap;
    // After MAX_RUN weeks of one skill alone, that skill takes at most half of this week.
    const recent = soleSkill.slice(-MAX_RUN);
    const runSkill = recent.length === MAX_RUN && recent.every((s) => s !== undefined && s === recent[0]) ? recent[0] : undefined;
    let runFree = runSkill === undefined ? capacity : Math.floor(capacity / 2);
    while (free > 0 && remaining > 0) {
      while (first < pending.length && pending[first]!.left === 0) first++;
      // The first task, in order, that this week still has room for; the rules give way, mixing
      // first and then the bounded share, only when nothing else is left.
      const room = (p: (typeof pending)[number], share: boolean, mix: boolean) =>
        p.left > 0 &&
        (!share || !p.bounded || boundedFree > 0) &&
        (!mix || p.task.skill === undefined || p.task.skill !== runSkill || runFree > 0);
      let i = pending.findIndex((p, k) => k >= first && room(p, true, true));
      if (i === -1) {
        runFree = free;
        i = pending.findIndex((p, k) => k >= first && room(p, true, false));
      }
      if (i === -1) {
        boundedFree = free;
        i = first;
      }
      const p = pending[i]!;
      const inRun = runSkill !== undefined && p.task.skill === runSkill;
      const take = Math.min(p.left, free, p.bounded ? boundedFree : free, inRun ? runFree : free);
      p.left -= take;
      free -= take;
      remaining -= take;
      if (p.bounded) boundedFree -= take;
      if (inRun) runFree -= take;
      // Two pieces of the same task in one week (after a wait) are one item.
      const last = week.items.find((item) => item.taskId === p.task.id);
      if (last) last.hours = toHours(toUnits(last.hours) + take);
      else
        week.items.push({
          taskId: p.task.id,
          text: p.task.text,
          month: p.task.month,
          skill: p.task.skill,
          hours: toHours(take),
          continued: p.started,
          continues: false,
        });
      (last ?? week.items.at(-1)!).continues = p.left > 0;
      p.started = true;
      if (p.left === 0) finishWeek.set(p.task.id, n);
    }
    week.hours = toHours(capacity - free);
    const skillsOfWeek = new Set(week.items.map((item) => item.skill));
    soleSkill.push(skillsOfWeek.size === 1 ? [...skillsOfWeek][0] : undefined);
    if (weeks.length < MAX_WEEKS) weeks.push(week);
  }
  for (const p of pending) if (p.left === 0 && !finishWeek.has(p.task.id)) finishWeek.set(p.task.id, 0);
  return {
    weeks,
    totalHours: toHours(totalUnits),
    totalWeeks: n,
    truncated: n > MAX_WEEKS,
    startDate: isoOfDayNumber(startDay),
    finishWeek,
  };
}

/** A month's share of the schedule: the weeks that hold its tasks, each with only its tasks. */
export interface MonthOfSchedule {
  month: number;
  weeks: { week: number; start: string; end: string; items: PlanItem[]; hours: number }[];
  /** Hours of this month's tasks in the listed weeks. */
  hours: number;
}

/**
 * The schedule grouped by roadmap month, as the page and the Markdown export show it: each month
 * with the weeks its tasks fall in (a week shared by two months appears under both, with each
 * month's own tasks), months in order of their first week.
 */
export function scheduleByMonth(schedule: Pick<PlanSchedule, 'weeks'>): MonthOfSchedule[] {
  const groups = new Map<number, MonthOfSchedule>();
  for (const w of schedule.weeks)
    for (const item of w.items) {
      const g = groups.get(item.month) ?? { month: item.month, weeks: [], hours: 0 };
      groups.set(item.month, g);
      let gw = g.weeks.at(-1);
      if (!gw || gw.week !== w.week) g.weeks.push((gw = { week: w.week, start: w.start, end: w.end, items: [], hours: 0 }));
      gw.items.push(item);
      gw.hours += item.hours;
      g.hours += item.hours;
    }
  return [...groups.values()].sort((a, b) => (a.weeks[0]?.week ?? 0) - (b.weeks[0]?.week ?? 0) || a.month - b.month);
}
