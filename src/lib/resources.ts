import type { Resource, ResourceKind } from '../schemas/shared';

export interface UsedBy {
  title: string;
  href: string;
}
export interface HubResource extends Resource {
  /** Entries that list this resource. */
  usedBy: UsedBy[];
  /** Skill ids it helps with (the skill itself, or the skills of a month that lists it). */
  skills: string[];
  /** Category ids of those skills. */
  categories: string[];
}

/** Headings of the resources hub, in display order. */
export interface KindSection {
  id: string;
  kinds: ResourceKind[];
  title: string;
  blurb: string;
  /** Further split by what a resource serves: technical skills only, or everything else. */
  technical?: boolean;
}

export const kindSections: KindSection[] = [
  { id: 'docs', kinds: ['docs'], technical: true, title: 'Technical documentation', blurb: 'Official documentation of languages, libraries, databases and cloud platforms.' },
  { id: 'standards', kinds: ['docs'], technical: false, title: 'Standards, regulation and health sources', blurb: 'Standards bodies, regulators and official health sources: the primary sources for the domain.' },
  { id: 'courses', kinds: ['course', 'certification-prep', 'video'], title: 'Courses and platforms', blurb: 'Online courses, platforms, videos and exam preparation.' },
  { id: 'books', kinds: ['book', 'article'], title: 'Books and articles', blurb: 'Books, papers and articles worth reading in full.' },
  { id: 'journals', kinds: ['journal'], title: 'Journals', blurb: 'Where healthcare AI research is published, including npj Digital Medicine and JMIR.' },
  { id: 'conferences', kinds: ['conference'], title: 'Conferences', blurb: 'HIMSS, AMIA, ML4H, NeurIPS, RSNA, CHIL, MLHC and more.' },
  { id: 'communities', kinds: ['community'], title: 'Communities', blurb: 'Professional societies and online communities.' },
  { id: 'podcasts', kinds: ['podcast'], title: 'Podcasts', blurb: 'Listening while you commute.' },
  { id: 'datasets', kinds: ['dataset'], title: 'Datasets', blurb: 'Public and synthetic data for projects, and which need credentialing.' },
  { id: 'tools', kinds: ['tool'], title: 'Tools', blurb: 'Software and sandboxes to practise with.' },
];

/** Normalises a URL for de-duplication (no trailing slash, lower-case host). */
export function resourceKey(url: string): string {
  const u = new URL(url);
  return `${u.host.toLowerCase()}${u.pathname.replace(/\/$/, '')}${u.search}`;
}

/** Every resource of the given entries once, with the entries that list it, sorted by title. */
export function collectResources(
  entries: { title: string; href: string; resources: Resource[]; skills?: string[]; categories?: string[] }[],
): HubResource[] {
  const map = new Map<string, HubResource>();
  const addAll = (into: string[], more: string[] = []) => {
    for (const x of more) if (!into.includes(x)) into.push(x);
  };
  for (const e of entries) {
    for (const r of e.resources) {
      const key = resourceKey(r.url);
      const found = map.get(key) ?? { ...r, usedBy: [], skills: [], categories: [] };
      map.set(key, found);
      if (!found.usedBy.some((u) => u.href === e.href)) found.usedBy.push({ title: e.title, href: e.href });
      addAll(found.skills, e.skills);
      addAll(found.categories, e.categories);
    }
  }
  return [...map.values()].sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }));
}

/** The resources of a hub section: its kinds, and for split sections, technical or not. */
export function resourcesOfSection(all: readonly HubResource[], section: KindSection): HubResource[] {
  return all.filter(
    (r) => section.kinds.includes(r.kind) && (section.technical === undefined || r.categories.includes('technical') === section.technical),
  );
}
