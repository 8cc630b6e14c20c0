/**
 * Migration of the previous version on page loads: version 2 gains `choices` (empty) and nothing
 * else changes, so the store migrates it on the spot without the repair code; the repair code
 * (repair.ts) uses the same step. Kept out of doc.ts so the first-paint code (progress-ui.ts) stays
 * small: there, a version 2 document loads the store, which migrates and stores it once.
 */
import { CURRENT_VERSION, canonicalDoc, isObject, isProgressDoc, type ProgressDoc } from './doc';

/**
 * A valid version 2 document as version 3, with nothing lost (the same fields, no choices yet);
 * undefined for anything else. Cheap enough for page loads, so an ordinary visit after the update
 * shows its progress at once and never needs the repair code.
 */
export function fromV2(v: unknown): ProgressDoc | undefined {
  if (!isObject(v) || v['version'] !== 2 || v['choices'] !== undefined) return undefined;
  const doc = { ...v, version: CURRENT_VERSION, choices: {} };
  return isProgressDoc(doc) ? canonicalDoc(doc) : undefined;
}

/** A stored value as a current document when it is one or a valid version 2 one (migrated), else undefined. */
export const asCurrentDoc = (v: unknown): ProgressDoc | undefined => (isProgressDoc(v) ? canonicalDoc(v) : fromV2(v));
