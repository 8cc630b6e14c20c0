/**
 * The stored progress document: its types (inferred from the schema of record in
 * src/schemas/progress.ts), its constants and limits, and the checks every other progress module
 * builds on. Nothing here imports another progress module, so they all depend on this one and
 * never on each other in a cycle.
 */
import type * as z from 'zod/mini';
import type { progressDocSchema } from '../../schemas/progress';
import { isCalendarDay } from '../calendar-day';
import { isHoursPerWeek, isKebabId, isLevel } from '../rules';

/** The localStorage key of the document. */
export const STORAGE_KEY = 'hasm-progress';
/** Unreadable originals are kept under this prefix plus the time they were found. */
export const BACKUP_PREFIX = 'hasm-progress-backup-';
/**
 * The version this code writes. Documents with a higher version are read, never written.
 * 1: finished task ids and ratings. 2: task states, ratings, role, pace, start date, notes.
 * 3: version 2 plus `choices` (the option taken in each group of alternatives), and `role` is also
 * the track the roadmap shows. 4: version 3 plus `includeAnyway` (skills whose tasks the plan keeps
 * although the person's rating covers them).
 */
export const CURRENT_VERSION = 4;
/** The event the store dispatches on `window` after the first save where nothing was stored (OfflineSupport.astro asks for persistent storage then). */
export const FIRST_SAVE_EVENT = 'hasm:first-save';
/** The `app` field of an export file. */
export const EXPORT_APP = 'healthcare-ai-skills-matrix';

/**
 * Upper bounds on what a document, an import or a share link may hold: about ten times what the
 * content needs, so no honest document meets them and no hostile one can slow every change down.
 */
export const LIMITS = { tasks: 2000, ratings: 500, notes: 500, noteLength: 10_000, choices: 20, includeAnyway: 500 } as const;

/** Task states as shown on the checklist; "open" is the absence of a stored state. */
export const taskStates = ['open', 'in-progress', 'done', 'skipped'] as const;
export type TaskState = (typeof taskStates)[number];
/** The states a document stores. */
export const storedTaskStates = ['in-progress', 'done', 'skipped'] as const;
export type StoredTaskState = (typeof storedTaskStates)[number];

/** The stored document, current version. */
export type ProgressDoc = z.infer<typeof progressDocSchema>;

export function emptyDoc(now: Date = new Date()): ProgressDoc {
  return { version: CURRENT_VERSION, tasks: {}, ratings: {}, notes: {}, choices: {}, includeAnyway: {}, updatedAt: now.toISOString() };
}

/** An object that is neither null nor an array (what zod calls an object). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a record may be: a plain object, with or without a prototype (not a Date, Map or array).
 * zod also refuses instances of classes; parsed JSON never holds one.
 */
const isPlainObject = (v: unknown): v is Record<string, unknown> => Object.prototype.toString.call(v) === '[object Object]';

/**
 * The entries of a record, as zod reads them (own enumerable keys, `__proto__` skipped), or
 * undefined when `v` is not a record or has a symbol key.
 */
export function recordEntries(v: unknown): [string, unknown][] | undefined {
  if (!isPlainObject(v)) return undefined;
  const out: [string, unknown][] = [];
  for (const key of Reflect.ownKeys(v)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, key)) continue;
    if (typeof key !== 'string') return undefined;
    out.push([key, v[key]]);
  }
  return out;
}

/** True when `v` is a record of at most `max` entries whose values all pass `check`. */
const isRecordOf = (v: unknown, check: (x: unknown) => boolean, max: number) => {
  const entries = recordEntries(v);
  return !!entries && entries.length <= max && entries.every(([, x]) => check(x));
};

export const isStoredTaskState = (v: unknown): v is StoredTaskState => (storedTaskStates as readonly unknown[]).includes(v);
export const isNote = (v: unknown): v is string => typeof v === 'string' && v.length <= LIMITS.noteLength;
const optional = (v: Record<string, unknown>, key: string, check: (x: unknown) => boolean) => v[key] === undefined || check(v[key]);

/**
 * True exactly when `progressDocSchema.safeParse(v).success` is: the page-load check, without
 * zod's runtime. tests/unit/progress-schema.test.ts holds the two together.
 */
export function isProgressDoc(v: unknown): v is ProgressDoc {
  return (
    isObject(v) &&
    v['version'] === CURRENT_VERSION &&
    isRecordOf(v['tasks'], isStoredTaskState, LIMITS.tasks) &&
    isRecordOf(v['ratings'], isLevel, LIMITS.ratings) &&
    optional(v, 'role', (x) => typeof x === 'string') &&
    optional(v, 'hoursPerWeek', isHoursPerWeek) &&
    optional(v, 'startDate', isCalendarDay) &&
    isRecordOf(v['notes'], isNote, LIMITS.notes) &&
    isChoices(v['choices']) &&
    isIncludeAnyway(v['includeAnyway']) &&
    typeof v['updatedAt'] === 'string'
  );
}

/** True for a record of at most LIMITS.choices alternative choices, group id → option id, both kebab-case. */
export const isChoices = (v: unknown): v is Record<string, string> => {
  const entries = recordEntries(v);
  return !!entries && entries.length <= LIMITS.choices && entries.every(([k, x]) => isKebabId(k) && isKebabId(x));
};

/** True for a record of at most LIMITS.includeAnyway skills kept in the plan, skill id (kebab-case) → true. */
export const isIncludeAnyway = (v: unknown): v is Record<string, true> => {
  const entries = recordEntries(v);
  return !!entries && entries.length <= LIMITS.includeAnyway && entries.every(([k, x]) => isKebabId(k) && x === true);
};

/** The version a stored or imported value claims, when it claims one newer than this code's. */
export function newerVersion(v: unknown): number | undefined {
  const version = isObject(v) ? v['version'] : undefined;
  return typeof version === 'number' && Number.isSafeInteger(version) && version > CURRENT_VERSION ? version : undefined;
}

/**
 * A fresh copy of a valid document with only the fields this version knows, so stray keys
 * (`__proto__` among them) never reach the live document or storage.
 */
export function canonicalDoc(d: ProgressDoc): ProgressDoc {
  const copy = <T>(r: Record<string, T>) => Object.fromEntries(recordEntries(r) ?? []) as Record<string, T>;
  // JSON drops the optional fields that are undefined.
  return JSON.parse(
    JSON.stringify({
      version: CURRENT_VERSION,
      tasks: copy(d.tasks),
      ratings: copy(d.ratings),
      role: d.role,
      hoursPerWeek: d.hoursPerWeek,
      startDate: d.startDate,
      notes: copy(d.notes),
      choices: copy(d.choices),
      includeAnyway: copy(d.includeAnyway),
      updatedAt: d.updatedAt,
    }),
  ) as ProgressDoc;
}

/** The export file's text for a document. */
export function exportJson(doc: ProgressDoc, now: Date = new Date()): string {
  return `${JSON.stringify({ app: EXPORT_APP, exportedAt: now.toISOString(), data: doc }, null, 2)}\n`;
}

/** Progress over a set of task ids: counts and the share done, skipped tasks left out. */
export function progressOf(doc: ProgressDoc, taskIds: readonly string[]) {
  let done = 0;
  let inProgress = 0;
  let skipped = 0;
  for (const id of taskIds) {
    const s = doc.tasks[id];
    if (s === 'done') done++;
    else if (s === 'in-progress') inProgress++;
    else if (s === 'skipped') skipped++;
  }
  const counted = taskIds.length - skipped;
  return { done, inProgress, skipped, total: taskIds.length, percent: counted === 0 ? 100 : Math.round((done / counted) * 100) };
}
