/**
 * Skill gaps: from a target role and self-ratings to the gaps a person has, and the hours each gap
 * takes. Pure functions over plain inputs. The plan orders its work by the roadmap (see
 * src/lib/plan/journey.ts), not by these gaps.
 *
 * Rating scale for `current`, `required` and every level here: 0 none, 1 aware, 2 working,
 * 3 proficient, 4 expert.
 */
import { LEVELS } from '../rules';
import { effortBetween, type Effort } from '../time-model';

/** A skill as the plan needs it (a projection of a `skills` entry). */
export interface PlanSkill {
  id: string;
  title: string;
  category: string;
  /** Hours for each level step, [0→1, 1→2, 2→3, 3→4] (see src/lib/time-model.ts). */
  effort: Effort;
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
