/**
 * The domain rules that content, stored progress, share links and page controls all follow, each
 * defined once here and imported everywhere else, HTML `min`/`max` attributes included. Plain
 * TypeScript with no dependencies, so client code can import a rule without bringing in zod; the
 * schemas in src/schemas/ build their checks from these. The calendar-day rule lives with the date
 * arithmetic, in dates.ts.
 */

/** Ids of the four skill categories, in display order. */
export const categoryIds = ['technical', 'domain', 'soft-skills', 'continuous-learning'] as const;
export type CategoryId = (typeof categoryIds)[number];

/** Names of the skill levels, indexed by level: 0 none … 4 expert. */
export const levelNames = ['none', 'aware', 'working', 'proficient', 'expert'] as const;
export type LevelName = (typeof levelNames)[number];

/** The skill level scale used by level criteria, roles, self-ratings and share links. */
export const LEVELS = { min: 0, max: levelNames.length - 1 } as const;

/** True for a whole-number level from 0 (none) to 4 (expert). */
export const isLevel = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= LEVELS.min && (value as number) <= LEVELS.max;

/** Study hours per week that the pace and plan tools accept, and the pace they assume until told. */
export const HOURS_PER_WEEK = { min: 1, max: 40, default: 10 } as const;

/** True for a whole number of study hours per week from 1 to 40. */
export const isHoursPerWeek = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= HOURS_PER_WEEK.min && (value as number) <= HOURS_PER_WEEK.max;

/**
 * The pace the roadmap is designed for, in study hours per week. A roadmap month is four study
 * weeks, so no month may hold more than `4 × ROADMAP_PACE` hours: its core tasks plus the largest
 * option of each alternative group (integrity checks this). At this pace the 18 months take 18
 * months; the pace and plan tools still let each person set their own hours.
 */
export const ROADMAP_PACE = 12;

/** Study weeks in a roadmap month. */
export const WEEKS_PER_MONTH = 4;

/** The most hours a roadmap month may hold at {@link ROADMAP_PACE}. */
export const MONTH_HOURS_MAX = WEEKS_PER_MONTH * ROADMAP_PACE;

/** A kebab-case id (skills, roles, tasks, alternative groups and options): lowercase letters, digits, single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** True for a kebab-case id of at most 100 characters. */
export const isKebabId = (value: unknown): value is string => typeof value === 'string' && value.length <= 100 && KEBAB_ID.test(value);

/**
 * The body sections (`##` headings) every skill and every month has, in this order: one template
 * each, so a learner finds the same thing in the same place on every page. Topics of their own sit
 * under these as `###` subsections. Integrity checks every body against them.
 */
export const BODY_SECTIONS = {
  skills: ['Why it matters in healthcare', 'What to learn first', 'How it is used in practice', 'Common pitfalls'],
  months: ['Why this month', 'How the tracks fit together', 'Habits and pitfalls'],
} as const;

/** The `##` headings of a Markdown body, in order, leaving out code blocks. */
export function sectionHeadings(body: string): string[] {
  let fenced = false;
  const out: string[] = [];
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && line.startsWith('## ')) out.push(line.slice(3).trim());
  }
  return out;
}
