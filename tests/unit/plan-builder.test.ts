import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gapsForRole } from '../../src/lib/plan/gaps';
import { goalsAt, weeksForMonths, type Goal } from '../../src/lib/plan/goals';
import { portfolioChecklist } from '../../src/lib/plan/portfolio';
import { presetIds, presetRatings } from '../../src/lib/plan/presets';
import {
  BOUNDED_SHARE,
  MAX_RUN,
  MAX_WEEKS,
  isBounded,
  scheduleByMonth,
  weeklySchedule,
  type PlanSchedule,
  type ScheduleTask,
} from '../../src/lib/plan/schedule';
import { planWork, type WorkMonthInput, type WorkSkill } from '../../src/lib/plan/work';
import type { Effort } from '../../src/lib/time-model';
import { buildTrack, type TrackRole } from '../../src/lib/tracks';
import { contentEntries } from '../fixtures/content';

// A three-month roadmap: Python over two months, SQL, ML, a clinical skill, a soft skill, continuous
// learning, a task without a skill and a choice of cloud. Steps (from the efforts): py 1, 2, 3;
// clin 1, 2; comm 1, 2, 3; everything else 1.
const skills: WorkSkill[] = [
  { id: 'py', category: 'technical', effort: [4, 8, 6, 20] },
  { id: 'sql', category: 'technical', effort: [4, 6, 10, 20] },
  { id: 'ml', category: 'technical', effort: [4, 8, 12, 20] },
  { id: 'aws', category: 'technical', effort: [3, 5, 10, 20] },
  { id: 'gcp', category: 'technical', effort: [3, 5, 10, 20] },
  { id: 'clin', category: 'domain', effort: [3, 5, 10, 20] },
  { id: 'comm', category: 'soft-skills', effort: [2, 4, 6, 10] },
  { id: 'learn', category: 'continuous-learning', effort: [2, 4, 6, 10] },
];
const task = (id: string, hours: number, skill?: string, alternative?: { group: string; option: string }) => ({
  id,
  text: `Task ${id}`,
  hours,
  ...(skill ? { skill } : {}),
  ...(alternative ? { alternative } : {}),
});
const months: WorkMonthInput[] = [
  // Out of order on purpose: the plan follows month numbers.
  {
    id: 'month-03',
    month: 3,
    title: 'Machine learning',
    reaches: {},
    tasks: [
      task('m3-ml-a', 4, 'ml'),
      task('m3-ml-b', 8, 'ml'),
      task('m3-aws', 3, 'aws', { group: 'cloud', option: 'aws' }),
      task('m3-gcp', 3, 'gcp', { group: 'cloud', option: 'gcp' }),
      task('m3-comm', 6, 'comm'),
    ],
  },
  {
    id: 'month-01',
    month: 1,
    title: 'Python basics',
    reaches: {},
    tasks: [
      task('m1-py-a', 4, 'py'),
      task('m1-py-b', 8, 'py'),
      task('m1-clin', 3, 'clin'),
      task('m1-comm', 2, 'comm'),
      task('m1-general', 2),
    ],
  },
  {
    id: 'month-02',
    month: 2,
    title: 'Data',
    reaches: {},
    tasks: [
      task('m2-sql', 4, 'sql'),
      task('m2-py', 6, 'py'),
      task('m2-clin', 5, 'clin'),
      task('m2-comm', 4, 'comm'),
      task('m2-learn', 2, 'learn'),
    ],
  },
];
const role: TrackRole = {
  id: 'engineer',
  title: 'Engineer',
  levels: { py: 3, sql: 1, ml: 2, clin: 2, comm: 2, learn: 1, aws: 1, gcp: 1 },
  choices: { cloud: 'aws' },
};
const CORE_HOURS = 4 + 8 + 3 + 2 + 2 + (4 + 6 + 5 + 4 + 2) + (4 + 8 + 3);
const ids = (tasks: readonly { id: string }[]) => tasks.map((t) => t.id);

