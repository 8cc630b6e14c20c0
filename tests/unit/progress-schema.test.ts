/**
 * Page loads check stored progress with validators zod's compiler generated from the zod/mini
 * schemas (src/integrations/zod-compiled.ts). These tests hold them to the schemas: for every
 * document, hand-picked or generated, the compiled validator and `schema.safeParse` agree.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import validDoc from 'zod-compiled:../../src/schemas/progress.ts?export=progressDocSchema';
import validV1 from 'zod-compiled:../../src/schemas/progress.ts?export=progressDocV1Schema';
import validRating from 'zod-compiled:../../src/schemas/progress.ts?export=ratingSchema';
import validDay from 'zod-compiled:../../src/schemas/progress.ts?export=isoDaySchema';
import { progressDocSchema, progressDocV1Schema, ratingSchema, isoDaySchema } from '../../src/schemas/progress';
import { readDoc } from '../../src/lib/progress-repair';
import { compileSchemas, validatorModule } from '../../src/integrations/zod-compile';
import { zodCompiled } from '../../src/integrations/zod-compiled';

const valid = {
  version: 2,
  tasks: { 'm01-a': 'done', 'm02-b': 'in-progress', 'm03-c': 'skipped' },
  ratings: { sql: 0, python: 4 },
  role: 'clinical-data-scientist',
  hoursPerWeek: 10,
  startDate: '2026-12-01',
  notes: { 'month-1': 'Started with SQL' },
  updatedAt: '2026-12-01T09:00:00.000Z',
};
type Doc = Record<string, unknown>;
const rec = (d: Doc, field: string) => d[field] as Record<PropertyKey, unknown>;

// Each mutation of a valid document, applied to a fresh copy.
const mutations: [string, (d: Doc) => void, boolean][] = [
  ['valid as it is', () => {}, true],
  ['no optional fields', (d) => { delete d['role']; delete d['hoursPerWeek']; delete d['startDate']; }, true],
  ['a field this version does not know', (d) => { d['theme'] = 'dark'; }, true],
  ['optional fields present but undefined', (d) => { d['role'] = undefined; }, true],
  ['unknown task state', (d) => { rec(d, 'tasks')['x'] = 'finished'; }, false],
  ['"open" is never stored', (d) => { rec(d, 'tasks')['x'] = 'open'; }, false],
  ['tasks a list', (d) => { d['tasks'] = ['m01-a']; }, false],
  ['tasks null', (d) => { d['tasks'] = null; }, false],
  ['tasks without a prototype', (d) => { d['tasks'] = Object.assign(Object.create(null), { 'm01-a': 'done' }); }, true],
  ['tasks a Date', (d) => { d['tasks'] = new Date(0); }, false],
  ['a task keyed by a symbol', (d) => { rec(d, 'tasks')[Symbol('x')] = 'done'; }, false],
  ['a "__proto__" task from JSON', (d) => { d['tasks'] = JSON.parse('{"__proto__":"bogus","m01-a":"done"}'); }, true],
  ['rating above 4', (d) => { rec(d, 'ratings')['sql'] = 5; }, false],
  ['rating below 0', (d) => { rec(d, 'ratings')['sql'] = -1; }, false],
  ['fractional rating', (d) => { rec(d, 'ratings')['sql'] = 2.5; }, false],
  ['rating as text', (d) => { rec(d, 'ratings')['sql'] = '3'; }, false],
  ['rating NaN', (d) => { rec(d, 'ratings')['sql'] = NaN; }, false],
  ['rating -0', (d) => { rec(d, 'ratings')['sql'] = -0; }, true],
  ['0 hours a week', (d) => { d['hoursPerWeek'] = 0; }, false],
  ['41 hours a week', (d) => { d['hoursPerWeek'] = 41; }, false],
  ['Infinity hours a week', (d) => { d['hoursPerWeek'] = Infinity; }, false],
  ['hours as text', (d) => { d['hoursPerWeek'] = '10'; }, false],
  ['start date not a day', (d) => { d['startDate'] = 'next monday'; }, false],
  ['start date with a time', (d) => { d['startDate'] = '2026-12-01T00:00'; }, false],
  ['role not text', (d) => { d['role'] = 3; }, false],
  ['role null', (d) => { d['role'] = null; }, false],
  ['note not text', (d) => { rec(d, 'notes')['x'] = { text: 'hi' }; }, false],
  ['notes missing', (d) => { delete d['notes']; }, false],
  ['updatedAt missing', (d) => { delete d['updatedAt']; }, false],
  ['updatedAt a number', (d) => { d['updatedAt'] = 1764579600000; }, false],
  ['wrong version', (d) => { d['version'] = 3; }, false],
  ['version as text', (d) => { d['version'] = '2'; }, false],
  ['version 1 fields in a version 2 document', (d) => { d['done'] = ['m01-a']; }, true],
];

describe('the compiled validator of the stored document agrees with zod/mini', () => {
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
    ['a string', '{"version":2}'],
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
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const scalars = [undefined, null, true, 0, 1, 2, 4, 5, -1, 2.5, 10, 40, 41, NaN, '', 'done', 'open', 'in-progress', 'skipped', '3', '2026-12-01', '2026-1-1', 'x'];
    const value = (depth: number): unknown => {
      const r = random();
      if (depth > 1 || r < 0.6) return pick(scalars);
      if (r < 0.75) return Array.from({ length: Math.floor(random() * 3) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 3) }, (_, i) => [`k${i}`, value(depth + 1)]));
    };
    // Each field is usually valid (so whole documents often are) and otherwise anything at all.
    const validValue: Record<string, () => unknown> = {
      version: () => 2,
      tasks: () => ({ 'm01-a': pick(['done', 'in-progress', 'skipped']) }),
      ratings: () => ({ sql: pick([0, 1, 2, 3, 4]) }),
      role: () => pick([undefined, 'clinical-data-scientist']),
      hoursPerWeek: () => pick([undefined, 1, 10, 40]),
      startDate: () => pick([undefined, '2026-12-01']),
      notes: () => pick([{}, { m1: 'text' }]),
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

describe('the compiled validators of version 1 and of single fields agree with zod/mini', () => {
  it.each([
    ['a version 1 document', { version: 1, done: ['m01-a'], ratings: { sql: 2 } }, true],
    ['version 1 without ratings', { version: 1, done: [] }, true],
    ['version 1 with a bad rating', { version: 1, done: [], ratings: { sql: 9 } }, false],
    ['version 1 with done not a list', { version: 1, done: 'm01-a' }, false],
    ['version 1 with a number among the done ids', { version: 1, done: ['m01-a', 7] }, false],
  ])('%s', (_, doc, ok) => {
    expect(progressDocV1Schema.safeParse(doc).success).toBe(ok);
    expect(validV1(doc)).toBe(ok);
    const result = readDoc(doc);
    expect(!result.damaged && result.migratedFrom === 1).toBe(ok);
  });

  it.each([0, 4, 5, -1, 1.5, '2', null])('rating %s', (v) => {
    expect(validRating(v)).toBe(ratingSchema.safeParse(v).success);
  });

  it.each(['2026-12-01', '2026-12-1', 'today', '', 20261201])('day %s', (v) => {
    expect(validDay(v)).toBe(isoDaySchema.safeParse(v).success);
  });
});

describe('generating validators', () => {
  it('writes every exported schema of a file as a module', async () => {
    const modules = await compileSchemas(new URL('../../src/schemas/progress.ts', import.meta.url).pathname);
    expect(Object.keys(modules).sort()).toEqual(
      ['hoursPerWeekSchema', 'isoDaySchema', 'progressDocSchema', 'progressDocV1Schema', 'ratingSchema', 'storedTaskStateSchema', 'textSchema'].sort(),
    );
    // Self-contained: no import of zod's runtime, no eval.
    expect(modules['progressDocSchema']).not.toMatch(/\bimport\b|new Function|\beval\(/);
    expect(modules['progressDocSchema']).toMatch(/^export default \(input\) => check\(input\) !== INVALID;$/m);
  });

  it('refuses a schema whose check it cannot write out, naming the schema', () => {
    expect(() => validatorModule(z.url(), 'homepage (src/schemas/example.ts)')).toThrow(/^homepage \(src\/schemas\/example\.ts\), constant c\d: no way to write/);
  });

  it('refuses a schema zod cannot compile exactly (a refinement runs user code)', () => {
    const custom = z.string().check(z.refine((s) => s.length > 2));
    expect(() => validatorModule(custom, 'nickname (src/schemas/example.ts)')).toThrow('nickname (src/schemas/example.ts): zod cannot compile an exact validator for this schema');
  });

  it('says which export is missing', () => {
    const plugin = zodCompiled();
    const load = plugin.load as unknown as (this: { addWatchFile(f: string): void }, id: string) => string;
    const file = new URL('../../src/schemas/progress.ts', import.meta.url).pathname;
    expect(() => load.call({ addWatchFile() {} }, `\0zod-compiled:${file}?export=progressDoc`)).toThrow(`${file}: no zod schema is exported as "progressDoc"`);
  });
});
