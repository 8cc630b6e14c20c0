/**
 * Page loads check stored progress with the hand-written guard `isProgressDoc`
 * (src/lib/progress/doc.ts), so pages do not ship zod. These tests hold it to the schema of record:
 * for every document, hand-picked or generated, the guard and `schema.safeParse` agree.
 */
import { describe, expect, it } from 'vitest';
import { isCalendarDay } from '../../src/lib/calendar-day';
import { LIMITS, isProgressDoc } from '../../src/lib/progress/doc';
import { readDoc } from '../../src/lib/progress/repair';
import { isLevel } from '../../src/lib/rules';
import { calendarDaySchema, progressDocSchema, progressDocV1Schema, ratingSchema } from '../../src/schemas/progress';

const validDoc = isProgressDoc;

const valid = {
  version: 4,
  tasks: { 'm01-a': 'done', 'm02-b': 'in-progress', 'm03-c': 'skipped' },
  ratings: { sql: 0, python: 4 },
  role: 'clinical-data-scientist',
  hoursPerWeek: 10,
  startDate: '2026-12-01',
  notes: { 'month-1': 'Started with SQL' },
  choices: { cloud: 'azure', 'dl-framework': 'pytorch' },
  includeAnyway: { 'python-ecosystem': true },
  updatedAt: '2026-12-01T09:00:00.000Z',
};
type Doc = Record<string, unknown>;
const rec = (d: Doc, field: string) => d[field] as Record<PropertyKey, unknown>;