/** Whole days between two YYYY-MM-DD strings, computed with Date.UTC as an independent oracle. */
const daysBetween = (a: string, b: string): number => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

/** Asserts that weeks are numbered 1.., start on `start` and run as back-to-back 7-day spans. */
function expectConsecutiveWeeks(schedule: PlanSchedule, start: string): void {
  expect(schedule.weeks[0]?.start).toBe(start);
  schedule.weeks.forEach((w, i) => {
    expect(w.week).toBe(i + 1);
    expect(daysBetween(start, w.start)).toBe(7 * i);
    expect(daysBetween(w.start, w.end)).toBe(6);
  });
}

/**
 * Asserts what every schedule promises: every hour of every task scheduled once, weeks full but the
 * last, each skill's tasks in order, the bounded share kept while other work is left, and no
 * more than MAX_RUN weeks in a row of one skill alone while another skill's work is left.
 */
function expectSoundSchedule(tasks: readonly ScheduleTask[], schedule: PlanSchedule, pace: number): void {
  expect(schedule.truncated).toBe(false);
  const total = tasks.reduce((s, t) => s + t.hours, 0);
  expect(schedule.totalHours).toBe(total);
  expect(schedule.totalWeeks).toBe(Math.ceil(total / pace));
  const byTask = new Map<string, number>();
  for (const w of schedule.weeks) for (const i of w.items) byTask.set(i.taskId, (byTask.get(i.taskId) ?? 0) + i.hours);
  for (const t of tasks) expect(byTask.get(t.id), t.id).toBe(t.hours);
  schedule.weeks.forEach((w, k) => {
    expect(w.items.reduce((s, i) => s + i.hours, 0)).toBe(w.hours);
    if (k < schedule.weeks.length - 1) expect(w.hours).toBe(pace);
  });
  // Each skill's tasks keep their order (mixing may bring another skill's task forward).
  const firstSeen = [...new Set(schedule.weeks.flatMap((w) => w.items.map((i) => i.taskId)))];
  for (const skill of new Set(tasks.map((t) => t.skill)))
    expect(firstSeen.filter((id) => tasks.find((t) => t.id === id)?.skill === skill)).toEqual(
      tasks.filter((t) => t.skill === skill).map((t) => t.id),
    );
  const bounded = new Set(tasks.filter(isBounded).map((t) => t.id));
  // Bounded share: over it only when nothing else was left to fill the week.
  const cap = Math.max(0.5, Math.floor(pace * 2 * BOUNDED_SHARE) / 2);
  let otherLeft = tasks.filter((t) => !bounded.has(t.id)).reduce((s, t) => s + t.hours, 0);
  const skillLeft = new Map<string, number>();
  for (const t of tasks) skillLeft.set(t.skill ?? '', (skillLeft.get(t.skill ?? '') ?? 0) + t.hours);
  let run: { skill: string; weeks: number } | undefined;
  for (const w of schedule.weeks) {
    const b = w.items.filter((i) => bounded.has(i.taskId)).reduce((s, i) => s + i.hours, 0);
    const other = w.hours - b;
    if (b > cap) expect(other, `week ${w.week}: bounded ${b} h over ${cap} h`).toBe(otherLeft);
    // A fourth week of one skill alone only when no other skill's work was left.
    const only = new Set(w.items.map((i) => i.skill ?? ''));
    const sole = only.size === 1 ? [...only][0]! : undefined;
    const othersLeft = [...skillLeft].some(([s, h]) => s !== sole && h > 0);
    run =
      sole !== undefined && sole !== '' && run?.skill === sole
        ? { skill: sole, weeks: run.weeks + 1 }
        : sole
          ? { skill: sole, weeks: 1 }
          : undefined;
    if (run && run.weeks > MAX_RUN) expect(othersLeft, `week ${w.week}: ${run.weeks} weeks of ${run.skill}`).toBe(false);
    otherLeft -= other;
    for (const i of w.items) skillLeft.set(i.skill ?? '', (skillLeft.get(i.skill ?? '') ?? 0) - i.hours);
  }
}

