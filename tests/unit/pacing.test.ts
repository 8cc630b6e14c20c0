import { afterEach, describe, expect, it } from 'vitest';
import { isCalendarDay } from '../../src/lib/calendar-day';
import { addDays, daysBetween, isIsoDay, todayIso } from '../../src/lib/dates';
import { replanFromToday, scheduleMonths, type PacingMonth, type ScheduledMonth } from '../../src/lib/pacing';

const month = (n: number, hours: number): PacingMonth => ({ id: `month-${String(n).padStart(2, '0')}`, month: n, hours });

/** Twelve months of 40–60 hours, like the authored roadmap. */
const roadmap: PacingMonth[] = [48, 52, 40, 60, 45, 55, 50, 42, 58, 44, 56, 50].map((h, i) => month(i + 1, h));

/** Independent oracle: day arithmetic through UTC milliseconds (fine for years ≥ 100). */
const oracleAddDays = (iso: string, n: number): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + n * 86_400_000).toISOString().slice(0, 10);
};

const spanDays = (s: { start: string; end: string }): number => daysBetween(s.start, s.end) + 1;

/** Checks what must hold for any schedule: back to back, whole weeks, roadmap weeks inside the month. */
function expectConsistent(schedule: ScheduledMonth[], startDate: string, hoursPerWeek: number, months: PacingMonth[]): void {
  const ordered = [...months].sort((a, b) => a.month - b.month);
  expect(schedule.map((s) => s.id)).toEqual(ordered.map((m) => m.id));
  let expectedStart = startDate;
  schedule.forEach((s, i) => {
    expect(s.weeks).toBe(Math.max(1, Math.ceil(ordered[i]!.hours / hoursPerWeek)));
    expect(s.start).toBe(expectedStart);
    expect(s.end).toBe(oracleAddDays(s.start, s.weeks * 7 - 1));
    expect(spanDays(s)).toBe(s.weeks * 7);
    expect(s.studyWeeks.map((w) => w.index)).toEqual([1, 2, 3, 4]);
    expect(s.studyWeeks[0]!.start).toBe(s.start);
    expect(s.studyWeeks[3]!.end).toBe(s.end);
    for (const w of s.studyWeeks) {
      expect(daysBetween(s.start, w.start) % 7).toBe(0);
      expect(spanDays(w) % 7).toBe(0);
    }
    expectedStart = oracleAddDays(s.end, 1);
  });
}

describe('addDays, daysBetween, isIsoDay', () => {
  it('steps across month ends, year ends and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2027-03-25', 0)).toBe('2027-03-25');
    expect(addDays('0001-01-01', -1)).toBe('0000-12-31');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('agrees with UTC millisecond arithmetic on many days', () => {
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const start = oracleAddDays('1970-01-01', rand(150_000));
      const n = rand(4000) - 2000;
      expect(addDays(start, n)).toBe(oracleAddDays(start, n));
      expect(daysBetween(start, addDays(start, n))).toBe(n);
    }
  });

  it('counts days from a to b, negative when b is earlier', () => {
    expect(daysBetween('2026-12-28', '2027-01-04')).toBe(7);
    expect(daysBetween('2027-01-04', '2026-12-28')).toBe(-7);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    // A local-time Date would see 23 or 25 hours here; calendar days do not.
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
  });

  it('rejects strings that are not calendar days with a RangeError', () => {
    for (const bad of [
      '',
      'bad',
      '2027-1-5',
      '27-01-05',
      '2027-02-29',
      '2027-13-01',
      '2027-00-10',
      '2027-04-31',
      '2027-01-05T00:00',
      ' 2027-01-05',
    ]) {
      expect(isIsoDay(bad)).toBe(false);
      expect(() => addDays(bad, 1)).toThrow(RangeError);
      expect(() => addDays(bad, 1)).toThrow(/Invalid date .*YYYY-MM-DD/);
      expect(() => daysBetween('2027-01-01', bad)).toThrow(RangeError);
    }
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(() => addDays('2027-01-01', 1.5)).toThrow(/whole number of days/);
    expect(() => addDays('9999-12-31', 1)).toThrow(/out of range/);
  });
});

