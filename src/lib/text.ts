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
