/**
 * The stored progress document, as a zod/mini schema: the schema of record for what a person's
 * progress may look like. Page loads check stored data with validators zod's compiler generates
 * from these schemas at build time (src/integrations/zod-compiled.ts), so the browser gets the
 * checks without zod's runtime; imports are checked with the runtime itself, for its error paths.
 */
import * as z from 'zod/mini';

// Under the site's CSP (no 'unsafe-eval') zod must not try to compile validators with new Function.
z.config({ jitless: true });

/** A task's state; open tasks are not stored, so only these appear. */
export const storedTaskStateSchema = z.enum(['in-progress', 'done', 'skipped']);
/** A self-rated skill level, 0 (none) to 4 (expert). */
export const ratingSchema = z.int().check(z.gte(0), z.lte(4));
/** Study hours per week. */
export const hoursPerWeekSchema = z.int().check(z.gte(1), z.lte(40));
/** A calendar day, YYYY-MM-DD. */
export const isoDaySchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Free text: a role id, a note. */
export const textSchema = z.string();

/** Version 2, the current document. */
export const progressDocSchema = z.object({
  version: z.literal(2),
  tasks: z.record(z.string(), storedTaskStateSchema),
  ratings: z.record(z.string(), ratingSchema),
  role: z.optional(textSchema),
  hoursPerWeek: z.optional(hoursPerWeekSchema),
  startDate: z.optional(isoDaySchema),
  notes: z.record(z.string(), textSchema),
  updatedAt: z.string(),
});

/** Version 1 stored only the ids of finished tasks and the ratings. */
export const progressDocV1Schema = z.object({
  version: z.literal(1),
  done: z.array(z.string()),
  ratings: z.optional(z.record(z.string(), ratingSchema)),
});

/** Where a document first fails its schema, as "tasks → m01-t1", or undefined when it is valid. */
export function firstProblem(value: unknown): string | undefined {
  const version = typeof value === 'object' && value !== null && 'version' in value ? value.version : undefined;
  const result = (version === 1 ? progressDocV1Schema : progressDocSchema).safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue?.path.length ? issue.path.map(String).join(' → ') : 'the document itself';
}
