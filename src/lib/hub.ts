import type { Site } from './content';
import { routes } from './paths';
import { collectResources, type HubResource } from './resources';

/** Every resource of the site's skills and months, once each, with the entries that use it. */
export function siteResources(site: Pick<Site, 'skills' | 'months'>): HubResource[] {
  return collectResources([
    ...site.skills.map((s) => ({
      title: s.data.title,
      href: routes.skill(s.data.category.id, s.id),
      resources: s.data.resources,
      skills: [s.id],
      categories: [s.data.category.id],
    })),
    ...site.months.map((m) => ({
      title: `Month ${m.data.month}`,
      href: routes.month(m.data.month),
      resources: m.data.resources,
      skills: m.data.skills.map((r) => r.id),
      categories: [...new Set(m.data.skills.map((r) => site.skills.find((s) => s.id === r.id)?.data.category.id ?? ''))].filter(Boolean),
    })),
  ]);
}
