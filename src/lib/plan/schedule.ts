/**
 * The weekly schedule of a plan: each gap's hours laid out week by week from a start date, at the
 * person's hours per week. Dates are calendar days handled as day numbers (dates.ts), never `Date`
 * objects in local time, so a plan reads the same in every time zone.
 */
import { dayNumber, isoOfDayNumber } from '../dates';
import { hoursForGap, type PlanSkill, type SkillGap } from './gaps';

export interface PlanResource {
  title: string;
  url: string;
}

/** A roadmap month as the plan needs it (a projection of a `months` entry). */
export interface PlanMonth {
  id: string;
  month: number;
  title: string;
  skills: string[];
  hours: number;
  project: { title: string; deliverables: string[] };
  resources?: PlanResource[];
}

/** The schedule never runs past two years: beyond that a plan is a wish, and the UI says so. */
export const MAX_WEEKS = 104;

// Calendar days. A day is an integer count of days since 1970-01-01 (proleptic Gregorian), so
// adding a week is adding 7 and no time zone, DST rule or leap second can shift a date.

// Calendar-day arithmetic is shared with the roadmap's pacing (UTC day numbers, no Date objects).
export const parseDay = (iso: string) => dayNumber(iso, 'start date');
const civilFromDays = isoOfDayNumber;

/** First and last day of week `n` (1-based) of a plan starting on `startDay`. */
export function weekDates(startDay: number, n: number): { start: string; end: string } {
  const first = startDay + 7 * (n - 1);
  return { start: civilFromDays(first), end: civilFromDays(first + 6) };
}

// ---------------------------------------------------------------------------------------------
// Schedule. Hours are counted in half-hour units internally, so splitting a skill across weeks is
// exact integer arithmetic and every figure shown is a multiple of 0.5.

const UNITS_PER_HOUR = 2;

/** Hours as half-hour units, rounded up so a small step never rounds away to nothing. */
function toUnits(hours: number): number {
  // The epsilon absorbs float noise such as 21.000000000000004 before rounding up.
  return Math.max(0, Math.ceil(hours * UNITS_PER_HOUR - 1e-9));
}

const toHours = (units: number): number => units / UNITS_PER_HOUR;

