/**
 * Checks a chosen progress file (or a backup) before anything is replaced, against the zod/mini
 * schema of the progress document. Loaded only when a person picks a file or restores a backup.
 */
import { firstProblem } from '../../schemas/progress';
import { EXPORT_APP, LIMITS, isObject, newerVersion, recordEntries } from './doc';
import { holdsAnything, readDoc } from './repair';
import { summarise, type ImportError, type ImportPreview } from './transfer';

const count = (v: unknown) => (Array.isArray(v) ? v.length : (recordEntries(v)?.length ?? 0));

/** The first limit a document goes past, worded for the person, or undefined. */
function overLimit(doc: Record<string, unknown>): string | undefined {
  const checks: [unknown, number, string][] = [
    [doc['tasks'] ?? doc['done'], LIMITS.tasks, 'task states'],
    [doc['ratings'], LIMITS.ratings, 'skill ratings'],
    [doc['notes'], LIMITS.notes, 'notes'],
    [doc['choices'], LIMITS.choices, 'choices between alternatives'],
    [doc['includeAnyway'], LIMITS.includeAnyway, 'skills kept in the plan'],
  ];
  for (const [v, max, what] of checks)
    if (count(v) > max)
      return `It holds ${count(v).toLocaleString('en-US')} ${what}; the site keeps at most ${max.toLocaleString('en-US')}.`;
  const long = (recordEntries(doc['notes']) ?? []).find(([, n]) => typeof n === 'string' && n.length > LIMITS.noteLength);
  if (long) return `Its note "${long[0].slice(0, 40)}" is longer than ${LIMITS.noteLength.toLocaleString('en-US')} characters.`;
  return undefined;
}

/**
 * Checks an exported file (the export envelope or a bare document) before anything is replaced.
 * Old versions migrate. A damaged file is previewed with what can still be read, and says so;
 * a file past the limits, from a newer version, or with nothing readable is refused, saying why.
 */
export function previewImport(text: string, now: Date = new Date()): ImportPreview | ImportError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a file exported from this site (progress.json).' };
  }
  if (isObject(parsed) && 'app' in parsed && parsed['app'] !== EXPORT_APP)
    return { ok: false, error: 'This file was exported by a different application.' };
  const payload = isObject(parsed) && parsed['app'] === EXPORT_APP ? parsed['data'] : parsed;
  if (!isObject(payload) || typeof payload['version'] !== 'number')
    return { ok: false, error: 'This file does not contain saved progress from this site.' };
  const newer = newerVersion(payload);
  if (newer !== undefined)
    return {
      ok: false,
      error: `This file is from a newer version of the site (version ${newer}). Reload the page to get the newest version, then import it again.`,
    };
  const limit = overLimit(payload);
  if (limit) return { ok: false, error: `This file is larger than the site allows. ${limit}` };
  const problem = firstProblem(payload);
  const result = readDoc(payload, now);
  if ((problem || result.damaged) && !holdsAnything(result.doc))
    return { ok: false, error: `This file is damaged (first at: ${problem ?? 'the document itself'}) and nothing in it can be read.` };
  return {
    ok: true,
    doc: result.doc,
    summary: summarise(result.doc),
    ...(result.migratedFrom ? { migratedFrom: result.migratedFrom } : {}),
    ...(problem || result.damaged ? { damagedAt: problem ?? 'the document itself' } : {}),
  };
}
