/**
 * Cross-entry checks that zod cannot express one file at a time: references resolve, ids are
 * unique, the prerequisite graph has no cycles, the months run 1..18 inside their phases, no month
 * holds more hours than the roadmap's pace allows, and every URL is https. Pure: it takes plain
 * entries, so unit tests can feed it bad fixtures.
 */
import { resourceConflicts, type ResourceListing } from './resources';
import { BODY_SECTIONS, MONTH_HOURS_MAX, ROADMAP_PACE, WEEKS_PER_MONTH, sectionHeadings } from './rules';
import { monthLoad, timeModelProblems, type Effort, type ModelMonth } from './time-model';
import { alternativeGroups } from './tracks';

export interface Ref {
  id: string;
  collection?: string;
}
export interface Entry<D> {
  id: string;
  /** Path of the source file relative to the project root, used in messages. */
  filePath?: string | undefined;
  /** The Markdown body, where the entry has one; checked against its collection's sections. */
  body?: string | undefined;
  data: D;
}

export interface SiteContent {
  categories: Entry<object>[];
  skills: Entry<{ category: Ref; prerequisites: Ref[]; glossary: Ref[]; resources?: ResourceListing['resource'][]; effort?: Effort }>[];
  phases: Entry<{ months: { first: number; last: number } }>[];
  months: Entry<{
    month: number;
    phase: Ref;
    skills: Ref[];
    tasks: { id: string; skill?: Ref | undefined; hours?: number; alternative?: { group: string; option: string } | undefined }[];
    /** Levels the month says its hours reach (checked by the time model when skills carry effort). */
    reaches?: Record<string, number>;
    resources?: ResourceListing['resource'][];
  }>[];
  certifications: Entry<{
    skills: Ref[];
    status: { state: string; successor?: Ref | undefined; nearest?: Ref[] | undefined };
    lastVerified: Date;
  }>[];
  roles: Entry<{
    levels: { entry: Record<string, number>; experienced: Record<string, number> };
    choices?: Record<string, string>;
    certifications: Ref[];
  }>[];
  glossary: Entry<{ skills: Ref[] }>[];
  /** Dated statements (optional so older fixtures stay valid). */
  facts?: Entry<{ asOf: Date }>[];
}

export type CollectionKey = keyof SiteContent;

export interface IntegrityReport {
  /** Problems that must fail the build. */
  errors: string[];
  /** Problems worth a look that do not fail the build (e.g. stale facts). */
  warnings: string[];
}

export interface IntegrityOptions {
  /** Every content file on disk, per collection, to catch two files that yield one id. */
  files?: Partial<Record<CollectionKey, string[]>>;
  /** The number of months the roadmap must have. */
  monthCount?: number;
  /** "Today", for the staleness warning. */
  now?: Date;
  /** Facts older than this many days are warned about. */
  staleAfterDays?: number;
}

const DAY = 86_400_000;

/** Where an entry came from, for messages. */
const where = (collection: string, e: Entry<unknown>) => e.filePath ?? `content/${collection}/${e.id}`;

