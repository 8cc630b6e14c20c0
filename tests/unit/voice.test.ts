/**
 * One voice: US English, no internal jargon ("the seed") and no editor's notes in anything a
 * learner reads. Scans every content file and every page template.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { britishSpellings } from '../../src/lib/spelling';

const root = join(import.meta.dirname, '..', '..');
const files = (dir: string, exts: RegExp) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => exts.test(f))
    .map((f) => join(dir, f));
const learnerFiles = [...files('content', /\.(md|mdx|ya?ml)$/), ...files('src', /\.astro$/)];

/** The text a reader sees: search aliases (deliberate misspellings) and URLs are left out. */
function readerText(file: string): string {
  return readFileSync(join(root, file), 'utf8')
    .split('\n')
    .filter((l) => !/^\s*aliases\s*:/.test(l))
    .join('\n')
    .replace(/https?:\/\/\S+/g, ' ');
}

const editorNotes = [
  /\bthe seed\b/i,
  /sources checked/i,
  /sources behind this page/i,
  /\bwe could not confirm\b/i,
  /according to several secondary sources/i,
  /was not found\b/i,
];

describe('one voice in content and page templates', () => {
  it('finds the files it checks', () => {
    expect(learnerFiles.length).toBeGreaterThan(150);
  });
  it('uses US spelling', () => {
    const offenders = learnerFiles.flatMap((f) => britishSpellings(readerText(f)).map((w) => `${f}: ${w}`));
    expect(offenders).toEqual([]);
  });
  it('never says "the seed" and carries no editor\'s notes', () => {
    const offenders = learnerFiles.flatMap((f) => {
      const text = readerText(f);
      return editorNotes.filter((re) => re.test(text)).map((re) => `${f}: ${re.source}`);
    });
    expect(offenders).toEqual([]);
  });
  it('catches what it is meant to catch', () => {
    expect(britishSpellings('The organisation will analyse and optimise the programme; colour and judgement.')).toEqual([
      'organisation',
      'analyse',
      'optimise',
      'programme',
      'colour',
      'judgement',
    ]);
    expect(britishSpellings('Analyses of the organization; advise on expertise and exercise.')).toEqual([]);
  });
});
