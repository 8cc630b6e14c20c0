import { describe, expect, it } from 'vitest';
import {
  alternativesByOption,
  beyondRoadmap,
  extrasSummary,
  groupLabel,
  leadingSkills,
  levelsByCategory,
  optionLabel,
  optionalBySkill,
  taskCount,
  trackDurationText,
  trackMonthTasks,
  trackOptions,
  type MonthWithTasks,
} from '../../src/lib/roles';
import { alternativeGroups, buildTrack, trackWeeks } from '../../src/lib/tracks';
import { formatDuration, type Effort, type ModelMonth, type ModelSkill } from '../../src/lib/time-model';
import { HOURS_PER_WEEK } from '../../src/lib/rules';
import { contentEntries, contentTrackRole } from '../fixtures/content';

const categories = [
  { id: 'technical', title: 'Technical Competencies' },
  { id: 'domain', title: 'Healthcare Domain Knowledge' },
  { id: 'soft-skills', title: 'Soft Skills' },
];
const skills = [
  { id: 'python', title: 'Python', category: 'technical' },
  { id: 'fhir', title: 'HL7 FHIR', category: 'domain' },
  { id: 'sql', title: 'SQL', category: 'technical' },
];
const levels = { entry: { python: 3, fhir: 2, sql: 3 }, experienced: { python: 4, fhir: 3, sql: 3 } };

describe('role levels', () => {
  it('groups every skill under its category, in category order, leaving out empty categories', () => {
    expect(levelsByCategory(categories, skills, levels)).toEqual([
      {
        category: { id: 'technical', title: 'Technical Competencies' },
        rows: [
          { id: 'python', title: 'Python', category: 'technical', entry: 3, experienced: 4 },
          { id: 'sql', title: 'SQL', category: 'technical', entry: 3, experienced: 3 },
        ],
      },
      {
        category: { id: 'domain', title: 'Healthcare Domain Knowledge' },
        rows: [{ id: 'fhir', title: 'HL7 FHIR', category: 'domain', entry: 2, experienced: 3 }],
      },
    ]);
  });

  it('reads a skill the role does not list as level 0, and never an inherited property', () => {
    const [technical] = levelsByCategory(categories, [{ id: 'constructor', title: 'Odd id', category: 'technical' }], {
      entry: {},
      experienced: {},
    });
    expect(technical!.rows[0]).toMatchObject({ entry: 0, experienced: 0 });
  });

  it('names the skills needed at proficient or above at entry, highest first, ties in the given order', () => {
    expect(leadingSkills(skills, { entry: { python: 3, fhir: 4, sql: 3 }, experienced: {} }).map((s) => s.id)).toEqual([
      'fhir',
      'python',
      'sql',
    ]);
    expect(leadingSkills(skills, levels, 4)).toEqual([]);
  });
});

describe('what the roadmap does not cover', () => {
  it('lists the skills a role needs above what the roadmap reaches, untaught skills included', () => {
    const reached = new Map([
      ['python', 2],
      ['sql', 3],
    ]);
    expect(beyondRoadmap(skills, levels, reached)).toEqual([
      { skill: skills[0], needed: 3, reached: 2 },
      { skill: skills[1], needed: 2, reached: 0 },
    ]);
    expect(beyondRoadmap(skills, { entry: { python: 1 } }, reached)).toEqual([]);
  });
});

describe('track options', () => {
  const groups = [
    { id: 'cloud', options: ['aws', 'google-cloud', 'azure'] },
    { id: 'new-group', options: ['first-option', 'second-option'] },
  ];

  it('says which option the track follows and which it leaves, with display names', () => {
    expect(trackOptions(groups, { cloud: 'azure' })).toEqual([
      { group: 'cloud', label: 'Cloud platform', chosen: 'azure', chosenLabel: 'Microsoft Azure', others: ['AWS', 'Google Cloud'] },
      { group: 'new-group', label: 'New group', chosen: 'first-option', chosenLabel: 'First option', others: ['Second option'] },
    ]);
  });

  it('words ids without a display name, and never reads an inherited property', () => {
    expect(groupLabel('dl-framework')).toBe('Deep learning framework');
    expect(optionLabel('pytorch')).toBe('PyTorch');
    expect(optionLabel('toString')).toBe('ToString');
  });
});

