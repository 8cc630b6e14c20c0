/**
 * No template slips in what a reader sees: text glued to a number ("36skills", "guess.4"), ranges
 * whose two ends are equal, empty list items, doubled words, and the internal name "the seed".
 */
import { existsSync } from 'node:fs';
import type { HTMLElement, Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadPages } from '../../tools/dist-pages.mjs';
import { doubledWords, equalRanges, gluedNumbers } from '../../src/lib/template-slips';

if (!existsSync('dist')) throw new Error('dist/ is missing: run `npm run build` first');
const pages: { path: string; root: HTMLElement }[] = loadPages('dist', '/');

/** Elements that start a new line of text; everything else runs inline. */
const BLOCK = new Set(
  'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol option p pre section select summary table tbody td tfoot th thead tr ul'.split(' '),
);
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** The text a reader sees (and a screen reader reads), one line per block. */
function visibleText(node: Node): string {
  if (Number(node.nodeType) === 3) return node.text;
  if (Number(node.nodeType) !== 1) return '';
  const el = node as HTMLElement;
  const tag = el.tagName?.toLowerCase() ?? '';
  if (HIDDEN.has(tag)) return '';
  const inner = el.childNodes.map(visibleText).join('');
  const cls = el.getAttribute('class') ?? '';
  // The items of a flex or grid container, and badges, stand apart from their neighbors.
  if (/(^|\s)(flex|grid)(\s|$)/.test(cls)) return `\n${el.childNodes.map(visibleText).join('\n')}\n`;
  const blockClass = /(^|\s)(block|sr-only|badge)(\s|$)/.test(cls);
  return BLOCK.has(tag) || blockClass ? `\n${inner}\n` : inner;
}

const texts = pages.map((p) => ({ path: p.path, text: visibleText(p.root.querySelector('body') ?? p.root).replace(/[ \t\u00a0]+/g, ' ') }));
const report = (find: (t: string) => string[]) => texts.flatMap(({ path, text }) => find(text).map((s) => `${path}: ${s}`));

describe('no template slips in the built pages', () => {
  it('reads every page', () => {
    expect(pages.length).toBeGreaterThan(150);
  });
  it('never glues text to a number', () => {
    expect(report(gluedNumbers)).toEqual([]);
  });
  it('never writes a range whose two ends are the same', () => {
    expect(report(equalRanges)).toEqual([]);
  });
  it('never doubles a word', () => {
    expect(report(doubledWords)).toEqual([]);
  });
  it('has no empty list items', () => {
    const empty = pages.flatMap((p) =>
      p.root
        .querySelectorAll('li')
        .filter((li) => li.text.trim() === '' && !li.querySelector('img, input, select, button, [aria-label]'))
        .map(() => p.path),
    );
    expect(empty).toEqual([]);
  });
  it('never says "the seed"', () => {
    expect(report((t) => [...t.matchAll(/\bthe seed\b/gi)].map((m) => m[0]))).toEqual([]);
  });
});
