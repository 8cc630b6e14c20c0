/**
 * Where people come from, and the roles (so the tracks) that suit them: the home page asks and
 * leads each background to its roles' pages and tracks. One table; roles a branch does not have
 * yet (a role being written) are left out when the page is built.
 */

/** A background a person may come from, with the roles that suit it, best first. */
export interface EntryPoint {
  id: string;
  /** How the home page names the background. */
  title: string;
  /** Why these roles suit it, in a sentence. */
  why: string;
  roles: readonly string[];
}

export const entryPoints: readonly EntryPoint[] = [
  {
    id: 'clinical',
    title: 'Clinician or nurse',
    why: 'Your clinical knowledge is the rare half; add data, standards and workflow design.',
    roles: ['nurse-informaticist', 'clinical-informaticist', 'health-ai-product-manager'],
  },
  {
    id: 'software',
    title: 'Software engineer',
    why: 'You can already ship code; add machine learning, healthcare data and the rules around them.',
    roles: ['healthcare-ml-engineer', 'clinical-nlp-llm-engineer', 'health-data-interoperability-engineer'],
  },
  {
    id: 'analyst',
    title: 'Analyst or statistician',
    why: 'You already work with data; add healthcare data models and, if you like, machine learning.',
    roles: ['healthcare-data-analyst', 'clinical-data-scientist', 'ai-governance-analyst'],
  },
  {
    id: 'student',
    title: 'Student',
    why: 'Start from the foundations and build a portfolio one month at a time.',
    roles: ['clinical-data-scientist', 'healthcare-data-analyst'],
  },
];

/** The entry points with only the roles that exist, and none left without a role. */
export function entryPointsFor<R extends { id: string }>(roles: readonly R[]): { entry: EntryPoint; roles: R[] }[] {
  return entryPoints
    .map((entry) => ({ entry, roles: entry.roles.flatMap((id) => roles.filter((r) => r.id === id)) }))
    .filter((e) => e.roles.length > 0);
}
