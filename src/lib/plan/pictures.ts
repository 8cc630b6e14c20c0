/**
 * The plan as pictures, as data: "you now" against the role's target for each skill, grouped by
 * category and sorted by gap, and the schedule as a strip of weeks in rows with calendar-month
 * markers. Pure functions; src/scripts/plan-pictures.ts draws them.
 */
import { categoryIds } from '../rules';
import type { SkillGap } from './gaps';
import type { PlanWeek } from './schedule';

/** One skill of the role: the person's level and the role's, and whether they rated it. */
export interface GapBar extends SkillGap {
  rated: boolean;
}

/** The role's skills of one category, largest gap first. */
export interface GapGroup {
  category: string;
  bars: GapBar[];
}

const rank = (category: string) => {
  const i = (categoryIds as readonly string[]).indexOf(category);
  return i === -1 ? categoryIds.length : i;
};

/**
 * The skills the role asks for (required level above 0), grouped by category in the site's
 * category order; in each group the largest gap comes first, then the higher target, then title.
 * Categories the role asks nothing of are left out.
 */
export function gapsByCategory(gaps: readonly SkillGap[], isRated: (skillId: string) => boolean): GapGroup[] {
  const groups = new Map<string, GapBar[]>();
  for (const g of gaps) {
    if (g.required <= 0) continue;
    const list = groups.get(g.category) ?? [];
    groups.set(g.category, list);
    list.push({ ...g, rated: isRated(g.skillId) });
  }
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([category, bars]) => ({
      category,
      bars: bars.sort((a, b) => b.gap - a.gap || b.required - a.required || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0)),
    }));
}

/** A bar in words, as a screen reader and the page say it: "you 1, target 3, gap 2". */
export function gapText(bar: Pick<GapBar, 'current' | 'required' | 'gap' | 'rated'>): string {
  const you = bar.rated ? String(bar.current) : 'not rated';
  return `you ${you}, target ${bar.required}, ${bar.gap > 0 ? `gap ${bar.gap}` : 'no gap'}`;
}

/** One week of the strip: its hours in each category, and what it holds in words. */
export interface StripWeek {
  week: number;
  start: string;
  end: string;
  /** Category id → hours of that category's tasks this week. */
  hours: Record<string, number>;
  /** Each skill's hours this week, in the order the week takes them up ("General" for tasks without a skill). */
  skills: { title: string; hours: number }[];
}

/** A calendar month starting within a row of the strip. */
export interface MonthMarker {
  /** 0-based column of the week in its row. */
  column: number;
  /** Calendar month, 0–11. */
  month: number;
  year: number;
  /** Whether the label shows the year: the first label of a row, and every January. */
  withYear: boolean;
}

export interface StripRow {
  weeks: StripWeek[];
  markers: MonthMarker[];
}

/** Weeks per row of the strip: a quarter of a year, which fits a 375 px phone. */
export const STRIP_ROW_WEEKS = 13;

/** The weeks of a schedule as the strip shows them. */
export function stripWeeks(
  weeks: readonly PlanWeek[],
  skillOf: (skillId: string) => { title: string; category: string } | undefined,
): StripWeek[] {
  return weeks.map((w) => {
    const hours: Record<string, number> = {};
    const skills = new Map<string, number>();
    for (const item of w.items) {
      const skill = item.skill === undefined ? undefined : skillOf(item.skill);
      if (skill) hours[skill.category] = (hours[skill.category] ?? 0) + item.hours;
      const title = skill?.title ?? item.skill ?? 'General';
      skills.set(title, (skills.get(title) ?? 0) + item.hours);
    }
    return { week: w.week, start: w.start, end: w.end, hours, skills: [...skills].map(([title, h]) => ({ title, hours: h })) };
  });
}

const parts = (iso: string) => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) - 1, day: Number(iso.slice(8, 10)) });

/**
 * The calendar months that start in a row's weeks, each at the week holding its first day; the
 * row's first week also carries its own month, unless a month starts within its next two weeks
 * (the two labels would overlap; that month then carries the year).
 */
export function monthMarkers(weeks: readonly Pick<StripWeek, 'start' | 'end'>[]): MonthMarker[] {
  const out: MonthMarker[] = [];
  let ownMonth = false; // the first label is the first week's own month, not a month starting there
  weeks.forEach((w, column) => {
    const s = parts(w.start);
    const e = parts(w.end);
    if (s.day === 1) out.push({ column, month: s.month, year: s.year, withYear: s.month === 0 });
    else if (e.month !== s.month) out.push({ column, month: e.month, year: e.year, withYear: e.month === 0 });
    else if (column === 0) {
      out.push({ column, month: s.month, year: s.year, withYear: true });
      ownMonth = true;
    }
  });
  const second = out[1];
  if (ownMonth && second && second.column <= 2) out.shift();
  if (out[0]) out[0].withYear = true;
  return out;
}

/** The strip's weeks in rows of {@link STRIP_ROW_WEEKS}, each with its month markers. */
export function stripRows(weeks: readonly StripWeek[], perRow = STRIP_ROW_WEEKS): StripRow[] {
  const rows: StripRow[] = [];
  for (let i = 0; i < weeks.length; i += perRow) {
    const row = weeks.slice(i, i + perRow);
    rows.push({ weeks: row, markers: monthMarkers(row) });
  }
  return rows;
}

/** How many weeks hold work of each category, in the site's category order (categories with none left out). */
export function weeksByCategory(weeks: readonly StripWeek[]): { category: string; weeks: number }[] {
  const counts = new Map<string, number>();
  for (const w of weeks) for (const [c, h] of Object.entries(w.hours)) if (h > 0) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => rank(a) - rank(b)).map(([category, n]) => ({ category, weeks: n }));
}
