/**
 * Skill gaps: from a target role and self-ratings to the gaps a person has, ordered so that
 * prerequisites come first, and the hours each gap takes. Pure functions over plain inputs.
 *
 * Rating scale for `current`, `required` and every level here: 0 none, 1 aware, 2 working,
 * 3 proficient, 4 expert.
 */
import { LEVELS, categoryIds } from '../rules';
import { effortBetween, type Effort } from '../time-model';

/** A skill as the plan needs it (a projection of a `skills` entry). */
export interface PlanSkill {
  id: string;
  title: string;
  category: string;
  /** Hours for each level step, [0→1, 1→2, 2→3, 3→4] (see src/lib/time-model.ts). */
  effort: Effort;
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
const MIN_LEVEL = LEVELS.min;
const MAX_LEVEL = LEVELS.max;

/** Category order used to break ties: build the technical base first, then domain, then the rest. */
const CATEGORY_ORDER = categoryIds;

/** A level as an integer on the 0–4 scale; anything unreadable counts as 0 rather than poisoning sums. */
function clampLevel(n: number): number {
  if (!Number.isFinite(n)) return MIN_LEVEL;
  return Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, Math.floor(n)));
}

/** Own-property lookup, so a skill id such as "constructor" never reads Object.prototype. */
function own(record: Record<string, number>, key: string): number | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * The gap for every skill between the person's ratings and the role's required levels, in the
 * order of `skills`. Unrated skills count as 0; skills the role does not list are required at 0.
 */
export function gapsForRole(
  skills: readonly Pick<PlanSkill, 'id' | 'title' | 'category'>[],
  role: Pick<PlanRole, 'levels'>,
  ratings: Record<string, number>,
): SkillGap[] {
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
 * Estimated study hours to move a skill from `current` to `required`: the sum of the skill's
 * effort steps in between (see src/lib/time-model.ts); 0 when `required` is at or below `current`.
 * Levels are clamped to 0–4.
 *
 * @example hoursForGap({ effort: [8, 24, 48, 80] }, 0, 3) // 80
 * @example hoursForGap({ effort: [8, 24, 48, 80] }, 2, 3) // 48
 */
export function hoursForGap(skill: Pick<PlanSkill, 'effort'>, current: number, required: number): number {
  return effortBetween(skill.effort, clampLevel(current), clampLevel(required));
}

// ---------------------------------------------------------------------------------------------

/** The ids of the certifications a role recommends, in authored order (a copy, safe to mutate). */
export function certificationsForRole(role: PlanRole): string[] {
  return [...role.certifications];
}
