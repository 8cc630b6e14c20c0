/**
 * The personal learning plan: from a target role and self-ratings to ordered skill gaps, a weekly
 * schedule, goals at 3/6/12 months and a portfolio checklist. Pure functions over plain inputs, so
 * the plan page, its tests and any export share one implementation and no Astro types leak in.
 *
 * Rating scale for `current`, `required` and every level here: 0 none, 1 aware, 2 working,
 * 3 proficient, 4 expert.
 *
 * Dates are calendar days in UTC handled as plain day numbers, never `Date` objects in local time,
 * so a plan reads the same in every time zone and across DST changes and year ends.
 */
import { dayNumber, isoOfDayNumber } from './dates';
import { categoryIds } from './rules';

/** A skill as the plan needs it (a projection of a `skills` entry). */
export interface PlanSkill {
  id: string;
  title: string;
  category: string;
  /** Hours to go from level 0 to level 3 (proficient); see {@link hoursForGap}. */
  effortHours: number;
  prerequisites: string[];
}

/** A role as the plan needs it (a projection of a `roles` entry). */
export interface PlanRole {
  id: string;
  title: string;
  /** Skill id → required level 0–4; skills not listed are not required (level 0). */
  levels: Record<string, number>;
  certifications: string[];
}

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

/** How far one skill is from what the role asks for. */
export interface SkillGap {
  skillId: string;
  title: string;
  category: string;
  /** Self-rated level, 0 when not rated. */
  current: number;
  /** Level the role asks for, 0 when the role does not list the skill. */
  required: number;
  /** `max(0, required - current)`: never negative, so rating above the bar is simply no gap. */
  gap: number;
}

/** Lowest and highest level on the rating scale. */
const MIN_LEVEL = 0;
const MAX_LEVEL = 4;

/**
 * Cumulative share of `effortHours` (in percent) needed to reach each level from 0.
 * Steps: 0→1 10%, 1→2 30%, 2→3 60%, 3→4 100%. The first three add up to 100% because `effortHours`
 * is authored as the effort from nothing to proficient; expert costs another full `effortHours`.
 * Integers in percent keep `(percent × effortHours) / 100` exact for the authored whole-hour values.
 */
const CUMULATIVE_PERCENT = [0, 10, 40, 100, 200] as const;

/** Category order used to break ties: build the technical base first, then domain, then the rest. */
const CATEGORY_ORDER = categoryIds;

/** The schedule never runs past two years: beyond that a plan is a wish, and the UI says so. */
export const MAX_WEEKS = 104;

/** Goal horizons count a month as 52/12 (≈ 4.333) weeks; see {@link weeksForMonths}. */
export const WEEKS_PER_YEAR = 52;

/** A level as an integer on the 0–4 scale; anything unreadable counts as 0 rather than poisoning sums. */
function clampLevel(n: number): number {
  if (!Number.isFinite(n)) return MIN_LEVEL;
  return Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, Math.floor(n)));
}

/** Own-property lookup, so a skill id such as "constructor" never reads Object.prototype. */
function own(record: Record<string, number>, key: string): number | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Cumulative percent of `effortHours` to reach `level` from 0. */
function cumulativePercent(level: number): number {
  return CUMULATIVE_PERCENT[clampLevel(level)] ?? 0;
}

/**
 * The gap for every skill between the person's ratings and the role's required levels, in the
 * order of `skills`. Unrated skills count as 0; skills the role does not list are required at 0.
 */
export function gapsForRole(skills: readonly PlanSkill[], role: PlanRole, ratings: Record<string, number>): SkillGap[] {
  return skills.map((s) => {
    const current = clampLevel(own(ratings, s.id) ?? 0);
    const required = clampLevel(own(role.levels, s.id) ?? 0);
    return { skillId: s.id, title: s.title, category: s.category, current, required, gap: Math.max(0, required - current) };
  });
}

/** Whether any skill falls short of the role. */
export function hasGaps(gaps: readonly SkillGap[]): boolean {
  return gaps.some((g) => g.gap > 0);
}

function categoryRank(category: string): number {
  const i = (CATEGORY_ORDER as readonly string[]).indexOf(category);
  return i === -1 ? CATEGORY_ORDER.length : i;
}

/** Plain code-unit comparison: locale-aware collation could differ between the build and browsers. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Tie-break order: larger gap, then category order, then title, then id (so the order is total). */
function compareGaps(a: SkillGap, b: SkillGap): number {
  return (
    b.gap - a.gap ||
    categoryRank(a.category) - categoryRank(b.category) ||
    compareText(a.category, b.category) ||
    compareText(a.title, b.title) ||
    compareText(a.skillId, b.skillId)
  );
}

/**
 * For each gap skill, the gap skills that must come before it. A prerequisite that is not a gap is
 * looked through to its own prerequisites, because "SQL before relational databases" still holds
 * when the person already has the skill in between.
 */
