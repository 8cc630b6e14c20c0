/**
 * What the role pages show, computed: a role's levels grouped by skill category, the skills it
 * leans on, its suggested options, and its track month by month with each task's text and hours.
 * Pure functions over plain data (no Astro imports); the pages pass in the loaded content.
 */
import { formatHours } from './format';
import { formatDuration } from './time-model';
import { trackWeeks, type AlternativeGroup, type TaskKind, type Track } from './tracks';

/** A role's two level sets, skill id → level (0–4). */
export interface RoleLevels {
  entry: Readonly<Record<string, number>>;
  experienced: Readonly<Record<string, number>>;
}

/** One skill's row in a role's level table. */
export interface LevelRow {
  id: string;
  title: string;
  category: string;
  entry: number;
  experienced: number;
}

/** The rows of one skill category, in the order the skills were given. */
export interface LevelGroup {
  category: { id: string; title: string };
  rows: LevelRow[];
}

/** A skill as the level table needs it. */
export interface RoleSkill {
  id: string;
  title: string;
  category: string;
}

const levelOf = (levels: Readonly<Record<string, number>>, id: string) => (Object.hasOwn(levels, id) ? (levels[id] ?? 0) : 0);

/**
 * The role's entry and experienced level for every skill, grouped by category in the categories'
 * order; skills keep their given order, and a category without skills is left out.
 */
export function levelsByCategory(
  categories: readonly { id: string; title: string }[],
  skills: readonly RoleSkill[],
  levels: RoleLevels,
): LevelGroup[] {
  return categories
    .map((category) => ({
      category: { id: category.id, title: category.title },
      rows: skills
        .filter((s) => s.category === category.id)
        .map((s) => ({ ...s, entry: levelOf(levels.entry, s.id), experienced: levelOf(levels.experienced, s.id) })),
    }))
    .filter((g) => g.rows.length > 0);
}

/** The skills a role needs at `min` or above at entry (proficient by default), highest first, ties in the given order. */
export function leadingSkills<S extends { id: string }>(skills: readonly S[], levels: RoleLevels, min = 3): S[] {
  return skills
    .map((s, i) => ({ s, i, level: levelOf(levels.entry, s.id) }))
    .filter((x) => x.level >= min)
    .sort((a, b) => b.level - a.level || a.i - b.i)
    .map((x) => x.s);
}

/** A skill the roadmap does not take as far as a role needs at entry. */
export interface ShortfallRow<S> {
  skill: S;
  /** The level the role needs at entry. */
  needed: number;
  /** The level the whole roadmap reaches (0 when no task builds the skill). */
  reached: number;
}

/**
 * The skills a role needs at entry above the level the roadmap reaches, in the given order: the
 * track's hours do not cover them, so a role page says so instead of letting its hours imply it.
 */
export function beyondRoadmap<S extends { id: string }>(
  skills: readonly S[],
  levels: Pick<RoleLevels, 'entry'>,
  reached: ReadonlyMap<string, number>,
): ShortfallRow<S>[] {
  return skills
    .map((skill) => ({ skill, needed: levelOf(levels.entry, skill.id), reached: reached.get(skill.id) ?? 0 }))
    .filter((r) => r.needed > r.reached);
}

/** Display names of the choices the roadmap offers, by group id and by option id. */
const groupLabels: Readonly<Record<string, string>> = { cloud: 'Cloud platform', 'dl-framework': 'Deep learning framework' };
const optionLabels: Readonly<Record<string, string>> = {
  aws: 'AWS',
  'google-cloud': 'Google Cloud',
  azure: 'Microsoft Azure',
  pytorch: 'PyTorch',
  tensorflow: 'TensorFlow',
};

