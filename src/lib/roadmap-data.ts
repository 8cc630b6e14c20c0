/**
 * The roadmap as the browser needs it (task ids and hours), plus the pure logic the progress UI
 * runs on it: whether a month is complete and where to continue.
 */
import { progressOf, type ProgressDoc } from './progress/doc';

export interface RoadmapMonth {
  id: string;
  month: number;
  /** Present only where the page needs it (the home page's "continue" link). */
  title?: string;
  hours: number;
  tasks: string[];
  /** Present where the page follows a track (src/lib/track-view.ts); each parallel to `tasks`. */
  taskHours?: number[];
  /** Per task, the roles it is optional for, space-separated. */
  optionalFor?: string[];
  /** Per task, "group:option" for an alternative, else empty. */
  alt?: string[];
}

/** Element id of the JSON data island that carries the roadmap to the browser. */
export const ROADMAP_DATA_ID = 'roadmap-data';

/** A month is complete when every task is done or skipped. */
export function isMonthComplete(doc: ProgressDoc, month: Pick<RoadmapMonth, 'tasks'>): boolean {
  const p = progressOf(doc, month.tasks);
  return p.done + p.skipped === p.total;
}

/**
 * Where a person should continue: the first month that is not complete, whether they have
 * started ("continue") or not ("start"); undefined when everything is complete.
 */
export function continueTarget(doc: ProgressDoc, months: readonly RoadmapMonth[]): { month: RoadmapMonth; started: boolean } | undefined {
  const started = months.some((m) => m.tasks.some((t) => doc.tasks[t] !== undefined));
  const next = [...months].sort((a, b) => a.month - b.month).find((m) => !isMonthComplete(doc, m));
  return next ? { month: next, started } : undefined;
}

/** How far a month has got: no task touched, some work recorded, or every task done or skipped. */
export type MonthStatus = 'not-started' | 'in-progress' | 'done';

/** The status of one month from its tasks' states. */
export function monthStatus(doc: ProgressDoc, month: Pick<RoadmapMonth, 'tasks'>): MonthStatus {
  if (month.tasks.length > 0 && isMonthComplete(doc, month)) return 'done';
  return month.tasks.some((t) => doc.tasks[t] !== undefined) ? 'in-progress' : 'not-started';
}

/** How a month's status is worded next to its hours on the timeline. */
export const monthStatusLabels: Record<MonthStatus, string> = { 'not-started': '', 'in-progress': 'in progress', done: 'done' };
