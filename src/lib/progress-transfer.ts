/**
 * Export and import of the progress document. Kept apart from the store so pages load it only
 * when a person exports or imports.
 */
import { CURRENT_VERSION, EXPORT_APP, isObject, readDoc, type ProgressDoc, type ProgressStore } from './progress-store';
export { exportJson } from './progress-store';

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

/**
 * Checks an exported file before anything is replaced. Accepts the export envelope or a bare
 * document, migrates old versions, and refuses anything damaged with a message saying why.
 */
export function previewImport(text: string): ImportPreview | ImportError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a file exported from this site (progress.json).' };
  }
  const payload = isObject(parsed) && parsed['app'] === EXPORT_APP ? parsed['data'] : parsed;
  if (isObject(parsed) && 'app' in parsed && parsed['app'] !== EXPORT_APP)
    return { ok: false, error: 'This file was exported by a different application.' };
  if (!isObject(payload) || typeof payload['version'] !== 'number')
    return { ok: false, error: 'This file does not contain saved progress from this site.' };
  if (payload['version'] > CURRENT_VERSION)
    return { ok: false, error: `This file is from a newer version of the site (version ${payload['version']}); reload the page and try again.` };
  const result = readDoc(payload);
  if (result.damaged) return { ok: false, error: 'Parts of this file are damaged or not in the expected format, so nothing was imported.' };
  return {
    ok: true,
    doc: result.doc,
    summary: summarise(result.doc),
    ...(result.migratedFrom ? { migratedFrom: result.migratedFrom } : {}),
  };
}


/** Replaces the store's document with a previewed import. Returns whether it was saved. */
export function applyImport(store: ProgressStore, preview: ImportPreview): boolean {
  return store.update((d) => {
    Object.assign(d, structuredClone(preview.doc));
  });
}
