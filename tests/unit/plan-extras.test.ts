import { crc32 as nodeCrc32 } from 'node:zlib';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PlanMonth } from '../../src/lib/plan/data';
import { gapsForRole, type PlanRole, type PlanSkill } from '../../src/lib/plan/gaps';
import { goalsAt } from '../../src/lib/plan/goals';
import { portfolioChecklist } from '../../src/lib/plan/portfolio';
import { weeklySchedule } from '../../src/lib/plan/schedule';
import { planWork } from '../../src/lib/plan/work';
import { levelName, planMarkdown, type PlanMarkdownInput } from '../../src/lib/plan/markdown';
import { isPresetId, presetIds, presetRatings } from '../../src/lib/plan/presets';
import {
  SHARE_DAMAGED_MESSAGE,
  SHARE_NEWER_MESSAGE,
  SHARE_PREFIX,
  ShareLinkError,
  decodePlan,
  encodePlan,
  shareUrl,
  type SharedPlan,
} from '../../src/lib/plan/share';
import { contentEntries, contentSkills } from '../fixtures/content';

/** Effort steps in the old 10/30/60/100% proportions of the hours to proficient. */
const stepsOf = (e: number) => [e / 10, (3 * e) / 10, (6 * e) / 10, e] as const;

// The skills as authored in content/skills (id, category, title), in site order: the presets,
// roles and share links all meet the real list, so a renamed or added skill shows up here.
const SKILLS = contentSkills();
const ROLE: PlanRole = (() => {
  const role = contentEntries('roles').find((r) => r.id === 'clinical-data-scientist')!;
  return {
    id: role.id,
    title: String(role.data['title']),
    levels: (role.data['levels'] as { entry: Record<string, number> }).entry,
    certifications: [],
  };
})();
const PLAN_SKILLS: PlanSkill[] = SKILLS.map((s) => ({ ...s, effort: stepsOf(40) }));

/** Levels still to climb, per category, for the clinical data scientist role from these ratings. */
function gapByCategory(ratings: Record<string, number>): Record<string, number> {
  const total: Record<string, number> = {};
  for (const g of gapsForRole(PLAN_SKILLS, ROLE, ratings)) total[g.category] = (total[g.category] ?? 0) + g.gap;
  return total;
}

