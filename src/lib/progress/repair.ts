/**
 * Turns a stored, imported or backed-up value that is not a valid current document into one:
 * versions 1, 2 and 3 migrate, a damaged document keeps every entry that still passes its check, and a
 * document from a newer version is read as far as this version understands it (for showing only;
 * the store never writes it). Loaded only when such a value turns up, so ordinary page loads never
 * fetch it. The checks are the ones in doc.ts, held to the schema of record.
 */
import { isCalendarDay } from '../calendar-day';
import { fromOlder } from './migrate';
import { isHoursPerWeek, isKebabId, isLevel } from '../rules';
import { LIMITS, canonicalDoc, emptyDoc, isNote, isObject, isProgressDoc, isStoredTaskState, recordEntries, type ProgressDoc } from './doc';

export interface ReadResult {
  doc: ProgressDoc;
  /** True when the input was not a valid current, version 3, 2 or 1 document (parts may have been salvaged). */
  damaged: boolean;
  /** The version the input was migrated from, if any. */
  migratedFrom?: number;
}

/** The entries of a record that pass `check`, up to `max` of them. */
function salvageRecord<T>(value: unknown, check: (v: unknown) => v is T, max: number): Record<string, T> {
  const kept = (recordEntries(value) ?? []).filter((entry): entry is [string, T] => check(entry[1])).slice(0, max);
  return Object.fromEntries(kept);
}

const isTaskId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/**
 * Any parsed JSON value as a current document: a valid one as it is (known fields only), version 1
 * migrated, and anything else salvaged entry by entry.
 */
export function readDoc(value: unknown, now: Date = new Date()): ReadResult {
  if (isProgressDoc(value)) return { doc: canonicalDoc(value), damaged: false };
  const older = fromOlder(value);
  if (older) return { doc: older.doc, damaged: false, migratedFrom: older.from };
  const doc = emptyDoc(now);
  if (!isObject(value)) return { doc, damaged: true };

  if (value['version'] === 1) {
    // Version 1 kept finished task ids in a list: every id that is still readable is kept.
    const done = Array.isArray(value['done']) ? value['done'] : [];
    for (const id of done.filter(isTaskId).slice(0, LIMITS.tasks)) doc.tasks[id] = 'done';
    doc.ratings = salvageRecord(value['ratings'], isLevel, LIMITS.ratings);
    const clean =
      Array.isArray(value['done']) &&
      done.length <= LIMITS.tasks &&
      done.every((id) => typeof id === 'string') &&
      (value['ratings'] === undefined || Object.keys(doc.ratings).length === (recordEntries(value['ratings'])?.length ?? -1));
    return { doc, damaged: !clean, migratedFrom: 1 };
  }

  doc.tasks = salvageRecord(value['tasks'], isStoredTaskState, LIMITS.tasks);
  doc.ratings = salvageRecord(value['ratings'], isLevel, LIMITS.ratings);
  doc.notes = salvageRecord(value['notes'], isNote, LIMITS.notes);
  if (typeof value['role'] === 'string') doc.role = value['role'];
  if (isHoursPerWeek(value['hoursPerWeek'])) doc.hoursPerWeek = value['hoursPerWeek'];
  if (isCalendarDay(value['startDate'])) doc.startDate = value['startDate'];
  doc.choices = Object.fromEntries(
    (recordEntries(value['choices']) ?? [])
      .filter((e): e is [string, string] => isKebabId(e[0]) && isKebabId(e[1]))
      .slice(0, LIMITS.choices),
  );
  doc.includeAnyway = Object.fromEntries(
    (recordEntries(value['includeAnyway']) ?? [])
      .filter((e): e is [string, true] => isKebabId(e[0]) && e[1] === true)
      .slice(0, LIMITS.includeAnyway),
  );
  return { doc, damaged: true };
}

/** Whether a salvaged document holds anything worth restoring. */
export const holdsAnything = (d: ProgressDoc) =>
  Object.keys(d.tasks).length +
    Object.keys(d.ratings).length +
    Object.keys(d.notes).length +
    Object.keys(d.choices).length +
    Object.keys(d.includeAnyway).length >
    0 ||
  d.role !== undefined ||
  d.hoursPerWeek !== undefined ||
  d.startDate !== undefined;
