/**
 * The portfolio checklist: the roadmap projects the plan works through.
 */
import type { PlanWork } from './work';

export interface PortfolioProject {
  month: number;
  title: string;
  deliverables: string[];
}

/**
 * The projects of the roadmap months where the plan still has work, in month order, one per
 * month: building these is how the person shows the skills the plan builds.
 */
export function portfolioChecklist(
  months: readonly { month: number; project: { title: string; deliverables: readonly string[] } }[],
  work: Pick<PlanWork, 'months'>,
): PortfolioProject[] {
  const open = new Set(work.months.filter((m) => m.tasks.some((t) => t.status === 'todo')).map((m) => m.month));
  const seen = new Set<number>();
  return [...months]
    .sort((a, b) => a.month - b.month)
    .filter((m) => {
      if (seen.has(m.month) || !open.has(m.month)) return false;
      seen.add(m.month);
      return true;
    })
    .map((m) => ({ month: m.month, title: m.project.title, deliverables: [...m.project.deliverables] }));
}
