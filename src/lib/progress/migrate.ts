/**
 * Migration of the previous versions on page loads: version 2 gains `choices` and version 3 gains
 * `includeAnyway` (both empty) and nothing else changes, so the store migrates them on the spot
 * without the repair code; the repair code (repair.ts) uses the same step. Kept out of doc.ts so
 * the first-paint code (progress-ui.ts) stays small: there, an older document loads the store,
 * which migrates and stores it once.
 */
import { CURRENT_VERSION, canonicalDoc, isObject, isProgressDoc, type ProgressDoc } from './doc';

/**
 * A valid version 2 or 3 document as the current version, with nothing lost (the same fields,
 * plus the empty ones the later versions added); undefined for anything else. Cheap enough for
 * page loads, so an ordinary visit after the update shows its progress at once and never needs
 * the repair code.
 */
export function fromOlder(v: unknown): { doc: ProgressDoc; from: 2 | 3 } | undefined {
  if (!isObject(v) || v['includeAnyway'] !== undefined) return undefined;
  const from = v['version'];
  // Version 2 had no choices; version 3 must have them.
  if (from !== 3 && !(from === 2 && v['choices'] === undefined)) return undefined;
  const doc = { ...v, ...(from === 2 ? { choices: {} } : {}), version: CURRENT_VERSION, includeAnyway: {} };
  return isProgressDoc(doc) ? { doc: canonicalDoc(doc), from } : undefined;
}

/** A stored value as a current document when it is one or a valid version 2 or 3 one (migrated), else undefined. */
export const asCurrentDoc = (v: unknown): ProgressDoc | undefined => (isProgressDoc(v) ? canonicalDoc(v) : fromOlder(v)?.doc);
