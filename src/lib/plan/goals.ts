/**
 * Goals at chosen horizons (3, 6 and 12 months): what each skill reaches by then on the schedule.
 */
import { parseDay, weekDates, type PlanSchedule } from './schedule';

/** Goal horizons count a month as 52/12 (≈ 4.333) weeks; see {@link weeksForMonths}. */
export const WEEKS_PER_YEAR = 52;

/** A skill and the level it reaches by a horizon. */
export interface GoalReach {
  skillId: string;
  title: string;
  /** Highest level reached by the horizon (may be below the target: partial progress). */
  level: number;
  targetLevel: number;
}

export interface Goal {
  months: number;
  /** Last day of the horizon's last week, YYYY-MM-DD. */
  byDate: string;
  /** Skills that gain at least one level by then, in plan order. */
  reach: GoalReach[];
}

/**
 * Whole weeks in a horizon of `months`: `round(months × 52 / 12)`, so 3 → 13, 6 → 26, 12 → 52.
 * A fixed rule, not calendar months, because the plan itself is counted in whole weeks.
 */
export function weeksForMonths(months: number): number {
  return Math.round((months * WEEKS_PER_YEAR) / 12);
}

/**
 * What the plan achieves by each horizon (in months, see {@link weeksForMonths}): for each skill,
 * the highest level whose cumulative hours (per {@link hoursForGap}) are all scheduled in weeks up
 * to and including the horizon's last week. A skill reaches its target when all its hours are
 * scheduled by then; a 0→3 gap half done may already show level 2. One goal per horizon, in the
 * order given; `reach` is empty when nothing gains a level (e.g. no gaps). Throws RangeError for a
 * horizon shorter than one week.
 */
export function goalsAt(schedule: PlanSchedule, horizons: readonly number[]): Goal[] {
  const startDay = parseDay(schedule.startDate);
  return horizons.map((months) => {
    const n = weeksForMonths(months);
    if (!Number.isFinite(n) || n < 1) throw new RangeError(`Goal horizon must be at least one week, got ${months} months`);
    const done = new Map<string, number>();
    for (const w of schedule.weeks.slice(0, n))
      for (const item of w.items) done.set(item.skillId, (done.get(item.skillId) ?? 0) + item.hours);
    const reach: GoalReach[] = [];
    for (const s of schedule.skills) {
      // Sums of halves are exact in floating point, so this comparison needs no tolerance.
      const hours = done.get(s.skillId) ?? 0;
      let level = s.current;
      for (const m of s.milestones) if (m.hours <= hours) level = m.level;
      // Skills with no progress yet are left out so each goal lists only what changes by then.
      if (level > s.current) reach.push({ skillId: s.skillId, title: s.title, level, targetLevel: s.targetLevel });
    }
    return { months, byDate: weekDates(startDay, n).end, reach };
  });
}
