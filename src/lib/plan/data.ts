/** The plan page's data island: what the planner needs from the content, and nothing more. */
import type { PlanRole, PlanSkill } from './gaps';
import type { PlanMonth } from './schedule';

export const PLAN_DATA_ID = 'plan-data';

export interface PlanData {
  skills: (PlanSkill & { href: string })[];
  roles: PlanRole[];
  /** Months with their task ids, so completed months can count as evidence. */
  months: (PlanMonth & { tasks: string[] })[];
  certs: { id: string; title: string; href: string; state: string }[];
}