describe('planWork', () => {
  it('holds the core tasks of the role’s track in roadmap order, and no optional or alternative ones', () => {
    const work = planWork({ skills, months, role, ratings: {} });
    expect(ids(work.todo)).toEqual([
      'm1-py-a',
      'm1-py-b',
      'm1-clin',
      'm1-comm',
      'm1-general',
      'm2-sql',
      'm2-py',
      'm2-clin',
      'm2-comm',
      'm2-learn',
      'm3-ml-a',
      'm3-ml-b',
      'm3-aws',
    ]);
    expect(work.todo.map((t) => t.step)).toEqual([1, 2, 1, 1, 0, 1, 3, 2, 2, 1, 1, 2, 1]);
    expect(work.hours).toEqual({ track: CORE_HOURS, todo: CORE_HOURS, covered: 0, done: 0, skipped: 0 });
    expect(work.hours.track).toBe(
      buildTrack(
        skills,
        months.map((m) => ({ ...m, reaches: {} })),
        role,
      ).hours,
    );
    expect(work.months.map((m) => m.month)).toEqual([1, 2, 3]);
    expect(work.covered).toEqual([]);
  });

  it('covers a task when the rating of its skill reaches the task’s step, never a task without a skill', () => {
    const work = planWork({ skills, months, role, ratings: { py: 2, comm: 4, clin: 0 } });
    expect(ids(work.todo)).toEqual(['m1-clin', 'm1-general', 'm2-sql', 'm2-py', 'm2-clin', 'm2-learn', 'm3-ml-a', 'm3-ml-b', 'm3-aws']);
    expect(work.covered.map((g) => [g.skill, g.rating, ids(g.tasks), g.hours])).toEqual([
      ['py', 2, ['m1-py-a', 'm1-py-b'], 12],
      ['comm', 4, ['m1-comm', 'm2-comm'], 6],
    ]);
    expect(work.hours.covered).toBe(18);
    expect(work.hours.todo).toBe(CORE_HOURS - 18);
    // Everything rated expert leaves only the task without a skill.
    const expert = planWork({ skills, months, role, ratings: Object.fromEntries(skills.map((s) => [s.id, 4])) });
    expect(ids(expert.todo)).toEqual(['m1-general']);
  });

  it('puts covered tasks back for a skill included anyway', () => {
    const work = planWork({ skills, months, role, ratings: { py: 2, comm: 4 }, includeAnyway: ['py'] });
    expect(ids(work.todo).slice(0, 2)).toEqual(['m1-py-a', 'm1-py-b']);
    expect(work.covered.map((g) => g.skill)).toEqual(['comm']);
  });

  it('leaves out tasks done or skipped on the checklist, counting each task once', () => {
    const work = planWork({
      skills,
      months,
      role,
      ratings: { py: 2 },
      taskStates: { 'm1-py-a': 'done', 'm2-sql': 'skipped', 'm1-clin': 'in-progress', 'm3-gcp': 'done' },
    });
    expect(work.months[0]?.tasks.map((t) => [t.id, t.status])).toEqual([
      ['m1-py-a', 'done'],
      ['m1-py-b', 'covered'],
      ['m1-clin', 'todo'],
      ['m1-comm', 'todo'],
      ['m1-general', 'todo'],
    ]);
    expect(work.hours).toEqual({ track: CORE_HOURS, todo: CORE_HOURS - 4 - 8 - 4, covered: 8, done: 4, skipped: 4 });
  });

  it('follows the person’s choice among alternatives', () => {
    const work = planWork({ skills, months, role, ratings: {}, choices: { cloud: 'gcp' } });
    expect(ids(work.todo)).toContain('m3-gcp');
    expect(ids(work.todo)).not.toContain('m3-aws');
  });
});