// A two-month roadmap: Python in both, a choice of cloud in the second.
const model: { skills: ModelSkill[]; months: ModelMonth[] } = {
  skills: [
    { id: 'python', effort: [4, 10, 20, 40] },
    { id: 'aws', effort: [3, 5, 10, 20] },
    { id: 'gcp', effort: [3, 5, 10, 20] },
  ],
  months: [
    {
      id: 'month-01',
      month: 1,
      reaches: {},
      tasks: [
        { id: 'a', hours: 4, skill: 'python' },
        { id: 'b', hours: 12, skill: 'python' },
        { id: 'c', hours: 2 },
      ],
    },
    {
      id: 'month-02',
      month: 2,
      reaches: {},
      tasks: [
        { id: 'd', hours: 3, skill: 'aws', alternative: { group: 'cloud', option: 'aws' } },
        { id: 'e', hours: 3, skill: 'gcp', alternative: { group: 'cloud', option: 'gcp' } },
        { id: 'f', hours: 20, skill: 'python' },
      ],
    },
  ],
};
const texts: MonthWithTasks[] = model.months.map((m) => ({
  id: m.id,
  month: m.month,
  title: `Title ${m.month}`,
  tasks: m.tasks.map((t) => ({ ...t, text: `Task ${t.id}` })),
}));
const role = { id: 'r', title: 'R', levels: { python: 1, aws: 1, gcp: 1 }, choices: { cloud: 'aws' } };

describe('a track month by month', () => {
  const track = buildTrack(model.skills, model.months, role);
  const months = trackMonthTasks(track, texts);

  it('gives each month its core, optional and alternative tasks with texts and hours', () => {
    expect(months.map((m) => m.title)).toEqual(['Title 1', 'Title 2']);
    expect(months[0]!.core.map((t) => [t.id, t.text, t.hours])).toEqual([
      ['a', 'Task a', 4],
      ['c', 'Task c', 2],
    ]);
    expect(months[0]).toMatchObject({ coreHours: 6, optionalHours: 12, alternativeHours: 0 });
    expect(months[0]!.optional.map((t) => t.id)).toEqual(['b']);
    expect(months[1]!.core.map((t) => t.id)).toEqual(['d']);
    expect(months[1]!.alternative).toEqual([
      { id: 'e', text: 'Task e', hours: 3, skill: 'gcp', kind: 'alternative', alternative: { group: 'cloud', option: 'gcp' } },
    ]);
    expect(months[1]!.core[0]!.alternative, 'the option in force is core, not an alternative').toBeUndefined();
    expect(months.reduce((s, m) => s + m.coreHours, 0)).toBe(track.hours);
  });

  it('sums up the work beyond the core in a few words, and nothing when there is none', () => {
    expect(extrasSummary(months[0]!)).toBe('1 optional task (12 hours)');
    expect(extrasSummary(months[1]!)).toBe('1 optional task (20 hours) and 1 task for other options (3 hours)');
    expect(extrasSummary({ optional: [], alternative: [], optionalHours: 0, alternativeHours: 0 })).toBe('');
  });

  it('counts the work beyond the core by skill and by option, in order of first appearance', () => {
    const tasks = (specs: [string, number, string?, string?][]) =>
      specs.map(([id, hours, skill, option]) => ({
        id,
        text: id,
        hours,
        skill,
        kind: 'optional' as const,
        alternative: option ? { group: 'cloud', option } : undefined,
      }));
    expect(
      optionalBySkill({
        optional: tasks([
          ['a', 4, 'python'],
          ['b', 5, 'sql'],
          ['c', 6, 'python'],
        ]),
      }),
    ).toEqual([
      { id: 'python', group: undefined, count: 2, hours: 10 },
      { id: 'sql', group: undefined, count: 1, hours: 5 },
    ]);
    expect(
      alternativesByOption({
        alternative: tasks([
          ['d', 3, 'gcp', 'gcp'],
          ['e', 2, 'azure', 'azure'],
          ['f', 1, 'mlops', 'gcp'],
        ]),
      }),
    ).toEqual([
      { id: 'gcp', group: 'cloud', count: 2, hours: 4 },
      { id: 'azure', group: 'cloud', count: 1, hours: 2 },
    ]);
    expect(taskCount({ count: 1, hours: 1 })).toBe('1 task, 1 hour');
    expect(taskCount({ count: 3, hours: 19.5 })).toBe('3 tasks, 19.5 hours');
  });

  it('fails loudly when the track and the content disagree', () => {
    expect(() => trackMonthTasks(track, texts.slice(0, 1))).toThrow('The track names month "month-02", which the content does not have');
    const missing = texts.map((m) => ({ ...m, tasks: m.tasks.filter((t) => t.id !== 'f') }));
    expect(() => trackMonthTasks(track, missing)).toThrow('The track names task "f", which month-02 does not have');
  });

  it('words its size one way: hours, then weeks and months at a pace', () => {
    expect(trackDurationText(track, 10)).toBe('9 hours, 2 weeks at 10 hours a week');
    expect(trackDurationText({ hours: 1, months: [{ id: 'x', month: 1, core: [], optional: [], alternative: [], hours: 1 }] }, 1)).toBe(
      '1 hour, 1 week at 1 hour a week',
    );
  });
});

