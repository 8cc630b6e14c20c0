/** Calendar events for the roadmap; loaded only with the roadmap tools. */
import type { CalendarEvent } from './calendar';
import type { ScheduledMonth } from './pacing';
import type { RoadmapMonth } from './roadmap-data';

/** A month with the focus of each of its four weeks. */
export interface CalendarMonth extends Pick<RoadmapMonth, 'id' | 'month'> {
  title: string;
  /** Site path of the month page, without the base path. */
  href: string;
  weeks: string[];
}

/** One all-day event per study week, naming the month and that week's focus. */
export function roadmapEvents(schedule: readonly ScheduledMonth[], months: readonly CalendarMonth[], siteUrl: string): CalendarEvent[] {
  const byId = new Map(months.map((m) => [m.id, m]));
  return schedule.flatMap((s) => {
    const m = byId.get(s.id);
    if (!m) return [];
    return s.studyWeeks.map((w) => ({
      uid: `${m.id}-week-${w.index}`,
      start: w.start,
      end: w.end,
      summary: `Month ${m.month}, week ${w.index}: ${m.weeks[w.index - 1] ?? m.title}`,
      description: `${m.title}. Checklist and project: ${siteUrl}${m.href.replace(/^\//, '')}`,
      url: `${siteUrl}${m.href.replace(/^\//, '')}`,
    }));
  });
}
