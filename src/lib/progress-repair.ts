/**
 * Turns a stored or imported document that is not a valid current one into a current document:
 * older versions migrate, damaged ones keep every field that still validates. Loaded only when such
 * a document turns up (or a file is imported), so ordinary page loads never fetch it.
 *
 * Every check is a validator zod's compiler generated from the zod/mini schemas in
 * src/schemas/progress.ts (see src/integrations/zod-compiled.ts).
 */
import validDoc from 'zod-compiled:../schemas/progress.ts?export=progressDocSchema';
import validV1 from 'zod-compiled:../schemas/progress.ts?export=progressDocV1Schema';
import validTaskState from 'zod-compiled:../schemas/progress.ts?export=storedTaskStateSchema';
import validRating from 'zod-compiled:../schemas/progress.ts?export=ratingSchema';
import validHours from 'zod-compiled:../schemas/progress.ts?export=hoursPerWeekSchema';
import validDay from 'zod-compiled:../schemas/progress.ts?export=isoDaySchema';
import validText from 'zod-compiled:../schemas/progress.ts?export=textSchema';
import { emptyDoc, type ProgressDoc, type ReadResult, type StoredTaskState } from './progress-store';

type Guard<T> = (v: unknown) => v is T;
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDoc = validDoc as Guard<ProgressDoc>;
const isV1 = validV1 as Guard<{ version: 1; done: string[]; ratings?: Record<string, number> }>;
const isStoredTaskState = validTaskState as Guard<StoredTaskState>;
const isRating = validRating as Guard<number>;
const isHours = validHours as Guard<number>;
const isIsoDay = validDay as Guard<string>;
const isText = validText as Guard<string>;

/** The entries of a record that pass `guard` (the whole input is backed up before this runs). */
function salvageRecord<T>(value: unknown, guard: Guard<T>): Record<string, T> {
  const kept: Record<string, T> = {};
  if (isObject(value)) for (const [k, v] of Object.entries(value)) if (guard(v)) kept[k] = v;
  return kept;
}

/**
 * Turns any parsed JSON value into a current document: valid documents pass through, older versions
 * migrate, and damaged ones keep every field that still validates.
 */
export function readDoc(value: unknown, now: Date = new Date()): ReadResult {
  if (isDoc(value)) return { doc: structuredClone(value), damaged: false };

  if (isV1(value)) {
    const tasks: ProgressDoc['tasks'] = {};
    for (const id of value.done) tasks[id] = 'done';
    return {
      doc: { ...emptyDoc(now), tasks, ratings: { ...(value.ratings ?? {}) } },
      damaged: false,
      migratedFrom: 1,
    };
  }

  // Damaged: salvage field by field.
  const doc = emptyDoc(now);
  if (!isObject(value)) return { doc, damaged: true };
  doc.tasks = salvageRecord(value['tasks'], isStoredTaskState);
  doc.ratings = salvageRecord(value['ratings'], isRating);
  doc.notes = salvageRecord(value['notes'], isText);
  if (isText(value['role'])) doc.role = value['role'];
  if (isHours(value['hoursPerWeek'])) doc.hoursPerWeek = value['hoursPerWeek'];
  if (isIsoDay(value['startDate'])) doc.startDate = value['startDate'];
  return { doc, damaged: true };
}
