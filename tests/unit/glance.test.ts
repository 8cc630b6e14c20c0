import { describe, expect, it } from 'vitest';
import { firstOpenTask, monthDueToday, pacePosition } from '../../src/lib/glance';
import { replanFromToday, scheduleMonths } from '../../src/lib/pacing';
import { emptyDoc } from '../../src/lib/progress/doc';
import { continueTarget, isMonthComplete, type RoadmapMonth } from '../../src/lib/roadmap-data';

// 40 hours at 10 a week: 4 weeks each, from Monday 5 January 2026.
const months: RoadmapMonth[] = [
  { id: 'month-01', month: 1, hours: 40, tasks: ['m01-a', 'm01-b'] },
  { id: 'month-02', month: 2, hours: 40, tasks: ['m02-a', 'm02-b'] },
  { id: 'month-03', month: 3, hours: 40, tasks: ['m03-a'] },
];
const plan = scheduleMonths(months, '2026-01-05', 10);
const withTasks = (tasks: Record<string, 'done' | 'skipped' | 'in-progress'>) => ({ ...emptyDoc(), tasks });

describe('firstOpenTask', () => {
  it('is the first task neither done nor skipped; one in progress is still open', () => {
    expect(firstOpenTask(withTasks({ 'm01-a': 'skipped', 'm01-b': 'in-progress' }), months[0]!)).toBe('m01-b');
    expect(firstOpenTask(withTasks({ 'm01-b': 'done' }), months[0]!)).toBe('m01-a');
    expect(firstOpenTask(withTasks({ 'm01-a': 'done', 'm01-b': 'done' }), months[0]!)).toBeUndefined();
  });
});

describe('pacePosition', () => {
  const month1Done = withTasks({ 'm01-a': 'done', 'm01-b': 'skipped' });
  const at = (doc: ReturnType<typeof withTasks>, today: string) => pacePosition(plan, continueTarget(doc, months)?.month.id, today);

  it('says when the plan begins, before its first day', () => {
    expect(at(emptyDoc(), '2026-01-01')).toEqual({ kind: 'not-begun', start: '2026-01-05' });
  });
  it('is on pace within the month to continue with, up to and including its last day', () => {
    expect(at(emptyDoc(), '2026-01-05')).toEqual({ kind: 'on-pace', month: 1, end: '2026-02-01' });
    expect(at(emptyDoc(), '2026-02-01')).toEqual({ kind: 'on-pace', month: 1, end: '2026-02-01' });
  });
  it('is behind by the days since that month was due to end', () => {
    expect(at(emptyDoc(), '2026-02-02')).toEqual({ kind: 'behind', days: 1, month: 1, end: '2026-02-01' });
    expect(at(month1Done, '2026-03-11')).toEqual({ kind: 'behind', days: 10, month: 2, end: '2026-03-01' });
  });
  it('is ahead by the days until the next month was due to start', () => {
    expect(at(month1Done, '2026-01-20')).toEqual({ kind: 'ahead', days: 13, month: 2, start: '2026-02-02' });
  });
  it('is finished when every month is complete', () => {
    const all = withTasks({ 'm01-a': 'done', 'm01-b': 'done', 'm02-a': 'done', 'm02-b': 'done', 'm03-a': 'done' });
    expect(at(all, '2026-01-20')).toEqual({ kind: 'finished' });
  });
  it('agrees with the pacing tool on how many days behind', () => {
    for (const [doc, today] of [
      [emptyDoc(), '2026-02-20'],
      [month1Done, '2026-03-11'],
      [month1Done, '2026-04-30'],
    ] as const) {
      const r = replanFromToday(months, (m) => isMonthComplete(doc, m), today, 10, '2026-01-05');
      const p = at(doc, today);
      expect(p.kind === 'behind' ? p.days : 0).toBe(r.daysBehind);
    }
  });
});

describe('monthDueToday', () => {
  it('is the month whose planned span holds today, and none before or after the plan', () => {
    expect(monthDueToday(plan, '2026-01-04')).toBeUndefined();
    expect(monthDueToday(plan, '2026-02-02')?.month).toBe(2);
    expect(monthDueToday(plan, '2026-03-29')?.month).toBe(3);
    expect(monthDueToday(plan, '2026-03-30')).toBeUndefined();
  });
});
