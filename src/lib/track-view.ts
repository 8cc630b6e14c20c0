/**
 * Tracks in the browser: which track a roadmap page shows, what each task is on it, and the months
 * restricted to it (for counts, "continue", pacing and the calendar). The build renders only compact
 * marks per task (the roles it is optional for, and its alternative as "group:option") and a small
 * list of roles and groups; these functions finish the rule of src/lib/tracks.ts with the person's
 * stored choices. Pure functions, in the eager progress chunk, so they stay small; the choice rule
 * (resolveChoices) has its home here and tracks.ts uses it.
 */
import type { ProgressDoc } from './progress/doc';
import type { RoadmapMonth } from './roadmap-data';
import { studyWeeks } from './durations';

/** What a task is on a track (see src/lib/tracks.ts for the rule). */
export type TaskKind = 'core' | 'optional' | 'alternative';

/** A choice between alternatives, with its options in roadmap order. */
export interface AlternativeGroup {
  id: string;
  options: string[];
}

/**
 * The options in force: for each group, the person's choice when it names one of the group's
 * options, else the role's, else the group's first option.
 */
export function resolveChoices(
  groups: readonly AlternativeGroup[],
  role: { choices: Readonly<Record<string, string>> },
  chosen: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const g of groups) {
    const mine = Object.hasOwn(chosen, g.id) ? chosen[g.id] : undefined;
    const theirs = Object.hasOwn(role.choices, g.id) ? role.choices[g.id] : undefined;
    out[g.id] = [mine, theirs].find((o): o is string => o !== undefined && g.options.includes(o)) ?? g.options[0] ?? '';
  }
  return out;
}

/** Element id of the JSON data island with the roles and alternative groups. */
export const TRACK_DATA_ID = 'track-data';

/** A role as the track picker and labels need it. */
export interface ViewRole {
  id: string;
  title: string;
  /** Alternative group → the option the role suggests. */
  choices: Record<string, string>;
}
/** An alternative group, with titles. */
export interface ViewGroup {
  id: string;
  title: string;
  options: { id: string; title: string }[];
}
/** The track data island. */
export interface TrackData {
  roles: ViewRole[];
  groups: ViewGroup[];
}

/** A task's marks, as the build renders them (`data-optional-for`, `data-alt`). */
export interface TaskMarks {
  /** Roles for which the task is optional (space-separated in HTML). */
  optionalFor: string;
  /** "group:option" when the task is one option of an alternative; empty otherwise. */
  alt: string;
}

/** The track a page shows: a role, and the option in force in each group. */
export interface ShownTrack {
  role: ViewRole;
  choices: Record<string, string>;
}

/** The groups as tracks.ts takes them. */
const asGroups = (groups: readonly ViewGroup[]): AlternativeGroup[] =>
  groups.map((g) => ({ id: g.id, options: g.options.map((o) => o.id) }));

/**
 * The track to show: `requested` (a `?track=` in the address) when it names a role, else the
 * stored role; undefined means the whole roadmap, as before tracks existed. Stored choices win
 * where they name a real option, then the role's suggestions.
 */
export function shownTrack(data: TrackData, doc: Pick<ProgressDoc, 'role' | 'choices'>, requested?: string | null): ShownTrack | undefined {
  const role = data.roles.find((r) => r.id === requested) ?? data.roles.find((r) => r.id === doc.role);
  return role && { role, choices: resolveChoices(asGroups(data.groups), role, doc.choices) };
}

/** What a task is on a track; without a track every task is core. */
export function kindOnTrack(marks: TaskMarks, track: ShownTrack | undefined): TaskKind {
  if (!track) return 'core';
  const [group = '', option] = marks.alt.split(':');
  if (option !== undefined && track.choices[group] !== option) return 'alternative';
  return marks.optionalFor.split(' ').includes(track.role.id) ? 'optional' : 'core';
}

/** Marks of the month's task at `i`, from the roadmap data island. */
export const marksOf = (m: RoadmapMonth, i: number): TaskMarks => ({ optionalFor: m.optionalFor?.[i] ?? '', alt: m.alt?.[i] ?? '' });

/**
 * The months as a track has them: only core tasks, and only their hours; months with no core task
 * are left out (they take no time). Without a track, the months as they are.
 */
export function monthsOnTrack(months: readonly RoadmapMonth[], track: ShownTrack | undefined): RoadmapMonth[] {
  if (!track) return [...months];
  return months.flatMap((m) => {
    const keep = m.tasks.map((_, i) => kindOnTrack(marksOf(m, i), track) === 'core');
    const tasks = m.tasks.filter((_, i) => keep[i]);
    const hours = m.taskHours ? m.taskHours.reduce((sum, h, i) => sum + (keep[i] ? h : 0), 0) : m.hours;
    return tasks.length ? [{ ...m, tasks, hours }] : [];
  });
}

/** Whole weeks the months take at `hoursPerWeek`, as the pacing tool lays them out. */
export const weeksOfMonths = (months: readonly Pick<RoadmapMonth, 'hours'>[], hoursPerWeek: number) =>
  studyWeeks(
    months.map((m) => m.hours),
    hoursPerWeek,
  );

/** The wording of a task that is not core on the shown track, e.g. "Optional for Healthcare data analyst". */
export function kindLabel(kind: TaskKind, marks: TaskMarks, track: ShownTrack, groups: readonly ViewGroup[]): string {
  if (kind === 'optional') return `Optional for ${track.role.title}`;
  if (kind !== 'alternative') return '';
  const [groupId = ''] = marks.alt.split(':');
  const group = groups.find((g) => g.id === groupId);
  const chosen = group?.options.find((o) => o.id === track.choices[groupId]);
  return `Alternative: you chose ${chosen?.title ?? track.choices[groupId] ?? 'another option'}`;
}