function gapPrerequisites(gapIds: ReadonlySet<string>, skills: readonly PlanSkill[]): Map<string, Set<string>> {
  const byId = new Map(skills.map((s) => [s.id, s]));
  const result = new Map<string, Set<string>>();
  for (const id of gapIds) {
    const before = new Set<string>();
    const seen = new Set<string>([id]);
    const stack = [...(byId.get(id)?.prerequisites ?? [])];
    for (let p = stack.pop(); p !== undefined; p = stack.pop()) {
      if (seen.has(p)) continue; // also drops self-prerequisites and cycles back to `id`
      seen.add(p);
      if (gapIds.has(p)) before.add(p);
      else stack.push(...(byId.get(p)?.prerequisites ?? []));
    }
    result.set(id, before);
  }
  return result;
}

/**
 * The skills with a gap, ordered so that prerequisites come first. Among skills whose prerequisites
 * are all placed, the larger gap goes first, then category (technical, domain, soft skills,
 * continuous learning), then title. Prerequisites win over gap size: a dependent with a big gap
 * still waits for its prerequisite. If prerequisites form a cycle, the first skill in tie-break
 * order that sits on the cycle is placed anyway and the rest continue in prerequisite order, so the
 * result is always complete and deterministic.
 */
export function orderGaps(gaps: readonly SkillGap[], skills: readonly PlanSkill[]): SkillGap[] {
  const pending = gaps.filter((g) => g.gap > 0).sort(compareGaps);
  const prereqs = gapPrerequisites(new Set(pending.map((g) => g.skillId)), skills);
  const placed = new Set<string>();
  const ordered: SkillGap[] = [];

  const unmet = (id: string): string[] => [...(prereqs.get(id) ?? [])].filter((p) => !placed.has(p));
  // Whether `id` can reach itself through prerequisites not yet placed, i.e. it is on a cycle.
  const onCycle = (id: string): boolean => {
    const seen = new Set<string>();
    const stack = unmet(id);
    for (let p = stack.pop(); p !== undefined; p = stack.pop()) {
      if (p === id) return true;
      if (seen.has(p)) continue;
      seen.add(p);
      stack.push(...unmet(p));
    }
    return false;
  };

  while (pending.length > 0) {
    // `pending` stays sorted by tie-break order, so the first ready skill is the best one.
    let index = pending.findIndex((g) => unmet(g.skillId).length === 0);
    // Nothing is ready only when the rest hangs on a cycle; break it at its best-ranked member.
    if (index === -1) index = pending.findIndex((g) => onCycle(g.skillId));
    // Unreachable in theory; guards the loop against ever spinning.
    if (index === -1) index = 0;
    const [next] = pending.splice(index, 1);
    if (next === undefined) break;
    placed.add(next.skillId);
    ordered.push(next);
  }
  return ordered;
}

/**
 * Estimated study hours to move a skill from `current` to `required`.
 *
 * Model: `effortHours` is the effort from level 0 to level 3 (proficient). Each step costs a share
 * of it: 0→1 (aware) 10%, 1→2 (working) 30%, 2→3 (proficient) 60%, 3→4 (expert) 100%, so expert
 * costs another full `effortHours`. The hours are the sum of the steps from `current` up to
 * `required`; when `required` is at or below `current` nothing is needed and the result is 0.
 * Levels are clamped to 0–4.
 *
 * @example hoursForGap({ effortHours: 100 }, 0, 3) // 100
 * @example hoursForGap({ effortHours: 100 }, 2, 3) // 60
 * @example hoursForGap({ effortHours: 100 }, 3, 4) // 100
 */
export function hoursForGap(skill: Pick<PlanSkill, 'effortHours'>, current: number, required: number): number {
  const from = clampLevel(current);
  const to = clampLevel(required);
  if (to <= from || !(skill.effortHours > 0)) return 0;
  return ((cumulativePercent(to) - cumulativePercent(from)) * skill.effortHours) / 100;
}

// ---------------------------------------------------------------------------------------------
// Calendar days. A day is an integer count of days since 1970-01-01 (proleptic Gregorian), so
// adding a week is adding 7 and no time zone, DST rule or leap second can shift a date.

// Calendar-day arithmetic is shared with the roadmap's pacing (UTC day numbers, no Date objects).
const parseDay = (iso: string) => dayNumber(iso, 'start date');
const civilFromDays = isoOfDayNumber;

/** First and last day of week `n` (1-based) of a plan starting on `startDay`. */
function weekDates(startDay: number, n: number): { start: string; end: string } {
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

// ---------------------------------------------------------------------------------------------
// Portfolio and certifications.

export interface PortfolioProject {
  month: number;
  title: string;
  deliverables: string[];
}

/**
 * The projects of the roadmap months that teach at least one gap skill, in month order, one per
 * month: building these is how the person shows the skills they are closing the gap on.
 */
export function portfolioChecklist(months: readonly PlanMonth[], orderedGaps: readonly SkillGap[]): PortfolioProject[] {
  const gapIds = new Set(orderedGaps.filter((g) => g.gap > 0).map((g) => g.skillId));
  const seen = new Set<number>();
  return [...months]
    .sort((a, b) => a.month - b.month)
    .filter((m) => {
      if (seen.has(m.month) || !m.skills.some((s) => gapIds.has(s))) return false;
      seen.add(m.month);
      return true;
    })
    .map((m) => ({ month: m.month, title: m.project.title, deliverables: [...m.project.deliverables] }));
}

/** The ids of the certifications a role recommends, in authored order (a copy, safe to mutate). */
export function certificationsForRole(role: PlanRole): string[] {
  return [...role.certifications];
}
