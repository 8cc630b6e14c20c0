/**
 * Checkpoints are self-tests: every authored month's questions carry model answers, every month
 * has a practical check with an expected result, and checks on Synthea data point at the one
 * pinned run so that learners can compare results.
 */
import { describe, expect, it } from 'vitest';
import { monthSchema } from '../../src/schemas/months';
import { plainRef } from '../../src/schemas/shared';
import { SYNTHEA_RUN, syntheaCloneCommand, syntheaJarCommand, usesPinnedSynthea } from '../../src/lib/synthea';
import { sentenceCount } from '../../src/lib/text';
import { contentEntries } from '../fixtures/content';

const months = contentEntries('months').map((m) => ({ file: m.filePath, parsed: monthSchema(plainRef).safeParse(m.data) }));

describe('authored checkpoints', () => {
  it('reads all 18 months', () => {
    expect(months.map((m) => m.file)).toHaveLength(18);
  });
  it.each(months)('$file passes the month schema', ({ parsed }) => {
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
  it.each(months)('$file: every question has a model answer and there is at least one practical check', ({ parsed }) => {
    const data = parsed.data!;
    expect(data.checkpoint.length).toBeGreaterThanOrEqual(2);
    for (const item of data.checkpoint) expect(item.answer.trim().length, item.question).toBeGreaterThanOrEqual(40);
    expect(data.practicalChecks.length).toBeGreaterThanOrEqual(1);
    for (const check of data.practicalChecks) expect(check.expected.trim(), check.task).not.toBe('');
  });
  it('marks exactly the practical checks that name the pinned Synthea run', () => {
    const mismatches = months.flatMap(({ file, parsed }) =>
      parsed.data!.practicalChecks.filter((c) => /pinned Synthea/i.test(c.task) !== c.synthea).map((c) => `${file}: ${c.task}`),
    );
    expect(mismatches).toEqual([]);
  });
  it('asks checkable questions, not reflections', () => {
    const reflective = /how would you feel|reflect on|what did your|what was the most useful|what did .* ask for/i;
    const offenders = months.flatMap(({ file, parsed }) =>
      parsed.data!.checkpoint.filter((c) => reflective.test(c.question)).map((c) => `${file}: ${c.question}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the pinned Synthea run', () => {
  it('gives the seeds, reference date, population and CSV export on one command line', () => {
    expect(syntheaJarCommand()).toBe(
      'java -jar synthea-with-dependencies.jar -s 42 -cs 42 -r 20260101 -p 1000 --exporter.csv.export=true Massachusetts',
    );
    expect(syntheaCloneCommand()).toBe('./run_synthea -s 42 -cs 42 -r 20260101 -p 1000 --exporter.csv.export=true Massachusetts');
  });
  it('downloads the jar of the release it names', () => {
    expect(SYNTHEA_RUN.jarUrl).toContain(`/download/${SYNTHEA_RUN.version}/`);
    expect(SYNTHEA_RUN.releaseUrl).toMatch(new RegExp(`/tag/${SYNTHEA_RUN.version.replaceAll('.', '\\.')}$`));
  });
  it('is shown only where a practical check uses it', () => {
    expect(usesPinnedSynthea([])).toBe(false);
    expect(usesPinnedSynthea([{ synthea: false }, {}])).toBe(false);
    expect(usesPinnedSynthea([{ synthea: false }, { synthea: true }])).toBe(true);
  });
});

describe('sentenceCount', () => {
  it.each([
    ['', 0],
    ['One sentence.', 1],
    ['No final stop', 1],
    ['First. Second? Third!', 3],
    ['Version 3.3.0 and patients.csv stay one sentence.', 1],
    ['Divide by 18.016. Then round.', 2],
    ['A sentence. And a tail without a stop', 2],
  ])('%j has %i', (text, n) => {
    expect(sentenceCount(text)).toBe(n);
  });
});
