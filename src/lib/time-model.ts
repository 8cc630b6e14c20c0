/**
 * The one time model. Every hour count and duration on the site comes from here:
 *
 * - a skill's effort is authored per level step (0→1, 1→2, 2→3, 3→4), in hours;
 * - the roadmap's tasks carry hours (reading included), and each task builds one skill;
 * - walking the roadmap in order, a skill's task hours add up, and the level the skill has
 *   reached at any point is the highest level whose cumulative effort those hours cover;
 * - so each task is work toward one level of its skill (its `step`), and each month can say
 *   which levels it reaches. The months' authored `reaches` must equal what the hours give
 *   ({@link timeModelProblems}).
 *
 * Durations: a stretch of months at `h` hours a week takes, month by month, `ceil(hours / h)`
 * whole weeks (as the pacing tool lays them out), so every page that states a duration agrees
 * with the pacing tool's end date. Pure functions over plain data; no Astro imports.
 */
import { LEVELS, levelNames } from './rules';

/** Hours for each level step: [0→1, 1→2, 2→3, 3→4]. */
export type Effort = readonly [number, number, number, number];

/** A skill as the time model needs it. */
export interface ModelSkill {
  id: string;
  effort: Effort;
}

/** A task as the time model needs it. */
export interface ModelTask {
  id: string;
  hours: number;
  skill?: string | undefined;
  /** Set when the task is one option among alternatives, e.g. { group: 'cloud', option: 'aws' }. */
  alternative?: { group: string; option: string } | undefined;
}

/** A month as the time model needs it. */
export interface ModelMonth {
  id: string;
  month: number;
  tasks: readonly ModelTask[];
  /** Skill id → the level the roadmap says the skill reaches by the end of this month. */
  reaches: Readonly<Record<string, number>>;
}

/** Hours from level 0 to `level` (0–4). */
export function effortTo(effort: Effort, level: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(LEVELS.max, Math.max(0, Math.floor(level))); i++) sum += effort[i] ?? 0;
  return sum;
}

/** Hours from level `from` up to level `to`; 0 when `to` is not above `from`. */
export function effortBetween(effort: Effort, from: number, to: number): number {
  return Math.max(0, effortTo(effort, to) - effortTo(effort, from));
}

/** The level reached after `hours` of work on a skill: the highest level whose effort they cover. */
export function levelAfter(effort: Effort, hours: number): number {
  let level = LEVELS.min;
  while (level < LEVELS.max && effortTo(effort, level + 1) <= hours + 1e-9) level++;
  return level;
}

/** Where a task sits in the time model. */
export interface TaskStep {
  /** The skill the task builds, if any. */
  skill?: string | undefined;
  /** The level of that skill the task works toward (1–4); 0 for a task without a skill. */
  step: number;
}

/** Sorted copy of the months, in roadmap order. */
function inOrder<M extends { month: number }>(months: readonly M[]): M[] {
  return [...months].sort((a, b) => a.month - b.month);
}

/**
 * Each task's step: walking the roadmap in order, the level its skill has reached just before the
 * task, plus one (at most 4). A task that starts at level 2 is work toward level 3.
 */
export function taskSteps(skills: readonly ModelSkill[], months: readonly ModelMonth[]): Map<string, TaskStep> {
  const effort = new Map(skills.map((s) => [s.id, s.effort]));
  const spent = new Map<string, number>();
  const steps = new Map<string, TaskStep>();
  for (const m of inOrder(months)) {
    for (const t of m.tasks) {
      const e = t.skill === undefined ? undefined : effort.get(t.skill);
      if (t.skill === undefined || e === undefined) {
        steps.set(t.id, { skill: t.skill, step: 0 });
        continue;
      }
      const before = spent.get(t.skill) ?? 0;
      steps.set(t.id, { skill: t.skill, step: Math.min(LEVELS.max, levelAfter(e, before) + 1) });
      spent.set(t.skill, before + t.hours);
    }
  }
  return steps;
}

/** Skill id → roadmap hours for it, over the given months (all tasks, every alternative). */
export function skillHours(months: readonly ModelMonth[]): Map<string, number> {
  const hours = new Map<string, number>();
  for (const m of months) for (const t of m.tasks) if (t.skill) hours.set(t.skill, (hours.get(t.skill) ?? 0) + t.hours);
  return hours;
}

