import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificationsForRole, gapsForRole, hasGaps, hoursForGap, orderGaps, type PlanRole, type PlanSkill, type SkillGap } from '../../src/lib/plan/gaps';
import { goalsAt, weeksForMonths } from '../../src/lib/plan/goals';
import { portfolioChecklist } from '../../src/lib/plan/portfolio';
import { MAX_WEEKS, weeklySchedule, type PlanMonth, type PlanSchedule } from '../../src/lib/plan/schedule';

/** Effort steps in the old 10/30/60/100% proportions of the hours to proficient. */
const stepsOf = (e: number) => [e / 10, (3 * e) / 10, (6 * e) / 10, e] as const;

// Fixtures: a slice of the real content (titles, categories, effortHours and prerequisites as authored).
const skill = (id: string, title: string, category: string, effortHours: number, prerequisites: string[] = []): PlanSkill => ({
  id,
  title,
  category,
  effort: stepsOf(effortHours),
  prerequisites,
});

const skills: PlanSkill[] = [
  skill('python-ecosystem', 'Python ecosystem', 'technical', 120),
  skill('software-foundations', 'Software foundations', 'technical', 80),
  skill('statistics-eda', 'Statistics and exploratory data analysis', 'technical', 100, ['python-ecosystem']),
  skill('scikit-learn', 'scikit-learn', 'technical', 100, ['python-ecosystem', 'statistics-eda']),
  skill('model-evaluation', 'Model evaluation and hyperparameter tuning', 'technical', 80, ['scikit-learn']),
  skill('sql', 'SQL', 'technical', 60),
  skill('relational-databases', 'Relational databases for clinical data', 'technical', 80, ['sql']),
  skill('clinical-workflows', 'Clinical workflows', 'domain', 40),
  skill('medical-terminology', 'Medical terminology', 'domain', 60),
  skill('hipaa', 'HIPAA privacy and security', 'domain', 25),
  skill('gdpr-data-rights', 'GDPR and data rights', 'domain', 30, ['hipaa']),
  skill('gmlp-fairness', 'GMLP, fairness and transparency', 'domain', 50, ['model-evaluation']),
  skill('communication', 'Communication', 'soft-skills', 80),
  skill('stakeholder-engagement', 'Stakeholder engagement', 'soft-skills', 60, ['communication']),
  skill('self-directed-learning', 'Self-directed learning', 'continuous-learning', 150),
];

const dataScientist: PlanRole = {
  id: 'clinical-data-scientist',
  title: 'Clinical data scientist',
  levels: {
    'python-ecosystem': 3,
    'software-foundations': 2,
    'statistics-eda': 4,
    'scikit-learn': 3,
    'model-evaluation': 4,
    sql: 3,
    'relational-databases': 2,
    'clinical-workflows': 3,
    'medical-terminology': 2,
    hipaa: 3,
    'gdpr-data-rights': 2,
    'gmlp-fairness': 3,
    communication: 3,
    'stakeholder-engagement': 3,
    'self-directed-learning': 3,
    // A skill missing from the skill list is ignored rather than crashing the plan.
    'time-series-data': 3,
  },
  certifications: ['google-ml-engineer', 'aws-ml-engineer-associate', 'chda'],
};

const month = (n: number, title: string, monthSkills: string[], project: string, deliverables: string[], resources?: PlanMonth['resources']): PlanMonth => ({
  id: `month-${String(n).padStart(2, '0')}`,
  month: n,
  title,
  skills: monthSkills,
  hours: 48,
  project: { title: project, deliverables },
  ...(resources ? { resources } : {}),
});

