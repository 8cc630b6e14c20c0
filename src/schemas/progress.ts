/**
 * The stored progress document, as a zod/mini schema: the schema of record for what a person's
 * progress may look like. Its types (src/lib/progress/doc.ts) are inferred from it; its rules come
 * from their one home (src/lib/rules.ts, src/lib/dates.ts, the limits in doc.ts). Imports and share
 * links are checked with it; page loads use the hand-written guard `isProgressDoc` in doc.ts, which
 * tests/unit/progress-schema.test.ts holds to this schema on hand-picked and generated documents,
 * so pages do not ship zod's runtime.
 */
import * as z from 'zod/mini';
import { isCalendarDay } from '../lib/calendar-day';
import { CURRENT_VERSION, LIMITS, storedTaskStates } from '../lib/progress/doc';
import { HOURS_PER_WEEK, KEBAB_ID, LEVELS } from '../lib/rules';

// Under the site's CSP (no 'unsafe-eval') zod must not try to compile validators with new Function.
z.config({ jitless: true });

/** A record keyed by text with at most `max` entries. */
const limitedRecord = <T extends z.core.SomeType>(value: T, max: number, what: string) =>
  z.record(z.string(), value).check(z.refine((r) => Object.keys(r).length <= max, { message: `holds more than ${max} ${what}` }));

/** A task's state; open tasks are not stored, so only these appear. */
export const storedTaskStateSchema = z.enum(storedTaskStates);
/** A self-rated skill level, 0 (none) to 4 (expert). */
export const ratingSchema = z.int().check(z.gte(LEVELS.min), z.lte(LEVELS.max));
/** Study hours per week, 1 to 40. */
export const hoursPerWeekSchema = z.int().check(z.gte(HOURS_PER_WEEK.min), z.lte(HOURS_PER_WEEK.max));
/** A real calendar day, YYYY-MM-DD, in the years a plan can use. */
export const calendarDaySchema = z
  .string()
  .check(z.refine(isCalendarDay, { message: 'is not a real calendar day (YYYY-MM-DD, 1970–2999)' }));
/** A note, of bounded length. */
export const noteSchema = z.string().check(z.maxLength(LIMITS.noteLength));

/** A kebab-case id, as alternative groups and options are named. */
export const kebabIdSchema = z.string().check(z.maxLength(100), z.regex(KEBAB_ID));

/** The current document (see CURRENT_VERSION). */
export const progressDocSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  /** Task id → state; open tasks are not stored. */
  tasks: limitedRecord(storedTaskStateSchema, LIMITS.tasks, 'task states'),
  /** Skill id → self-rated level. */
  ratings: limitedRecord(ratingSchema, LIMITS.ratings, 'ratings'),
  /** Target role id for the plan, and the track the roadmap shows; absent means the whole roadmap. */
  role: z.optional(z.string()),
  /** Study hours per week. */
  hoursPerWeek: z.optional(hoursPerWeekSchema),
  /** The day the person started (or restarts) the roadmap. */
  startDate: z.optional(calendarDaySchema),
  /** Free-text notes keyed by where they were written (e.g. a month id). */
  notes: limitedRecord(noteSchema, LIMITS.notes, 'notes'),
  /** Alternative group id (e.g. cloud) → the option taken (e.g. azure); a group not named takes the role's suggestion. */
  choices: z
    .record(kebabIdSchema, kebabIdSchema)
    .check(z.refine((r) => Object.keys(r).length <= LIMITS.choices, { message: `holds more than ${LIMITS.choices} choices` })),
  /**
   * Skill id → true for each skill whose tasks the plan keeps although the person's rating covers
   * them ("Include … anyway" on /plan/); a skill not named is left out when its rating covers it.
   */
  includeAnyway: z
    .record(kebabIdSchema, z.literal(true))
    .check(z.refine((r) => Object.keys(r).length <= LIMITS.includeAnyway, { message: `holds more than ${LIMITS.includeAnyway} skills` })),
  /** When the document last changed, ISO 8601. */
  updatedAt: z.string(),
});

/** Version 3: version 4 without `includeAnyway`. */
export const progressDocV3Schema = z.object({
  ...z.omit(progressDocSchema, { includeAnyway: true, version: true }).shape,
  version: z.literal(3),
});

/** Version 2: version 3 without `choices`. */
export const progressDocV2Schema = z.object({
  ...z.omit(progressDocV3Schema, { choices: true, version: true }).shape,
  version: z.literal(2),
});

/** Version 1 stored only the ids of finished tasks and the ratings. */
export const progressDocV1Schema = z.object({
  version: z.literal(1),
  done: z.array(z.string()).check(z.maxLength(LIMITS.tasks)),
  ratings: z.optional(limitedRecord(ratingSchema, LIMITS.ratings, 'ratings')),
});

/** Where a document first fails its schema, as "tasks → m01-t1", or undefined when it is valid. */
export function firstProblem(value: unknown): string | undefined {
  const version = typeof value === 'object' && value !== null && 'version' in value ? value.version : undefined;
  const schema =
    version === 1 ? progressDocV1Schema : version === 2 ? progressDocV2Schema : version === 3 ? progressDocV3Schema : progressDocSchema;
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue?.path.length ? issue.path.map(String).join(' → ') : 'the document itself';
}