describe('todayIso', () => {
  const instant = new Date('2027-03-02T02:30:00Z');

  it('gives the calendar day in a named time zone', () => {
    expect(todayIso(instant, 'UTC')).toBe('2027-03-02');
    expect(todayIso(instant, 'America/Los_Angeles')).toBe('2027-03-01');
    expect(todayIso(instant, 'Pacific/Kiritimati')).toBe('2027-03-02');
    expect(todayIso(new Date('2027-12-31T23:59:59Z'), 'Asia/Tokyo')).toBe('2028-01-01');
  });

  it('defaults to the wall-calendar day of the runtime', () => {
    expect(todayIso(new Date(2027, 2, 28, 23, 30))).toBe('2027-03-28');
    expect(todayIso(new Date(2026, 11, 31, 0, 5))).toBe('2026-12-31');
  });

  it('rejects invalid dates and zones', () => {
    expect(() => todayIso(new Date('nope'))).toThrow(RangeError);
    expect(() => todayIso(instant, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('scheduleMonths', () => {
  it('at 1 hour a week, a month takes as many weeks as it has hours', () => {
    const s = scheduleMonths(roadmap, '2027-01-04', 1);
    expectConsistent(s, '2027-01-04', 1, roadmap);
    expect(s[0]).toMatchObject({ id: 'month-01', month: 1, start: '2027-01-04', end: '2027-12-05', weeks: 48 });
    expect(s[1]).toMatchObject({ start: '2027-12-06', weeks: 52 });
    expect(s.reduce((sum, m) => sum + m.weeks, 0)).toBe(600);
  });

  it('at 40 hours a week, 40 hours is one week and 41–80 is two', () => {
    const months = [month(1, 40), month(2, 41), month(3, 60), month(4, 80)];
    const s = scheduleMonths(months, '2027-01-04', 40);
    expectConsistent(s, '2027-01-04', 40, months);
    expect(s.map((m) => m.weeks)).toEqual([1, 2, 2, 2]);
    expect(s.map((m) => [m.start, m.end])).toEqual([
      ['2027-01-04', '2027-01-10'],
      ['2027-01-11', '2027-01-24'],
      ['2027-01-25', '2027-02-07'],
      ['2027-02-08', '2027-02-21'],
    ]);
  });

  it('crosses a year end on exact calendar days', () => {
    const months = [month(1, 40), month(2, 45)];
    const s = scheduleMonths(months, '2026-12-28', 10);
    expectConsistent(s, '2026-12-28', 10, months);
    expect(s).toEqual([
      {
        id: 'month-01',
        month: 1,
        start: '2026-12-28',
        end: '2027-01-24',
        weeks: 4,
        studyWeeks: [
          { index: 1, start: '2026-12-28', end: '2027-01-03' },
          { index: 2, start: '2027-01-04', end: '2027-01-10' },
          { index: 3, start: '2027-01-11', end: '2027-01-17' },
          { index: 4, start: '2027-01-18', end: '2027-01-24' },
        ],
      },
      {
        id: 'month-02',
        month: 2,
        start: '2027-01-25',
        end: '2027-02-28',
        weeks: 5,
        studyWeeks: [
          { index: 1, start: '2027-01-25', end: '2027-01-31' },
          { index: 2, start: '2027-02-01', end: '2027-02-07' },
          { index: 3, start: '2027-02-08', end: '2027-02-14' },
          { index: 4, start: '2027-02-15', end: '2027-02-28' },
        ],
      },
    ]);
  });

  it('crosses the EU and US DST changes (and a leap day) on exact calendar days', () => {
    // 2027: EU clocks change on 28 March and 31 October, US on 14 March and 7 November.
    const months = Array.from({ length: 10 }, (_, i) => month(i + 1, 40));
    const s = scheduleMonths(months, '2027-03-25', 5);
    expectConsistent(s, '2027-03-25', 5, months);
    expect(s.map((m) => [m.start, m.end])).toEqual([
      ['2027-03-25', '2027-05-19'],
      ['2027-05-20', '2027-07-14'],
      ['2027-07-15', '2027-09-08'],
      ['2027-09-09', '2027-11-03'],
      ['2027-11-04', '2027-12-29'],
      ['2027-12-30', '2028-02-23'],
      ['2028-02-24', '2028-04-19'],
      ['2028-04-20', '2028-06-14'],
      ['2028-06-15', '2028-08-09'],
      ['2028-08-10', '2028-10-04'],
    ]);
    expect(s[0]!.studyWeeks[1]).toEqual({ index: 2, start: '2027-04-08', end: '2027-04-21' });
  });

  describe('in any runtime time zone', () => {
    const original = process.env['TZ'];
    afterEach(() => {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    });

    it('gives the same schedule', () => {
      process.env['TZ'] = 'UTC';
      const baseline = scheduleMonths(roadmap, '2027-03-25', 7);
      for (const tz of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env['TZ'] = tz;
        expect(scheduleMonths(roadmap, '2027-03-25', 7)).toEqual(baseline);
        expect(scheduleMonths(roadmap, '2026-12-28', 7)[1]!.start).toBe(addDays('2026-12-28', 7 * 7));
        // 02:30 on 28 March does not exist in Berlin; the day still does.
        expect(todayIso(new Date(2027, 2, 28, 2, 30))).toBe('2027-03-28');
      }
      process.env['TZ'] = 'Pacific/Kiritimati';
      expect(new Date(Date.UTC(2027, 0, 1)).getTimezoneOffset()).toBe(-840);
    });
  });

  it('keeps every month consistent at every pace from 1 to 40 hours a week', () => {
    for (let h = 1; h <= 40; h++) expectConsistent(scheduleMonths(roadmap, '2027-02-27', h), '2027-02-27', h, roadmap);
  });

  it('schedules in month order whatever the input order, without changing the input', () => {
    const shuffled = [roadmap[2]!, roadmap[0]!, roadmap[1]!];
    const copy = structuredClone(shuffled);
    const s = scheduleMonths(shuffled, '2027-01-04', 10);
    expect(s.map((m) => m.month)).toEqual([1, 2, 3]);
    expect(shuffled).toEqual(copy);
  });

  it('gives months with tiny or no hours one week, all four roadmap weeks in it', () => {
    const months = [month(1, 0), month(2, 0.5), month(3, 1), month(4, 1.01)];
    const s = scheduleMonths(months, '2027-01-04', 1);
    expectConsistent(s, '2027-01-04', 1, months);
    expect(s.map((m) => m.weeks)).toEqual([1, 1, 1, 2]);
    for (const w of s[0]!.studyWeeks) expect(w).toMatchObject({ start: '2027-01-04', end: '2027-01-10' });
    expect(scheduleMonths([month(1, 3)], '2027-01-04', 40)[0]!.weeks).toBe(1);
  });

  it('splits a month into its four roadmap weeks as evenly as whole weeks allow', () => {
    // Calendar weeks per roadmap week, and (for fewer than 4) which calendar week each falls in.
    const sizes = (weeks: number): number[] =>
      scheduleMonths([month(1, weeks * 10)], '2027-01-04', 10)[0]!.studyWeeks.map((w) => spanDays(w) / 7);
    const slots = (weeks: number): number[] =>
      scheduleMonths([month(1, weeks * 10)], '2027-01-04', 10)[0]!.studyWeeks.map((w) => daysBetween('2027-01-04', w.start) / 7);
    expect(sizes(4)).toEqual([1, 1, 1, 1]);
    expect(sizes(5)).toEqual([1, 1, 1, 2]);
    expect(sizes(6)).toEqual([1, 2, 1, 2]);
    expect(sizes(7)).toEqual([1, 2, 2, 2]);
    expect(sizes(8)).toEqual([2, 2, 2, 2]);
    expect(sizes(9)).toEqual([2, 2, 2, 3]);
    expect(slots(1)).toEqual([0, 0, 0, 0]);
    expect(slots(2)).toEqual([0, 0, 1, 1]);
    expect(slots(3)).toEqual([0, 0, 1, 2]);
    for (const w of [1, 2, 3]) expect(sizes(w)).toEqual([1, 1, 1, 1]);
    // From 4 weeks up the roadmap weeks tile the month: each starts the day after the previous ends.
    for (let w = 4; w <= 20; w++) {
      const sw = scheduleMonths([month(1, w * 10)], '2027-01-04', 10)[0]!.studyWeeks;
      for (let i = 1; i < 4; i++) expect(sw[i]!.start).toBe(addDays(sw[i - 1]!.end, 1));
      expect(Math.max(...sizes(w)) - Math.min(...sizes(w))).toBeLessThanOrEqual(1);
    }
  });

  it('rejects invalid input with a RangeError that says what is wrong', () => {
    expect(() => scheduleMonths(roadmap, 'next monday', 10)).toThrow(RangeError);
    expect(() => scheduleMonths(roadmap, 'next monday', 10)).toThrow(
      'Invalid start date "next monday": expected a calendar day written as YYYY-MM-DD.',
    );
    expect(() => scheduleMonths(roadmap, '2027-02-30', 10)).toThrow(/Invalid start date "2027-02-30"/);
    for (const h of [0, -1, 41, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => scheduleMonths(roadmap, '2027-01-04', h)).toThrow(RangeError);
      expect(() => scheduleMonths(roadmap, '2027-01-04', h)).toThrow(`hoursPerWeek must be a whole number from 1 to 40, got ${h}.`);
    }
    expect(() => scheduleMonths([month(1, -5)], '2027-01-04', 10)).toThrow(/Month "month-01" has invalid hours -5/);
    expect(() => scheduleMonths([month(1, Number.NaN)], '2027-01-04', 10)).toThrow(RangeError);
    expect(() => scheduleMonths([month(1, 40), month(1, 40)], '2027-01-04', 10)).toThrow(/appears more than once/);
  });

  it('gives an empty schedule for no months', () => {
    expect(scheduleMonths([], '2027-01-04', 10)).toEqual([]);
  });
});

describe('replanFromToday', () => {
  // Four 4-week months from Monday 4 January 2027:
  // 1: 01-04..01-31, 2: 02-01..02-28, 3: 03-01..03-28, 4: 03-29..04-25.
  const months = [month(1, 40), month(2, 40), month(3, 40), month(4, 40)];
  const start = '2027-01-04';
  const original = scheduleMonths(months, start, 10);
  const dates = (r: { months: { start: string; end: string }[] }): string[][] => r.months.map((m) => [m.start, m.end]);

  it('keeps done months and moves the rest to start today when behind', () => {
    const r = replanFromToday(months, ['month-01'], '2027-03-10', 10, start);
    expect(r.behind).toBe(true);
    // Month 2 was due on 28 February.
    expect(r.daysBehind).toBe(10);
    expect(r.months.map((m) => m.done)).toEqual([true, false, false, false]);
    expect(r.months[0]).toEqual({ ...original[0], done: true });
    expect(dates(r)).toEqual([
      ['2027-01-04', '2027-01-31'],
      ['2027-03-10', '2027-04-06'],
      ['2027-04-07', '2027-05-04'],
      ['2027-05-05', '2027-06-01'],
    ]);
    expect(r.months[1]!.studyWeeks[0]).toEqual({ index: 1, start: '2027-03-10', end: '2027-03-16' });
  });

  it('counts days behind from the earliest overdue month', () => {
    expect(replanFromToday(months, [], '2027-03-10', 10, start)).toMatchObject({ behind: true, daysBehind: 38 });
    expect(replanFromToday(months, ['month-01'], '2027-03-01', 10, start)).toMatchObject({ behind: true, daysBehind: 1 });
  });

  it('is not behind on the day a month is due, nor when ahead', () => {
    expect(replanFromToday(months, ['month-01'], '2027-02-28', 10, start)).toMatchObject({ behind: false, daysBehind: 0 });
    const ahead = replanFromToday(months, ['month-01', 'month-02'], '2027-02-10', 10, start);
    expect(ahead).toMatchObject({ behind: false, daysBehind: 0 });
    expect(dates(ahead).slice(2)).toEqual([
      ['2027-02-10', '2027-03-09'],
      ['2027-03-10', '2027-04-06'],
    ]);
  });

  it('accepts a set or a predicate as well as a list of ids', () => {
    const byList = replanFromToday(months, ['month-01'], '2027-03-10', 10, start);
    expect(replanFromToday(months, new Set(['month-01']), '2027-03-10', 10, start)).toEqual(byList);
    expect(replanFromToday(months, (m) => m.month === 1, '2027-03-10', 10, start)).toEqual(byList);
  });

  it('keeps a month finished out of order in its original slot', () => {
    const r = replanFromToday(months, ['month-01', 'month-03'], '2027-03-10', 10, start);
    expect(r.months[2]).toEqual({ ...original[2], done: true });
    expect(dates(r)).toEqual([
      ['2027-01-04', '2027-01-31'],
      ['2027-03-10', '2027-04-06'],
      ['2027-03-01', '2027-03-28'],
      ['2027-04-07', '2027-05-04'],
    ]);
    expect(r.daysBehind).toBe(10);
  });

  it('leaves a plan that has not begun at its chosen start', () => {
    const r = replanFromToday(months, [], '2026-12-01', 10, start);
    expect(r).toEqual({ months: original.map((m) => ({ ...m, done: false })), behind: false, daysBehind: 0 });
  });

  it('with everything done, returns the original plan and is not behind', () => {
    const r = replanFromToday(months, () => true, '2027-09-01', 10, start);
    expect(r).toEqual({ months: original.map((m) => ({ ...m, done: true })), behind: false, daysBehind: 0 });
  });

  it('replans across a year end', () => {
    const r = replanFromToday(months, [], '2027-12-20', 10, start);
    expect(r.daysBehind).toBe(daysBetween('2027-01-31', '2027-12-20'));
    expect(dates(r)[0]).toEqual(['2027-12-20', '2028-01-16']);
    expect(dates(r)[3]).toEqual(['2028-03-13', '2028-04-09']);
  });

  it('ignores ids it does not know', () => {
    const r = replanFromToday(months, ['retired-month', 'month-01'], '2027-03-10', 10, start);
    expect(r.months.filter((m) => m.done).map((m) => m.id)).toEqual(['month-01']);
  });

  it('rejects invalid input with a RangeError', () => {
    expect(() => replanFromToday(months, [], '10/03/2027', 10, start)).toThrow(/Invalid today "10\/03\/2027"/);
    expect(() => replanFromToday(months, [], '2027-03-10', 0, start)).toThrow(/hoursPerWeek must be a whole number from 1 to 40, got 0/);
    expect(() => replanFromToday(months, [], '2027-03-10', 10, '2027-3-1')).toThrow(/Invalid start date/);
  });
});

describe('isCalendarDay: the rule for a day a person enters, imports or shares', () => {
  it('accepts real days in the years a plan can use', () => {
    for (const d of ['1970-01-01', '2026-12-02', '2028-02-29', '2999-12-31']) expect(isCalendarDay(d), d).toBe(true);
  });
  it('rejects impossible days, other years and other shapes', () => {
    for (const d of [
      '2026-02-30',
      '2026-13-45',
      '2027-02-29',
      '9999-06-01',
      '0000-01-01',
      '1969-12-31',
      '3000-01-01',
      '2026-1-5',
      ' 2026-01-05',
      5,
      null,
    ])
      expect(isCalendarDay(d), String(d)).toBe(false);
  });
});
