import { describe, expect, it } from 'vitest';
import { certificationSchema } from '../../src/schemas/certifications';
import { monthSchema } from '../../src/schemas/months';
import { plainRef, resourceSchema } from '../../src/schemas/shared';
import { skillSchema } from '../../src/schemas/skills';

/** The first issue of a failed parse as "path: message", like the build prints it. */
function firstIssue(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  if (result.success) return 'valid';
  const issue = result.error!.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

const resource = {
  title: 'NumPy documentation',
  url: 'https://numpy.org/doc/stable/',
  kind: 'docs',
  provider: 'NumPy',
  cost: 'free',
  lastChecked: '2026-11-28',
};

const skill = {
  title: 'Python ecosystem',
  summary: 'NumPy, pandas and Matplotlib for cleaning, analysing and plotting clinical data.',
  category: 'technical',
  order: 1,
  aliases: ['python'],
  topics: ['NumPy', 'pandas', 'Matplotlib'],
  levels: {
    aware: ['You can explain what a DataFrame is.'],
    working: ['You can load a CSV of lab results.'],
    proficient: ['You can build a reproducible analysis.'],
    expert: ['You can review others’ pipelines.'],
  },
  effort: [12, 36, 72, 120],
  prerequisites: [],
  glossary: ['phi'],
  resources: [resource, { ...resource, url: 'https://pandas.pydata.org/docs/' }, { ...resource, url: 'https://matplotlib.org/stable/' }],
};

describe('resource schema', () => {
  it('accepts an https resource and coerces its date', () => {
    const parsed = resourceSchema.parse(resource);
    expect(parsed.lastChecked).toEqual(new Date('2026-11-28'));
  });
  it.each([
    [{ url: 'http://numpy.org/' }, 'url: must use https:// (plain http is not allowed)'],
    [{ url: 'https://example.com/course' }, 'url: points at a placeholder host; link the real source'],
    [
      { url: 'https://www.coursera.org/learn/x?utm_source=site' },
      'url: has a tracking or affiliate parameter (utm_*, ref, tag…); remove it',
    ],
    [{ url: 'numpy docs' }, 'url: must be a full URL such as https://hl7.org/fhir/'],
    [{ cost: 'cheap' }, 'cost: Invalid option: expected one of "free"|"freemium"|"paid"'],
    [{ lastChecked: 'last week' }, 'lastChecked: must be a date written as YYYY-MM-DD'],
  ])('rejects %o', (change, message) => {
    expect(firstIssue(resourceSchema, { ...resource, ...change })).toBe(message);
  });
});

describe('skill schema', () => {
  const schema = skillSchema(plainRef);
  it('accepts a complete skill and resolves references to {collection, id}', () => {
    const parsed = schema.parse(skill);
    expect(parsed.category).toEqual({ collection: 'categories', id: 'technical' });
    expect(parsed.glossary).toEqual([{ collection: 'glossary', id: 'phi' }]);
  });
  it('pins the messages authors see', () => {
    expect(firstIssue(schema, { ...skill, summary: 'x'.repeat(161) })).toBe('summary: must be at most 160 characters');
    expect(firstIssue(schema, { ...skill, levels: { ...skill.levels, aware: ['Knows Python'] } })).toBe(
      'levels.aware.0: each level criterion starts with "You can"',
    );
    expect(firstIssue(schema, { ...skill, resources: [resource, resource, resource] })).toBe(
      'resources.1.url: duplicates an earlier resource (https://numpy.org/doc/stable/)',
    );
    expect(firstIssue(schema, { ...skill, resources: [resource] })).toBe('resources: needs at least 3 resources');
  });
});

describe('month schema', () => {
  const schema = monthSchema(plainRef);
  const month = {
    month: 1,
    phase: 'foundation',
    title: 'Python basics',
    summary: 'Write your first Python scripts and learn how care is delivered.',
    goals: ['Write Python scripts that read a CSV file.', 'Describe a patient journey.'],
    skills: ['python-ecosystem'],
    weeks: Array.from({ length: 4 }, (_, i) => ({ focus: `Week ${i + 1}`, summary: 'What happens this week.' })),
    tasks: Array.from({ length: 5 }, (_, i) => ({ id: `m01-task-${i}`, text: 'Do a concrete thing', hours: 5 })),
    project: { title: 'A first script', description: 'Summarise synthetic patients.', deliverables: ['A repository'] },
    checkpoint: [
      { question: 'What is a patient journey?', answer: 'The steps of care from intake to follow-up, and the records each step creates.' },
      {
        question: 'What is a virtual environment?',
        answer: "A folder with its own Python and packages. It keeps each project's versions apart.",
      },
    ],
    practicalChecks: [{ task: 'Convert 154 lb to kilograms with your function.', expected: '69.85 kg, to two decimals.' }],
    resources: [resource],
  };
  it('accepts a complete month', () => {
    expect(firstIssue(schema, month)).toBe('valid');
  });
  it('pins the messages authors see', () => {
    expect(firstIssue(schema, { ...month, weeks: month.weeks.slice(0, 3) })).toBe('weeks: must list exactly 4 weeks');
    expect(firstIssue(schema, { ...month, tasks: month.tasks.slice(0, 4) })).toBe('tasks: needs at least 5 tasks');
    expect(firstIssue(schema, { ...month, tasks: [{ ...month.tasks[0], id: 'Task One' }, ...month.tasks.slice(1)] })).toBe(
      'tasks.0.id: must be kebab-case: lowercase letters, digits and hyphens',
    );
  });
  it('pins the messages for checkpoints and practical checks', () => {
    const [q1, q2] = month.checkpoint;
    const check = month.practicalChecks[0]!;
    expect(firstIssue(schema, { ...month, checkpoint: [q1] })).toBe('checkpoint: needs at least 2 questions');
    expect(firstIssue(schema, { ...month, checkpoint: ['What is a patient journey?', q2] })).toBe(
      'checkpoint.0: Invalid input: expected object, received string',
    );
    expect(firstIssue(schema, { ...month, checkpoint: [{ ...q1, question: 'Why?' }, q2] })).toBe(
      'checkpoint.0.question: must be a full question (at least 15 characters)',
    );
    expect(firstIssue(schema, { ...month, checkpoint: [{ question: q1!.question }, q2] })).toBe(
      'checkpoint.0.answer: Invalid input: expected string, received undefined',
    );
    expect(firstIssue(schema, { ...month, checkpoint: [{ ...q1, answer: 'It depends.' }, q2] })).toBe(
      'checkpoint.0.answer: must say what a good answer covers (at least 40 characters)',
    );
    expect(
      firstIssue(schema, { ...month, checkpoint: [{ ...q1, answer: 'One. Two. Three. Four. Five sentences are too many.' }, q2] }),
    ).toBe('checkpoint.0.answer: must be 1 to 4 sentences');
    expect(firstIssue(schema, { ...month, practicalChecks: [] })).toBe('practicalChecks: needs at least 1 practical check');
    const { practicalChecks: _checks, ...withoutChecks } = month;
    expect(firstIssue(schema, withoutChecks)).toBe('practicalChecks: Invalid input: expected array, received undefined');
    expect(firstIssue(schema, { ...month, practicalChecks: [{ ...check, task: 'Run it.' }] })).toBe(
      'practicalChecks.0.task: must say what to run or build (at least 20 characters)',
    );
    expect(firstIssue(schema, { ...month, practicalChecks: [{ ...check, expected: 'Works.' }] })).toBe(
      'practicalChecks.0.expected: must give the result to compare against (at least 10 characters)',
    );
  });
  it('marks a practical check as using the pinned Synthea run only when it says so', () => {
    const parsed = schema.parse({ ...month, practicalChecks: [...month.practicalChecks, { ...month.practicalChecks[0], synthea: true }] });
    expect(parsed.practicalChecks.map((c) => c.synthea)).toEqual([false, true]);
  });
});

describe('certification schema', () => {
  const schema = certificationSchema(plainRef);
  const fact = { text: 'US$300', source: 'guide' };
  const cert = {
    title: 'AWS Certified Machine Learning – Specialty',
    shortName: 'AWS ML Specialty',
    issuer: 'Amazon Web Services',
    track: 'cloud-ml',
    audiences: ['engineer'],
    audience: 'ML engineers on AWS.',
    summary: 'A retired AWS exam on building ML workloads on AWS.',
    sources: { guide: { title: 'Exam guide', url: 'https://aws.amazon.com/certification/', official: true } },
    facts: {
      prerequisites: fact,
      examFormat: fact,
      cost: fact,
      validity: fact,
      renewal: { text: 'Not published', state: 'not-published' },
    },
    status: { state: 'retired', date: '2026-03-31', successor: 'aws-ml-engineer-associate', source: 'guide' },
    officialUrl: 'https://aws.amazon.com/certification/',
    lastVerified: '2026-11-28',
    skills: ['aws-for-healthcare'],
    month: 14,
  };
  it('accepts a retired certification with date and successor', () => {
    expect(firstIssue(schema, cert)).toBe('valid');
  });
  it('fails a retired certification without a retirement date', () => {
    const { date: _date, ...status } = cert.status;
    expect(firstIssue(schema, { ...cert, status })).toBe('status.date: a retiring or retired certification needs a date');
  });
  it('fails a fact that cites a missing source, or has no source and is not "Not published"', () => {
    expect(firstIssue(schema, { ...cert, facts: { ...cert.facts, cost: { text: '$300', source: 'blog' } } })).toBe(
      'facts.cost.source: cites source "blog", which is not in sources',
    );
    expect(firstIssue(schema, { ...cert, facts: { ...cert.facts, cost: { text: '$300' } } })).toBe(
      'facts.cost.source: needs a source key (or state: not-published, or state: unconfirmed)',
    );
  });
});