describe('plan presets', () => {
  it('recognises preset ids read from a form or a link, and nothing else', () => {
    for (const id of presetIds) expect(isPresetId(id)).toBe(true);
    expect(isPresetId('astronaut')).toBe(false);
    expect(isPresetId('constructor')).toBe(false);
    expect(isPresetId('')).toBe(false);
  });

  it.each(presetIds)('%s rates every authored skill, in site order, and never hands out expert', (preset) => {
    const ratings = presetRatings(preset, SKILLS);
    expect(Object.keys(ratings)).toEqual(SKILLS.map((s) => s.id));
    for (const value of Object.values(ratings)) {
      expect(Number.isInteger(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(3);
    }
  });

  it('shortens the plan where the background is strong, compared with starting blank', () => {
    const blank = gapByCategory({});
    const gaps = Object.fromEntries(presetIds.map((id) => [id, gapByCategory(presetRatings(id, SKILLS))]));
    const sum = (g: Record<string, number>) => Object.values(g).reduce((a, b) => a + b, 0);
    // Every preset is worth picking, and a student, who brings the least, has the most left to learn.
    for (const id of presetIds) expect(sum(gaps[id]!)).toBeLessThan(sum(blank));
    for (const id of presetIds) if (id !== 'student') expect(sum(gaps[id]!)).toBeLessThan(sum(gaps['student']!));
    // A clinician has the least healthcare domain left to learn, and more technical work than an
    // engineer or an analyst.
    for (const id of presetIds) if (id !== 'clinician') expect(gaps['clinician']!['domain']).toBeLessThan(gaps[id]!['domain']!);
    expect(gaps['clinician']!['technical']).toBeGreaterThan(gaps['software-engineer']!['technical']!);
    expect(gaps['clinician']!['technical']).toBeGreaterThan(gaps['analyst']!['technical']!);
    // A software engineer has the most healthcare domain left to learn.
    for (const id of ['clinician', 'analyst'] as const) expect(gaps['software-engineer']!['domain']).toBeGreaterThan(gaps[id]!['domain']!);
  });

  it('gives skills it does not name the category default, and unknown categories 0', () => {
    const extra = [
      { id: 'new-technical-skill', category: 'technical' },
      { id: 'new-domain-skill', category: 'domain' },
      { id: 'new-soft-skill', category: 'soft-skills' },
      { id: 'new-habit', category: 'continuous-learning' },
      { id: 'mystery', category: 'unheard-of' },
      { id: 'constructor', category: 'toString' },
    ];
    expect(presetRatings('clinician', extra)).toEqual({
      'new-technical-skill': 0,
      'new-domain-skill': 1,
      'new-soft-skill': 2,
      'new-habit': 1,
      mystery: 0,
      constructor: 0,
    });
    expect(presetRatings('software-engineer', extra)).toMatchObject({ 'new-technical-skill': 1, 'new-domain-skill': 0 });
    expect(presetRatings('student', extra)).toMatchObject({ 'new-soft-skill': 0, 'new-habit': 0 });
  });

  it('returns a fresh object each time, so the person can edit it', () => {
    const a = presetRatings('analyst', SKILLS);
    const sql = a['sql'];
    a['sql'] = 4;
    expect(presetRatings('analyst', SKILLS)['sql']).toBe(sql);
    const odd = presetRatings('student', [{ id: '__proto__', category: 'technical' }]);
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
    expect(Object.keys(odd)).toEqual(['__proto__']);
  });
});

// ---------------------------------------------------------------------------------------------

const PAGE = 'https://example.github.io/healthcare-ai-skills-matrix/plan/';

/** A plan rating every authored skill, with every level used. */
function fullPlan(): SharedPlan {
  return {
    ratings: Object.fromEntries(SKILLS.map((s, i) => [s.id, (i * 7) % 5])),
    role: 'clinical-data-scientist',
    hoursPerWeek: 12,
    startDate: '2025-01-06',
  };
}

/**
 * A token built independently of the module (Node's CRC-32 and base64url, plain DEFLATE with no
 * dictionary, which any dictionary-aware inflater still reads), to test what decodePlan rejects.
 */
function craft(payload: unknown, version = 1, json = JSON.stringify(payload)): string {
  const raw = strToU8(json);
  const packed = deflateSync(raw);
  const bytes = Buffer.alloc(1 + packed.length + 4);
  bytes[0] = version;
  bytes.set(packed, 1);
  bytes.writeUInt32BE(nodeCrc32(raw), 1 + packed.length);
  return bytes.toString('base64url');
}

const valid = { v: 1, r: { sql: 2, hipaa: 0 }, o: 'healthcare-data-analyst', h: 8, s: '2024-02-29' };

function expectDamaged(input: string): void {
  expect(() => decodePlan(input)).toThrow(SHARE_DAMAGED_MESSAGE);
  try {
    decodePlan(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ShareLinkError);
    expect((error as ShareLinkError).kind).toBe('damaged');
  }
}

describe('plan share links', () => {
  it('round-trips a plan of every authored skill exactly', () => {
    const plan = fullPlan();
    const decoded = decodePlan(encodePlan(plan));
    expect(decoded).toEqual(plan);
    expect(Object.keys(decoded.ratings)).toEqual(Object.keys(plan.ratings));
  });

  // Skills added after the frozen compression dictionary (version 1) cost more characters each.
  it('keeps a link for every authored skill under 500 characters, in base64url without padding', () => {
    const plans = [fullPlan(), { ...fullPlan(), ratings: Object.fromEntries(SKILLS.map((s) => [s.id, 4])) }];
    // Skills in another order, and ids not in the compression dictionary, must stay short too.
    plans.push({ ...fullPlan(), ratings: Object.fromEntries([...SKILLS].reverse().map((s, i) => [s.id, i % 5])) });
    for (const plan of plans) {
      const url = shareUrl(PAGE, plan);
      expect(url.length).toBeLessThan(500);
      const token = url.slice(url.indexOf(SHARE_PREFIX) + SHARE_PREFIX.length);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      // Same bytes as Node's own base64url, which checks the hand-written encoder.
      expect(Buffer.from(token, 'base64url').toString('base64url')).toBe(token);
      expect(decodePlan(url)).toEqual(plan);
    }
    const unknown = { ...fullPlan(), ratings: Object.fromEntries(SKILLS.map((s, i) => [`${s.id}-v2`, i % 5])) };
    expect(decodePlan(encodePlan(unknown))).toEqual(unknown);
  });

  it('still opens a link made before track choices could be shared (format 1), with the role’s suggested options', () => {
    // Made by the site before format 2, and frozen here: links already handed out must keep opening.
    const old = 'AUPhYKZ_I2hSN0bEVC2BTIRqmZmuoZGugblSLQDhcAgW';
    const plan = {
      ratings: { 'python-ecosystem': 2, sql: 3, hipaa: 0 },
      role: 'healthcare-ml-engineer',
      hoursPerWeek: 10,
      startDate: '2026-12-07',
    };
    expect(decodePlan(`${PAGE}#share=${old}`)).toEqual(plan);
    // A plan with no choices and nothing included anyway is still written the same way.
    expect(encodePlan(plan)).toBe(old);
    expect(encodePlan({ ...plan, choices: {}, includeAnyway: [] })).toBe(old);
  });

  it('carries the track choices and the skills included anyway (format 2)', () => {
    const plan = { ...fullPlan(), choices: { cloud: 'azure', 'dl-framework': 'tensorflow' }, includeAnyway: ['python-ecosystem', 'sql'] };
    const token = encodePlan(plan);
    expect(Buffer.from(token, 'base64url')[0]).toBe(2);
    expect(decodePlan(token)).toEqual(plan);
    expect(shareUrl(PAGE, plan).length).toBeLessThan(500);
    const onlyChoices = { ...fullPlan(), choices: { cloud: 'google-cloud' } };
    expect(decodePlan(encodePlan(onlyChoices))).toEqual(onlyChoices);
    const onlyIncluded = { ...fullPlan(), includeAnyway: ['hipaa'] };
    expect(decodePlan(encodePlan(onlyIncluded))).toEqual(onlyIncluded);
    // Checked like the rest: bad ids, too many, duplicates, a wrong shape; format 1 carries neither.
    const v2 = { ...valid, v: 2, c: { cloud: 'aws' }, i: ['sql'] };
    expect(decodePlan(craft(v2, 2))).toMatchObject({ choices: { cloud: 'aws' }, includeAnyway: ['sql'] });
    for (const change of [
      { c: { Cloud: 'aws' } },
      { c: { cloud: 'AWS' } },
      { c: ['aws'] },
      { c: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`g${i}`, 'a'])) },
      { i: 'sql' },
      { i: ['sql', 'sql'] },
      { i: ['SQL'] },
      { i: [7] },
      { x: 1 },
    ])
      expectDamaged(craft({ ...v2, ...change }, 2));
    expectDamaged(craft({ ...valid, c: { cloud: 'aws' } }));
    expect(() => encodePlan({ ...plan, includeAnyway: ['Not An Id'] })).toThrow(RangeError);
    expect(() => encodePlan({ ...plan, choices: { cloud: 'Azure Cloud' } })).toThrow(RangeError);
  });

  it('is deterministic', () => {
    expect(encodePlan(fullPlan())).toBe(encodePlan(fullPlan()));
  });

  it('accepts the token bare, after #share=, after share=, or inside a whole URL', () => {
    const plan = fullPlan();
    const token = encodePlan(plan);
    expect(decodePlan(token)).toEqual(plan);
    expect(decodePlan(`${SHARE_PREFIX}${token}`)).toEqual(plan);
    expect(decodePlan(`share=${token}`)).toEqual(plan);
    expect(decodePlan(`  #share=${token}\n`)).toEqual(plan);
    expect(decodePlan(`${PAGE}?x=1#share=${token}`)).toEqual(plan);
  });

  it('builds a share URL that replaces any fragment and keeps the query', () => {
    const token = encodePlan(fullPlan());
    expect(shareUrl(PAGE, fullPlan())).toBe(`${PAGE}#share=${token}`);
    expect(shareUrl(`${PAGE}?lang=en#top`, fullPlan())).toBe(`${PAGE}?lang=en#share=${token}`);
    expect(shareUrl('/plan/', fullPlan())).toBe(`/plan/#share=${token}`);
  });

  it('reads a plan with no ratings and a "constructor" skill id safely', () => {
    expect(decodePlan(encodePlan({ ratings: {}, role: 'x', hoursPerWeek: 1, startDate: '2000-02-29' }))).toEqual({
      ratings: {},
      role: 'x',
      hoursPerWeek: 1,
      startDate: '2000-02-29',
    });
    const decoded = decodePlan(craft({ ...valid, r: { constructor: 3 } }));
    expect(Object.hasOwn(decoded.ratings, 'constructor')).toBe(true);
    expect(decoded.ratings.constructor).toBe(3);
    expect(Object.getPrototypeOf(decoded.ratings)).toBe(Object.prototype);
  });

  it('reads a token made by an independent encoder', () => {
    expect(decodePlan(craft(valid))).toEqual({
      ratings: { sql: 2, hipaa: 0 },
      role: 'healthcare-data-analyst',
      hoursPerWeek: 8,
      startDate: '2024-02-29',
    });
  });

  it('never reads a changed character as a different plan: it is refused, or (in DEFLATE padding bits) changes nothing', () => {
    const token = encodePlan(fullPlan());
    const original = decodePlan(token);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < token.length; i++) {
      const next = alphabet.charAt((alphabet.indexOf(token.charAt(i)) + 1) % 64);
      const damaged = token.slice(0, i) + next + token.slice(i + 1);
      // The first two characters hold the version byte, so changing them may read as "newer".
      if (i < 2) expect(() => decodePlan(damaged)).toThrow(ShareLinkError);
      else {
        let read: unknown;
        try {
          read = decodePlan(damaged);
        } catch {
          expectDamaged(damaged);
          continue;
        }
        expect(read, `character ${i}`).toEqual(original);
      }
    }
    expectDamaged(`${token.slice(0, 40)}!${token.slice(41)}`);
    expectDamaged(`${token.slice(0, 40)}+/${token.slice(42)}`);
  });

  it('rejects a truncated token at every length', () => {
    const token = encodePlan(fullPlan());
    for (let n = 0; n < token.length; n++) expectDamaged(token.slice(0, n));
    expectDamaged(SHARE_PREFIX);
    expectDamaged('');
  });

  it('rejects garbage and oversized input', () => {
    expectDamaged('hello world');
    expectDamaged('#share=not a token');
    expectDamaged('AAAAAAAAAAAA');
    expectDamaged(`#share=${'A'.repeat(5000)}`);
    expectDamaged(craft(null, 1, '{"v":1,'));
    expectDamaged(craft(null, 1, '[1,2,3]'));
    expectDamaged(craft(null, 1, 'null'));
  });

  it('rejects a token whose checksum does not match', () => {
    const bytes = Buffer.from(craft(valid), 'base64url');
    bytes.writeUInt32BE((bytes.readUInt32BE(bytes.length - 4) ^ 1) >>> 0, bytes.length - 4);
    expectDamaged(bytes.toString('base64url'));
  });

  it('says a token from a newer format comes from a newer version of the site', () => {
    for (const version of [3, 9, 255]) {
      expect(() => decodePlan(craft(valid, version))).toThrow(SHARE_NEWER_MESSAGE);
      try {
        decodePlan(craft(valid, version));
      } catch (error) {
        expect((error as ShareLinkError).kind).toBe('newer-version');
      }
    }
    expectDamaged(craft(valid, 0));
    // Inner and outer version disagree: tampered, not newer.
    expectDamaged(craft({ ...valid, v: 2 }));
    expectDamaged(craft({ ...valid, v: '1' }));
  });

  it('rejects out-of-range and malformed fields', () => {
    const bad: Record<string, unknown>[] = [
      { r: { sql: 5 } },
      { r: { sql: -1 } },
      { r: { sql: 2.5 } },
      { r: { sql: '3' } },
      { r: { sql: null } },
      { r: { Python_Ecosystem: 2 } },
      { r: { 'trailing-': 2 } },
      { r: { ['a'.repeat(101)]: 2 } },
      { r: [2, 3] },
      { r: null },
      { r: Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`s${i}`, 1])) },
      { h: 0 },
      { h: 41 },
      { h: 10.5 },
      { h: '10' },
      { s: '2025-02-29' },
      { s: '2025-13-01' },
      { s: '2025-1-6' },
      { s: '2025-01-06T00:00:00Z' },
      { s: 20250106 },
      { o: 'Clinical data scientist' },
      { o: '' },
      { o: 7 },
    ];
    for (const change of bad) expectDamaged(craft({ ...valid, ...change }));
    // Missing and extra fields.
    const { h: _h, ...missing } = valid;
    expectDamaged(craft(missing));
    expectDamaged(craft({ ...valid, x: 1 }));
    expectDamaged(craft(null, 1, '{"v":1,"r":{"__proto__":2},"o":"a","h":5,"s":"2025-01-06"}'));
  });

  it('refuses to encode a plan it could not decode', () => {
    const plan = fullPlan();
    expect(() => encodePlan({ ...plan, hoursPerWeek: 0 })).toThrow(RangeError);
    expect(() => encodePlan({ ...plan, ratings: { sql: 7 } })).toThrow(/sql/);
    expect(() => encodePlan({ ...plan, role: 'Not An Id' })).toThrow(RangeError);
    expect(() => encodePlan({ ...plan, startDate: '2025-02-30' })).toThrow(/startDate/);
    expect(() => shareUrl(PAGE, { ...plan, hoursPerWeek: 41 })).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------

const planSkills: PlanSkill[] = [
  { id: 'python-ecosystem', title: 'Python ecosystem', category: 'technical', effort: [4, 8, 8, 20] },
  { id: 'sql', title: 'SQL', category: 'technical', effort: [4, 6, 10, 20] },
  { id: 'clinical-workflows', title: 'Clinical workflows', category: 'domain', effort: [3, 5, 10, 20] },
  { id: 'communication', title: 'Communication', category: 'soft-skills', effort: [2, 4, 6, 10] },
  { id: 'formal-education', title: 'Formal education', category: 'continuous-learning', effort: [2, 4, 6, 10] },
];

const role: PlanRole & { choices: Record<string, string> } = {
  id: 'clinical-data-scientist',
  title: 'Clinical data scientist',
  levels: { 'python-ecosystem': 3, sql: 2, 'clinical-workflows': 2, communication: 2, 'formal-education': 1 },
  certifications: ['aws-ml-engineer-associate'],
  choices: {},
};

// Steps: Python 1, 2; SQL 1, 2; everything else 1.
const months: PlanMonth[] = [
  {
    id: 'month-03',
    month: 3,
    title: 'SQL on synthetic EHR data',
    reaches: {},
    tasks: [
      { id: 'm03-select', text: 'Write SELECT queries', hours: 8, skill: 'sql' },
      { id: 'm03-joins', text: 'Join encounters to patients', hours: 6, skill: 'sql' },
      { id: 'm03-course', text: 'Enroll in a course', hours: 2, skill: 'formal-education' },
    ],
    project: { title: 'Readmission query', deliverables: ['A cohort query'] },
  },
  {
    id: 'month-01',
    month: 1,
    title: 'Python basics',
    reaches: {},
    tasks: [
      { id: 'm01-tutorial', text: 'Work through the tutorial', hours: 10, skill: 'python-ecosystem' },
      { id: 'm01-csv', text: 'Read a CSV (of synthetic data)', hours: 10, skill: 'python-ecosystem' },
      { id: 'm01-journey', text: 'Map a patient journey', hours: 6, skill: 'clinical-workflows' },
      { id: 'm01-explainer', text: 'Write an explainer', hours: 4, skill: 'communication' },
    ],
    project: { title: 'Synthetic patient journey explorer', deliverables: ['Notebook', 'Journey diagram'] },
  },
];

function markdownInput(ratings: Record<string, number>, overrides: Partial<PlanMarkdownInput> = {}): PlanMarkdownInput {
  const work = planWork({ skills: planSkills, months, role, ratings });
  const schedule = weeklySchedule(work.todo, { startDate: '2025-01-06', hoursPerWeek: 10 });
  const projects = new Map(months.map((m) => [m.month, m.project.title]));
  return {
    roleTitle: role.title,
    hoursPerWeek: 10,
    startDate: '2025-01-06',
    generated: '2025-01-01',
    gaps: gapsForRole(planSkills, role, ratings),
    work,
    goals: goalsAt({ work, schedule, skills: planSkills, months, projects, ratings }, [3, 6, 12]),
    schedule,
    months,
    portfolio: portfolioChecklist(months, work),
    certifications: [{ title: 'AWS Certified Machine Learning Engineer – Associate', url: 'https://aws.amazon.com/certification/' }],
    ratings,
    skills: planSkills,
    evidence: {
      'python-ecosystem': ['Month 7 project: Readmission risk model'],
      communication: ['Presented at grand rounds', 'Wrote a stakeholder brief'],
    },
    siteUrl: 'https://example.github.io/healthcare-ai-skills-matrix/',
    ...overrides,
  };
}

/** The lines of one `## ` section, without its heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.indexOf('\n## ');
  return end === -1 ? rest : rest.slice(0, end);
}

/** Cells of a table row, split on pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

const HEADINGS = ['Gaps', 'Goals', 'Weekly schedule', 'Portfolio', 'Certifications', 'Skills and evidence'];

describe('plan markdown', () => {
  it('names the five levels', () => {
    expect([0, 1, 2, 3, 4].map(levelName)).toEqual(['None', 'Aware', 'Working', 'Proficient', 'Expert']);
    expect(levelName(9)).toBe('Expert');
    expect(levelName(Number.NaN)).toBe('None');
  });

  it('still makes a useful document when there are no gaps', () => {
    const ratings = { 'python-ecosystem': 3, sql: 2, 'clinical-workflows': 2, communication: 4, 'formal-education': 1 };
    const md = planMarkdown(markdownInput(ratings, { certifications: [] }));
    expect(md.startsWith('# Learning plan: Clinical data scientist\n')).toBe(true);
    expect(md).toContain('**Pace:** 10 hours a week, starting 2025-01-06.');
    for (const h of HEADINGS) expect(md).toContain(`\n## ${h}\n`);
    expect(section(md, 'Gaps')).toContain('No gaps');
    expect(section(md, 'Gaps')).not.toContain('|');
    expect(section(md, 'Already covered by your ratings')).toContain('- Python ecosystem (rated Proficient): 2 tasks, 20 h');
    expect(section(md, 'Goals')).toContain('No goals to set: there is nothing left to learn for this role.');
    expect(section(md, 'Weekly schedule')).toContain(
      'Nothing to schedule: every task of this track is done, skipped or covered by your ratings.',
    );
    expect(section(md, 'Portfolio')).toContain('No portfolio projects');
    expect(section(md, 'Certifications')).toContain('no certifications');
    // The CV section is the useful part of a no-gap plan.
    expect(section(md, 'Skills and evidence')).toContain(
      '- **Communication** – Expert (4/4). Evidence: Presented at grand rounds; Wrote a stakeholder brief.',
    );
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('contains every section of a typical plan, in order, with the schedule grouped by month and linked tasks', () => {
    const ratings = { 'python-ecosystem': 1, communication: 3, 'formal-education': 2 };
    const md = planMarkdown(markdownInput(ratings));
    const positions = HEADINGS.map((h) => md.indexOf(`\n## ${h}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(md).toContain('**Length:** 3 weeks (30 h of study).');
    expect(md).toContain("The role's track is 46 h of roadmap tasks. Your ratings already cover 16 h. The plan holds the remaining 30 h.");
    expect(md).toContain('[Healthcare AI Skills Matrix](https://example.github.io/healthcare-ai-skills-matrix/)');

    const gaps = section(md, 'Gaps');
    expect(gaps).toContain('| Skill | Now | Target |');
    expect(gaps).toContain('| Python ecosystem | Aware (1) | Proficient (3) |');
    expect(gaps).toContain('| SQL | None (0) | Working (2) |');
    expect(gaps).not.toContain('Communication'); // rated above the bar: no gap

    expect(
      section(md, 'Already covered by your ratings')
        .split('\n')
        .filter((l) => l.startsWith('- ')),
    ).toEqual([
      '- Python ecosystem (rated Aware): 1 task, 10 h',
      '- Communication (rated Proficient): 1 task, 4 h',
      '- Formal education (rated Working): 1 task, 2 h',
    ]);

    const goals = section(md, 'Goals');
    expect(goals).toContain(
      '### In 3 months (by 2025-04-06)\n\n- Finish the project of month 1: Synthetic patient journey explorer\n- Finish the project of month 3: Readmission query\n',
    );
    expect(goals).toContain('- Reach Proficient (3) in Python ecosystem');
    expect(goals).toContain('- Reach Working (2) in SQL');
    expect(goals).toContain('- Finish the whole plan');
    // Nothing is repeated at later horizons.
    expect(goals).toContain('### In 6 months (by 2025-07-06)\n\n- Nothing new by then');
    expect(goals.match(/Python ecosystem/g)).toHaveLength(1);

    const schedule = section(md, 'Weekly schedule');
    const url = 'https://example.github.io/healthcare-ai-skills-matrix/roadmap';
    expect(schedule).toContain(
      [
        '### Month 1: Python basics (weeks 1–2, 16 h)',
        '',
        '- **Week 1** (2025-01-06 – 2025-01-12)',
        `  - [ ] [Read a CSV (of synthetic data)](${url}/month-1/#task-m01-csv) · Python ecosystem · 10 h`,
        '- **Week 2** (2025-01-13 – 2025-01-19)',
        `  - [ ] [Map a patient journey](${url}/month-1/#task-m01-journey) · Clinical workflows · 6 h`,
        '',
        '### Month 3: SQL on synthetic EHR data (weeks 2–3, 14 h)',
        '',
        '- **Week 2** (2025-01-13 – 2025-01-19)',
        `  - [ ] [Write SELECT queries](${url}/month-3/#task-m03-select) · SQL · 4 h · continues next week`,
        '- **Week 3** (2025-01-20 – 2025-01-26)',
        `  - [ ] [Write SELECT queries](${url}/month-3/#task-m03-select) · SQL · 4 h · continued`,
        `  - [ ] [Join encounters to patients](${url}/month-3/#task-m03-joins) · SQL · 6 h`,
      ].join('\n'),
    );
    expect(schedule).toContain('Total: 30 h over 3 weeks');

    const portfolio = section(md, 'Portfolio');
    expect(portfolio).toContain('- [ ] Month 1: Synthetic patient journey explorer\n  - [ ] Notebook\n  - [ ] Journey diagram');
    expect(portfolio).toContain('- [ ] Month 3: Readmission query');

    expect(section(md, 'Certifications')).toContain(
      '- [AWS Certified Machine Learning Engineer – Associate](https://aws.amazon.com/certification/)',
    );
  });

  it('lists only skills rated 2 or more in the CV section, grouped by category', () => {
    const ratings = { 'python-ecosystem': 1, sql: 3, 'clinical-workflows': 2, communication: 3, 'formal-education': 4 };
    const cv = section(planMarkdown(markdownInput(ratings)), 'Skills and evidence');
    expect(cv).not.toContain('Python ecosystem'); // rated 1
    const headings = [...cv.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['Technical competencies', 'Healthcare domain knowledge', 'Soft skills', 'Continuous learning']);
    const lines = cv.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toEqual([
      '- **SQL** – Proficient (3/4).',
      '- **Clinical workflows** – Working (2/4).',
      '- **Communication** – Proficient (3/4). Evidence: Presented at grand rounds; Wrote a stakeholder brief.',
      '- **Formal education** – Expert (4/4).',
    ]);
    expect(cv.indexOf('### Technical')).toBeLessThan(cv.indexOf('**SQL**'));
    expect(cv.indexOf('**SQL**')).toBeLessThan(cv.indexOf('### Healthcare'));
    expect(cv.indexOf('### Healthcare')).toBeLessThan(cv.indexOf('**Clinical workflows**'));
  });

  it('orders the strongest skills first and puts unknown categories last', () => {
    const skills = [
      { id: 'a', title: 'Alpha', category: 'technical' },
      { id: 'b', title: 'Beta', category: 'technical' },
      { id: 'c', title: 'Gamma', category: 'data-engineering' },
    ];
    const cv = section(planMarkdown(markdownInput({ a: 2, b: 3, c: 2 }, { skills, evidence: {} })), 'Skills and evidence');
    expect(cv.indexOf('**Beta**')).toBeLessThan(cv.indexOf('**Alpha**'));
    expect(cv).toContain('### Data engineering\n\n- **Gamma** – Working (2/4).');
    expect(cv.indexOf('### Technical')).toBeLessThan(cv.indexOf('### Data engineering'));
  });

  it('says so when no skill is rated 2 or more', () => {
    const cv = section(planMarkdown(markdownInput({})), 'Skills and evidence');
    expect(cv).toContain('No skills rated working (2) or above yet.');
  });

  it('escapes pipes in table cells so rows keep their columns', () => {
    const piped: PlanSkill[] = [{ id: 'pipes', title: 'Pipes | and filters', category: 'technical', effort: stepsOf(10) }];
    const pipedRole: PlanRole = { ...role, levels: { pipes: 2 } };
    const md = planMarkdown(
      markdownInput({}, { gaps: gapsForRole(piped, pipedRole, {}), portfolio: [], skills: piped, roleTitle: 'Data | ML' }),
    );
    const gapRow = section(md, 'Gaps')
      .split('\n')
      .find((l) => l.includes('Pipes'));
    expect(gapRow).toBe('| Pipes \\| and filters | None (0) | Working (2) |');
    expect(cells(gapRow ?? '')).toHaveLength(3);
    expect(md).toContain('# Learning plan: Data | ML');
  });

  it('keeps stray Markdown in titles from changing the layout', () => {
    const md = planMarkdown(
      markdownInput(
        { sql: 3 },
        { certifications: [{ title: 'Cert [beta]', url: 'https://x.test/a (b)' }], evidence: { sql: ['Built *the* pipeline\nin 2024'] } },
      ),
    );
    expect(md).toContain('- [Cert \\[beta\\]](https://x.test/a%20%28b%29)');
    expect(md).toContain('Evidence: Built \\*the\\* pipeline in 2024.');
  });

  it('notes when the schedule is cut at two years', () => {
    const schedule = weeklySchedule([{ id: 'm01-huge', text: 'Huge', hours: 200, month: 1, skill: 'sql' }], {
      startDate: '2025-01-06',
      hoursPerWeek: 1,
    });
    const md = planMarkdown(markdownInput({}, { schedule, hoursPerWeek: 1 }));
    expect(md).toContain('**Pace:** 1 hour a week');
    expect(section(md, 'Weekly schedule')).toContain('only the first 104 are listed');
    expect(section(md, 'Weekly schedule')).toContain('### Month 1: Python basics (weeks 1–104, 104 h)');
  });
});