/**
 * The level each skill reaches by the end of each month, as the hours give it: month id →
 * (skill id → level) for the skills whose level rises in that month.
 */
export function computedReaches(skills: readonly ModelSkill[], months: readonly ModelMonth[]): Map<string, Record<string, number>> {
  const effort = new Map(skills.map((s) => [s.id, s.effort]));
  const spent = new Map<string, number>();
  const out = new Map<string, Record<string, number>>();
  for (const m of inOrder(months)) {
    const startLevel = new Map<string, number>();
    for (const t of m.tasks) {
      const e = t.skill === undefined ? undefined : effort.get(t.skill);
      if (t.skill === undefined || e === undefined) continue;
      const before = spent.get(t.skill) ?? 0;
      if (!startLevel.has(t.skill)) startLevel.set(t.skill, levelAfter(e, before));
      spent.set(t.skill, before + t.hours);
    }
    const rises: Record<string, number> = {};
    for (const [skill, start] of startLevel) {
      const level = levelAfter(effort.get(skill) as Effort, spent.get(skill) ?? 0);
      if (level > start) rises[skill] = level;
    }
    out.set(m.id, rises);
  }
  return out;
}

/** Skill id → the level the whole roadmap reaches (skills it never touches are absent). */
export function roadmapLevels(months: readonly ModelMonth[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const m of inOrder(months))
    for (const [skill, level] of Object.entries(m.reaches)) levels.set(skill, Math.max(levels.get(skill) ?? 0, level));
  return levels;
}

/**
 * Where the authored data contradicts itself, as messages naming the month and field; empty when
 * the months' `reaches` say exactly what their hours give.
 */
export function timeModelProblems(skills: readonly ModelSkill[], months: readonly ModelMonth[]): string[] {
  const problems: string[] = [];
  const effort = new Map(skills.map((s) => [s.id, s.effort]));
  const computed = computedReaches(skills, months);
  for (const m of inOrder(months)) {
    const want = computed.get(m.id) ?? {};
    for (const [skill, level] of Object.entries(m.reaches)) {
      const e = effort.get(skill);
      if (!e) continue;
      const got = want[skill];
      if (got === undefined)
        problems.push(
          `${m.id}: reaches.${skill}: says level ${level}, but this month's ${skill} tasks raise no level (the hours stay below ${levelName(level)})`,
        );
      else if (got < level)
        problems.push(
          `${m.id}: reaches.${skill}: says level ${level}, but the roadmap's ${skill} hours up to this month reach only level ${got}; level ${level} needs ${effortTo(e, level)} hours`,
        );
      else if (got > level)
        problems.push(
          `${m.id}: reaches.${skill}: says level ${level}, but the roadmap's ${skill} hours up to this month reach level ${got}`,
        );
    }
    for (const [skill, level] of Object.entries(want))
      if (m.reaches[skill] === undefined)
        problems.push(`${m.id}: reaches: missing ${skill}: ${level} (this month's hours raise it to level ${level})`);
  }
  return problems;
}

/**
 * The hours a month asks of one learner: its core tasks plus, for each alternative group, the
 * largest of its options (a learner follows one option of each group).
 */
export function monthLoad(tasks: readonly Pick<ModelTask, 'hours' | 'alternative'>[]): number {
  let core = 0;
  const groups = new Map<string, Map<string, number>>();
  for (const t of tasks) {
    if (!t.alternative) {
      core += t.hours;
      continue;
    }
    const options = groups.get(t.alternative.group) ?? new Map<string, number>();
    options.set(t.alternative.option, (options.get(t.alternative.option) ?? 0) + t.hours);
    groups.set(t.alternative.group, options);
  }
  let largest = 0;
  for (const options of groups.values()) largest += Math.max(...options.values());
  return core + largest;
}

/** The name of a level, e.g. "Proficient". */
export function levelName(level: number): string {
  return levelNames[Math.min(LEVELS.max, Math.max(LEVELS.min, Math.floor(level)))] ?? String(level);
}

export { formatDuration, monthsOfWeeks, studyWeeks } from './durations';
