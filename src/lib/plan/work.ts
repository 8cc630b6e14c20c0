/**
 * The work a plan holds: the chosen role's track through the roadmap (src/lib/tracks.ts), minus
 * what the person has already done or skipped on the checklist, minus what their ratings already
 * cover. A task is covered by a rating when the person rates its skill at or above the task's step
 * (the level of that skill the task works toward, src/lib/time-model.ts): they already have the
 * level the task builds. Tasks without a skill are never covered by a rating. Covering is
 * reversible: a skill named in `includeAnyway` keeps its tasks in the plan whatever the rating.
 * Pure functions over plain data.
 */
import { LEVELS } from '../rules';
import type { ScheduleTask } from './schedule';
import { taskSteps, type ModelMonth, type ModelSkill, type ModelTask } from '../time-model';
import { buildTrack, type Track, type TrackRole } from '../tracks';

/** A roadmap task as the plan shows it. */
export interface PlanTask extends ModelTask {
  text: string;
}

/** A roadmap month as the plan reads it; the levels it reaches are not needed (tasks' steps come from the hours). */
export interface WorkMonthInput extends Omit<ModelMonth, 'reaches'> {
  reaches?: ModelMonth['reaches'];
  title: string;
  tasks: readonly PlanTask[];
}

/** A skill as the plan's work needs it. */
export interface WorkSkill extends ModelSkill {
  category: string;
}

/** Why a core task of the track is or is not in the plan. */
export type TaskStatus = 'todo' | 'covered' | 'done' | 'skipped';

/** One core task of the track, with where it sits and what becomes of it. */
export interface WorkTask extends ScheduleTask {
  /** The level of its skill the task works toward (1–4); 0 without a skill. */
  step: number;
  status: TaskStatus;
}

/** A month of the track: its core tasks in roadmap order, each with a status. */
export interface WorkMonth {
  id: string;
  month: number;
  title: string;
  tasks: WorkTask[];
}

/** The tasks of one skill that a rating covers. */
export interface CoveredSkill {
  skill: string;
  /** The person's rating of the skill. */
  rating: number;
  tasks: WorkTask[];
  hours: number;
}

/** The plan's work. */
export interface PlanWork {
  track: Track;
  months: WorkMonth[];
  /** Core tasks still to do, in roadmap order: what the schedule lays out. */
  todo: WorkTask[];
  /** Covered tasks grouped by skill, in order of first appearance on the roadmap. */
  covered: CoveredSkill[];
  /** Hours of the track's core tasks, split by what becomes of them; `todo` is what remains. */
  hours: { track: number; todo: number; covered: number; done: number; skipped: number };
}

export interface WorkInput {
  skills: readonly WorkSkill[];
  months: readonly WorkMonthInput[];
  role: TrackRole;
  /** Skill id → self-rating 0–4; an absent skill is not rated (and covers nothing). */
  ratings: Readonly<Record<string, number>>;
  /** Task id → stored checklist state ("done" and "skipped" take a task out of the plan). */
  taskStates?: Readonly<Record<string, string>>;
  /** Skills whose tasks stay in the plan even where a rating covers them. */
  includeAnyway?: Iterable<string>;
  /** The person's choices among alternatives (group → option); the role's suggestions otherwise. */
  choices?: Readonly<Record<string, string>>;
}

/** Own-property lookup, so a skill id such as "constructor" never reads Object.prototype. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A rating as a level 0–4, or undefined when the skill is not rated or the value is unreadable. */
function ratingOf(ratings: Readonly<Record<string, number>>, skill: string): number | undefined {
  const r = own(ratings, skill);
  return typeof r === 'number' && Number.isFinite(r) ? Math.min(LEVELS.max, Math.max(LEVELS.min, Math.floor(r))) : undefined;
}

/**
 * The plan's work for a role: every core task of the role's track, in roadmap order, marked
 * `done` or `skipped` (as stored on the checklist), `covered` (the rating of its skill is at least
 * the task's step and the skill is not in `includeAnyway`) or `todo`. Checklist states win over
 * ratings, so hours are never counted twice. `hours.todo` is the track's hours minus the rest.
 */
export function planWork(input: WorkInput): PlanWork {
  const { skills, role, ratings } = input;
  const months = input.months.map((m) => ({ ...m, reaches: m.reaches ?? {} }));
  const states = input.taskStates ?? {};
  const include = new Set(input.includeAnyway ?? []);
  const track = buildTrack(skills, months, role, input.choices ?? {});
  const steps = taskSteps(skills, months);
  const category = new Map(skills.map((s) => [s.id, s.category]));
  const byMonth = new Map(months.map((m) => [m.id, m]));
  const covered = new Map<string, CoveredSkill>();
  const hours = { track: track.hours, todo: 0, covered: 0, done: 0, skipped: 0 };
  const todo: WorkTask[] = [];
  const workMonths = track.months.map((tm): WorkMonth => {
    const m = byMonth.get(tm.id);
    const core = new Set(tm.core);
    const tasks = (m?.tasks ?? [])
      .filter((t) => core.has(t.id))
      .map((t): WorkTask => {
        const step = steps.get(t.id)?.step ?? 0;
        const rating = t.skill === undefined ? undefined : ratingOf(ratings, t.skill);
        const state = own(states, t.id);
        const status: TaskStatus =
          state === 'done' || state === 'skipped'
            ? state
            : t.skill !== undefined && step > 0 && rating !== undefined && rating >= step && !include.has(t.skill)
              ? 'covered'
              : 'todo';
        const task: WorkTask = {
          id: t.id,
          text: t.text,
          hours: t.hours,
          month: tm.month,
          skill: t.skill,
          category: t.skill === undefined ? undefined : category.get(t.skill),
          step,
          status,
        };
        hours[status] += t.hours;
        if (status === 'todo') todo.push(task);
        if (status === 'covered' && t.skill !== undefined) {
          const group = covered.get(t.skill) ?? { skill: t.skill, rating: rating ?? 0, tasks: [], hours: 0 };
          group.tasks.push(task);
          group.hours += t.hours;
          covered.set(t.skill, group);
        }
        return task;
      });
    return { id: tm.id, month: tm.month, title: m?.title ?? tm.id, tasks };
  });
  return { track, months: workMonths, todo, covered: [...covered.values()], hours };
}
