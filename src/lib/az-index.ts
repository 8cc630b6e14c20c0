import type { Ref } from './integrity';
import { routes } from './paths';

interface IndexSource {
  categories: { id: string; data: { title: string } }[];
  skills: { id: string; data: { title: string; category: Ref } }[];
  months: { data: { month: number; title: string } }[];
  certifications: { id: string; data: { title: string } }[];
  roles: { id: string; data: { title: string } }[];
  glossary: { id: string; data: { term: string; expansion?: string | undefined } }[];
}

export interface IndexItem {
  title: string;
  type: 'Category' | 'Skill' | 'Month' | 'Certification' | 'Role' | 'Term';
  href: string;
}

/** Every entry of the site grouped by first letter (digits under "#"), sorted, for the no-JS index. */
export function azIndex(site: IndexSource): { letter: string; items: IndexItem[] }[] {
  const items: IndexItem[] = [
    ...site.categories.map((c) => ({ title: c.data.title, type: 'Category' as const, href: routes.category(c.id) })),
    ...site.skills.map((s) => ({ title: s.data.title, type: 'Skill' as const, href: routes.skill(s.data.category.id, s.id) })),
    ...site.months.map((m) => ({
      title: `Month ${m.data.month}: ${m.data.title}`,
      type: 'Month' as const,
      href: routes.month(m.data.month),
    })),
    ...site.certifications.map((c) => ({ title: c.data.title, type: 'Certification' as const, href: routes.certification(c.id) })),
    ...site.roles.map((r) => ({ title: r.data.title, type: 'Role' as const, href: routes.role(r.id) })),
    ...site.glossary.map((g) => ({
      title: g.data.expansion && g.data.expansion !== g.data.term ? `${g.data.term} (${g.data.expansion})` : g.data.term,
      type: 'Term' as const,
      href: routes.term(g.id),
    })),
  ];
  const letterOf = (t: string) => {
    const c = t.trim()[0]?.toUpperCase() ?? '#';
    return /[A-Z]/.test(c) ? c : '#';
  };
  const groups = new Map<string, IndexItem[]>();
  for (const item of items) {
    const l = letterOf(item.title);
    groups.set(l, [...(groups.get(l) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
    .map(([letter, list]) => ({
      letter,
      items: list.sort((a, b) => a.title.localeCompare(b.title, 'en', { numeric: true, sensitivity: 'base' })),
    }));
}
