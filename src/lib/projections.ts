/**
 * What client code needs from the content, projected at build time into the pages' JSON data
 * islands: only the fields the browser uses, so pages stay small and client code never sees
 * Astro's collection types. Pages call these and render the result; they compute nothing themselves.
 */
import type { Site } from './content';
import { monthHours } from './crossrefs';
import type { PlanData } from './plan/data';
import type { RoadmapMonth } from './roadmap-data';

/** Every month's id, number, hours and task ids (and titles, where the page words a "continue" link). */
export function roadmapMonths(site: Site, { titles = false } = {}): RoadmapMonth[] {
  return site.months.map((m) => ({
    id: m.id,
    month: m.data.month,
    ...(titles ? { title: m.data.title } : {}),
    hours: monthHours(m),
    tasks: m.data.tasks.map((t) => t.id),
  }));
}

/** What the planner needs: skills, roles, months (with their tasks and projects) and certifications. */
export function planData(site: Site): PlanData {
  return {
    skills: site.skills.map((s) => ({
      id: s.id,
      title: s.data.title,
      category: s.data.category.id,
      effort: s.data.effort,
    })),
    roles: site.roles.map((r) => ({
      id: r.id,
      title: r.data.title,
      levels: r.data.levels.entry,
      choices: r.data.choices,
      certifications: r.data.certifications.map((c) => c.id),
    })),
    // The schedule names concrete tasks, so months carry their tasks' text, hours and skill; the
    // time model (steps, tracks) is computed in the browser from these and the skills' effort.
    months: site.months.map((m) => ({
      id: m.id,
      month: m.data.month,
      title: m.data.title,
      tasks: m.data.tasks.map((t) => ({
        id: t.id,
        text: t.text,
        hours: t.hours,
        ...(t.skill ? { skill: t.skill.id } : {}),
        ...(t.alternative ? { alternative: t.alternative } : {}),
      })),
      project: { title: m.data.project.title, deliverables: m.data.project.deliverables },
    })),
    certs: site.certifications.map((c) => ({ id: c.id, title: c.data.title, state: c.data.status.state })),
  };
}
