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
