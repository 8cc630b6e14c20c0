/**
 * The first sentence of a text (up to the first ". "), shortened at a word boundary with "…"
 * when longer than `max` characters, for dense listings.
 */
export function firstSentence(text: string, max = Infinity): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  const sentence = m ? m[1]! : text.trim();
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:(–-]+$/, '')}…`;
}

/**
 * A one-line version of a text for a table cell: undefined when the whole text already fits in
 * `max` characters, else its start cut at a word boundary with "…".
 */
export function oneLine(text: string, max = 34): string | undefined {
  const t = text.trim();
  if (t.length <= max) return undefined;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:(–.-]+$/, '')}…`;
}

/** How many sentences a checkpoint's model answer may have. */
export const ANSWER_SENTENCES = { min: 1, max: 4 } as const;

/**
 * The number of sentences in a text: runs of text ending in ".", "!" or "?" followed by a space or
 * the end. A full stop inside a token (3.5, e.g.) does not end a sentence when no space follows it;
 * write "for example" rather than "e.g." in prose that is counted.
 */
export function sentenceCount(text: string): number {
  const t = text.trim();
  if (!t) return 0;
  const ends = t.match(/[.!?](?=\s+\S|$)/g)?.length ?? 0;
  return /[.!?]$/.test(t) ? ends : ends + 1;
}
