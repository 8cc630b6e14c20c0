import type { Resource, ResourceKind } from '../schemas/shared';

export interface UsedBy {
  title: string;
  href: string;
}
export interface HubResource extends Resource {
  /** Entries that list this resource. */
  usedBy: UsedBy[];
}

/** Headings of the resources hub, in display order. */
export const kindSections: { kinds: ResourceKind[]; title: string }[] = [
  { kinds: ['docs'], title: 'Official documentation and standards' },
  { kinds: ['course', 'certification-prep', 'video'], title: 'Courses and platforms' },
  { kinds: ['book', 'article'], title: 'Books and articles' },
  { kinds: ['journal'], title: 'Journals' },
  { kinds: ['conference'], title: 'Conferences' },
  { kinds: ['community'], title: 'Communities' },
  { kinds: ['podcast'], title: 'Podcasts' },
  { kinds: ['dataset'], title: 'Datasets' },
  { kinds: ['tool'], title: 'Tools' },
];

/** Normalises a URL for de-duplication (no trailing slash, lower-case host). */
export function resourceKey(url: string): string {
  const u = new URL(url);
  return `${u.host.toLowerCase()}${u.pathname.replace(/\/$/, '')}${u.search}`;
}

/** Every resource of the given entries once, with the entries that list it, sorted by title. */
export function collectResources(entries: { title: string; href: string; resources: Resource[] }[]): HubResource[] {
  const map = new Map<string, HubResource>();
  for (const e of entries) {
    for (const r of e.resources) {
      const key = resourceKey(r.url);
      const found = map.get(key);
      if (found) {
        if (!found.usedBy.some((u) => u.href === e.href)) found.usedBy.push({ title: e.title, href: e.href });
      } else {
        map.set(key, { ...r, usedBy: [{ title: e.title, href: e.href }] });
      }
    }
  }
  return [...map.values()].sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }));
}