/** One skill's share of a week. */
export interface PlanItem {
  skillId: string;
  title: string;
  /** Hours of this skill in this week, a multiple of 0.5. */
  hours: number;
  /** The level the skill's work leads to (the role's required level). */
  targetLevel: number;
  /** The earliest roadmap month that teaches the skill, if any does. */
  month?: number;
  /** That month's resources, if it lists any. */
  resources?: PlanResource[];
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

/** One gap skill in the plan, with the cumulative hours at which each level is reached. */
export interface ScheduledSkill {
  skillId: string;
  title: string;
  current: number;
  targetLevel: number;
  /** All hours for the gap, rounded up to 0.5. */
  hours: number;
  /** For each level above `current` up to `targetLevel`, the hours of this skill needed to reach it. */
  milestones: { level: number; hours: number }[];
  month?: number;
}

export interface PlanSchedule {
  /** The planned weeks, at most {@link MAX_WEEKS}. */
  weeks: PlanWeek[];
  /** Hours the whole plan needs, including any beyond the cap. */
  totalHours: number;
  /** Weeks the whole plan needs at this pace, including any beyond the cap. */
  totalWeeks: number;
  /** True when the plan needs more than {@link MAX_WEEKS} weeks and `weeks` stops there. */
  truncated: boolean;
  /** The first day of week 1, YYYY-MM-DD, kept so goals can be dated even for an empty plan. */
  startDate: string;
  /** The gap skills in plan order, for progress levels in {@link goalsAt}. */
  skills: ScheduledSkill[];
}

export interface ScheduleOptions {
  /** First day of week 1, YYYY-MM-DD (a UTC calendar day). */
  startDate: string;
  /** Study hours per week; at least 0.5, used in half-hour steps (rounded down). */
  hoursPerWeek: number;
}

/** The earliest month (by number) whose skills include `skillId`. */
function firstMonthTeaching(months: readonly PlanMonth[], skillId: string): PlanMonth | undefined {
  let best: PlanMonth | undefined;
  for (const m of months) if (m.skills.includes(skillId) && (best === undefined || m.month < best.month)) best = m;
  return best;
}

/**
 * The week-by-week plan: the ordered gap work poured into weeks of `hoursPerWeek` hours, each skill
 * continuing where the previous one stopped, so a skill can span several weeks and a week can hold
 * several skills. Each skill's hours come from {@link hoursForGap}, rounded up to 0.5. Weeks are
 * consecutive 7-day UTC calendar spans from `startDate`. The plan stops at {@link MAX_WEEKS} weeks
 * with `truncated: true`; totals still describe the whole plan. Skills whose hours are 0 (no
 * effort authored) appear in `skills` but in no week. Throws RangeError for an invalid start date,
 * fewer than 0.5 hours a week, or a gap for a skill not in `skills`.
 */
export function weeklySchedule(
  orderedGaps: readonly SkillGap[],
  skills: readonly PlanSkill[],
  months: readonly PlanMonth[],
  options: ScheduleOptions,
): PlanSchedule {
  const startDay = parseDay(options.startDate);
  const capacity = Number.isFinite(options.hoursPerWeek) ? Math.floor(options.hoursPerWeek * UNITS_PER_HOUR) : 0;
  if (capacity < 1) throw new RangeError(`hoursPerWeek must be at least 0.5, got ${options.hoursPerWeek}`);

  const byId = new Map(skills.map((s) => [s.id, s]));
  const planned: { skill: ScheduledSkill; units: number; item: Omit<PlanItem, 'hours'> }[] = [];
  for (const g of orderedGaps) {
    if (g.gap <= 0) continue;
    const skill = byId.get(g.skillId);
    if (!skill) throw new RangeError(`Gap for unknown skill: ${g.skillId}`);
    const units = toUnits(hoursForGap(skill, g.current, g.required));
    const milestones: ScheduledSkill['milestones'] = [];
    for (let level = g.current + 1; level <= g.required; level++)
      // Capped at the total so the target level is reached exactly when the last hour is scheduled.
      milestones.push({ level, hours: toHours(Math.min(units, toUnits(hoursForGap(skill, g.current, level)))) });
    const month = firstMonthTeaching(months, g.skillId);
    const where = month ? { month: month.month, ...(month.resources ? { resources: month.resources.map((r) => ({ ...r })) } : {}) } : {};
    planned.push({
      skill: { skillId: g.skillId, title: g.title, current: g.current, targetLevel: g.required, hours: toHours(units), milestones, ...where },
      units,
      item: { skillId: g.skillId, title: g.title, targetLevel: g.required, ...where },
    });
  }

  const totalUnits = planned.reduce((sum, p) => sum + p.units, 0);
  const totalWeeks = Math.ceil(totalUnits / capacity);
  const weeks: PlanWeek[] = [];
  let week: PlanWeek | undefined;
  let free = 0;
  fill: for (const p of planned) {
    let left = p.units;
    while (left > 0) {
      if (!week || free === 0) {
        if (weeks.length === MAX_WEEKS) break fill;
        week = { week: weeks.length + 1, ...weekDates(startDay, weeks.length + 1), items: [], hours: 0 };
        weeks.push(week);
        free = capacity;
      }
      const take = Math.min(left, free);
      week.items.push({ ...p.item, hours: toHours(take) });
      week.hours = toHours(capacity - free + take);
      free -= take;
      left -= take;
    }
  }

  return {
    weeks,
    totalHours: toHours(totalUnits),
    totalWeeks,
    truncated: totalWeeks > MAX_WEEKS,
    startDate: civilFromDays(startDay),
    skills: planned.map((p) => p.skill),
  };
}

// ---------------------------------------------------------------------------------------------
// Goals.