const months: PlanMonth[] = [
  // Deliberately out of order: functions must sort by month number.
  month(
    7,
    'Classical machine learning with scikit-learn: readmission risk',
    ['scikit-learn', 'model-evaluation', 'clinical-workflows'],
    '30-day readmission risk model on synthetic EHR data',
    ['A Git repository with the label definition, feature code and training script', 'ROC and precision-recall curves'],
    [{ title: 'scikit-learn user guide', url: 'https://scikit-learn.org/stable/user_guide.html' }],
  ),
  month(
    1,
    'Python basics and the healthcare landscape',
    ['python-ecosystem', 'software-foundations', 'clinical-workflows', 'communication'],
    'Synthetic patient journey explorer',
    ['A Git repository with the script', 'A one-page patient journey diagram'],
    [{ title: 'The Python Tutorial', url: 'https://docs.python.org/3/tutorial/' }],
  ),
  month(
    3,
    'SQL on synthetic EHR data and HIPAA basics',
    ['sql', 'relational-databases', 'hipaa', 'self-directed-learning'],
    'A synthetic EHR database with a readmission query and a privacy audit',
    ['A cohort query and a readmission query', 'A de-identified view'],
    [{ title: 'PostgreSQL tutorial', url: 'https://www.postgresql.org/docs/current/tutorial.html' }],
  ),
  month(
    5,
    'Statistics, EDA and R for biostatistics; disease mechanisms',
    ['statistics-eda', 'communication'],
    'Exploratory analysis of a synthetic type 2 diabetes cohort',
    ['A Table 1 and at least four figures'],
  ),
  month(
    8,
    'Model evaluation, fairness and stakeholders',
    ['model-evaluation', 'gmlp-fairness', 'stakeholder-engagement'],
    'Fairness audit of the readmission model',
    ['A subgroup metrics table', 'A model card'],
  ),
  month(
    12,
    'Regulation and project management',
    ['gdpr-data-rights', 'model-evaluation'],
    'Regulatory readiness pack',
    ['A GDPR data map'],
  ),
];

const ratingsAtRequired = (role: PlanRole): Record<string, number> => ({ ...role.levels });
const allZero: Record<string, number> = {};

/** Whole days between two YYYY-MM-DD strings, computed with Date.UTC as an independent oracle. */
const daysBetween = (a: string, b: string): number => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

/** Every skill's scheduled hours, summed over all weeks. */
function hoursBySkill(schedule: PlanSchedule): Map<string, number> {
  const sums = new Map<string, number>();
  for (const w of schedule.weeks) for (const i of w.items) sums.set(i.skillId, (sums.get(i.skillId) ?? 0) + i.hours);
  return sums;
}

