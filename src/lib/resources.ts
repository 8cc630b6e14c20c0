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
  {
    id: 'docs',
    kinds: ['docs'],
    technical: true,
    title: 'Technical documentation',
    blurb: 'Official documentation of languages, libraries, databases and cloud platforms.',
  },
  {
    id: 'standards',
    kinds: ['docs'],
    technical: false,
    title: 'Standards, regulation and health sources',
    blurb: 'Standards bodies, regulators and official health sources: the primary sources for the domain.',
  },
  {
    id: 'courses',
    kinds: ['course', 'certification-prep', 'video'],
    title: 'Courses and platforms',
    blurb: 'Online courses, platforms, videos and exam preparation.',
  },
  { id: 'books', kinds: ['book', 'article'], title: 'Books and articles', blurb: 'Books, papers and articles worth reading in full.' },
  {
    id: 'journals',
    kinds: ['journal'],
    title: 'Journals',
    blurb: 'Where healthcare AI research is published, including npj Digital Medicine and JMIR.',
  },
  { id: 'conferences', kinds: ['conference'], title: 'Conferences', blurb: 'HIMSS, AMIA, ML4H, NeurIPS, RSNA, CHIL, MLHC and more.' },
  { id: 'communities', kinds: ['community'], title: 'Communities', blurb: 'Professional societies and online communities.' },
  { id: 'podcasts', kinds: ['podcast'], title: 'Podcasts', blurb: 'Listening while you commute.' },
  { id: 'datasets', kinds: ['dataset'], title: 'Datasets', blurb: 'Public and synthetic data for projects, and which need credentialing.' },
  { id: 'tools', kinds: ['tool'], title: 'Tools', blurb: 'Software and sandboxes to practice with.' },
];

/** Normalizes a URL for de-duplication (no trailing slash, lower-case host). */
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
      // The hub describes the whole resource: hours for a part (covers) give way to the full figure.
      if (found.covers !== undefined && r.covers === undefined && r.hours !== undefined) {
        found.hours = r.hours;
        delete found.covers;
      }
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

/** One listing of a resource in a content file, for the consistency check. */
export interface ResourceListing {
  /** The content file, for messages. */
  file: string;
  /** Position in the file's `resources`. */
  index: number;
  resource: Pick<Resource, 'title' | 'url' | 'cost' | 'hours' | 'covers'>;
}

/**
 * One resource, one description: every listing of a URL (trailing slash ignored) gives the same
 * title, cost and hours (or says with `covers` which part its hours cover), and a title names one
 * URL. Returns a message per listing that disagrees with the first listing, naming file and field.
 */
export function resourceConflicts(listings: readonly ResourceListing[]): string[] {
  const errors: string[] = [];
  const firstByUrl = new Map<string, ResourceListing>();
  const firstHours = new Map<string, ResourceListing>();
  const firstByTitle = new Map<string, ResourceListing>();
  const at = (l: ResourceListing, field: string) => `${l.file}: resources[${l.index}].${field}`;
  for (const l of listings) {
    const key = resourceKey(l.resource.url);
    const first = firstByUrl.get(key);
    if (!first) firstByUrl.set(key, l);
    else {
      if (l.resource.title !== first.resource.title)
        errors.push(
          `${at(l, 'title')}: "${l.resource.title}" differs from "${first.resource.title}" in ${first.file} for the same URL; use one title`,
        );
      if (l.resource.cost !== first.resource.cost)
        errors.push(
          `${at(l, 'cost')}: "${l.resource.cost}" differs from "${first.resource.cost}" in ${first.file} for the same URL; use one cost label`,
        );
    }
    if (l.resource.hours !== undefined && l.resource.covers === undefined) {
      const h = firstHours.get(key);
      if (!h) firstHours.set(key, l);
      else if (h.resource.hours !== l.resource.hours)
        errors.push(
          `${at(l, 'hours')}: ${l.resource.hours} differs from ${h.resource.hours} in ${h.file} for the same URL; use one number or say which part it covers (covers)`,
        );
    }
    const titleKey = l.resource.title.trim().toLowerCase();
    const sameTitle = firstByTitle.get(titleKey);
    if (!sameTitle) firstByTitle.set(titleKey, l);
    else if (resourceKey(sameTitle.resource.url) !== key)
      errors.push(
        `${at(l, 'url')}: "${l.resource.url}" differs from "${sameTitle.resource.url}" in ${sameTitle.file} for the same title; use one canonical URL`,
      );
  }
  return errors;
}
