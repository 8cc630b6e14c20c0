/** The plan page's data island: what the planner needs from the content, and nothing more. */
import type { PlanMonth, PlanRole, PlanSkill } from './plan';

export const PLAN_DATA_ID = 'plan-data';

export interface PlanData {
  skills: (PlanSkill & { href: string })[];
  roles: PlanRole[];
  /** Months with their task ids, so completed months can count as evidence. */
  months: (PlanMonth & { tasks: string[] })[];
  certs: { id: string; title: string; href: string; state: string }[];
}