describe('weeklySchedule', () => {
  const todo = planWork({ skills, months, role, ratings: {} }).todo;

  it('lays every task out in weeks of the given hours, continuing a task into the next week', () => {
    const plan = weeklySchedule(todo, { startDate: '2027-01-04', hoursPerWeek: 5 });
    expect(plan.weeks[0]?.items).toEqual([
      { taskId: 'm1-py-a', text: 'Task m1-py-a', month: 1, skill: 'py', hours: 4, continued: false, continues: false },
      { taskId: 'm1-py-b', text: 'Task m1-py-b', month: 1, skill: 'py', hours: 1, continued: false, continues: true },
    ]);
    expect(plan.weeks[1]?.items[0]).toMatchObject({ taskId: 'm1-py-b', hours: 5, continued: true, continues: true });
    expect(plan.finishWeek.get('m1-py-b')).toBe(3);
    for (const pace of [1, 2, 3, 5, 7, 10, 40])
      expectSoundSchedule(todo, weeklySchedule(todo, { startDate: '2027-01-04', hoursPerWeek: pace }), pace);
  });

  it('gives soft skills and continuous learning a bounded share of a week, deferring them to later weeks', () => {
    const soft: ScheduleTask[] = [
      { id: 'talk', text: 'Talk', hours: 6, month: 1, skill: 'comm', category: 'soft-skills' },
      { id: 'course', text: 'Course', hours: 4, month: 1, skill: 'learn', category: 'continuous-learning' },
      { id: 'code', text: 'Code', hours: 12, month: 1, skill: 'py', category: 'technical' },
      { id: 'notes', text: 'Notes', hours: 8, month: 2, skill: 'clin', category: 'domain' },
    ];
    const plan = weeklySchedule(soft, { startDate: '2027-01-04', hoursPerWeek: 10 });
    // 40% of 10 h: at most 4 h of talk and course a week while code and notes are left.
    expect(plan.weeks.map((w) => w.items.map((i) => [i.taskId, i.hours]))).toEqual([
      [
        ['talk', 4],
        ['code', 6],
      ],
      [
        ['talk', 2],
        ['course', 2],
        ['code', 6],
      ],
      [
        ['course', 2],
        ['notes', 8],
      ],
    ]);
    expectSoundSchedule(soft, plan, 10);
    // With nothing else left, they fill whole weeks.
    expect(weeklySchedule(soft.slice(0, 2), { startDate: '2027-01-04', hoursPerWeek: 5 }).weeks.map((w) => w.hours)).toEqual([5, 5]);
  });

  it('never gives one skill more than three weeks in a row alone while another skill has work left', () => {
    const long: ScheduleTask[] = [
      { id: 'a', text: 'A', hours: 30, month: 1, skill: 'sql', category: 'technical' },
      { id: 'b', text: 'B', hours: 4, month: 1, skill: 'clin', category: 'domain' },
    ];
    const plan = weeklySchedule(long, { startDate: '2027-01-04', hoursPerWeek: 6 });
    expect(plan.weeks.map((w) => w.items.map((i) => [i.taskId, i.hours]))).toEqual([
      [['a', 6]],
      [['a', 6]],
      [['a', 6]],
      [
        ['a', 3],
        ['b', 3],
      ],
      [['a', 6]],
      [
        ['a', 3],
        ['b', 1],
      ],
    ]);
    expectSoundSchedule(long, plan, 6);
  });

  it('stops listing weeks at two years but still counts the whole plan', () => {
    const plan = weeklySchedule(todo, { startDate: '2027-01-04', hoursPerWeek: 0.5 });
    expect(plan.truncated).toBe(true);
    expect(plan.weeks).toHaveLength(MAX_WEEKS);
    expect(plan.totalWeeks).toBe(CORE_HOURS * 2);
    expect(plan.totalHours).toBe(CORE_HOURS);
    expect(plan.weeks.at(-1)).toMatchObject({ week: 104, end: '2028-12-31' });
    expectConsecutiveWeeks(plan, '2027-01-04');
  });

  it('gives exact 7-day weeks across a year end and a leap day, and an empty plan for no tasks', () => {
    const plan = weeklySchedule(todo, { startDate: '2026-12-28', hoursPerWeek: 1 });
    expect(plan.weeks.slice(0, 2).map((w) => [w.start, w.end])).toEqual([
      ['2026-12-28', '2027-01-03'],
      ['2027-01-04', '2027-01-10'],
    ]);
    expectConsecutiveWeeks(plan, '2026-12-28');
    expect(weeklySchedule(todo, { startDate: '2028-02-29', hoursPerWeek: 5 }).weeks[0]?.end).toBe('2028-03-06');
    expect(weeklySchedule([], { startDate: '2027-01-04', hoursPerWeek: 5 })).toMatchObject({
      weeks: [],
      totalHours: 0,
      totalWeeks: 0,
      truncated: false,
      startDate: '2027-01-04',
    });
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
      const plan = weeklySchedule(todo, { startDate: '2027-03-28', hoursPerWeek: 1 });
      expect(plan.weeks.slice(0, 2).map((w) => [w.start, w.end])).toEqual([
        ['2027-03-28', '2027-04-03'],
        ['2027-04-04', '2027-04-10'],
      ]);
      expectConsecutiveWeeks(plan, '2027-03-28');
    });
  });

  it('rejects dates that are not calendar days and paces below half an hour', () => {
    expect(() => weeklySchedule(todo, { startDate: '2027-02-29', hoursPerWeek: 5 })).toThrow(RangeError);
    expect(() => weeklySchedule(todo, { startDate: '27-01-04', hoursPerWeek: 5 })).toThrow(RangeError);
    expect(() => weeklySchedule(todo, { startDate: '2027-01-04', hoursPerWeek: 0 })).toThrow(RangeError);
    expect(() => weeklySchedule(todo, { startDate: '2027-01-04', hoursPerWeek: Number.NaN })).toThrow(RangeError);
  });

  it('groups the schedule by roadmap month, a shared week under both months with each month’s own tasks', () => {
    const plan = weeklySchedule(todo, { startDate: '2027-01-04', hoursPerWeek: 7 });
    const groups = scheduleByMonth(plan);
    expect(groups.map((g) => g.month)).toEqual([1, 2, 3]);
    expect(groups.map((g) => g.hours)).toEqual([19, 21, 15]);
    for (const g of groups) for (const w of g.weeks) expect(w.items.every((i) => i.month === g.month)).toBe(true);
    const shared = groups[0]!.weeks.at(-1)!.week;
    expect(groups[1]!.weeks[0]!.week).toBe(shared);
  });
});