// Each mutation of a valid document, applied to a fresh copy.
const mutations: [string, (d: Doc) => void, boolean][] = [
  ['valid as it is', () => {}, true],
  [
    'no optional fields',
    (d) => {
      delete d['role'];
      delete d['hoursPerWeek'];
      delete d['startDate'];
    },
    true,
  ],
  [
    'a field this version does not know',
    (d) => {
      d['theme'] = 'dark';
    },
    true,
  ],
  [
    'optional fields present but undefined',
    (d) => {
      d['role'] = undefined;
    },
    true,
  ],
  [
    'unknown task state',
    (d) => {
      rec(d, 'tasks')['x'] = 'finished';
    },
    false,
  ],
  [
    '"open" is never stored',
    (d) => {
      rec(d, 'tasks')['x'] = 'open';
    },
    false,
  ],
  [
    'tasks a list',
    (d) => {
      d['tasks'] = ['m01-a'];
    },
    false,
  ],
  [
    'tasks null',
    (d) => {
      d['tasks'] = null;
    },
    false,
  ],
  [
    'tasks without a prototype',
    (d) => {
      d['tasks'] = Object.assign(Object.create(null), { 'm01-a': 'done' });
    },
    true,
  ],
  [
    'tasks a Date',
    (d) => {
      d['tasks'] = new Date(0);
    },
    false,
  ],
  [
    'a task keyed by a symbol',
    (d) => {
      rec(d, 'tasks')[Symbol('x')] = 'done';
    },
    false,
  ],
  [
    'a "__proto__" task from JSON',
    (d) => {
      d['tasks'] = JSON.parse('{"__proto__":"bogus","m01-a":"done"}');
    },
    true,
  ],
  [
    'rating above 4',
    (d) => {
      rec(d, 'ratings')['sql'] = 5;
    },
    false,
  ],
  [
    'rating below 0',
    (d) => {
      rec(d, 'ratings')['sql'] = -1;
    },
    false,
  ],
  [
    'fractional rating',
    (d) => {
      rec(d, 'ratings')['sql'] = 2.5;
    },
    false,
  ],
  [
    'rating as text',
    (d) => {
      rec(d, 'ratings')['sql'] = '3';
    },
    false,
  ],
  [
    'rating NaN',
    (d) => {
      rec(d, 'ratings')['sql'] = NaN;
    },
    false,
  ],
  [
    'rating -0',
    (d) => {
      rec(d, 'ratings')['sql'] = -0;
    },
    true,
  ],
  [
    '0 hours a week',
    (d) => {
      d['hoursPerWeek'] = 0;
    },
    false,
  ],
  [
    '41 hours a week',
    (d) => {
      d['hoursPerWeek'] = 41;
    },
    false,
  ],
  [
    'Infinity hours a week',
    (d) => {
      d['hoursPerWeek'] = Infinity;
    },
    false,
  ],
  [
    'hours as text',
    (d) => {
      d['hoursPerWeek'] = '10';
    },
    false,
  ],
  [
    'start date not a day',
    (d) => {
      d['startDate'] = 'next monday';
    },
    false,
  ],
  [
    'start date with a time',
    (d) => {
      d['startDate'] = '2026-12-01T00:00';
    },
    false,
  ],
  [
    'role not text',
    (d) => {
      d['role'] = 3;
    },
    false,
  ],
  [
    'role null',
    (d) => {
      d['role'] = null;
    },
    false,
  ],
  [
    'note not text',
    (d) => {
      rec(d, 'notes')['x'] = { text: 'hi' };
    },
    false,
  ],
  [
    'notes missing',
    (d) => {
      delete d['notes'];
    },
    false,
  ],
  [
    'updatedAt missing',
    (d) => {
      delete d['updatedAt'];
    },
    false,
  ],
  [
    'updatedAt a number',
    (d) => {
      d['updatedAt'] = 1764579600000;
    },
    false,
  ],
  [
    'wrong version',
    (d) => {
      d['version'] = 5;
    },
    false,
  ],
  [
    'version 3 (it migrates, but is not current; a version 3 never held includeAnyway)',
    (d) => {
      d['version'] = 3;
    },
    false,
  ],
  [
    'no skills kept in the plan',
    (d) => {
      delete d['includeAnyway'];
    },
    false,
  ],
  [
    'no skill kept in the plan anyway',
    (d) => {
      d['includeAnyway'] = {};
    },
    true,
  ],
  [
    'skills kept in the plan as a list',
    (d) => {
      d['includeAnyway'] = ['python-ecosystem'];
    },
    false,
  ],
  [
    'a skill kept in the plan with a value other than true',
    (d) => {
      rec(d, 'includeAnyway')['sql'] = 'yes';
    },
    false,
  ],
  [
    'a skill kept in the plan with false',
    (d) => {
      rec(d, 'includeAnyway')['sql'] = false;
    },
    false,
  ],
  [
    'a skill kept in the plan that is not kebab-case',
    (d) => {
      rec(d, 'includeAnyway')['Python'] = true;
    },
    false,
  ],
  [
    'a "__proto__" skill kept in the plan from JSON',
    (d) => {
      d['includeAnyway'] = JSON.parse('{"__proto__":true,"sql":true}');
    },
    true,
  ],
  [
    'as many skills kept in the plan as the limit',
    (d) => {
      d['includeAnyway'] = Object.fromEntries(Array.from({ length: LIMITS.includeAnyway }, (_, i) => [`s${i}`, true]));
    },
    true,
  ],
  [
    'one skill kept in the plan past the limit',
    (d) => {
      d['includeAnyway'] = Object.fromEntries(Array.from({ length: LIMITS.includeAnyway + 1 }, (_, i) => [`s${i}`, true]));
    },
    false,
  ],
  [
    'version 2 (it migrates, but is not current)',
    (d) => {
      d['version'] = 2;
    },
    false,
  ],
  [
    'no choices',
    (d) => {
      delete d['choices'];
    },
    false,
  ],
  [
    'no choice made',
    (d) => {
      d['choices'] = {};
    },
    true,
  ],
  [
    'choices a list',
    (d) => {
      d['choices'] = ['azure'];
    },
    false,
  ],
  [
    'a choice not text',
    (d) => {
      rec(d, 'choices')['cloud'] = 1;
    },
    false,
  ],
  [
    'a choice not kebab-case',
    (d) => {
      rec(d, 'choices')['cloud'] = 'Google Cloud';
    },
    false,
  ],
  [
    'a group not kebab-case',
    (d) => {
      rec(d, 'choices')['Cloud'] = 'aws';
    },
    false,
  ],
  [
    'an empty choice',
    (d) => {
      rec(d, 'choices')['cloud'] = '';
    },
    false,
  ],
  [
    'a "__proto__" choice from JSON',
    (d) => {
      d['choices'] = JSON.parse('{"__proto__":"x","cloud":"aws"}');
    },
    true,
  ],
  [
    'as many choices as the limit',
    (d) => {
      d['choices'] = Object.fromEntries(Array.from({ length: LIMITS.choices }, (_, i) => [`g${i}`, 'a']));
    },
    true,
  ],
  [
    'one choice past the limit',
    (d) => {
      d['choices'] = Object.fromEntries(Array.from({ length: LIMITS.choices + 1 }, (_, i) => [`g${i}`, 'a']));
    },
    false,
  ],
  [
    'an impossible start date',
    (d) => {
      d['startDate'] = '2026-02-30';
    },
    false,
  ],
  [
    'a start date in year 9999',
    (d) => {
      d['startDate'] = '9999-06-01';
    },
    false,
  ],
  [
    'a start date in year 0000',
    (d) => {
      d['startDate'] = '0000-01-01';
    },
    false,
  ],
  [
    'as many task states as the limit',
    (d) => {
      d['tasks'] = Object.fromEntries(Array.from({ length: LIMITS.tasks }, (_, i) => [`t${i}`, 'done']));
    },
    true,
  ],
  [
    'one task state past the limit',
    (d) => {
      d['tasks'] = Object.fromEntries(Array.from({ length: LIMITS.tasks + 1 }, (_, i) => [`t${i}`, 'done']));
    },
    false,
  ],
  [
    'ratings past the limit',
    (d) => {
      d['ratings'] = Object.fromEntries(Array.from({ length: LIMITS.ratings + 1 }, (_, i) => [`s${i}`, 1]));
    },
    false,
  ],
  [
    'a note at the length limit',
    (d) => {
      rec(d, 'notes')['x'] = 'x'.repeat(LIMITS.noteLength);
    },
    true,
  ],
  [
    'a note past the length limit',
    (d) => {
      rec(d, 'notes')['x'] = 'x'.repeat(LIMITS.noteLength + 1);
    },
    false,
  ],
  [
    'version as text',
    (d) => {
      d['version'] = '2';
    },
    false,
  ],
  [
    'version 1 fields in a version 4 document',
    (d) => {
      d['done'] = ['m01-a'];
    },
    true,
  ],
];

