/**
 * Goals at chosen horizons (3, 6 and 12 months): cumulative milestones named by outcomes, namely
 * the month projects finished and the skill levels reached by then on the schedule. Each goal
 * states only what is new since the previous horizon, so no goal repeats an earlier one.
 */
import { levelAfter, type Effort } from '../time-model';
import { weekDates, parseDay, type PlanSchedule } from './schedule';
import type { PlanWork, WorkMonthInput, WorkSkill } from './work';

/** Goal horizons count a month as 52/12 (≈ 4.333) weeks; see {@link weeksForMonths}. */
export const WEEKS_PER_YEAR = 52;

/** A month project whose core tasks are all finished by a horizon. */
export interface GoalProject {
  month: number;
  title: string;
}

/** A skill level reached by a horizon. */
export interface GoalLevel {
  skill: string;
  level: number;
}

export interface Goal {
  months: number;
  /** Last day of the horizon's last week, YYYY-MM-DD. */
  byDate: string;
  /** Month projects finished by then and not by an earlier horizon, in month order. */
  projects: GoalProject[];
  /** Skill levels first reached by then (the highest per skill), in order of the skills given. */
  levels: GoalLevel[];
  /** True when the whole plan is finished by then (and was not by an earlier horizon). */
  finished: boolean;
}

/**
 * Whole weeks in a horizon of `months`: `round(months × 52 / 12)`, so 3 → 13, 6 → 26, 12 → 52.
 * A fixed rule, not calendar months, because the plan itself is counted in whole weeks.
 */
export function weeksForMonths(months: number): number {
  return Math.round((months * WEEKS_PER_YEAR) / 12);
}

export interface GoalInput {
  work: PlanWork;
  schedule: PlanSchedule;
  skills: readonly WorkSkill[];
  /** The roadmap months with all their tasks (every kind), for the skills' hours in order. */
  months: readonly WorkMonthInput[];
  /** Month number → its project title. */
  projects: ReadonlyMap<number, string>;
  /** Skill id → self-rating; a level at or below it is never a goal. */
  ratings: Readonly<Record<string, number>>;
}

/**
 * What the plan achieves by each horizon (in months, see {@link weeksForMonths}). A task counts as
 * finished by week `n` when it is done, skipped or covered by a rating before the plan starts, or
 * when its last hours are scheduled in week `n` or earlier. A month's project is finished when every
 * core task of the month is, and at least one of them is in the plan. A skill's level is what the
 * roadmap hours of its tasks give ({@link levelAfter}), counting its tasks in roadmap order up to
 * the first one not finished; only levels above both the rating and what the plan starts from are
 * goals. Each horizon lists what is new since the one before. Throws RangeError for a horizon
 * shorter than one week.
 */
export function goalsAt(input: GoalInput, horizons: readonly number[]): Goal[] {
  const { work, schedule, skills, months, ratings } = input;
  const startDay = parseDay(schedule.startDate);
  const status = new Map(work.months.flatMap((m) => m.tasks.map((t) => [t.id, t.status] as const)));
  const effort = new Map<string, Effort>(skills.map((s) => [s.id, s.effort]));
  const skillTasks = new Map<string, { id: string; hours: number }[]>();
  for (const m of [...months].sort((a, b) => a.month - b.month))
    for (const t of m.tasks)
      if (t.skill !== undefined) (skillTasks.get(t.skill) ?? skillTasks.set(t.skill, []).get(t.skill)!).push({ id: t.id, hours: t.hours });

  const finishedBy = (id: string, week: number): boolean => {
    const s = status.get(id);
    if (s === 'done' || s === 'skipped' || s === 'covered') return true;
    if (s !== 'todo') return false; // optional and alternative tasks are not in the plan
    const w = schedule.finishWeek.get(id);
    return w !== undefined && w <= week;
  };
  const levelsBy = (week: number): Map<string, number> => {
    const out = new Map<string, number>();
    for (const [skill, tasks] of skillTasks) {
      const e = effort.get(skill);
      if (!e) continue;
      let hours = 0;
      for (const t of tasks) {
        if (!finishedBy(t.id, week)) break;
        hours += t.hours;
      }
      out.set(skill, levelAfter(e, hours));
    }
    return out;
  };
  const projectsBy = (week: number): Set<number> =>
    new Set(
      work.months
        .filter((m) => m.tasks.some((t) => t.status === 'todo') && m.tasks.every((t) => finishedBy(t.id, week)))
        .map((m) => m.month),
    );

  // What the plan starts from: week 0, and the person's own ratings.
  const stated = new Map<string, number>();
  for (const [skill, level] of levelsBy(0)) stated.set(skill, Math.max(level, Object.hasOwn(ratings, skill) ? (ratings[skill] ?? 0) : 0));
  const statedProjects = new Set<number>();
  let statedFinished = false;
  return horizons.map((months) => {
    const n = weeksForMonths(months);
    if (!Number.isFinite(n) || n < 1) throw new RangeError(`Goal horizon must be at least one week, got ${months} months`);
    const levels: GoalLevel[] = [];
    const reached = levelsBy(n);
    for (const s of skills) {
      const level = reached.get(s.id) ?? 0;
      if (level > (stated.get(s.id) ?? 0)) {
        levels.push({ skill: s.id, level });
        stated.set(s.id, level);
      }
    }
    const projects = [...projectsBy(n)]
      .filter((m) => !statedProjects.has(m))
      .sort((a, b) => a - b)
      .map((m) => {
        statedProjects.add(m);
        return { month: m, title: input.projects.get(m) ?? `Month ${m}` };
      });
    const finished = !statedFinished && work.todo.length > 0 && schedule.totalWeeks <= n;
    if (finished) statedFinished = true;
    return { months, byDate: weekDates(startDay, n).end, projects, levels, finished };
  });
}
