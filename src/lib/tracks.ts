/**
 * Tracks: a role's way through the roadmap. Every task is, for a role,
 *
 * - **core** when the level it works toward (its step in the time model) is one the role needs,
 *   or when it builds no particular skill;
 * - **optional** when the role needs less of its skill than the task works toward;
 * - **alternative** when it is one option of a choice (a cloud, a deep learning framework) and the
 *   track has chosen another option.
 *
 * The data are the content's: skills' effort per step, tasks' hours and alternative marks, the
 * role's entry levels and its default choices. A person may choose other options; their choices
 * win where they name a real option. Pure functions over plain data.
 */
import { studyWeeks, taskSteps, type ModelMonth, type ModelSkill, type ModelTask, type TaskStep } from './time-model';
import { resolveChoices, type AlternativeGroup, type TaskKind } from './track-view';

export { resolveChoices, type AlternativeGroup, type TaskKind };

/** A role as a track needs it. */
export interface TrackRole {
  id: string;
  title: string;
  /** Skill id → level needed at entry (0–4); absent means 0. */
  levels: Readonly<Record<string, number>>;
  /** Alternative group → the option the role suggests. */
  choices: Readonly<Record<string, string>>;
}

/** The alternative groups the roadmap offers, in order of first appearance. */
export function alternativeGroups(months: readonly ModelMonth[]): AlternativeGroup[] {
  const groups = new Map<string, string[]>();
  for (const m of [...months].sort((a, b) => a.month - b.month))
    for (const t of m.tasks) {
      if (!t.alternative) continue;
      const options = groups.get(t.alternative.group) ?? [];
      if (!options.includes(t.alternative.option)) options.push(t.alternative.option);
      groups.set(t.alternative.group, options);
    }
  return [...groups].map(([id, options]) => ({ id, options }));
}

/** What a task is on a track. */
export function taskKind(
  task: Pick<ModelTask, 'alternative'>,
  step: TaskStep,
  role: Pick<TrackRole, 'levels'>,
  choices: Readonly<Record<string, string>>,
): TaskKind {
  if (task.alternative && choices[task.alternative.group] !== task.alternative.option) return 'alternative';
  if (step.skill === undefined || step.step === 0) return 'core';
  const needed = Object.hasOwn(role.levels, step.skill) ? (role.levels[step.skill] ?? 0) : 0;
  return step.step <= needed ? 'core' : 'optional';
}

/** One month of a track. */
export interface TrackMonth {
  id: string;
  month: number;
  /** Task ids by kind, in the month's order. */
  core: string[];
  optional: string[];
  alternative: string[];
  /** Hours of the core tasks. */
  hours: number;
}

/** A role's track through the roadmap. */
export interface Track {
  role: string;
  choices: Record<string, string>;
  kinds: Map<string, TaskKind>;
  months: TrackMonth[];
  /** Hours of every core task. */
  hours: number;
}

/** The track of `role` with the person's `chosen` options. */
export function buildTrack(
  skills: readonly ModelSkill[],
  months: readonly ModelMonth[],
  role: TrackRole,
  chosen: Readonly<Record<string, string>> = {},
): Track {
  const steps = taskSteps(skills, months);
  const choices = resolveChoices(alternativeGroups(months), role, chosen);
  const kinds = new Map<string, TaskKind>();
  const trackMonths = [...months]
    .sort((a, b) => a.month - b.month)
    .map((m) => {
      const tm: TrackMonth = { id: m.id, month: m.month, core: [], optional: [], alternative: [], hours: 0 };
      for (const t of m.tasks) {
        const kind = taskKind(t, steps.get(t.id) ?? { step: 0 }, role, choices);
        kinds.set(t.id, kind);
        tm[kind].push(t.id);
        if (kind === 'core') tm.hours += t.hours;
      }
      return tm;
    });
  return { role: role.id, choices, kinds, months: trackMonths, hours: trackMonths.reduce((s, m) => s + m.hours, 0) };
}

/** Whole weeks the track takes at `hoursPerWeek`, month by month as the pacing tool lays it out. */
export function trackWeeks(track: Pick<Track, 'months'>, hoursPerWeek: number): number {
  return studyWeeks(
    track.months.map((m) => m.hours),
    hoursPerWeek,
  );
}

/**
 * For each task, the roles for which it is optional, leaving alternatives aside: whether a task is
 * an alternative depends on the options a person takes, so the build ships this and the task's
 * alternative mark, and the browser finishes the rule ({@link taskKind}) with the chosen options.
 */
export function optionalRoles(
  skills: readonly ModelSkill[],
  months: readonly ModelMonth[],
  roles: readonly TrackRole[],
): Map<string, string[]> {
  const steps = taskSteps(skills, months);
  const out = new Map<string, string[]>();
  for (const m of months)
    for (const t of m.tasks) {
      const step = steps.get(t.id) ?? { step: 0 };
      out.set(
        t.id,
        roles.filter((r) => taskKind({}, step, r, {}) === 'optional').map((r) => r.id),
      );
    }
  return out;
}

/**
 * What alternative groups and options are called on the page. One table, checked against the
 * content (tests/unit/tracks-view.test.ts): every group and option the months use has a title here.
 */
export const alternativeTitles: Readonly<Record<string, string>> = {
  cloud: 'Cloud platform',
  aws: 'AWS',
  'google-cloud': 'Google Cloud',
  azure: 'Azure',
  'dl-framework': 'Deep learning framework',
  pytorch: 'PyTorch',
  tensorflow: 'TensorFlow',
};

/** The title of an alternative group or option; its id when the table lacks it. */
export const alternativeTitle = (id: string) => (Object.hasOwn(alternativeTitles, id) ? alternativeTitles[id]! : id);