/** Finds a cycle in a directed graph given as adjacency lists; returns the path or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** Every string in a value that starts with http(s)://, with its field path. */
function urlsIn(value: unknown, path = ''): { path: string; url: string }[] {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? [{ path, url: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => urlsIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([k, v]) => urlsIn(v, path ? `${path}.${k}` : k));
  return [];
}

/** Checks the whole site's content and returns every problem found, each naming file and field. */
export function checkIntegrity(site: SiteContent, options: IntegrityOptions = {}): IntegrityReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const monthCount = options.monthCount ?? 18;
  const ids = Object.fromEntries(
    (Object.keys(site) as CollectionKey[]).map((k) => [k, new Set((site[k] ?? []).map((e) => e.id))]),
  ) as Record<CollectionKey, Set<string>>;

  // Empty collections: a missing folder only warns in Astro, so it is an error here.
  for (const key of Object.keys(site) as CollectionKey[]) {
    if ((site[key] ?? []).length === 0) errors.push(`content/${key}/: collection "${key}" has no entries`);
  }

  // Two files with the same name in different folders collapse into one id.
  for (const [key, paths] of Object.entries(options.files ?? {})) {
    const seen = new Map<string, string>();
    for (const p of paths ?? []) {
      const id = p.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
      const first = seen.get(id);
      if (first) errors.push(`${p}: id: "${id}" is already used by ${first}; ids must be unique in "${key}"`);
      else seen.set(id, p);
    }
  }

  const refCheck = (collection: CollectionKey, e: Entry<unknown>, field: string, target: CollectionKey, ref: Ref | undefined) => {
    if (ref && !ids[target].has(ref.id)) errors.push(`${where(collection, e)}: ${field}: unknown ${target} id "${ref.id}"`);
  };

  for (const s of site.skills) {
    refCheck('skills', s, 'category', 'categories', s.data.category);
    const folder = s.filePath?.split('/').at(-2);
    if (folder && s.filePath?.includes('/skills/') && folder !== s.data.category.id)
      errors.push(`${where('skills', s)}: category: "${s.data.category.id}" does not match the folder "${folder}"`);
    s.data.prerequisites.forEach((r, i) => {
      refCheck('skills', s, `prerequisites[${i}]`, 'skills', r);
      if (r.id === s.id) errors.push(`${where('skills', s)}: prerequisites[${i}]: a skill cannot require itself`);
    });
    s.data.glossary.forEach((r, i) => refCheck('skills', s, `glossary[${i}]`, 'glossary', r));
  }

  const cycle = findCycle(new Map(site.skills.map((s) => [s.id, s.data.prerequisites.map((r) => r.id)])));
  if (cycle) {
    const first = site.skills.find((s) => s.id === cycle[0]);
    errors.push(`${first ? where('skills', first) : cycle[0]}: prerequisites: cycle ${cycle.join(' → ')}`);
  }

  // Months: numbered 1..N without gaps or repeats, named after their number, inside their phase.
  const phaseRange = new Map(site.phases.map((p) => [p.id, p.data.months]));
  const byNumber = new Map<number, Entry<unknown>>();
  const taskOwner = new Map<string, string>();
  for (const m of site.months) {
    const n = m.data.month;
    const other = byNumber.get(n);
    if (other) errors.push(`${where('months', m)}: month: ${n} is also used by ${where('months', other)}`);
    byNumber.set(n, m);
    const expectedId = `month-${String(n).padStart(2, '0')}`;
    if (m.id !== expectedId) errors.push(`${where('months', m)}: month: ${n} does not match the file name (expected ${expectedId})`);
    refCheck('months', m, 'phase', 'phases', m.data.phase);
    const range = phaseRange.get(m.data.phase.id);
    if (range && (n < range.first || n > range.last))
      errors.push(`${where('months', m)}: phase: month ${n} is outside phase "${m.data.phase.id}" (months ${range.first}–${range.last})`);
    m.data.skills.forEach((r, i) => refCheck('months', m, `skills[${i}]`, 'skills', r));
    m.data.tasks.forEach((t, i) => {
      refCheck('months', m, `tasks[${i}].skill`, 'skills', t.skill);
      const owner = taskOwner.get(t.id);
      if (owner) errors.push(`${where('months', m)}: tasks[${i}].id: "${t.id}" is already used in ${owner}; task ids must be unique`);
      else taskOwner.set(t.id, where('months', m));
    });
  }
  if (site.months.length > 0) {
    const missing = Array.from({ length: monthCount }, (_, i) => i + 1).filter((n) => !byNumber.has(n));
    if (missing.length) errors.push(`content/months/: month: months ${missing.join(', ')} are missing (the roadmap runs 1–${monthCount})`);
    const extra = [...byNumber.keys()].filter((n) => n > monthCount);
    if (extra.length) errors.push(`content/months/: month: months ${extra.join(', ')} are beyond ${monthCount}`);
  }

  // Phases must tile the months without overlap.
  const covered = new Map<number, string>();
  for (const p of site.phases) {
    for (let n = p.data.months.first; n <= p.data.months.last; n++) {
      const other = covered.get(n);
      if (other) errors.push(`${where('phases', p)}: months: month ${n} is also in phase "${other}"`);
      covered.set(n, p.id);
    }
  }

  // Certifications: references, successor chains without cycles, freshness.
  const now = options.now ?? new Date();
  const staleDays = options.staleAfterDays ?? 180;
  for (const c of site.certifications) {
    c.data.skills.forEach((r, i) => refCheck('certifications', c, `skills[${i}]`, 'skills', r));
    const succ = c.data.status.successor;
    refCheck('certifications', c, 'status.successor', 'certifications', succ);
    if (succ?.id === c.id) errors.push(`${where('certifications', c)}: status.successor: a certification cannot succeed itself`);
    if (succ && c.data.status.state === 'active')
      errors.push(`${where('certifications', c)}: status.successor: only a retiring or retired certification has a successor`);
    const nearest = c.data.status.nearest ?? [];
    nearest.forEach((r, i) => {
      refCheck('certifications', c, `status.nearest[${i}]`, 'certifications', r);
      if (r.id === c.id)
        errors.push(`${where('certifications', c)}: status.nearest[${i}]: a certification cannot be its own nearest current exam`);
      if (r.id === succ?.id)
        errors.push(`${where('certifications', c)}: status.nearest[${i}]: "${r.id}" is already the official successor; list it once`);
    });
    if (nearest.length > 0 && c.data.status.state === 'active')
      errors.push(
        `${where('certifications', c)}: status.nearest: only a retiring or retired certification points to a nearest current exam`,
      );
    const age = Math.floor((now.getTime() - c.data.lastVerified.getTime()) / DAY);
    if (age > staleDays)
      warnings.push(
        `${where('certifications', c)}: lastVerified: facts were last verified ${age} days ago (over ${staleDays}); re-check them`,
      );
  }
  const succCycle = findCycle(
    new Map(
      site.certifications.map((c) => [
        c.id,
        [...(c.data.status.successor ? [c.data.status.successor.id] : []), ...(c.data.status.nearest ?? []).map((r) => r.id)],
      ]),
    ),
  );
  if (succCycle) {
    const first = site.certifications.find((c) => c.id === succCycle[0]);
    errors.push(`${first ? where('certifications', first) : succCycle[0]}: status.successor: cycle ${succCycle.join(' → ')}`);
  }

  const modelMonths: ModelMonth[] = site.months.map((m) => ({
    id: m.id,
    month: m.data.month,
    reaches: m.data.reaches ?? {},
    tasks: m.data.tasks.map((t) => ({ id: t.id, hours: t.hours ?? 0, skill: t.skill?.id, alternative: t.alternative })),
  }));
  const groups = alternativeGroups(modelMonths);
  for (const g of groups)
    if (g.options.length < 2) {
      const m = site.months.find((x) => x.data.tasks.some((t) => t.alternative?.group === g.id));
      errors.push(
        `${m ? where('months', m) : g.id}: tasks: alternative group "${g.id}" has only the option "${g.options[0]}"; an alternative needs at least two options`,
      );
    }

  for (const r of site.roles) {
    r.data.certifications.forEach((ref, i) => refCheck('roles', r, `certifications[${i}]`, 'certifications', ref));
    for (const set of ['entry', 'experienced'] as const) {
      const levels = r.data.levels[set];
      for (const skill of Object.keys(levels))
        if (!ids.skills.has(skill)) errors.push(`${where('roles', r)}: levels.${set}.${skill}: unknown skills id "${skill}"`);
      const missing = [...ids.skills].filter((s) => !(s in levels)).sort();
      if (missing.length) errors.push(`${where('roles', r)}: levels.${set}: no level for ${missing.join(', ')}`);
    }
    for (const [skill, level] of Object.entries(r.data.levels.entry)) {
      const experienced = r.data.levels.experienced[skill];
      if (experienced !== undefined && experienced < level)
        errors.push(`${where('roles', r)}: levels.experienced.${skill}: ${experienced} is below the entry level ${level}`);
    }
    const choices = r.data.choices ?? {};
    for (const g of groups) {
      const option = choices[g.id];
      if (option === undefined)
        errors.push(`${where('roles', r)}: choices: no option chosen for "${g.id}" (one of ${g.options.join(', ')})`);
      else if (!g.options.includes(option))
        errors.push(`${where('roles', r)}: choices.${g.id}: "${option}" is not an option (one of ${g.options.join(', ')})`);
    }
    for (const key of Object.keys(choices))
      if (!groups.some((g) => g.id === key))
        errors.push(`${where('roles', r)}: choices.${key}: no month offers alternatives in a group "${key}"`);
  }

  // The time model: the levels each month claims are the levels its hours reach.
  for (const m of site.months)
    for (const skill of Object.keys(m.data.reaches ?? {}))
      if (!ids.skills.has(skill)) errors.push(`${where('months', m)}: reaches.${skill}: unknown skills id "${skill}"`);
  const modelSkills = site.skills.flatMap((s) => (s.data.effort ? [{ id: s.id, effort: s.data.effort }] : []));
  if (modelSkills.length === site.skills.length && modelSkills.length > 0) {
    const files = new Map(site.months.map((m) => [m.id, where('months', m)]));
    for (const problem of timeModelProblems(modelSkills, modelMonths)) {
      const [id, ...rest] = problem.split(': ');
      errors.push(`${files.get(id ?? '') ?? id}: ${rest.join(': ')}`);
    }
  }

  // The pace: no month holds more than its study weeks allow at the roadmap's stated pace.
  for (const m of site.months) {
    const load = monthLoad(m.data.tasks.map((t) => ({ hours: t.hours ?? 0, alternative: t.alternative })));
    if (load > MONTH_HOURS_MAX + 1e-9)
      errors.push(
        `${where('months', m)}: tasks: ${load} hours (core tasks plus the largest option of each alternative group) exceed the ${MONTH_HOURS_MAX} a month holds at ${ROADMAP_PACE} hours a week for ${WEEKS_PER_MONTH} weeks`,
      );
  }

  // Dated facts: the same freshness rule as certifications.
  for (const f of site.facts ?? []) {
    const age = Math.floor((now.getTime() - f.data.asOf.getTime()) / DAY);
    if (age > staleDays) warnings.push(`${where('facts', f)}: asOf: last checked ${age} days ago (over ${staleDays}); re-check it`);
  }

  for (const g of site.glossary) g.data.skills.forEach((r, i) => refCheck('glossary', g, `skills[${i}]`, 'skills', r));

  // One resource, one description across skills and months.
  errors.push(
    ...resourceConflicts(
      [...site.skills.map((e) => ({ e, c: 'skills' })), ...site.months.map((e) => ({ e, c: 'months' }))].flatMap(({ e, c }) =>
        (e.data.resources ?? []).flatMap((resource, index) =>
          // A malformed resource is the schema's to report; here only well-formed ones are compared.
          typeof resource.title === 'string' && URL.canParse(resource.url) ? [{ file: where(c, e), index, resource }] : [],
        ),
      ),
    ),
  );

  // Any URL anywhere in the data must be https.
  for (const key of Object.keys(site) as CollectionKey[]) {
    for (const e of (site[key] ?? []) as Entry<unknown>[]) {
      for (const { path, url } of urlsIn(e.data))
        if (!url.startsWith('https://')) errors.push(`${where(key, e)}: ${path}: "${url}" must use https://`);
    }
  }

  // One template: every skill and month body has the same sections in the same order.
  for (const collection of ['skills', 'months'] as const) {
    const expected = BODY_SECTIONS[collection];
    for (const e of site[collection] as Entry<unknown>[]) {
      if (e.body === undefined) continue;
      const found = sectionHeadings(e.body);
      if (found.join('\n') !== expected.join('\n'))
        errors.push(
          `${where(collection, e)}: body: sections are ${found.length ? found.map((h) => `"${h}"`).join(', ') : 'missing'}; every ${collection === 'skills' ? 'skill' : 'month'} has these ## sections in this order: ${expected.map((h) => `"${h}"`).join(', ')} (put other topics under them as ### subsections)`,
        );
    }
  }

  return { errors, warnings };
}