describe('the page-load guard of the stored document agrees with zod/mini', () => {
  it.each(mutations)('%s', (_, mutate, ok) => {
    const doc = structuredClone(valid) as Doc;
    mutate(doc);
    expect(progressDocSchema.safeParse(doc).success).toBe(ok);
    expect(validDoc(doc)).toBe(ok);
    // The repair keeps a valid document as it is and salvages an invalid one.
    expect(readDoc(doc).damaged).toBe(!ok);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', '{"version":4}'],
    ['a list', [valid]],
    ['an empty object', {}],
  ])('%s is not a document', (_, value) => {
    expect(progressDocSchema.safeParse(value).success).toBe(false);
    expect(validDoc(value)).toBe(false);
  });

  it('agrees on 3,000 generated documents', () => {
    // A small deterministic generator (mulberry32), so a failure can be replayed.
    let seed = 20261201;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const scalars = [
      undefined,
      null,
      true,
      0,
      1,
      2,
      4,
      5,
      -1,
      2.5,
      10,
      40,
      41,
      NaN,
      '',
      'done',
      'open',
      'in-progress',
      'skipped',
      '3',
      '2026-12-01',
      '2026-1-1',
      '2026-02-30',
      '9999-01-01',
      'x',
    ];
    const value = (depth: number): unknown => {
      const r = random();
      if (depth > 1 || r < 0.6) return pick(scalars);
      if (r < 0.75) return Array.from({ length: Math.floor(random() * 3) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 3) }, (_, i) => [`k${i}`, value(depth + 1)]));
    };
    // Each field is usually valid (so whole documents often are) and otherwise anything at all.
    const validValue: Record<string, () => unknown> = {
      version: () => 4,
      tasks: () => ({ 'm01-a': pick(['done', 'in-progress', 'skipped']) }),
      ratings: () => ({ sql: pick([0, 1, 2, 3, 4]) }),
      role: () => pick([undefined, 'clinical-data-scientist']),
      hoursPerWeek: () => pick([undefined, 1, 10, 40]),
      startDate: () => pick([undefined, '2026-12-01']),
      notes: () => pick([{}, { m1: 'text' }]),
      choices: () => pick([{}, { cloud: 'azure' }, { cloud: 'google-cloud', 'dl-framework': 'tensorflow' }]),
      includeAnyway: () => pick([{}, { sql: true }, { sql: true, 'python-ecosystem': true }]),
      updatedAt: () => '2026-12-01T09:00:00.000Z',
    };
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const doc: Doc = {};
      for (const [field, make] of Object.entries(validValue)) doc[field] = random() < 0.85 ? make() : value(0);
      const expected = progressDocSchema.safeParse(doc).success;
      if (validDoc(doc) !== expected) expect.fail(`disagree on ${JSON.stringify(doc)}: zod/mini says ${expected}`);
      if (expected) accepted++;
    }
    // Both verdicts occur often enough for the comparison to mean something.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(2900);
  });
});

describe('version 1 and single fields: one rule, one verdict', () => {
  it.each([
    ['a version 1 document', { version: 1, done: ['m01-a'], ratings: { sql: 2 } }, true],
    ['version 1 without ratings', { version: 1, done: [] }, true],
    ['version 1 with a bad rating', { version: 1, done: [], ratings: { sql: 9 } }, false],
    ['version 1 with done not a list', { version: 1, done: 'm01-a' }, false],
    ['version 1 with a number among the done ids', { version: 1, done: ['m01-a', 7] }, false],
  ])('%s', (_, doc, ok) => {
    expect(progressDocV1Schema.safeParse(doc).success).toBe(ok);
    const result = readDoc(doc);
    expect(result.migratedFrom).toBe(1);
    expect(result.damaged).toBe(!ok);
  });

  it.each([0, 4, 5, -1, 1.5, '2', null, -0])('rating %s', (v) => {
    expect(isLevel(v)).toBe(ratingSchema.safeParse(v).success);
  });

  it.each(['2026-12-01', '2026-12-1', '2026-02-30', '2028-02-29', '9999-12-31', 'today', '', 20261201])('day %s', (v) => {
    expect(isCalendarDay(v)).toBe(calendarDaySchema.safeParse(v).success);
  });
});
