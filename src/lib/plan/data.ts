/** The plan page's data island: what the planner needs from the content, and nothing more. */
import type { PlanRole, PlanSkill } from './gaps';
import type { WorkMonthInput } from './work';

export const PLAN_DATA_ID = 'plan-data';

/** A roadmap month as the planner needs it: its tasks (with text, for the schedule) and project. */
export interface PlanMonth extends WorkMonthInput {
  project: { title: string; deliverables: string[] };
}

export interface PlanData {
  /** Skills as the self-assessment shows them; the plan follows the roadmap's order, which already respects prerequisites. */
  skills: PlanSkill[];
  /** Roles with their entry levels and the options they suggest among alternatives. */
  roles: (PlanRole & { choices: Record<string, string> })[];
  months: PlanMonth[];
  certs: { id: string; title: string; state: string }[];
}
