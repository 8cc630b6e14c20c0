/**
 * Joins the deploy base path and a site path, so links work at `/` and under `/sub/`.
 * `path` is site-absolute (`/skills/`); the result keeps a single slash between parts.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** The anchor of a glossary term in lists; prefixed because ids such as `510k` may start with a digit. */
export const termAnchor = (id: string) => `term-${id}`;

/** The path segment of roadmap month `n`, e.g. `month-7`. */
export const monthSlug = (n: number) => `month-${n}`;

/** The site path of roadmap month `n`. */
export const monthPath = (n: number) => `/roadmap/${monthSlug(n)}/`;
/** The site path of the roadmap. */
export const roadmapPath = '/roadmap/';

/** Site paths for each kind of entry, in one place so links and tests agree. */
export const routes = {
  home: () => '/',
  skills: () => '/skills/',
  category: (category: string) => `/skills/${category}/`,
  skill: (category: string, skill: string) => `/skills/${category}/${skill}/`,
  roadmap: () => roadmapPath,
  roadmapPrint: () => '/roadmap/print/',
  month: monthPath,
  roles: () => '/roles/',
  role: (id: string) => `/roles/${id}/`,
  certifications: () => '/certifications/',
  certification: (id: string) => `/certifications/${id}/`,
  certificationGuide: () => '/certifications/guide/',
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/${id}/`,
  resources: () => '/resources/',
  plan: () => '/plan/',
  search: () => '/search/',
  about: () => '/about/',
} as const;
