import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsCalendar } from '../../src/lib/calendar';
import { scheduleMonths } from '../../src/lib/pacing';
import { emptyDoc } from '../../src/lib/progress/doc';
import { roadmapEvents } from '../../src/lib/roadmap-calendar';
import { continueTarget, isMonthComplete, type RoadmapMonth } from '../../src/lib/roadmap-data';

const months: RoadmapMonth[] = [
  { id: 'month-01', month: 1, title: 'Python basics', hours: 40, tasks: ['m01-a', 'm01-b'] },
  { id: 'month-02', month: 2, title: 'Git and SQL', hours: 20, tasks: ['m02-a'] },
];

describe('continueTarget', () => {
  it('starts with month 1 when nothing is recorded', () => {
    expect(continueTarget(emptyDoc(), months)).toEqual({ month: months[0], started: false });
  });
  it('continues with the first month that is not complete; skipped counts as complete', () => {
    const doc = { ...emptyDoc(), tasks: { 'm01-a': 'done' as const, 'm01-b': 'skipped' as const } };
    expect(isMonthComplete(doc, months[0]!)).toBe(true);
    expect(continueTarget(doc, months)).toEqual({ month: months[1], started: true });
  });
  it('is undefined when everything is complete', () => {
    const doc = { ...emptyDoc(), tasks: { 'm01-a': 'done' as const, 'm01-b': 'done' as const, 'm02-a': 'done' as const } };
    expect(continueTarget(doc, months)).toBeUndefined();
  });
});

describe('roadmapEvents', () => {
  it('makes one all-day event per study week that parses as iCalendar', () => {
    const schedule = scheduleMonths(months, '2026-12-28', 10);
    const events = roadmapEvents(
      schedule,
      months.map((m) => ({ ...m, title: m.title!, href: `/roadmap/month-${m.month}/`, weeks: ['Setup', 'Syntax', 'Files', 'Project'] })),
      'https://learn.test.invalid/',
    );
    expect(events).toHaveLength(8);
    const ics = icsCalendar({ prodId: '-//test//EN', calendarName: 'Roadmap', events, now: new Date('2026-11-28T00:00:00Z') });
    const vevents = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(8);
    expect(vevents[0]!.getFirstPropertyValue('summary')).toBe('Month 1, week 1: Setup');
    expect(String(vevents[0]!.getFirstPropertyValue('dtstart'))).toBe('2026-12-28');
    expect(vevents[0]!.getFirstPropertyValue('url')).toBe('https://learn.test.invalid/roadmap/month-1/');
  });
});
