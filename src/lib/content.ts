/**
 * The only module that reads content collections. Every page gets its data from `loadSite()`,
 * which loads all collections once per build, runs the integrity checks and throws, failing the
 * build, with every problem listed by file and field.
 *
 * Caveat: `loadSite()` is memoised for the life of the process; in `astro dev` a content edit
 * that adds or removes an entry needs a reload of the dev server to be seen by the checks.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { byMonth, byOrder } from './crossrefs';
import { checkIntegrity, type CollectionKey } from './integrity';

export type Category = CollectionEntry<'categories'>;
export type Skill = CollectionEntry<'skills'>;
export type Phase = CollectionEntry<'phases'>;
export type Month = CollectionEntry<'months'>;
export type Certification = CollectionEntry<'certifications'>;
export type Role = CollectionEntry<'roles'>;
export type Term = CollectionEntry<'glossary'>;
export type DatedFact = CollectionEntry<'facts'>;

export interface Site {
  categories: Category[];
  skills: Skill[];
  phases: Phase[];
  months: Month[];
  certifications: Certification[];
  roles: Role[];
  glossary: Term[];
  /** Dated statements that prose cites with `<Fact id="…" />`. */
  facts: DatedFact[];
  /** Lookups by id. */
  skill: (id: string) => Skill;
  category: (id: string) => Category;
  phase: (id: string) => Phase;
  certification: (id: string) => Certification;
  role: (id: string) => Role;
  term: (id: string) => Term;
  fact: (id: string) => DatedFact;
}

const collectionDirs: Record<CollectionKey, string> = {
  categories: 'categories',
  skills: 'skills',
  phases: 'phases',
  months: 'months',
  certifications: 'certifications',
  roles: 'roles',
  glossary: 'glossary',
  facts: 'facts',
};

/** Every file under each collection folder, relative to the project root. */
function contentFiles(): Record<CollectionKey, string[]> {
  const root = process.cwd();
  const out = {} as Record<CollectionKey, string[]>;
  for (const [key, dir] of Object.entries(collectionDirs) as [CollectionKey, string][]) {
    const abs = resolve(root, process.env['CONTENT_DIR'] ?? 'content', dir);
    let names: string[] = [];
    try {
      names = readdirSync(abs, { recursive: true, encoding: 'utf8' }).filter((n) => /\.(mdx?|ya?ml)$/.test(n));
    } catch {
      names = [];
    }
    out[key] = names.map((n) => relative(root, join(abs, n)).split('\\').join('/')).sort();
  }
  return out;
}

function lookup<T extends { id: string }>(list: T[], kind: string): (id: string) => T {
  const map = new Map(list.map((e) => [e.id, e]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`Unknown ${kind} id "${id}"`);
    return found;
  };
}

async function load(): Promise<Site> {
  const [categories, skills, phases, months, certifications, roles, glossary, facts] = await Promise.all([
    getCollection('categories'),
    getCollection('skills'),
    getCollection('phases'),
    getCollection('months'),
    getCollection('certifications'),
    getCollection('roles'),
    getCollection('glossary'),
    getCollection('facts'),
  ]);
  const report = checkIntegrity({ categories, skills, phases, months, certifications, roles, glossary, facts }, { files: contentFiles() });
  for (const w of report.warnings) console.warn(`[content] warning: ${w}`);
  if (report.errors.length > 0) {
    throw new Error(`Content integrity check failed (${report.errors.length}):\n- ${report.errors.join('\n- ')}`);
  }
  const site = {
    categories: byOrder(categories),
    skills: byOrder(skills),
    phases: byOrder(phases),
    months: byMonth(months),
    certifications: [...certifications].sort((a, b) => a.data.title.localeCompare(b.data.title)),
    roles: byOrder(roles),
    glossary: [...glossary].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' })),
    facts: [...facts].sort((a, b) => a.id.localeCompare(b.id)),
  };
  return {
    ...site,
    skill: lookup(site.skills, 'skill'),
    category: lookup(site.categories, 'category'),
    phase: lookup(site.phases, 'phase'),
    certification: lookup(site.certifications, 'certification'),
    role: lookup(site.roles, 'role'),
    term: lookup(site.glossary, 'glossary term'),
    fact: lookup(site.facts, 'dated fact'),
  };
}

let cached: Promise<Site> | undefined;

/** All content, checked for integrity. Loaded once per build. */
export function loadSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