describe('goalsAt', () => {
  const goalsFor = (ratings: Record<string, number>, pace: number, horizons = [3, 6, 12]) => {
    const work = planWork({ skills, months, role, ratings });
    const schedule = weeklySchedule(work.todo, { startDate: '2027-01-04', hoursPerWeek: pace });
    const projects = new Map(months.map((m) => [m.month, `Project ${m.month}`]));
    return goalsAt({ work, schedule, skills, months, projects, ratings }, horizons);
  };
  /** Asserts that no goal repeats one stated at an earlier horizon and levels only rise. */
  const expectCumulative = (goals: Goal[]) => {
    const levels = new Map<string, number>();
    const projects = new Set<number>();
    for (const g of goals) {
      for (const l of g.levels) {
        expect(l.level, l.skill).toBeGreaterThan(levels.get(l.skill) ?? 0);
        levels.set(l.skill, l.level);
      }
      for (const p of g.projects) {
        expect(projects.has(p.month)).toBe(false);
        projects.add(p.month);
      }
    }
  };

  it('defines a month as 52/12 weeks, rounded', () => {
    expect([3, 6, 12, 18, 24].map(weeksForMonths)).toEqual([13, 26, 52, 78, 104]);
  });

  it('names projects finished and levels reached, each only at the first horizon that reaches it', () => {
    // At 2 h a week: 26 h by 3 months, 52 h by 6 months, everything by 12.
    const goals = goalsFor({}, 2);
    expect(goals.map((g) => [g.months, g.byDate])).toEqual([
      [3, '2027-04-04'],
      [6, '2027-07-04'],
      [12, '2028-01-02'],
    ]);
    expect(goals[0]?.projects).toEqual([{ month: 1, title: 'Project 1' }]);
    expect(goals.flatMap((g) => g.projects.map((p) => p.month))).toEqual([1, 2, 3]);
    // Python: 12 h of month 1 reach level 2 by 3 months; month 2's 6 h reach level 3 by 6 months.
    expect(goals[0]?.levels).toContainEqual({ skill: 'py', level: 2 });
    expect(goals[1]?.levels).toContainEqual({ skill: 'py', level: 3 });
    expect(goals.map((g) => g.finished)).toEqual([false, false, true]);
    expectCumulative(goals);
  });

  it('never states a level the person already rates themselves at', () => {
    const goals = goalsFor({ py: 2, comm: 4 }, 2);
    const all = goals.flatMap((g) => g.levels);
    expect(all.filter((l) => l.skill === 'py')).toEqual([{ skill: 'py', level: 3 }]);
    expect(all.some((l) => l.skill === 'comm')).toBe(false);
    expectCumulative(goals);
  });

  it('says nothing new when a horizon adds nothing, and throws for a horizon under a week', () => {
    const goals = goalsFor({}, 40, [3, 6]);
    expect(goals[0]?.finished).toBe(true);
    expect(goals[1]).toMatchObject({ projects: [], levels: [], finished: false });
    expect(() => goalsFor({}, 5, [0])).toThrow(RangeError);
  });
});

