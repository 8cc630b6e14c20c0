/**
 * Checks a chosen progress file before anything is replaced, against the zod/mini schema of the
 * progress document. Loaded only when a person picks a file to import.
 */
import { firstProblem } from '../schemas/progress';
import { CURRENT_VERSION, EXPORT_APP } from './progress-store';
import { isObject, readDoc } from './progress-repair';
import { summarise, type ImportError, type ImportPreview } from './progress-transfer';

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
  const problem = firstProblem(payload);
  const result = readDoc(payload);
  if (problem || result.damaged)
    return { ok: false, error: `Parts of this file are damaged or not in the expected format (first at: ${problem ?? 'the document itself'}), so nothing was imported.` };
  return {
    ok: true,
    doc: result.doc,
    summary: summarise(result.doc),
    ...(result.migratedFrom ? { migratedFrom: result.migratedFrom } : {}),
  };
}
