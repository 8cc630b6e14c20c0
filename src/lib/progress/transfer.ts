/**
 * Export and import of the progress document, and restoring a backup. Loaded only when a person
 * exports, imports or restores; checking a file (with the zod/mini schema, for the path to its
 * first bad field) lives in import.ts.
 */
import type { ProgressDoc } from './doc';
import type { FieldPath, ProgressStore } from './store';

/** Counts of what a document holds, for previews. */
export interface Summary {
  tasksDone: number;
  tasksInProgress: number;
  tasksSkipped: number;
  ratings: number;
  notes: number;
  role?: string;
  startDate?: string;
  hoursPerWeek?: number;
}

export interface ImportPreview {
  ok: true;
  doc: ProgressDoc;
  summary: Summary;
  migratedFrom?: number;
  /** Set when the file is damaged: where it first fails, so the preview can say only part is imported. */
  damagedAt?: string;
}
export interface ImportError {
  ok: false;
  error: string;
}

/** Counts the states in a document, for previews and progress text. */
export function summarise(doc: ProgressDoc): Summary {
  const states = Object.values(doc.tasks);
  return {
    tasksDone: states.filter((s) => s === 'done').length,
    tasksInProgress: states.filter((s) => s === 'in-progress').length,
    tasksSkipped: states.filter((s) => s === 'skipped').length,
    ratings: Object.keys(doc.ratings).length,
    notes: Object.keys(doc.notes).length,
    ...(doc.role === undefined ? {} : { role: doc.role }),
    ...(doc.startDate === undefined ? {} : { startDate: doc.startDate }),
    ...(doc.hoursPerWeek === undefined ? {} : { hoursPerWeek: doc.hoursPerWeek }),
  };
}

/**
 * Replaces the store's whole document with a previewed import, optional fields included (a field
 * the file lacks is cleared). Returns whether it was saved; when it was not, nothing was replaced.
 */
export function applyImport(store: Pick<ProgressStore, 'replace'>, preview: ImportPreview): boolean {
  return store.replace(preview.doc);
}

/**
 * What restoring a backup adds to the current document: every entry the backup holds that the
 * current document does not, so nothing recorded since is changed.
 */
export function restoreChanges(current: ProgressDoc, backup: ProgressDoc): [FieldPath, unknown][] {
  const out: [FieldPath, unknown][] = [];
  for (const field of ['tasks', 'ratings', 'notes', 'choices', 'includeAnyway'] as const)
    for (const [k, v] of Object.entries(backup[field])) if (!Object.hasOwn(current[field], k)) out.push([[field, k], v]);
  for (const field of ['role', 'hoursPerWeek', 'startDate'] as const)
    if (current[field] === undefined && backup[field] !== undefined) out.push([[field], backup[field]]);
  return out;
}
