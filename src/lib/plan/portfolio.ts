/**
 * The portfolio checklist: the roadmap projects that show the skills a person is closing the gap on.
 */
import type { SkillGap } from './gaps';
import type { PlanMonth } from './schedule';

export interface PortfolioProject {
  month: number;
  title: string;
  deliverables: string[];
}

/**
 * The projects of the roadmap months that teach at least one gap skill, in month order, one per
 * month: building these is how the person shows the skills they are closing the gap on.
 */
export function portfolioChecklist(months: readonly PlanMonth[], orderedGaps: readonly SkillGap[]): PortfolioProject[] {
  const gapIds = new Set(orderedGaps.filter((g) => g.gap > 0).map((g) => g.skillId));
  const seen = new Set<number>();
  return [...months]
    .sort((a, b) => a.month - b.month)
    .filter((m) => {
      if (seen.has(m.month) || !m.skills.some((s) => gapIds.has(s))) return false;
      seen.add(m.month);
      return true;
    })
    .map((m) => ({ month: m.month, title: m.project.title, deliverables: [...m.project.deliverables] }));
}
