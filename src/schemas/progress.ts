/**
 * The stored progress document, as a zod/mini schema: the schema of record for what a person's
 * progress may look like. Imports are validated with it. Page loads use the hand-written guards in
 * src/lib/progress-store.ts, which mirror it (zod/mini alone is about 7 KiB gzip, more than a
 * content page's whole JavaScript budget); a unit test holds the two in agreement.
 */
import * as z from 'zod/mini';

// Under the site's CSP (no 'unsafe-eval') zod must not try to compile validators with new Function.
z.config({ jitless: true });

/** Open tasks are not stored, so only these states appear. */
const storedTaskState = z.enum(['in-progress', 'done', 'skipped']);
const rating = z.int().check(z.gte(0), z.lte(4));

/** Version 2, the current document. */
export const progressDocSchema = z.object({
  version: z.literal(2),
  tasks: z.record(z.string(), storedTaskState),
  ratings: z.record(z.string(), rating),
  role: z.optional(z.string()),
  hoursPerWeek: z.optional(z.int().check(z.gte(1), z.lte(40))),
  startDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  notes: z.record(z.string(), z.string()),
  updatedAt: z.string(),
});

/** Version 1 stored only the ids of finished tasks and the ratings. */
export const progressDocV1Schema = z.object({
  version: z.literal(1),
  done: z.array(z.string()),
  ratings: z.optional(z.record(z.string(), rating)),
});

/** Where a document first fails its schema, as "tasks → m01-t1", or undefined when it is valid. */
export function firstProblem(value: unknown): string | undefined {
  const version = typeof value === 'object' && value !== null && 'version' in value ? value.version : undefined;
  const result = (version === 1 ? progressDocV1Schema : progressDocSchema).safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue?.path.length ? issue.path.map(String).join(' → ') : 'the document itself';
}