describe('the authored roles', () => {
  const parsedSkills: ModelSkill[] = contentEntries('skills').map((e) => ({ id: e.id, effort: e.data['effort'] as Effort }));
  const parsedMonths = contentEntries('months').map((e) => ({
    id: e.id,
    month: Number(e.data['month']),
    title: String(e.data['title']),
    reaches: (e.data['reaches'] as Record<string, number> | undefined) ?? {},
    tasks: e.data['tasks'] as (ModelMonth['tasks'][number] & { text: string })[],
  }));
  const roles = contentEntries('roles');

  it('are the five first roles and the four 2026 hiring asks for, each in its own place', () => {
    expect(roles.map((r) => r.id).sort()).toEqual([
      'ai-governance-analyst',
      'clinical-data-scientist',
      'clinical-informaticist',
      'clinical-nlp-llm-engineer',
      'health-ai-product-manager',
      'health-data-interoperability-engineer',
      'healthcare-data-analyst',
      'healthcare-ml-engineer',
      'nurse-informaticist',
    ]);
    expect(roles.map((r) => Number(r.data['order'])).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each(roles.map((r) => [r.id, r] as const))(
    '%s: its track, month by month, holds every task once and adds up to its hours',
    (_id, r) => {
      const track = buildTrack(parsedSkills, parsedMonths, contentTrackRole(r));
      const months = trackMonthTasks(track, parsedMonths);
      const shown = months.flatMap((m) => [...m.core, ...m.optional, ...m.alternative].map((t) => t.id)).sort();
      expect(shown).toEqual(parsedMonths.flatMap((m) => m.tasks.map((t) => t.id)).sort());
      expect(months.reduce((s, m) => s + m.coreHours, 0)).toBe(track.hours);
      expect(trackDurationText(track, HOURS_PER_WEEK.default)).toBe(
        `${track.hours} hours, ${formatDuration(trackWeeks(track, HOURS_PER_WEEK.default))} at ${HOURS_PER_WEEK.default} hours a week`,
      );
      // Every group and option the roadmap offers has a display name, not words made from its id.
      const fromId = (id: string) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
      for (const g of alternativeGroups(parsedMonths)) {
        expect(groupLabel(g.id), g.id).not.toBe(fromId(g.id));
        for (const o of g.options) expect(optionLabel(o), o).not.toBe(fromId(o));
      }
      expect(trackOptions(alternativeGroups(parsedMonths), track.choices).map((o) => o.chosen)).toEqual(
        alternativeGroups(parsedMonths).map((g) => (r.data['choices'] as Record<string, string>)[g.id]),
      );
    },
  );
});