/** An id as words, for a group or option without a display name: "my-option" → "My option". */
const fromId = (id: string) => {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The display name of an alternative group, e.g. "Cloud platform". */
export const groupLabel = (id: string): string => (Object.hasOwn(groupLabels, id) ? groupLabels[id]! : fromId(id));

/** The display name of an option, e.g. "Google Cloud". */
export const optionLabel = (id: string): string => (Object.hasOwn(optionLabels, id) ? optionLabels[id]! : fromId(id));

/** A choice the track makes: the group, the option it follows, and the options it leaves as alternatives. */
export interface TrackOption {
  group: string;
  label: string;
  chosen: string;
  chosenLabel: string;
  others: string[];
}

/** The options a track follows, one per alternative group, in the groups' order. */
export function trackOptions(groups: readonly AlternativeGroup[], choices: Readonly<Record<string, string>>): TrackOption[] {
  return groups.map((g) => {
    const chosen = (Object.hasOwn(choices, g.id) ? choices[g.id] : undefined) ?? g.options[0] ?? '';
    return {
      group: g.id,
      label: groupLabel(g.id),
      chosen,
      chosenLabel: optionLabel(chosen),
      others: g.options.filter((o) => o !== chosen).map(optionLabel),
    };
  });
}

/**
 * How many characters of a core task's text a role page shows. The texts of all roadmap tasks are
 * about 20 KiB (8 KiB gzip, nearly half a page's budget), so a role page shortens its core tasks at
 * a word boundary and counts the rest by skill or option; each month's own page, linked from the
 * role page, has every task in full.
 */
export const TRACK_TASK_CHARS = 70;

/** A roadmap task as a role page shows it. */
export interface TrackTask {
  id: string;
  text: string;
  hours: number;
  skill?: string | undefined;
  kind: TaskKind;
  /** For an alternative: its group and the option it belongs to. */
  alternative?: { group: string; option: string } | undefined;
}

/** One month of a role's track, with its tasks' texts. */
export interface TrackMonthTasks {
  id: string;
  month: number;
  title: string;
  core: TrackTask[];
  optional: TrackTask[];
  alternative: TrackTask[];
  coreHours: number;
  optionalHours: number;
  alternativeHours: number;
}

/** A month with its tasks, as the content gives them. */
export interface MonthWithTasks {
  id: string;
  month: number;
  title: string;
  tasks: readonly {
    id: string;
    text: string;
    hours: number;
    skill?: string | undefined;
    alternative?: { group: string; option: string } | undefined;
  }[];
}

const hoursOf = (tasks: readonly TrackTask[]) => tasks.reduce((sum, t) => sum + t.hours, 0);

/**
 * The track month by month, each task with its text and hours, split into core, optional and
 * alternative as the track marks them. Throws when the track names a month or task the content
 * does not have, since the two would then disagree about hours.
 */
export function trackMonthTasks(track: Pick<Track, 'months'>, months: readonly MonthWithTasks[]): TrackMonthTasks[] {
  const byId = new Map(months.map((m) => [m.id, m]));
  return track.months.map((tm) => {
    const month = byId.get(tm.id);
    if (!month) throw new Error(`The track names month "${tm.id}", which the content does not have`);
    const tasks = new Map(month.tasks.map((t) => [t.id, t]));
    const view =
      (kind: TaskKind) =>
      (id: string): TrackTask => {
        const t = tasks.get(id);
        if (!t) throw new Error(`The track names task "${id}", which ${month.id} does not have`);
        return { id, text: t.text, hours: t.hours, skill: t.skill, kind, alternative: kind === 'alternative' ? t.alternative : undefined };
      };
    const core = tm.core.map(view('core'));
    const optional = tm.optional.map(view('optional'));
    const alternative = tm.alternative.map(view('alternative'));
    return {
      id: month.id,
      month: month.month,
      title: month.title,
      core,
      optional,
      alternative,
      coreHours: hoursOf(core),
      optionalHours: hoursOf(optional),
      alternativeHours: hoursOf(alternative),
    };
  });
}

/** Tasks of one skill or one option, counted: how the collapsed part of a month sums them up. */
export interface TaskGroup {
  /** The skill (for optional tasks) or the option (for alternatives) the tasks share. */
  id: string;
  /** For alternatives: the group the option belongs to. */
  group?: string | undefined;
  count: number;
  hours: number;
}

/** Tasks grouped by `key`, in order of first appearance; tasks without a key are left out. */
function groupTasks(tasks: readonly TrackTask[], key: (t: TrackTask) => string | undefined): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const t of tasks) {
    const id = key(t);
    if (id === undefined) continue;
    const g = groups.get(id) ?? { id, group: t.alternative?.group, count: 0, hours: 0 };
    g.count++;
    g.hours += t.hours;
    groups.set(id, g);
  }
  return [...groups.values()];
}

/** A month's optional tasks by the skill they build. */
export const optionalBySkill = (m: Pick<TrackMonthTasks, 'optional'>): TaskGroup[] => groupTasks(m.optional, (t) => t.skill);

/** A month's alternative tasks by the option they belong to. */
export const alternativesByOption = (m: Pick<TrackMonthTasks, 'alternative'>): TaskGroup[] =>
  groupTasks(m.alternative, (t) => t.alternative?.option);

/** "1 task, 4 hours" or "3 tasks, 19 hours". */
export const taskCount = (g: Pick<TaskGroup, 'count' | 'hours'>): string =>
  `${g.count} ${g.count === 1 ? 'task' : 'tasks'}, ${formatHours(g.hours)}`;

const tasksPhrase = (n: number, what: string) => `${n} ${what} ${n === 1 ? 'task' : 'tasks'}`;

/**
 * The summary of a month's work beyond the core, for a collapsed list: "3 optional tasks (19 hours)
 * and 2 tasks for other options (11 hours)"; empty when there is none.
 */
export function extrasSummary(m: Pick<TrackMonthTasks, 'optional' | 'alternative' | 'optionalHours' | 'alternativeHours'>): string {
  const parts: string[] = [];
  if (m.optional.length > 0) parts.push(`${tasksPhrase(m.optional.length, 'optional')} (${formatHours(m.optionalHours)})`);
  if (m.alternative.length > 0)
    parts.push(
      `${m.alternative.length} ${m.alternative.length === 1 ? 'task' : 'tasks'} for other options (${formatHours(m.alternativeHours)})`,
    );
  return parts.join(' and ');
}

/** A track's size, worded one way on every page: "406 hours, 49 weeks (about 11 months) at 10 hours a week". */
export function trackDurationText(track: Pick<Track, 'months' | 'hours'>, hoursPerWeek: number): string {
  return `${formatHours(track.hours)}, ${formatDuration(trackWeeks(track, hoursPerWeek))} at ${formatHours(hoursPerWeek)} a week`;
}
