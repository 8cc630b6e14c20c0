import { describe, expect, it } from 'vitest';
import type { SkillGap } from '../../src/lib/plan/gaps';
import { gapText, gapsByCategory, monthMarkers, stripRows, stripWeeks, weeksByCategory } from '../../src/lib/plan/pictures';
import type { PlanWeek } from '../../src/lib/plan/schedule';

const gap = (skillId: string, category: string, current: number, required: number): SkillGap => ({
  skillId,
  title: skillId.toUpperCase(),
  category,
  current,
  required,
  gap: Math.max(0, required - current),
});

describe('gapsByCategory', () => {
  const gaps = [
    gap('ethics', 'soft-skills', 1, 2),
    gap('sql', 'technical', 1, 3),
    gap('python', 'technical', 3, 3),
    gap('fhir', 'domain', 0, 2),
    gap('r', 'technical', 0, 0),
    gap('pytorch', 'technical', 0, 3),
    gap('cloud', 'technical', 1, 2),
  ];
  const groups = gapsByCategory(gaps, (id) => id !== 'pytorch');

  it('keeps only what the role asks for, grouped in category order', () => {
    expect(groups.map((g) => g.category)).toEqual(['technical', 'domain', 'soft-skills']);
    expect(groups.flatMap((g) => g.bars.map((b) => b.skillId))).not.toContain('r');
  });

  it('puts the largest gap first, then the higher target, then the title', () => {
    expect(groups[0]!.bars.map((b) => b.skillId)).toEqual(['pytorch', 'sql', 'cloud', 'python']);
  });

  it('says each bar in words, telling a rated 0 from not rated', () => {
    const [pytorch, sql, , python] = groups[0]!.bars;
    expect(gapText(pytorch!)).toBe('you not rated, target 3, gap 3');
    expect(gapText(sql!)).toBe('you 1, target 3, gap 2');
    expect(gapText(python!)).toBe('you 3, target 3, no gap');
  });
});

const week = (n: number, start: string, end: string, items: PlanWeek['items'] = []): PlanWeek => ({ week: n, start, end, items, hours: 0 });
const item = (skill: string | undefined, hours: number) => ({
  taskId: `t-${skill}`,
  text: 'x',
  month: 1,
  skill,
  hours,
  continued: false,
  continues: false,
});

describe('stripWeeks', () => {
  const skills = new Map([
    ['sql', { title: 'SQL', category: 'technical' }],
    ['fhir', { title: 'HL7 FHIR', category: 'domain' }],
  ]);
  const [w] = stripWeeks(
    [week(1, '2027-01-04', '2027-01-10', [item('sql', 4), item('fhir', 2), item('sql', 1.5), item(undefined, 1)])],
    (id) => skills.get(id),
  );

  it('adds up each category and each skill of a week', () => {
    expect(w!.hours).toEqual({ technical: 5.5, domain: 2 });
    expect(w!.skills).toEqual([
      { title: 'SQL', hours: 5.5 },
      { title: 'HL7 FHIR', hours: 2 },
      { title: 'General', hours: 1 },
    ]);
  });

  it('counts the weeks each category has work in', () => {
    expect(weeksByCategory([w!, { ...w!, hours: { technical: 3 } }])).toEqual([
      { category: 'technical', weeks: 2 },
      { category: 'domain', weeks: 1 },
    ]);
  });
});

/** Consecutive weeks from a Monday, as the schedule makes them. */
function weeksFrom(start: string, n: number): { start: string; end: string }[] {
  const first = Date.parse(`${start}T00:00:00Z`);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => ({ start: iso(first + i * 7 * 864e5), end: iso(first + (i * 7 + 6) * 864e5) }));
}

describe('monthMarkers', () => {
  it('marks the week each month starts in, with the year on the first and on January', () => {
    const markers = monthMarkers(weeksFrom('2026-11-09', 13));
    expect(markers.map((m) => [m.column, m.month, m.year, m.withYear])).toEqual([
      [0, 10, 2026, true], // the row starts in November
      [3, 11, 2026, false], // 30 Nov to 6 Dec holds 1 December
      [7, 0, 2027, true], // 28 Dec to 3 Jan holds 1 January
      [12, 1, 2027, false], // 1 to 7 February
    ]);
  });

  it('drops the row’s own month when a new month starts within two weeks, which then carries the year', () => {
    const markers = monthMarkers(weeksFrom('2027-01-25', 13));
    expect(markers[0]).toEqual({ column: 1, month: 1, year: 2027, withYear: true });
  });

  it('splits the weeks into rows of a quarter', () => {
    const rows = stripRows(
      stripWeeks(
        weeksFrom('2027-01-04', 30).map((w, i) => week(i + 1, w.start, w.end)),
        () => undefined,
      ),
    );
    expect(rows.map((r) => r.weeks.length)).toEqual([13, 13, 4]);
    expect(rows[2]!.markers[0]!.withYear).toBe(true);
  });
});