describe('portfolioChecklist', () => {
  it('lists the projects of months with work left, in month order, once each', () => {
    const withProjects = [...months, ...months].map((m) => ({
      ...m,
      project: { title: `Project ${m.month}`, deliverables: ['A repository'] },
    }));
    const work = planWork({ skills, months, role, ratings: { py: 4, clin: 4, comm: 4 }, taskStates: { 'm1-general': 'done' } });
    expect(portfolioChecklist(withProjects, work)).toEqual([
      { month: 2, title: 'Project 2', deliverables: ['A repository'] },
      { month: 3, title: 'Project 3', deliverables: ['A repository'] },
    ]);
  });
});

// The authored content: every role and background, at several paces.
describe('plans from the authored content', () => {
  const contentSkills: WorkSkill[] = contentEntries('skills').map((e) => ({
    id: e.id,
    effort: e.data['effort'] as Effort,
    category: String(e.data['category']),
  }));
  const contentMonths: WorkMonthInput[] = contentEntries('months').map((e) => ({
    id: e.id,
    month: Number(e.data['month']),
    title: String(e.data['title']),
    reaches: (e.data['reaches'] as Record<string, number> | undefined) ?? {},
    tasks: e.data['tasks'] as WorkMonthInput['tasks'],
  }));
  const roles = contentEntries('roles').map((r): TrackRole & { certifications: string[] } => ({
    id: r.id,
    title: String(r.data['title']),
    levels: (r.data['levels'] as { entry: Record<string, number> }).entry,
    choices: r.data['choices'] as Record<string, string>,
    certifications: [],
  }));
  const roleOf = (id: string) => roles.find((r) => r.id === id)!;
  const plan = (roleId: string, ratings: Record<string, number>, pace: number, choices: Record<string, string> = {}) => {
    const work = planWork({ skills: contentSkills, months: contentMonths, role: roleOf(roleId), ratings, choices });
    return { work, schedule: weeklySchedule(work.todo, { startDate: '2027-01-04', hoursPerWeek: pace }) };
  };

  it('schedules exactly the track’s remaining hours, soundly, for every role, background and pace', () => {
    for (const r of roles)
      for (const preset of [undefined, ...presetIds]) {
        const ratings = preset ? presetRatings(preset, contentSkills) : {};
        for (const pace of [8, 10, 15]) {
          const { work, schedule } = plan(r.id, ratings, pace);
          expect(work.hours.todo, `${r.id} ${preset}`).toBe(work.hours.track - work.hours.covered);
          expect(schedule.totalHours).toBe(work.hours.todo);
          expectSoundSchedule(work.todo, schedule, pace);
        }
      }
  });

  it('gives a software engineer aiming at Healthcare ML engineer machine learning within 12 weeks at 10 hours a week, from the background alone', () => {
    const ratings = presetRatings('software-engineer', contentSkills);
    const { work, schedule } = plan('healthcare-ml-engineer', ratings, 10);
    const ml = schedule.weeks.find((w) => w.items.some((i) => ['scikit-learn', 'model-evaluation', 'pytorch'].includes(i.skill ?? '')));
    expect(ml?.week).toBeLessThanOrEqual(12);
    expect(Math.abs(schedule.totalWeeks - work.hours.todo / 10)).toBeLessThanOrEqual(0.1 * (work.hours.todo / 10));
    // Shorter than the track from scratch, which is shorter than the whole roadmap.
    expect(work.hours.todo).toBeLessThan(work.hours.track);
  });

  it('follows the person’s chosen options: another cloud’s tasks take the place of the role’s suggestion', () => {
    const ml = roleOf('healthcare-ml-engineer');
    const suggested = ml.choices['cloud']!;
    const cloudTasks = (option: string) =>
      contentMonths.flatMap((m) =>
        m.tasks.filter((t) => t.alternative?.group === 'cloud' && t.alternative.option === option).map((t) => t.id),
      );
    const other = [
      ...new Set(contentMonths.flatMap((m) => m.tasks.flatMap((t) => (t.alternative?.group === 'cloud' ? [t.alternative.option] : [])))),
    ].find((o) => o !== suggested)!;
    const todo = (choices: Record<string, string>) => new Set(plan(ml.id, {}, 10, choices).work.todo.map((t) => t.id));
    const byDefault = todo({});
    const chosen = todo({ cloud: other });
    expect(cloudTasks(suggested).some((id) => byDefault.has(id))).toBe(true);
    expect(cloudTasks(other).some((id) => byDefault.has(id))).toBe(false);
    expect(cloudTasks(other).some((id) => chosen.has(id))).toBe(true);
    expect(cloudTasks(suggested).some((id) => chosen.has(id))).toBe(false);
  });

  it('never gives a clinician aiming at Clinical informaticist more than three weeks in a row of one skill', () => {
    for (const pace of [4, 6, 8, 10]) {
      const { schedule } = plan('clinical-informaticist', presetRatings('clinician', contentSkills), pace);
      let run = 0;
      let last: string | undefined;
      for (const w of schedule.weeks) {
        const only = new Set(w.items.map((i) => i.skill));
        const sole = only.size === 1 ? [...only][0] : undefined;
        run = sole !== undefined && sole === last ? run + 1 : 1;
        last = sole;
        expect(run, `week ${w.week} at ${pace} h`).toBeLessThanOrEqual(MAX_RUN);
      }
    }
  });

  it('gives someone rated expert everywhere no gaps, and only the roadmap work that builds no single skill', () => {
    const ratings = Object.fromEntries(contentSkills.map((s) => [s.id, 4]));
    for (const r of roles) {
      expect(
        gapsForRole(
          contentSkills.map((s) => ({ ...s, title: s.id, prerequisites: [] })),
          { ...r },
          ratings,
        ).some((g) => g.gap > 0),
      ).toBe(false);
      expect(plan(r.id, ratings, 10).work.todo.every((t) => t.skill === undefined)).toBe(true);
    }
  });
});