/** Asserts that weeks are numbered 1.., start on `start` and run as back-to-back 7-day spans. */
function expectConsecutiveWeeks(schedule: PlanSchedule, start: string): void {
  const [first] = schedule.weeks;
  expect(first?.start).toBe(start);
  schedule.weeks.forEach((w, i) => {
    expect(w.week).toBe(i + 1);
    expect(w.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(daysBetween(start, w.start)).toBe(7 * i);
    expect(daysBetween(w.start, w.end)).toBe(6);
    const next = schedule.weeks[i + 1];
    if (next) expect(daysBetween(w.end, next.start)).toBe(1);
  });
}

/** Asserts that in `ordered` every gap prerequisite (direct, or through non-gap skills) comes first. */
function expectPrerequisitesFirst(ordered: readonly SkillGap[]): void {
  const position = new Map(ordered.map((g, i) => [g.skillId, i]));
  const byId = new Map(skills.map((s) => [s.id, s]));
  for (const g of ordered) {
    const stack = [...(byId.get(g.skillId)?.prerequisites ?? [])];
    const seen = new Set<string>();
    for (let p = stack.pop(); p !== undefined; p = stack.pop()) {
      if (seen.has(p)) continue;
      seen.add(p);
      const at = position.get(p);
      if (at === undefined) stack.push(...(byId.get(p)?.prerequisites ?? []));
      else expect(at, `${p} before ${g.skillId}`).toBeLessThan(position.get(g.skillId) ?? -1);
    }
  }
}

describe('hoursForGap', () => {
  const fhir = { effort: stepsOf(80) };

  it('follows the step model: 10%, 30%, 60% of effortHours to proficient, another 100% to expert', () => {
    expect(hoursForGap(fhir, 0, 3)).toBe(80);
    expect(hoursForGap(fhir, 2, 3)).toBe(48);
    expect(hoursForGap(fhir, 3, 4)).toBe(80);
    expect(hoursForGap(fhir, 0, 1)).toBe(8);
    expect(hoursForGap(fhir, 1, 2)).toBe(24);
    expect(hoursForGap(fhir, 0, 4)).toBe(160);
  });

  it('is zero when the required level is at or below the current one', () => {
    expect(hoursForGap(fhir, 2, 1)).toBe(0);
    expect(hoursForGap(fhir, 3, 3)).toBe(0);
    expect(hoursForGap(fhir, 4, 0)).toBe(0);
  });

  it('is exact for authored efforts that do not divide evenly and clamps levels to 0–4', () => {
    expect(hoursForGap({ effort: stepsOf(70) }, 1, 2)).toBe(21);
    expect(hoursForGap({ effort: stepsOf(25) }, 0, 1)).toBe(2.5);
    expect(hoursForGap({ effort: stepsOf(100) }, -2, 9)).toBe(200);
    expect(hoursForGap({ effort: stepsOf(0) }, 0, 3)).toBe(0);
  });
});

describe('gapsForRole', () => {
  it('lists every skill in authored order with current, required and gap', () => {
    const gaps = gapsForRole(skills, dataScientist, { 'python-ecosystem': 1, sql: 3 });
    expect(gaps.map((g) => g.skillId)).toEqual(skills.map((s) => s.id));
    expect(gaps[0]).toEqual({
      skillId: 'python-ecosystem',
      title: 'Python ecosystem',
      category: 'technical',
      current: 1,
      required: 3,
      gap: 2,
    });
    expect(gaps.find((g) => g.skillId === 'sql')?.gap).toBe(0);
    expect(hasGaps(gaps)).toBe(true);
  });

  it('gives no gap and no negative numbers when ratings exceed what the role requires', () => {
    const expert = Object.fromEntries(skills.map((s) => [s.id, 4]));
    const gaps = gapsForRole(skills, dataScientist, expert);
    expect(gaps.every((g) => g.gap === 0 && g.current === 4 && g.required <= 4)).toBe(true);
    expect(hasGaps(gaps)).toBe(false);
    const plan = weeklySchedule(orderGaps(gaps, skills), skills, months, { startDate: '2027-01-04', hoursPerWeek: 8 });
    expect(plan.totalHours).toBe(0);
    expect(plan.weeks).toEqual([]);
  });

  it('mixes above, at and below the bar without negative gaps or hours', () => {
    const ratings = { 'statistics-eda': 4, 'model-evaluation': 2, sql: 4, 'relational-databases': 1, hipaa: 4 };
    const gaps = gapsForRole(skills, dataScientist, ratings);
    expect(gaps.every((g) => g.gap >= 0)).toBe(true);
    expect(gaps.find((g) => g.skillId === 'sql')).toMatchObject({ current: 4, required: 3, gap: 0 });
    const ordered = orderGaps(gaps, skills);
    expect(ordered.some((g) => g.skillId === 'sql' || g.skillId === 'hipaa' || g.skillId === 'statistics-eda')).toBe(false);
    const plan = weeklySchedule(ordered, skills, months, { startDate: '2027-01-04', hoursPerWeek: 10 });
    expect(plan.weeks.flatMap((w) => w.items).every((i) => i.hours > 0)).toBe(true);
    expect(plan.skills.every((s) => s.hours >= 0)).toBe(true);
  });

  it('treats unrated skills as 0, unlisted skills as not required, and unreadable ratings as 0', () => {
    const role: PlanRole = { ...dataScientist, levels: { sql: 2 } };
    const gaps = gapsForRole(skills, role, { sql: Number.NaN, constructor: 3 });
    expect(gaps.find((g) => g.skillId === 'sql')).toMatchObject({ current: 0, required: 2, gap: 2 });
    expect(gaps.filter((g) => g.gap > 0)).toHaveLength(1);
  });
});

describe('a person with no gaps', () => {
  const gaps = gapsForRole(skills, dataScientist, ratingsAtRequired(dataScientist));
  const ordered = orderGaps(gaps, skills);
  const plan = weeklySchedule(ordered, skills, months, { startDate: '2027-01-04', hoursPerWeek: 6 });

  it('gets an empty plan with zero weeks', () => {
    expect(hasGaps(gaps)).toBe(false);
    expect(ordered).toEqual([]);
    expect(plan).toMatchObject({ weeks: [], totalHours: 0, totalWeeks: 0, truncated: false, skills: [] });
  });

  it('gets goals with nothing to reach and an empty portfolio', () => {
    const goals = goalsAt(plan, [3, 6, 12]);
    expect(goals.map((g) => g.months)).toEqual([3, 6, 12]);
    expect(goals.every((g) => g.reach.length === 0)).toBe(true);
    expect(goals[0]?.byDate).toBe('2027-04-04');
    expect(portfolioChecklist(months, ordered)).toEqual([]);
  });
});

describe('a person rated 0 everywhere', () => {
  const gaps = gapsForRole(skills, dataScientist, allZero);
  const ordered = orderGaps(gaps, skills);
  const expectedHours = ordered.reduce((sum, g) => {
    const s = skills.find((x) => x.id === g.skillId);
    return sum + (s ? hoursForGap(s, 0, g.required) : 0);
  }, 0);

  it('has every required skill as a gap, prerequisites first', () => {
    expect(ordered).toHaveLength(skills.length);
    expect(new Set(ordered.map((g) => g.skillId)).size).toBe(skills.length);
    expectPrerequisitesFirst(ordered);
    // Independent roots start with the largest gap: statistics-eda (4) must wait for python (3).
    expect(ordered[0]?.skillId).toBe('python-ecosystem');
  });

  it('at 40 hours a week fills every week but the last and finishes without truncation', () => {
    const plan = weeklySchedule(ordered, skills, months, { startDate: '2027-01-04', hoursPerWeek: 40 });
    expect(plan.totalHours).toBe(expectedHours);
    expect(plan.totalWeeks).toBe(Math.ceil(expectedHours / 40));
    expect(plan.weeks).toHaveLength(plan.totalWeeks);
    expect(plan.truncated).toBe(false);
    plan.weeks.slice(0, -1).forEach((w) => expect(w.hours).toBe(40));
    expect(plan.weeks.at(-1)?.hours).toBe(expectedHours - 40 * (plan.totalWeeks - 1));
    plan.weeks.forEach((w) => expect(w.items.reduce((s, i) => s + i.hours, 0)).toBe(w.hours));
    for (const s of plan.skills) expect(hoursBySkill(plan).get(s.skillId)).toBe(s.hours);
    expectConsecutiveWeeks(plan, '2027-01-04');
  });

  it('at 1 hour a week stops at 104 weeks and reports truncation', () => {
    const plan = weeklySchedule(ordered, skills, months, { startDate: '2027-01-04', hoursPerWeek: 1 });
    expect(plan.truncated).toBe(true);
    expect(plan.weeks).toHaveLength(MAX_WEEKS);
    expect(plan.totalWeeks).toBe(expectedHours);
    expect(plan.totalHours).toBe(expectedHours);
    expect(plan.weeks.every((w) => w.hours === 1)).toBe(true);
    expect(plan.weeks.at(-1)).toMatchObject({ week: 104, end: '2028-12-31' });
    expectConsecutiveWeeks(plan, '2027-01-04');
    // Only python (120 h to proficient) fits in two years at this pace.
    expect([...hoursBySkill(plan).keys()]).toEqual(['python-ecosystem']);
    const [, , twelve] = goalsAt(plan, [3, 6, 12]);
    expect(twelve?.reach).toEqual([{ skillId: 'python-ecosystem', title: 'Python ecosystem', level: 2, targetLevel: 3 }]);
  });

  it('lists the portfolio projects of every month teaching a gap skill, in month order', () => {
    expect(portfolioChecklist(months, ordered).map((p) => p.month)).toEqual([1, 3, 5, 7, 8, 12]);
  });
});

describe('orderGaps', () => {
  const gap = (skillId: string, current: number, required: number): SkillGap => {
    const s = skills.find((x) => x.id === skillId);
    return { skillId, title: s?.title ?? skillId, category: s?.category ?? 'technical', current, required, gap: Math.max(0, required - current) };
  };

  it('puts a prerequisite first even when the dependent has a larger gap', () => {
    const ordered = orderGaps([gap('relational-databases', 0, 4), gap('sql', 2, 3), gap('communication', 0, 2)], skills);
    expect(ordered.map((g) => g.skillId)).toEqual(['communication', 'sql', 'relational-databases']);
  });

  it('keeps prerequisites first through skills that are not gaps', () => {
    // scikit-learn and statistics-eda are met; model-evaluation still depends on python through them.
    const ordered = orderGaps([gap('model-evaluation', 0, 4), gap('python-ecosystem', 2, 3), gap('scikit-learn', 3, 3)], skills);
    expect(ordered.map((g) => g.skillId)).toEqual(['python-ecosystem', 'model-evaluation']);
  });

  it('breaks ties by gap, then category order, then title', () => {
    const ordered = orderGaps(
      [
        gap('self-directed-learning', 0, 2),
        gap('communication', 0, 2),
        gap('medical-terminology', 0, 2),
        gap('clinical-workflows', 0, 2),
        gap('software-foundations', 0, 2),
        gap('hipaa', 0, 3),
      ],
      skills,
    );
    expect(ordered.map((g) => g.skillId)).toEqual([
      'hipaa',
      'software-foundations',
      'clinical-workflows',
      'medical-terminology',
      'communication',
      'self-directed-learning',
    ]);
  });

  it('is deterministic whatever the input order', () => {
    const gaps = gapsForRole(skills, dataScientist, { sql: 1, communication: 2 });
    const a = orderGaps(gaps, skills);
    const b = orderGaps([...gaps].reverse(), [...skills].reverse());
    expect(b).toEqual(a);
  });

  it('does not crash on a prerequisite cycle and keeps other constraints', () => {
    const cyclic: PlanSkill[] = [
      skill('a-skill', 'A skill', 'technical', 10, ['b-skill']),
      skill('b-skill', 'B skill', 'technical', 10, ['a-skill']),
      skill('c-skill', 'C skill', 'domain', 10, ['a-skill']),
      skill('d-skill', 'D skill', 'domain', 10, ['d-skill']),
    ];
    const gaps: SkillGap[] = [
      { skillId: 'c-skill', title: 'C skill', category: 'domain', current: 0, required: 4, gap: 4 },
      { skillId: 'a-skill', title: 'A skill', category: 'technical', current: 0, required: 2, gap: 2 },
      { skillId: 'b-skill', title: 'B skill', category: 'technical', current: 0, required: 2, gap: 2 },
      { skillId: 'd-skill', title: 'D skill', category: 'domain', current: 0, required: 1, gap: 1 },
    ];
    const ordered = orderGaps(gaps, cyclic);
    // D's self-loop is ignored, so D is ready at once; the A↔B cycle then breaks at A (title order),
    // and C, with the larger gap, still waits for A but goes before B.
    expect(ordered.map((g) => g.skillId)).toEqual(['d-skill', 'a-skill', 'c-skill', 'b-skill']);
    expect(orderGaps([...gaps].reverse(), cyclic)).toEqual(ordered);
    const plan = weeklySchedule(ordered, cyclic, [], { startDate: '2027-01-04', hoursPerWeek: 5 });
    expect(plan.totalHours).toBe(20 + 4 + 4 + 1);
  });
});

describe('weeklySchedule', () => {
  const gaps = gapsForRole(skills, dataScientist, allZero);
  const ordered = orderGaps(gaps, skills);

  it('splits a skill across weeks precisely and carries its earliest teaching month and resources', () => {
    const plan = weeklySchedule(ordered, skills, months, { startDate: '2027-01-04', hoursPerWeek: 7.5 });
    const [w1, w2] = plan.weeks;
    expect(w1?.items).toEqual([
      {
        skillId: 'python-ecosystem',
        title: 'Python ecosystem',
        hours: 7.5,
        targetLevel: 3,
        month: 1,
        resources: [{ title: 'The Python Tutorial', url: 'https://docs.python.org/3/tutorial/' }],
      },
    ]);
    expect(w2?.hours).toBe(7.5);
    // Python takes 120 h = 16 weeks at 7.5 h; week 17 starts the next skill.
    expect(plan.weeks[15]?.items.map((i) => i.skillId)).toEqual(['python-ecosystem']);
    expect(plan.weeks[16]?.items[0]?.skillId).not.toBe('python-ecosystem');
  });

  it('rounds each skill up to half hours and shares a week between skills', () => {
    const small: PlanSkill[] = [skill('hipaa', 'HIPAA privacy and security', 'domain', 25), skill('odd', 'Odd effort', 'domain', 33)];
    const g: SkillGap[] = [
      { skillId: 'hipaa', title: 'HIPAA privacy and security', category: 'domain', current: 0, required: 1, gap: 1 },
      { skillId: 'odd', title: 'Odd effort', category: 'domain', current: 0, required: 1, gap: 1 },
    ];
    const plan = weeklySchedule(g, small, [], { startDate: '2027-01-04', hoursPerWeek: 4 });
    // HIPAA 0→1 is 2.5 h; the odd skill's 3.3 h rounds up to 3.5 h and spills into week 2.
    expect(plan.weeks.map((w) => w.items.map((i) => [i.skillId, i.hours]))).toEqual([
      [
        ['hipaa', 2.5],
        ['odd', 1.5],
      ],
      [['odd', 2]],
    ]);
    expect(plan.weeks[0]?.items[0]).not.toHaveProperty('month');
    expect(plan.totalHours).toBe(6);
  });

  it('gives exact 7-day weeks across a year end', () => {
    const plan = weeklySchedule(ordered, skills, months, { startDate: '2026-12-28', hoursPerWeek: 3 });
    expect(plan.weeks.slice(0, 2).map((w) => [w.start, w.end])).toEqual([
      ['2026-12-28', '2027-01-03'],
      ['2027-01-04', '2027-01-10'],
    ]);
    expectConsecutiveWeeks(plan, '2026-12-28');
  });

  describe('in a time zone with DST', () => {
    const saved = process.env['TZ'];
    beforeAll(() => {
      process.env['TZ'] = 'Europe/London';
    });
    afterAll(() => {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    });

    it('gives exact 7-day weeks across the clock change', () => {
      const plan = weeklySchedule(ordered, skills, months, { startDate: '2027-03-28', hoursPerWeek: 10 });
      expect(plan.weeks.slice(0, 2).map((w) => [w.start, w.end])).toEqual([
        ['2027-03-28', '2027-04-03'],
        ['2027-04-04', '2027-04-10'],
      ]);
      // The October change back and the leap day of 2028 are in range too.
      expect(plan.weeks.find((w) => w.start === '2027-10-24')?.end).toBe('2027-10-30');
      expect(plan.weeks.find((w) => w.start === '2028-02-27')?.end).toBe('2028-03-04');
      expectConsecutiveWeeks(plan, '2027-03-28');
    });
  });

  it('rejects dates that are not calendar days and paces below half an hour', () => {
    const opts = { hoursPerWeek: 5 };
    expect(() => weeklySchedule(ordered, skills, months, { ...opts, startDate: '2027-02-29' })).toThrow(RangeError);
    expect(() => weeklySchedule(ordered, skills, months, { ...opts, startDate: '27-01-04' })).toThrow(RangeError);
    expect(() => weeklySchedule(ordered, skills, months, { startDate: '2027-01-04', hoursPerWeek: 0 })).toThrow(RangeError);
    expect(() => weeklySchedule(ordered, skills, months, { startDate: '2027-01-04', hoursPerWeek: Number.NaN })).toThrow(RangeError);
    expect(weeklySchedule(ordered, skills, months, { ...opts, startDate: '2028-02-29' }).weeks[0]?.end).toBe('2028-03-06');
  });
});

describe('goalsAt', () => {
  it('defines a month as 52/12 weeks, rounded', () => {
    expect([3, 6, 12, 18, 24].map(weeksForMonths)).toEqual([13, 26, 52, 78, 104]);
  });

  it('reports partial levels by the step model and full targets once all hours are scheduled', () => {
    // Python 0→3 (120 h: level 1 at 12 h, level 2 at 48 h), then SQL 0→2 (24 h), at 4 h a week.
    const role: PlanRole = { ...dataScientist, levels: { 'python-ecosystem': 3, sql: 2 } };
    const ordered = orderGaps(gapsForRole(skills, role, allZero), skills);
    const plan = weeklySchedule(ordered, skills, months, { startDate: '2027-01-04', hoursPerWeek: 4 });
    expect(plan.totalWeeks).toBe(36);
    const goals = goalsAt(plan, [3, 6, 12]);
    expect(goals.map((g) => [g.months, g.byDate])).toEqual([
      [3, '2027-04-04'],
      [6, '2027-07-04'],
      [12, '2028-01-02'],
    ]);
    // 13 weeks = 52 h of python: past level 2 (48 h), short of 3 (120 h).
    expect(goals[0]?.reach).toEqual([{ skillId: 'python-ecosystem', title: 'Python ecosystem', level: 2, targetLevel: 3 }]);
    // 26 weeks = 104 h: still level 2.
    expect(goals[1]?.reach.map((r) => r.level)).toEqual([2]);
    // 52 weeks: everything done.
    expect(goals[2]?.reach).toEqual([
      { skillId: 'python-ecosystem', title: 'Python ecosystem', level: 3, targetLevel: 3 },
      { skillId: 'sql', title: 'SQL', level: 2, targetLevel: 2 },
    ]);
  });

  it('counts a target as reached in the very week its last hours are scheduled', () => {
    const role: PlanRole = { ...dataScientist, levels: { hipaa: 2 } };
    // HIPAA 0→2 is 10 h; at 10 h a week it is done in week 1.
    const plan = weeklySchedule(orderGaps(gapsForRole(skills, role, allZero), skills), skills, months, {
      startDate: '2027-01-04',
      hoursPerWeek: 10,
    });
    expect(goalsAt(plan, [3])[0]?.reach).toEqual([{ skillId: 'hipaa', title: 'HIPAA privacy and security', level: 2, targetLevel: 2 }]);
    expect(() => goalsAt(plan, [0])).toThrow(RangeError);
  });
});

describe('portfolioChecklist', () => {
  it('returns the projects teaching the gaps, in month order, once each', () => {
    const gaps: SkillGap[] = [
      { skillId: 'model-evaluation', title: 'Model evaluation', category: 'technical', current: 1, required: 4, gap: 3 },
      { skillId: 'scikit-learn', title: 'scikit-learn', category: 'technical', current: 1, required: 3, gap: 2 },
      { skillId: 'sql', title: 'SQL', category: 'technical', current: 3, required: 3, gap: 0 },
    ];
    const duplicated = [...months, ...months];
    expect(portfolioChecklist(duplicated, gaps)).toEqual([
      {
        month: 7,
        title: '30-day readmission risk model on synthetic EHR data',
        deliverables: ['A Git repository with the label definition, feature code and training script', 'ROC and precision-recall curves'],
      },
      { month: 8, title: 'Fairness audit of the readmission model', deliverables: ['A subgroup metrics table', 'A model card'] },
      { month: 12, title: 'Regulatory readiness pack', deliverables: ['A GDPR data map'] },
    ]);
  });
});

describe('certificationsForRole', () => {
  it('returns the role’s certification ids as a copy', () => {
    const ids = certificationsForRole(dataScientist);
    expect(ids).toEqual(['google-ml-engineer', 'aws-ml-engineer-associate', 'chda']);
    ids.push('changed');
    expect(dataScientist.certifications).toHaveLength(3);
  });
});
