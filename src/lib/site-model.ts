/**
 * The content as the time model and the tracks take it: plain data projected from the loaded
 * collections, so pages, projections and tests compute hours, levels and tracks one way.
 */
import type { Month, Role, Site, Skill } from './content';
import { routes } from './paths';
import type { GraphEdge, GraphNode } from './skill-graph';
import type { ModelMonth, ModelSkill } from './time-model';
import { buildTrack, type Track, type TrackRole } from './tracks';

/** A skill's effort steps. */
export function modelSkill(s: Skill): ModelSkill {
  return { id: s.id, effort: s.data.effort };
}

/** A month's tasks and the levels it reaches. */
export function modelMonth(m: Month): ModelMonth {
  return {
    id: m.id,
    month: m.data.month,
    reaches: m.data.reaches,
    tasks: m.data.tasks.map((t) => ({ id: t.id, hours: t.hours, skill: t.skill?.id, alternative: t.alternative })),
  };
}

/** A role's entry levels and suggested options. */
export function trackRole(r: Role): TrackRole {
  return { id: r.id, title: r.data.title, levels: r.data.levels.entry, choices: r.data.choices };
}

/** The site's skills and months for the time model. */
export function siteModel(site: Pick<Site, 'skills' | 'months'>): { skills: ModelSkill[]; months: ModelMonth[] } {
  return { skills: site.skills.map(modelSkill), months: site.months.map(modelMonth) };
}

/** The track of a role, with the role's own suggested options. */
export function roleTrack(site: Pick<Site, 'skills' | 'months'>, role: Role, chosen: Record<string, string> = {}): Track {
  const { skills, months } = siteModel(site);
  return buildTrack(skills, months, trackRole(role), chosen);
}

/** Every skill as a graph node (linking to its page) and every prerequisite as an edge. */
export function skillGraph(site: Pick<Site, 'skills'>): { nodes: GraphNode[]; edges: GraphEdge[] } {
  return {
    nodes: site.skills.map((s) => ({
      id: s.id,
      label: s.data.title,
      group: s.data.category.id,
      href: routes.skill(s.data.category.id, s.id),
    })),
    edges: site.skills.flatMap((s) => s.data.prerequisites.map((p) => ({ from: p.id, to: s.id }))),
  };
}
