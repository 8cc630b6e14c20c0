/**
 * Cross-references between entries: which months teach a skill, which certifications cover it,
 * which skills use a glossary term. Pure functions over plain entries.
 */
import type { Ref } from './integrity';
import { monthLoad } from './time-model';

interface HasId {
  id: string;
}

/** Entries sorted by `data.order`, then title, as authored. */
export function byOrder<T extends { data: { order: number; title?: string } }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.data.order - b.data.order || (a.data.title ?? '').localeCompare(b.data.title ?? ''));
}

/** Months sorted by number. */
export function byMonth<T extends { data: { month: number } }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.data.month - b.data.month);
}

/** The skills of one category, in authored order. */
export function skillsOfCategory<T extends { data: { category: Ref; order: number; title?: string } }>(
  skills: readonly T[],
  category: string,
): T[] {
  return byOrder(skills.filter((s) => s.data.category.id === category));
}

/** The months that teach a skill (list it among their skills or tasks), in order. */
export function monthsTeachingSkill<T extends { data: { month: number; skills: Ref[]; tasks: { skill?: Ref | undefined }[] } }>(
  months: readonly T[],
  skill: string,
): T[] {
  return byMonth(months.filter((m) => m.data.skills.some((r) => r.id === skill) || m.data.tasks.some((t) => t.skill?.id === skill)));
}

/** Certifications whose exam covers a skill. */
export function certificationsCoveringSkill<T extends { data: { skills: Ref[] } }>(certs: readonly T[], skill: string): T[] {
  return certs.filter((c) => c.data.skills.some((r) => r.id === skill));
}

/** Certifications that fit a roadmap month. */
export function certificationsForMonth<T extends { data: { month: number } }>(certs: readonly T[], month: number): T[] {
  return certs.filter((c) => c.data.month === month);
}

/** Skills linked to a glossary term, from either side of the relation. */
export function skillsUsingTerm<S extends HasId & { data: { glossary: Ref[] } }>(
  skills: readonly S[],
  term: HasId & { data: { skills: Ref[] } },
): S[] {
  const named = new Set(term.data.skills.map((r) => r.id));
  return skills.filter((s) => named.has(s.id) || s.data.glossary.some((r) => r.id === term.id));
}

/** Glossary terms of a skill, from either side of the relation, sorted by term. */
export function termsOfSkill<G extends HasId & { data: { term: string; skills: Ref[] } }>(
  glossary: readonly G[],
  skill: HasId & { data: { glossary: Ref[] } },
): G[] {
  const named = new Set(skill.data.glossary.map((r) => r.id));
  return glossary
    .filter((g) => named.has(g.id) || g.data.skills.some((r) => r.id === skill.id))
    .sort((a, b) => a.data.term.localeCompare(b.data.term));
}

/**
 * A month's hours for one learner: its core tasks plus the largest option of each alternative
 * group (a learner follows one cloud, one deep learning framework), as the pace rule counts them.
 */
export function monthHours(month: {
  data: { tasks: { hours: number; alternative?: { group: string; option: string } | undefined }[] };
}): number {
  return monthLoad(month.data.tasks);
}
