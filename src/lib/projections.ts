/**
 * What client code needs from the content, projected at build time into the pages' JSON data
 * islands: only the fields the browser uses, so pages stay small and client code never sees
 * Astro's collection types. Pages call these and render the result; they compute nothing themselves.
 */
import type { Site } from './content';
import { monthHours } from './crossrefs';
import type { PlanData } from './plan/data';
import type { RoadmapMonth } from './roadmap-data';
import { siteModel, trackRole } from './site-model';
import type { TrackData } from './track-view';
import { alternativeGroups, alternativeTitle, optionalRoles } from './tracks';

/**
 * Every month's id, number, hours and task ids (and titles, where the page words a "continue" link;
 * and each task's hours and track marks, where the page follows a track).
 */
export function roadmapMonths(site: Site, { titles = false, marks = false } = {}): RoadmapMonth[] {
  const optional = marks ? taskOptionalRoles(site) : undefined;
  return site.months.map((m) => ({
    id: m.id,
    month: m.data.month,
    ...(titles ? { title: m.data.title } : {}),
    hours: monthHours(m),
    tasks: m.data.tasks.map((t) => t.id),
    ...(optional
      ? {
          taskHours: m.data.tasks.map((t) => t.hours),
          optionalFor: m.data.tasks.map((t) => (optional.get(t.id) ?? []).join(' ')),
          alt: m.data.tasks.map((t) => altMark(t.alternative)),
        }
      : {}),
  }));
}

/** Task id → the roles it is optional for (alternatives aside; see optionalRoles). */
export function taskOptionalRoles(site: Site): Map<string, string[]> {
  const { skills, months } = siteModel(site);
  return optionalRoles(skills, months, site.roles.map(trackRole));
}

/** A task's alternative mark, "group:option", or empty. */
export const altMark = (alt: { group: string; option: string } | undefined) => (alt ? `${alt.group}:${alt.option}` : '');

/** The roles (with suggested options) and alternative groups (with titles) for the track picker and labels. */
export function trackData(site: Site): TrackData {
  const { months } = siteModel(site);
  return {
    roles: site.roles.map((r) => ({ id: r.id, title: r.data.title, choices: r.data.choices })),
    groups: alternativeGroups(months).map((g) => ({
      id: g.id,
      title: alternativeTitle(g.id),
      options: g.options.map((o) => ({ id: o, title: alternativeTitle(o) })),
    })),
  };
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
