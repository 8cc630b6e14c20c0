/**
 * Slips that templates make when data and prose are glued together: a number glued to a word
 * ("36skills", "guess.4"), a range whose two ends are the same ("3–3", "between 28 November 2026
 * and 28 November 2026"), and a doubled word ("the the"). `tests/dist/slips.test.ts` runs these over
 * the visible text of every built page; empty list items are checked there on the DOM.
 */

/** Letters that may follow a number: ordinals, units and names where the run-together is right. */
const allowedAfterNumber = /^(st|nd|rd|th|px|kb|mb|gb|tb|ms|am|pm|[a-z])$/i;

/** A number glued to the word after it ("36skills"), or a word or sentence glued to a number ("between28", "guess.4"). */
export function gluedNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\w.-])(\d+)([A-Za-z]+)\b/g)) {
    if (!allowedAfterNumber.test(m[2]!)) out.push(m[0]);
  }
  for (const m of text.matchAll(/\b[A-Za-z]{2,}[.!?,;:]\d+/g)) out.push(m[0]);
  // A connecting word run into a number ("between28"); names such as ggplot2 or HL7 are left alone.
  const joiners = 'about|after|and|at|before|between|by|for|from|in|of|on|over|since|than|to|under|until|with';
  for (const m of text.matchAll(new RegExp(`\\b(?:${joiners})\\d+\\b`, 'gi'))) out.push(m[0]);
  return out;
}

/** Ranges whose two ends are the same: "3–3", "from May 2026 to May 2026", "between X and X". */
export function equalRanges(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\w.])(\d+(?:\.\d+)?)\s?[–-]\s?(\d+(?:\.\d+)?)(?![\w.])/g)) if (m[1] === m[2]) out.push(m[0]);
  const phrase = /\b(between|from)\s+((?:\S+\s+){0,2}\S+?)\s+(and|to)\s+((?:\S+\s+){0,2}\S+?)(?=[\s.,;:)]|$)/gi;
  for (const m of text.matchAll(phrase)) if (m[2]!.toLowerCase() === m[4]!.toLowerCase()) out.push(m[0]);
  return out;
}

/** Words written twice in a row on one line ("the the"); numbers are not words here. */
export function doubledWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b([A-Za-z]+)[ \t]+\1\b(?!-)/gi)) out.push(m[0]);
  return out;
}
