/**
 * Export and import of the progress document. Kept apart from the store so pages load it only
 * when a person exports or imports; checking an imported file (with the zod/mini schema) lives in
 * progress-import.ts, loaded only when a file is chosen.
 */
import { EXPORT_APP, type ProgressDoc, type ProgressStore } from './progress-store';

/** The export file's text for a store's document. */
export function exportJson(store: Pick<ProgressStore, 'doc'>, now: Date = new Date()): string {
  return `${JSON.stringify({ app: EXPORT_APP, exportedAt: now.toISOString(), data: store.doc }, null, 2)}\n`;
}

export interface ImportPreview {
  ok: true;
  doc: ProgressDoc;
  /** Human-readable summary of what the file holds. */
  summary: { tasksDone: number; tasksInProgress: number; tasksSkipped: number; ratings: number; role?: string; startDate?: string };
  migratedFrom?: number;
}
export interface ImportError {
  ok: false;
  error: string;
}

/** Counts the states in a document, for previews and progress text. */
export function summarise(doc: ProgressDoc): ImportPreview['summary'] {
  const states = Object.values(doc.tasks);
  return {
    tasksDone: states.filter((s) => s === 'done').length,
    tasksInProgress: states.filter((s) => s === 'in-progress').length,
    tasksSkipped: states.filter((s) => s === 'skipped').length,
    ratings: Object.keys(doc.ratings).length,
    ...(doc.role ? { role: doc.role } : {}),
    ...(doc.startDate ? { startDate: doc.startDate } : {}),
  };
}

/** Replaces the store's document with a previewed import. Returns whether it was saved. */
export function applyImport(store: ProgressStore, preview: ImportPreview): boolean {
  return store.update((d) => {
    Object.assign(d, structuredClone(preview.doc));
  });
}
