import { describe, expect, it } from 'vitest';
import { certificationsForRole, gapsForRole, hasGaps, hoursForGap, type PlanRole, type PlanSkill } from '../../src/lib/plan/gaps';

/** Effort steps in the old 10/30/60/100% proportions of the hours to proficient. */
const stepsOf = (e: number) => [e / 10, (3 * e) / 10, (6 * e) / 10, e] as const;

// Fixtures: a slice of the real content (titles, categories and effortHours as authored).
const skill = (id: string, title: string, category: string, effortHours: number): PlanSkill => ({
  id,
  title,
  category,
  effort: stepsOf(effortHours),
});

const skills: PlanSkill[] = [
  skill('python-ecosystem', 'Python ecosystem', 'technical', 120),
  skill('software-foundations', 'Software foundations', 'technical', 80),
  skill('statistics-eda', 'Statistics and exploratory data analysis', 'technical', 100),
  skill('scikit-learn', 'scikit-learn', 'technical', 100),
  skill('model-evaluation', 'Model evaluation and hyperparameter tuning', 'technical', 80),
  skill('sql', 'SQL', 'technical', 60),
  skill('relational-databases', 'Relational databases for clinical data', 'technical', 80),
  skill('clinical-workflows', 'Clinical workflows', 'domain', 40),
  skill('medical-terminology', 'Medical terminology', 'domain', 60),
  skill('hipaa', 'HIPAA privacy and security', 'domain', 25),
  skill('gdpr-data-rights', 'GDPR and data rights', 'domain', 30),
  skill('gmlp-fairness', 'GMLP, fairness and transparency', 'domain', 50),
  skill('communication', 'Communication', 'soft-skills', 80),
  skill('stakeholder-engagement', 'Stakeholder engagement', 'soft-skills', 60),
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
  });

  it('mixes above, at and below the bar without negative gaps or hours', () => {
    const ratings = { 'statistics-eda': 4, 'model-evaluation': 2, sql: 4, 'relational-databases': 1, hipaa: 4 };
    const gaps = gapsForRole(skills, dataScientist, ratings);
    expect(gaps.every((g) => g.gap >= 0)).toBe(true);
    expect(gaps.find((g) => g.skillId === 'sql')).toMatchObject({ current: 4, required: 3, gap: 0 });
    const short = gaps.filter((g) => g.gap > 0);
    expect(short.some((g) => g.skillId === 'sql' || g.skillId === 'hipaa' || g.skillId === 'statistics-eda')).toBe(false);
    expect(
      short.every(
        (g) =>
          hoursForGap(
            skills.find((s) => s.id === g.skillId)!,
            g.current,
            g.required,
          ) > 0,
      ),
    ).toBe(true);
  });

  it('treats unrated skills as 0, unlisted skills as not required, and unreadable ratings as 0', () => {
    const role: PlanRole = { ...dataScientist, levels: { sql: 2 } };
    const gaps = gapsForRole(skills, role, { sql: Number.NaN, constructor: 3 });
    expect(gaps.find((g) => g.skillId === 'sql')).toMatchObject({ current: 0, required: 2, gap: 2 });
    expect(gaps.filter((g) => g.gap > 0)).toHaveLength(1);
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
